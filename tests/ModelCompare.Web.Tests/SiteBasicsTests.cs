using System.Net;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class SiteBasicsTests(SiteFactory site)
{
    [Fact]
    public async Task The_health_check_reports_healthy_data()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/models/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/appsettings.json")]
    public async Task An_unknown_address_is_a_helpful_404_without_a_stack_trace(string url)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
