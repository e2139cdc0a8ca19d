using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Comparison;
using ModelCompare.Web.Feeds;
using ModelCompare.Web.Site;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Feeds;

/// <summary>The open-data JSON is left out of a view's build and made from the same view when first needed.</summary>
[Collection(FixtureCatalog.Name)]
public sealed class DeferredFilesTests(FixtureCatalogSite site)
{
    private static readonly Uri Origin = new(SiteFactory.Origin);

    [Fact]
    public void A_view_is_built_without_its_catalog_json_and_BuildDeferred_makes_it_from_the_same_view()
    {
        var view = new SiteView(new SnapshotView(site.Catalog()), new DateOnly(2026, 12, 5), Origin);

        Assert.False(view.Files["catalog.json"].IsValueCreated);
        Assert.All(view.Files.Where(f => f.Key != "catalog.json"), f => Assert.True(f.Value.IsValueCreated, f.Key));

        view.BuildDeferred();
        Assert.True(view.Files["catalog.json"].IsValueCreated);
        Assert.Equal(OpenData.CatalogJson(view, Origin), view.Files["catalog.json"].Value);
    }

    [Fact]
    public async Task Catalog_json_answers_from_the_live_view_with_its_data_version()
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/data/catalog.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = site.Services.GetRequiredService<Hosting.CatalogStore>().CurrentView;
        Assert.Equal(view.Files["catalog.json"].Value, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(view.Snapshot.Version.ShortHash, response.Headers.ETag?.Tag, StringComparison.Ordinal);
    }
}
