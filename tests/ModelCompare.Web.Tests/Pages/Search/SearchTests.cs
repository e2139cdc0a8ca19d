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
        Assert.NotNull(doc.QuerySelector("meta[name=robots][content=noindex]"));
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
