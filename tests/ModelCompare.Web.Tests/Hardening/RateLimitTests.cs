using System.Net;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

public sealed class RateLimitTests : IDisposable
{
    private readonly SiteFactory _site = SiteFactory.For(SiteOptions.Fixture(FixtureCatalogSite.Folder).With(("ModelCompare:QueryPagePermitsPerMinute", "3")));

    [Theory]
    [InlineData("/search?q=birch")]
    [InlineData("/compare?models=alder-v3-2,birch-4o,birch-4o-mini")]
    public async Task Query_pages_answer_429_with_a_clear_message_past_the_limit(string url)
    {
        using var client = _site.CreatePlainClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri(url + "&n=" + i, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var limited = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.StartsWith("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task Pair_pages_are_not_rate_limited()
    {
        using var client = _site.CreatePlainClient();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(new Uri("/compare/alder-v3-2-vs-birch-4o?input=" + i, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose() => _site.Dispose();
}
