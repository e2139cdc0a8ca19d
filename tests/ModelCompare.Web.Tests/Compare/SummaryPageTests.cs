using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ModelCompare.Catalog;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>
/// The summary at the top of the pair page: bills, presets, per-request traffic, and the folded page below it. On the
/// fixture catalog, where Birch-4o's maker sells it at $2.50 in, $10 out and $1.25 for a cached read (batch: $1.25
/// and $5), and six providers sell it.
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed class SummaryPageTests(FixtureCatalogSite site)
{
    private const string Canonical = "/compare/alder-v3-2-vs-birch-4o";

    private CatalogSnapshot Catalog => site.Catalog();

    private async Task<IHtmlDocument> PairAsync(string url = Canonical)
    {
        using var client = site.CreatePlainClient();
        return await client.GetDocumentAsync(url);
    }

    private static string SummaryCost(IHtmlDocument document, string slug) => document.ByTestId("summary").ByTestId($"summary-cost-{slug}").Text();

    [Fact]
    public async Task The_summary_comes_straight_after_the_title_with_both_bills_the_verdict_line_and_the_calculator()
    {
        var document = await PairAsync();

        var summary = document.ByTestId("summary");
        // Between the title and the summary only the swapper, folded into one line.
        Assert.Same(document.QuerySelector("h1"), summary.PreviousElementSibling?.PreviousElementSibling);
        Assert.Equal("pair-swapper", summary.PreviousElementSibling!.GetAttribute("data-testid"));
        Assert.False(summary.ByTestId("calculator-box").HasAttribute("open"));
        Assert.Equal(document.ByTestId("cost-birch-4o").ByTestId("amount").Text(), SummaryCost(document, "birch-4o"));
        Assert.Equal(document.ByTestId("cost-alder-v3-2").ByTestId("amount").Text(), SummaryCost(document, "alder-v3-2"));
        Assert.StartsWith("Choose ", summary.ByTestId("verdict-line").Text(), StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector("[data-testid=calculator] select[name=basis]"));
        Assert.NotNull(summary.QuerySelector("[data-testid=calculator] select[name=via]"));
        Assert.Null(document.ByTestId("monthly-cost").QuerySelector("form"));
        Assert.Equal("1,000M input and 200M output tokens a month", summary.ByTestId("summary-traffic-text").Text());
    }

    [Fact]
    public async Task Per_request_traffic_is_billed_as_its_monthly_totals_and_the_page_says_both()
    {
        // 50,000 requests × 1,000 input and 200 output tokens = 50M input and 10M output tokens: $125 + $100.
        var document = await PairAsync($"{Canonical}?requests=50000&in_per=1000&out_per=200");

        Assert.Equal("$225", SummaryCost(document, "birch-4o"));
        Assert.Equal("50M input and 10M output tokens a month", document.ByTestId("summary-traffic-text").Text());
        Assert.Equal("(50,000 requests a month × 1,000 input and 200 output tokens each)", document.ByTestId("per-request").Text());
        Assert.Equal("request", document.QuerySelector("input[name=mode][checked]")!.GetAttribute("value"));
        Assert.Equal("50000", document.QuerySelector("input[name=requests]")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task Per_request_figures_equal_to_the_default_traffic_are_still_not_indexed()
    {
        var document = await PairAsync($"{Canonical}?requests=1000000&in_per=1000&out_per=200");

        Assert.Equal("1,000M input and 200M output tokens a month", document.ByTestId("summary-traffic-text").Text());
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Theory]
    // chat: 2,000M in × $2.50 + 500M out × $10.
    [InlineData("chat", "$10,000")]
    // rag: 1,600M in × $2.50 + 80M out × $10.
    [InlineData("rag", "$4,800")]
    // agent: 3,000M in, 84% (2,520M) read from the cache at $1.25 = $3,150, the other 480M at $2.50 = $1,200 (Birch has
    // no write price, so written input costs the input price), 150M out × $10 = $1,500.
    [InlineData("agent", "$5,850")]
    // batch: at the batch prices, 5,000M in × $1.25 + 1,000M out × $5.
    [InlineData("batch", "$11,250")]
    public async Task A_preset_bills_its_documented_traffic_and_is_marked_current(string preset, string expected)
    {
        var document = await PairAsync($"{Canonical}?preset={preset}");

        Assert.Equal(expected, SummaryCost(document, "birch-4o"));
        Assert.Equal("true", document.QuerySelector($"[data-testid=presets] a[data-preset={preset}]")!.GetAttribute("aria-current"));
        Assert.Single(document.QuerySelectorAll("[data-testid=presets] a[aria-current]"));
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task Preset_links_keep_the_price_choice_and_each_address_gets_its_own_page()
    {
        var document = await PairAsync($"{Canonical}?basis=cheapest&cache=20");
        var rag = document.QuerySelector("[data-testid=presets] a[data-preset=rag]")!.GetAttribute("href");
        Assert.Equal($"{Canonical}?preset=rag&cache=20&basis=cheapest#summary", rag);

        // Two presets one after the other: the cache varies by preset, so the second is not the first's copy.
        var chat = await PairAsync($"{Canonical}?preset=chat");
        var batch = await PairAsync($"{Canonical}?preset=batch");
        Assert.NotEqual(chat.ByTestId("summary-traffic-text").Text(), batch.ByTestId("summary-traffic-text").Text());
    }

    [Theory]
    [InlineData("preset=poetry", "Workload \"poetry\" is not one of chat, rag, agent, or batch; it is ignored.")]
    [InlineData("requests=lots", "Requests a month \"lots\" is not a number; using the default 1,000,000.")]
    [InlineData("in_per=-1", "Input tokens per request \"-1\" is below the allowed range; using 0.")]
    [InlineData("out_per=99999999999", "Output tokens per request \"99999999999\" is above the allowed range; using 10,000,000.")]
    [InlineData("mode=weekly", "Traffic mode \"weekly\" is not monthly or request; it is ignored.")]
    public async Task Odd_workload_values_are_noted_not_an_error(string query, string note)
    {
        using var client = site.CreatePlainClient();
        var response = await client.GetAsync($"{Canonical}?{query}");
        var document = await PairAsync($"{Canonical}?{query}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        // Beside the field it belongs to, or under the bills when no field owns it.
        Assert.Contains(note, document.QuerySelectorAll("[data-testid=traffic-note], [data-testid^=field-note-]").Select(n => n.Text()));
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task A_form_that_says_monthly_bills_the_monthly_totals()
    {
        var document = await PairAsync($"{Canonical}?mode=monthly&input=50&output=10&requests=&in_per=&out_per=&cache=0&basis=list&via=");

        // 50M in × $2.50 + 10M out × $10.
        Assert.Equal("$225", SummaryCost(document, "birch-4o"));
        Assert.Null(document.QuerySelector("[data-testid=per-request]"));
        Assert.Equal("monthly", document.QuerySelector("input[name=mode][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_section_menu_links_to_every_section_on_the_page()
    {
        var document = await PairAsync();

        var menu = document.QuerySelector("nav[aria-label='On this page']")!;
        Assert.NotNull(menu.QuerySelector("details > summary"));
        var targets = menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(targets);
        // Each target is a section, or the body of a folded section's details, which a link opens.
        Assert.All(targets, href => Assert.NotNull(document.QuerySelector($"section{href}, section.fold > details > div{href}")));
    }

    [Fact]
    public async Task Faq_answers_are_folded_but_still_in_the_html()
    {
        var document = await PairAsync();

        var items = document.ByTestId("faq").QuerySelectorAll("details.faq").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, d =>
        {
            Assert.False(d.HasAttribute("open"));
            Assert.False(string.IsNullOrWhiteSpace(d.QuerySelector("p")?.Text()));
        });
    }

    [Fact]
    public async Task Long_price_tables_show_the_first_rows_and_link_the_profile_that_lists_every_route()
    {
        var document = await PairAsync();

        // Birch-4o has six routes, one more than the pair page shows; Alder V3.2 has two.
        Assert.Equal(6, Catalog.RoutesFor("birch-4o").Length);
        foreach (var slug in new[] { "birch-4o", "alder-v3-2" })
        {
            var routes = Catalog.RoutesFor(slug).Length;
            var shown = document.ByTestId($"pricing-{slug}").QuerySelectorAll("tbody tr").Length;
            Assert.Equal(Math.Min(routes, Web.Pages.Compare.PairModel.PriceRowsShown), shown);
            var more = document.QuerySelector($"[data-testid=more-routes-{slug}]");
            Assert.Equal(routes > shown, more is not null);
            if (more is not null)
            {
                // The other routes are not copied onto the pair page: its link goes to the profile's table of every route.
                Assert.Empty(more.QuerySelectorAll("tr"));
                var link = more.QuerySelector("a")!;
                Assert.Equal($"All {routes} routes for {Catalog.FindModel(slug)!.Name}", link.Text());
                Assert.Equal($"/models/{slug}#providers", link.GetAttribute("href"));
                using var client = site.CreatePlainClient();
                var profile = await client.GetDocumentAsync($"/models/{slug}");
                Assert.NotNull(profile.GetElementById("providers"));
                var table = profile.ByTestId("routes");
                Assert.Equal(routes, table.QuerySelectorAll("[data-testid=route-row]").Length);
                // Every column of the pair page's price table is on the profile's, the cache write price included.
                var columns = table.QuerySelectorAll("thead th").Select(th => th.Text()).ToList();
                Assert.All(document.ByTestId($"pricing-{slug}").QuerySelectorAll("thead th").Select(th => th.Text()), c => Assert.Contains(columns, p => p.StartsWith(c, StringComparison.Ordinal)));
            }
        }
    }

    [Fact]
    public async Task A_blank_or_negative_figure_is_explained_beside_its_field_and_the_controls_open()
    {
        var document = await PairAsync($"{Canonical}?mode=request&requests=&in_per=-5&out_per=200");

        var box = document.ByTestId("calculator-box");
        Assert.True(box.HasAttribute("open"));
        var requests = box.QuerySelector("input[name=requests]")!;
        Assert.Equal(("note-requests", "true"), (requests.GetAttribute("aria-describedby"), requests.GetAttribute("aria-invalid")));
        Assert.StartsWith("Requests a month was left blank", document.ByTestId("field-note-requests").Text(), StringComparison.Ordinal);
        Assert.Same(requests.ParentElement, document.ByTestId("field-note-requests").ParentElement);
        Assert.Contains("is below the allowed range; using 0", document.ByTestId("field-note-in_per").Text(), StringComparison.Ordinal);
        Assert.Null(box.QuerySelector("input[name=out_per]")!.GetAttribute("aria-invalid"));
        // Said once, beside the field, not again under the bills.
        Assert.DoesNotContain(document.QuerySelectorAll("[data-testid=traffic-note]"), n => n.Text().Contains("Requests a month", StringComparison.Ordinal));
    }
}
