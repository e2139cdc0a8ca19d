using System.Net;
using AngleSharp.Html.Dom;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests.Pages.Compare;

/// <summary>The one model picker: on the home page, the side-by-side page and the pair page's swapper.</summary>
[Collection(SharedSite.Name)]
public sealed class ModelPickerTests(SiteFactory site, ITestOutputHelper output)
{
    [Fact]
    public async Task The_home_picker_sends_no_list_of_models_and_fetches_the_names_when_used()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/");

        var picker = doc.ByTestId("model-picker");
        // The names come from the swapper's one cached file, not written into the page as options.
        Assert.Empty(picker.QuerySelectorAll("option"));
        Assert.Empty(picker.QuerySelectorAll("select"));
        var list = picker.QuerySelector("datalist#picker-models")!;
        Assert.Equal("/data/model-names.json", list.GetAttribute("data-src"));
        Assert.Empty(list.Children);
        Assert.NotNull(doc.QuerySelector("script[src^='/js/swapper.js'][defer]"));
        var form = (IHtmlFormElement)picker.QuerySelector("form")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Equal("/compare", form.GetAttribute("action"));
        var popular = site.Catalog();
        foreach (var (testId, name) in new[] { ("picker-a", "a"), ("picker-b", "b") })
        {
            var field = (IHtmlInputElement)doc.ByTestId(testId);
            Assert.Equal(name, field.Name);
            Assert.Equal("picker-models", field.GetAttribute("list"));
            // It starts on a model's name, so submitting it untouched shows a comparison.
            Assert.Contains(popular.Models, m => m.Name == field.Value);
        }

        // The page's words are its own: a few hundred, not thousands of option labels.
        var words = doc.Body!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var optionWords = 2 * site.Engine().PickerEntries().Sum(e => e.Label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        output.WriteLine($"Home page words: {words}; two selects of every model's label would add {optionWords}.");
        Assert.InRange(words, 1, 2500);
    }

    [Fact]
    public async Task Names_typed_into_the_home_picker_go_to_their_canonical_pair_page()
    {
        // Two models by their names, the second one first, as a reader may type them.
        var catalog = site.Catalog();
        var (a, b) = (catalog.FindModel(site.Resolve("{model}"))!, catalog.FindModel(site.Resolve("{model2}"))!);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={Uri.EscapeDataString(b.Name)}&b={Uri.EscapeDataString(a.Name)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{a.Slug}-vs-{b.Slug}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_home_page_states_the_cheapest_capable_rule_in_the_engines_words()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/");

        Assert.Equal(Sentences.CheapestCapableNote(), doc.ByTestId("cheapest-capable-note").Text());
    }

    [Fact]
    public async Task A_pair_page_has_a_swapper_that_starts_on_its_two_models()
    {
        var (a, b) = Pair();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/compare/{a}-vs-{b}");

        var form = (IHtmlFormElement)doc.ByTestId("pair-swapper").QuerySelector("form")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        Assert.Equal("/compare", form.GetAttribute("action"));
        var catalog = site.Catalog();
        Assert.Equal(catalog.FindModel(a)!.Name, ((IHtmlInputElement)doc.ByTestId("swap-a")).Value);
        Assert.Equal(catalog.FindModel(b)!.Name, ((IHtmlInputElement)doc.ByTestId("swap-b")).Value);
        // One list serves both fields; the names come from one cached file, not from each of ~46,000 pages.
        var list = doc.QuerySelector("datalist#swap-models")!;
        Assert.Equal("/data/model-names.json", list.GetAttribute("data-src"));
        Assert.Empty(list.Children);
        Assert.Equal("swap-models", doc.ByTestId("swap-a").GetAttribute("list"));
        Assert.Equal("swap-models", doc.ByTestId("swap-b").GetAttribute("list"));
        Assert.NotNull(doc.QuerySelector("script[src^='/js/swapper.js']"));
        Assert.Equal("a", doc.ByTestId("swap-a").GetAttribute("name"));
        Assert.Equal("b", doc.ByTestId("swap-b").GetAttribute("name"));
        Assert.Empty(form.QuerySelectorAll("input[type=hidden]"));
    }

    [Fact]
    public async Task The_swappers_list_of_names_is_every_model_once_in_one_cacheable_file()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/data/model-names.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        var names = System.Text.Json.JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync());
        Assert.Equal(catalog.Models.Select(m => m.Name), names);
    }

    [Fact]
    public async Task A_name_typed_into_the_swapper_goes_to_the_best_matching_pair()
    {
        var catalog = site.Catalog();
        var (a, b) = Pair();
        var other = catalog.Models.First(m => m.Slug != a && m.Slug != b);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={Uri.EscapeDataString(other.Name.ToUpperInvariant())}&b={b}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ComparisonEngine.CanonicalPath(other.Slug, b), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_swapper_carries_the_traffic_the_page_was_opened_at()
    {
        var (a, b) = Pair();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/compare/{a}-vs-{b}?input=50&output=10");

        var hidden = doc.ByTestId("pair-swapper").QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        Assert.Equal(new Dictionary<string, string?> { ["input"] = "50", ["output"] = "10", ["cache"] = "0" }, hidden);
    }

    [Fact]
    public async Task Swapping_one_model_lands_on_the_canonical_pair_with_the_traffic()
    {
        var c = site.Catalog();
        var (a, b) = Pair();
        var other = c.Models.Select(m => m.Slug).First(s => s != a && s != b);
        using var client = site.CreatePlainClient();

        // The swapper replaced the first model: the new pair may sort either way round.
        using var response = await client.GetAsync(new Uri($"/compare?a={other}&b={b}&input=50&output=10&cache=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ComparisonEngine.CanonicalPath(other, b) + "?input=50&output=10&cache=0", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_side_by_side_page_offers_four_pickers_two_of_them_required()
    {
        using var client = site.CreatePlainClient();

        // An unknown slug (a 400, never cached) keeps this test from caching the bare page that "?models=" shares a key with.
        using var response = await client.GetAsync(new Uri("/compare?models=no-such-model", UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        var selects = doc.ByTestId("multi-picker").QuerySelectorAll("select").Cast<IHtmlSelectElement>().ToList();
        Assert.Equal(4, selects.Count);
        Assert.Equal(["a", "b", "c", "d"], selects.Select(s => s.Name));
        Assert.Equal([true, true, false, false], selects.Select(s => s.IsRequired));
        Assert.All(selects.Skip(2), s => Assert.Equal(string.Empty, s.Value));
    }

    [Fact]
    public async Task Three_picked_models_are_shown_side_by_side_and_a_blank_fourth_is_ignored()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve("/compare?a={model}&b={model2}&c={model3}&d="));

        Assert.Equal(3, doc.ByTestId("pair-links").QuerySelectorAll("a").Length);
    }

    [Fact]
    public async Task Two_picked_models_with_blank_others_go_to_their_pair()
    {
        var (a, b) = Pair();
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={b}&b={a}&c=&d=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{a}-vs-{b}", response.Headers.Location?.OriginalString);
    }

    private (string A, string B) Pair()
    {
        var slugs = site.Catalog().Models.Select(m => m.Slug).Take(2).Order(StringComparer.Ordinal).ToList();
        return (slugs[0], slugs[1]);
    }
}
