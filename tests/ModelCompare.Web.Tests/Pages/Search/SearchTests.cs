using System.Net;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Search;

[Collection(SharedSite.Name)]
public sealed class SearchTests(SiteFactory site)
{
    [Fact]
    public async Task An_empty_search_explains_what_can_be_searched()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search");

        Assert.NotNull(doc.ByTestId("search-empty"));
        Assert.Null(doc.QuerySelector("[data-testid='search-results']"));
    }

    [Fact]
    public async Task A_search_with_no_result_says_so_and_is_not_indexed()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=qqqzzzxxx-nothing");

        Assert.Contains("No model matches “qqqzzzxxx-nothing”", doc.ByTestId("search-no-results").TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task An_exact_name_ranks_first_whatever_its_case()
    {
        var model = site.Catalog().Models[0];
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(model.Name.ToUpperInvariant()));

        var first = doc.QuerySelectorAll("[data-testid='search-hit']")[0];
        Assert.Contains("exact match", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_id_finds_its_model()
    {
        var model = site.Catalog().Models.First(m => m.ApiIds.Length > 0);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(model.ApiIds[0]));

        Assert.Contains(doc.QuerySelectorAll("[data-testid='search-hit']"), h => h.GetAttribute("data-slug") == model.Slug);
    }
}

/// <summary>
/// Two names joined by "vs", "or" and the like, on the fixture catalog (TestData/catalog): Birch makes Birch-4o,
/// Alder makes Alder R1 (Jan 20, 2025) and Alder V3.2 (Dec 1, 2025).
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed class PairSearchTests(FixtureCatalogSite site)
{
    [Theory]
    [InlineData("birch-4o vs alder")]
    [InlineData("BIRCH-4o VS Alder")]
    [InlineData("  birch-4o   vs.  alder ")]
    [InlineData("birch-4o versus alder")]
    [InlineData("birch-4o or alder")]
    [InlineData("birch-4o compared to alder")]
    [InlineData("alder vs birch-4o")]
    public async Task A_side_naming_a_maker_lists_its_models_and_offers_the_newest_first(string query)
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choices = doc.QuerySelectorAll("[data-testid='family-choice']").Select(c => catalog.FindModel(c.GetAttribute("data-slug")!)!).ToList();
        Assert.Equal(["alder-r1", "alder-v3-2"], choices.Select(m => m.Slug).Order(StringComparer.Ordinal));
        Assert.Single(doc.QuerySelectorAll("[data-testid='family-choice']"), c => c.TextContent.Contains("cheapest", StringComparison.Ordinal));
        // The newest of Alder's models, beside Birch-4o.
        var location = doc.ByTestId("family-best").GetAttribute("href")!;
        Assert.Equal("/compare/alder-v3-2-vs-birch-4o", location);
        using var page = await client.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Two_exact_names_go_to_exactly_their_pair()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString("Birch-4o vs Alder V3.2"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/compare/alder-v3-2-vs-birch-4o", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_same_model_twice_goes_to_its_profile()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=birch-4o+vs+BIRCH+4o", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/models/birch-4o", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_side_that_matches_nothing_is_named_and_the_closest_pairs_are_offered()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("birch-4o vs qqqzzzxxx"));

        Assert.Equal(["No model matches “qqqzzzxxx”."], doc.QuerySelectorAll("[data-testid='pair-unmatched']").Select(p => p.Text()));
        var pairs = doc.ByTestId("pair-suggestions").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        // Birch-4o's own pairs first; in a catalog this small, those of the name closest to it (Birch-4o mini) follow.
        Assert.Equal(["/compare/birch-4o-vs-birch-4o-mini", "/compare/birch-4o-vs-cedar-pro", "/compare/alder-v3-2-vs-birch-4o-mini", "/compare/birch-4o-mini-vs-cedar-pro"], pairs);
        Assert.NotNull(doc.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task Neither_side_matching_names_both_and_offers_no_pair()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("qqqzzzxxx versus wwwyyyvvv"));

        Assert.Equal(2, doc.QuerySelectorAll("[data-testid='pair-unmatched']").Length);
        Assert.Null(doc.QuerySelector("[data-testid='pair-suggestions']"));
    }
}
