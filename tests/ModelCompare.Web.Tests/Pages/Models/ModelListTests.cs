using System.Globalization;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Models;

[Collection(SharedSite.Name)]
public sealed class ModelListTests(SiteFactory site)
{
    private static List<string> Slugs(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        [.. doc.QuerySelectorAll("[data-testid='model-row']").Select(r => r.GetAttribute("data-slug")!)];

    [Fact]
    public async Task The_first_page_lists_fifty_models_by_name_with_a_next_link()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/models");

        var expected = site.Catalog().Models.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Slug, StringComparer.Ordinal).Take(50).Select(m => m.Slug);
        Assert.Equal(expected, Slugs(doc));
        Assert.Equal("/models?page=2", doc.QuerySelector("link[rel=next]")?.GetAttribute("href")?.Replace("http://localhost:5080", "", StringComparison.Ordinal));
        Assert.Null(doc.QuerySelector("link[rel=prev]"));
        Assert.Empty(doc.QuerySelectorAll("[data-testid='query-note']"));
    }

    [Theory]
    [InlineData("/models", true, "Filter and sort")]
    [InlineData("/models?sort=context&dir=desc", true, "Filter and sort")]
    [InlineData("/models?sort=input&capability=vision", false, "Change the filters and sort")]
    [InlineData("/models?maxout=5&bench=weirdml", false, "Change the filters and sort")]
    public async Task A_filtered_list_folds_its_form_to_one_line_so_the_answer_comes_first(string path, bool open, string summary)
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(path);

        var box = doc.QuerySelector("details[data-testid='filter-box']");
        Assert.NotNull(box);
        Assert.Equal(open, box.HasAttribute("open"));
        Assert.Equal(summary, box.QuerySelector(":scope > summary")?.TextContent.Trim());
        // The form is folded, not gone: every filter still goes out with the next Apply.
        Assert.NotNull(box.QuerySelector("form[data-testid='model-filters'] select[name=capability]"));
        Assert.NotEmpty(Slugs(doc));
    }

    [Fact]
    public async Task Every_row_has_a_named_checkbox_in_one_get_form_to_the_compare_page()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/models");

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)doc.ByTestId("compare-form");
        Assert.Equal(("get", "/compare"), (form.Method, form.GetAttribute("action")));
        foreach (var row in doc.QuerySelectorAll("[data-testid='model-row']"))
        {
            var box = (AngleSharp.Html.Dom.IHtmlInputElement)row.ByTestId("tick");
            Assert.Equal(("checkbox", "models", row.GetAttribute("data-slug")), (box.Type, box.Name, box.Value));
            Assert.Same(form, box.Form);
            var name = row.QuerySelector("th[scope=row]")!.Text();
            Assert.Equal($"Compare {name}", box.ParentElement!.Text());
            Assert.Equal("LABEL", box.ParentElement!.TagName);
        }

        Assert.Same(form, ((AngleSharp.Html.Dom.IHtmlButtonElement)doc.ByTestId("compare-ticked")).Form);
    }

    [Fact]
    public async Task Page_two_links_back_to_page_one_and_shows_the_next_fifty()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/models?page=2");

        Assert.Equal("/models", doc.ByTestId("pager-prev").GetAttribute("href"));
        Assert.Equal(Math.Min(50, site.Catalog().Models.Length - 50), Slugs(doc).Count);
    }

    [Fact]
    public async Task Sorting_by_context_descending_puts_the_largest_window_first_and_unknowns_last()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/models?sort=context&dir=desc");

        var largest = site.Catalog().Models.Max(m => m.ContextWindow);
        Assert.Equal(largest, site.Catalog().FindModel(Slugs(doc)[0])!.ContextWindow);
        var windows = Slugs(doc).Select(s => site.Catalog().FindModel(s)!.ContextWindow ?? -1).ToList();
        Assert.Equal(windows.OrderByDescending(w => w), windows);
    }

    [Fact]
    public async Task Sorting_by_input_price_ascending_lists_cheaper_models_first()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/models?sort=input&dir=asc");

        var prices = doc.QuerySelectorAll("[data-testid='model-row'] [data-testid='input-price']")
            .Select(td => td.TextContent.Trim())
            .TakeWhile(t => t != "—")
            .Select(t => decimal.Parse(t.TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(prices);
        Assert.Equal(prices.Order(), prices);
    }

    [Fact]
    public async Task Filters_by_maker_capability_and_open_weights_narrow_the_list()
    {
        var catalog = site.Catalog();
        var maker = catalog.Models.GroupBy(m => m.MakerSlug).OrderByDescending(g => g.Count()).First().Key;
        using var client = site.CreatePlainClient();

        var byMaker = Slugs(await client.GetDocumentAsync($"/models?maker={maker}"));
        var byCapability = Slugs(await client.GetDocumentAsync("/models?capability=function-calling"));
        var open = Slugs(await client.GetDocumentAsync("/models?open=true"));

        Assert.NotEmpty(byMaker);
        Assert.All(byMaker, s => Assert.Equal(maker, catalog.FindModel(s)!.MakerSlug));
        Assert.All(byCapability, s => Assert.True(catalog.FindModel(s)!.Capabilities.Has(ModelCompare.Catalog.Capability.FunctionCalling)));
        Assert.All(open, s => Assert.True(catalog.FindModel(s)!.OpenWeights));
    }

    [Theory]
    [InlineData("/models?sort=price", "Sort \"price\"")]
    [InlineData("/models?dir=up", "Direction \"up\"")]
    [InlineData("/models?maker=nobody-at-all", "Maker \"nobody-at-all\"")]
    [InlineData("/models?capability=telepathy", "Capability \"telepathy\"")]
    [InlineData("/models?open=maybe", "Open \"maybe\"")]
    [InlineData("/models?page=zero", "Page \"zero\"")]
    public async Task An_invalid_query_value_is_ignored_with_a_visible_note(string url, string note)
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(url);

        Assert.Contains(doc.QuerySelectorAll("[data-testid='query-note']"), n => n.TextContent.Contains(note, StringComparison.Ordinal));
        Assert.NotEmpty(Slugs(doc));
    }

    [Fact]
    public async Task A_page_past_the_last_is_a_404_that_shows_the_last_page_and_says_so()
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/models?page=9999", UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(doc.QuerySelectorAll("[data-testid='query-note']"), n => n.TextContent.Contains("Page 9999 does not exist", StringComparison.Ordinal));
        Assert.NotEmpty(Slugs(doc));
        Assert.Equal("noindex, follow", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
