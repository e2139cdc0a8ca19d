using AngleSharp.Html.Dom;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>
/// The itemised bill on a pair page: its lines and their sources, the workload's assumptions, service tiers. On the
/// fixture catalog: Cedar Pro writes its cache at $3.75 (5 minutes) and $6 (1 hour, from its own source); Birch-4o
/// costs $2.50 and $10, with a batch price; Alder V3.2 has no batch price.
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed class BillPageTests(FixtureCatalogSite site)
{
    private const string Cedar = "/compare/birch-4o-vs-cedar-pro";
    private const string Alder = "/compare/alder-v3-2-vs-birch-4o";

    private async Task<IHtmlDocument> PairAsync(string url)
    {
        using var client = site.CreatePlainClient();
        return await client.GetDocumentAsync(url);
    }

    private static AngleSharp.Dom.IElement Line(IHtmlDocument document, string slug, string kind) =>
        document.ByTestId($"cost-{slug}").ByTestId("bill-lines").QuerySelector($"tr[data-kind={kind}]")
        ?? throw new InvalidOperationException($"No {kind} line on {slug}'s bill.");

    /// <summary>Where a line's price was read: its own cell's link, or the bill's one source when every line shares it.</summary>
    private static string? Source(IHtmlDocument document, string slug, AngleSharp.Dom.IElement line) =>
        (line.QuerySelector("a") ?? document.ByTestId($"cost-{slug}").ByTestId("bill-lines").QuerySelector("[data-testid=bill-source-once] a"))?.GetAttribute("href");

    [Fact]
    public async Task Cache_writes_are_a_line_of_the_bill_at_the_five_minute_or_the_one_hour_price_with_its_source()
    {
        var fiveMinutes = await PairAsync($"{Cedar}?cache=50");
        var oneHour = await PairAsync($"{Cedar}?cache=50&ttl=1h");

        // Half of 1,000M input tokens is written to the cache.
        var five = Line(fiveMinutes, "cedar-pro", "CacheWrite");
        Assert.Contains("500M tokens × $3.75 per 1M", five.Text(), StringComparison.Ordinal);
        Assert.Equal("https://cedar.example/pricing", Source(fiveMinutes, "cedar-pro", five));
        var hour = Line(oneHour, "cedar-pro", "CacheWrite");
        Assert.Contains("500M tokens × $6 per 1M", hour.Text(), StringComparison.Ordinal);
        Assert.Equal("https://cedar.example/caching", Source(oneHour, "cedar-pro", hour));
        Assert.NotEqual(fiveMinutes.ByTestId("cost-cedar-pro").ByTestId("amount").Text(), oneHour.ByTestId("cost-cedar-pro").ByTestId("amount").Text());
        Assert.NotNull(oneHour.QuerySelector("meta[name=robots][content='noindex, follow']"));
        Assert.Contains(oneHour.ByTestId("bill-assumptions").QuerySelectorAll("li"), li => li.Text().Contains("cache that lives 1 hour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_batch_preset_bills_batch_prices_and_labels_a_model_billed_at_standard()
    {
        var document = await PairAsync($"{Alder}?preset=batch");

        Assert.Equal("Billed at batch prices.", document.ByTestId("cost-birch-4o").ByTestId("bill-tier").Text());
        Assert.StartsWith("Billed at standard prices: ", document.ByTestId("cost-alder-v3-2").ByTestId("bill-tier").Text(), StringComparison.Ordinal);
        Assert.Equal("batch", document.QuerySelector("[data-testid=tier-select] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Each_presets_assumptions_are_on_the_page_not_in_a_tooltip()
    {
        var document = await PairAsync(Alder);

        Assert.All(document.QuerySelectorAll("[data-testid=presets] a"), a => Assert.Null(a.GetAttribute("title")));
        var agent = document.QuerySelector("[data-testid=preset-assumptions] li[data-preset=agent]")!.Text();
        Assert.Contains("100,000 requests a month × 30,000 input and 1,500 output tokens; 84% of input read from a cache", agent, StringComparison.Ordinal);
        Assert.EndsWith("batch tier.", document.QuerySelector("[data-testid=preset-assumptions] li[data-preset=batch]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bill_is_also_given_per_thousand_requests()
    {
        var document = await PairAsync($"{Alder}?requests=1000&in_per=1000&out_per=100");

        // 1,000 requests of 1,000 in and 100 out: 1M × $2.50 + 0.1M × $10, which is also the bill per 1,000.
        Assert.Equal("$3.50 per 1,000 requests", document.ByTestId("cost-birch-4o").ByTestId("per-thousand").Text());
    }

    [Theory]
    [InlineData("tier=gold", "Service tier \"gold\" is not one of standard, batch, flex, or priority; it is ignored.")]
    [InlineData("ttl=1d", "Cache lifetime \"1d\" is not one of 5m or 1h; it is ignored.")]
    [InlineData("write=abc", "Cache writes \"abc\" is not a number; using the default 0%.")]
    public async Task Odd_bill_options_are_noted_not_an_error(string query, string note)
    {
        using var client = site.CreatePlainClient();
        var response = await client.GetAsync($"{Alder}?{query}");
        var document = await PairAsync($"{Alder}?{query}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(note, document.QuerySelectorAll("[data-testid=traffic-note], [data-testid^=field-note-]").Select(n => n.Text()));
    }
}
