using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Previews;

/// <summary>
/// A pair's share image shows the pair at the default traffic and list prices. Its page, at any traffic, and the
/// image itself read one description of it, worked out from one comparison per pair per view, never a second
/// comparison per request. On a host of its own (the fixture catalog), so no other test asks for the pair first.
/// </summary>
public sealed class PairShareTests : IAsyncLifetime
{
    private const string Pair = "/compare/alder-v3-2-vs-birch-4o";

    private readonly SiteFactory _site = SiteFactory.For(SiteOptions.Fixture(FixtureCatalogSite.Folder));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static (string Image, string Alt) ShareOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        (page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!, page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")!);

    [Fact]
    public async Task Pages_at_any_traffic_and_the_image_share_one_comparison_per_pair()
    {
        using var client = _site.CreatePlainClient();
        var images = _site.Services.GetRequiredService<PreviewImages>();

        var custom = ShareOf(await client.GetDocumentAsync(Pair + "?input=5&output=1"));
        Assert.Equal(1, images.PairComparisons);

        var cheapest = ShareOf(await client.GetDocumentAsync(Pair + "?basis=cheapest&input=7"));
        using var png = await client.GetAsync(new Uri(new Uri(custom.Image).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        var standard = ShareOf(await client.GetDocumentAsync(Pair));

        Assert.Equal(1, images.PairComparisons);
        Assert.Equal(custom, cheapest);
        Assert.Equal(custom, standard);
        // The image answers with the version of what it shows, the one the pages link.
        var version = standard.Image.Split("?v=")[1];
        Assert.StartsWith($"\"{version}-", png.Headers.ETag?.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_at_the_default_traffic_describes_the_image_from_its_own_comparison()
    {
        using var client = _site.CreatePlainClient();
        var images = _site.Services.GetRequiredService<PreviewImages>();

        var standard = ShareOf(await client.GetDocumentAsync(Pair));
        using var png = await client.GetAsync(new Uri(new Uri(standard.Image).PathAndQuery, UriKind.Relative));
        var custom = ShareOf(await client.GetDocumentAsync(Pair + "?output=3"));

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal(standard, custom);
        Assert.Equal(0, images.PairComparisons);
    }
}
