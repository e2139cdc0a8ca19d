using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>A pair where one model succeeds the other leads with the move; other pairs have no such section.</summary>
[Collection(SharedSite.Name)]
public sealed class UpgradePageTests(SiteFactory site)
{
    [Fact]
    public async Task A_model_and_its_successor_lead_with_what_the_move_changes()
    {
        var catalog = site.Catalog();
        var old = catalog.Models.First(m => m.SuccessorSlug is { } s && s != m.Slug && catalog.FindModel(s) is not null);
        var next = catalog.FindModel(old.SuccessorSlug!)!;
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(old.Slug, next.Slug));

        var upgrade = doc.ByTestId("upgrade");
        Assert.Equal(Sentences.UpgradeHeading(old.Name, next.Name, ModelSnapshots.IsNewerSnapshot(old, next)), upgrade.QuerySelector("h2")!.TextContent);
        Assert.Same(doc.ByTestId("summary"), upgrade.PreviousElementSibling);
        Assert.Contains(upgrade.QuerySelectorAll("li"), li => li.TextContent.StartsWith(old.Name, StringComparison.Ordinal)
            && (li.TextContent.Contains("sold", StringComparison.Ordinal) || li.TextContent.Contains("retire", StringComparison.Ordinal) || li.TextContent.Contains("deprecated", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_pair_of_unrelated_models_has_no_upgrade_section()
    {
        var catalog = site.Catalog();
        var (a, b) = (catalog.Models[0], catalog.Models.First(m => m.MakerSlug != catalog.Models[0].MakerSlug));
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(a.Slug, b.Slug));

        Assert.Null(doc.QuerySelector("[data-testid=upgrade]"));
    }

    [Fact]
    public async Task A_profile_names_a_later_dated_snapshot_of_the_same_model_as_a_snapshot_not_an_upgrade()
    {
        var catalog = site.Catalog();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = catalog.Models.First(m => ProfileFacts.Replacement(catalog, m, today) is { } next && ModelSnapshots.IsNewerSnapshot(m, next));
        var next = ProfileFacts.Replacement(catalog, old, today)!;
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models/{old.Slug}");

        var line = doc.ByTestId("upgrade").TextContent;
        Assert.StartsWith($"A newer snapshot of the same model: {next.Name}.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Upgrade to", line, StringComparison.Ordinal);
    }
}
