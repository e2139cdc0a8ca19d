using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

public sealed class MarkdownSafetyTests : IDisposable
{
    private const string ModelFile = "models/birch/birch-4o-mini.md";
    private readonly SiteFactory _site = SiteFactory.For(SiteOptions.Fixture(FixtureCatalogSite.Folder) with { CopyData = true });

    [Fact]
    public async Task Script_in_an_overview_is_rendered_as_text_not_markup()
    {
        File.AppendAllText(_site.PathOf(ModelFile), "\nFast and cheap. <script>alert('owned')</script> <img src=x onerror=alert(1)>\n");
        using var client = _site.CreatePlainClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        var overview = _site.Services.GetRequiredService<CatalogStore>().Current.FindModel("birch-4o-mini")!.OverviewHtml;
        Assert.Contains("&lt;script&gt;", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", overview, StringComparison.Ordinal);

        // Wherever the overview is shown (the model profile), it stays escaped.
        foreach (var url in new[] { "/models/birch-4o-mini", "/compare/birch-4o-vs-birch-4o-mini" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, url);
            Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=alert", body.Replace("&lt;img src=x onerror=alert(1)&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _site.Dispose();
}
