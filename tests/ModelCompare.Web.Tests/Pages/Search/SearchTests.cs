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

[Collection(SharedSite.Name)]
public sealed class PairSearchTests(SiteFactory site)
{
    [Theory]
    [InlineData("gpt-4o vs deepseek")]
    [InlineData("GPT-4o VS DeepSeek")]
    [InlineData("  gpt-4o   vs.  deepseek ")]
    [InlineData("gpt-4o versus deepseek")]
    [InlineData("gpt-4o or deepseek")]
    [InlineData("gpt-4o compared to deepseek")]
    [InlineData("deepseek vs gpt-4o")]
    public async Task A_side_naming_a_maker_lists_its_models_and_offers_the_newest_first(string query)
    {
        var catalog = site.Catalog();
        var newestDeepSeek = catalog.ModelsMadeBy("deepseek").Max(m => m.ReleaseDate);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choices = doc.QuerySelectorAll("[data-testid='family-choice']").Select(c => catalog.FindModel(c.GetAttribute("data-slug")!)!).ToList();
        Assert.True(choices.Count > 1);
        Assert.All(choices, m => Assert.Equal("deepseek", m.MakerSlug));
        Assert.Single(doc.QuerySelectorAll("[data-testid='family-choice']"), c => c.TextContent.Contains("cheapest", StringComparison.Ordinal));
        var location = doc.ByTestId("family-best").GetAttribute("href")!;
        var slugs = location["/compare/".Length..].Split("-vs-");
        Assert.Contains("gpt-4o", slugs);
        var other = catalog.FindModel(slugs.Single(s => s != "gpt-4o"))!;
        Assert.Equal(("deepseek", newestDeepSeek), (other.MakerSlug, other.ReleaseDate));
        using var page = await client.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Two_exact_names_go_to_exactly_their_pair()
    {
        var catalog = site.Catalog();
        var (a, b) = (catalog.FindModel("gpt-4o")!, catalog.FindModel("deepseek-v3-2")!);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString($"{b.Name} vs {a.Name}"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/compare/deepseek-v3-2-vs-gpt-4o", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_same_model_twice_goes_to_its_profile()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/search?q=gpt-4o+vs+GPT+4o", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/models/gpt-4o", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_side_that_matches_nothing_is_named_and_the_closest_pairs_are_offered()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("gpt-4o vs qqqzzzxxx"));

        Assert.Equal(["No model matches “qqqzzzxxx”."], doc.QuerySelectorAll("[data-testid='pair-unmatched']").Select(p => p.Text()));
        var pairs = doc.ByTestId("pair-suggestions").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.Contains("gpt-4o", p["/compare/".Length..].Split("-vs-")));
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
