using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>The itemised bill on a pair page: its lines and their sources, the workload's assumptions, service tiers.</summary>
[Collection(SharedSite.Name)]
public sealed class BillPageTests(SiteFactory site)
{
    private const string Claude = "/compare/claude-sonnet-4-5-vs-gpt-5";
    private const string DeepSeek = "/compare/deepseek-v3-2-vs-gpt-4o";

    private CatalogSnapshot Catalog => site.Services.GetRequiredService<ICatalogAccessor>().Current;

    private async Task<IHtmlDocument> PairAsync(string url)
    {
        using var client = site.CreatePlainClient();
        return await client.GetDocumentAsync(url);
    }

    private static AngleSharp.Dom.IElement Line(IHtmlDocument document, string slug, string kind) =>
        document.ByTestId($"cost-{slug}").ByTestId("bill-lines").QuerySelector($"tr[data-kind={kind}]")
        ?? throw new InvalidOperationException($"No {kind} line on {slug}'s bill.");

    [Fact]
    public async Task Cache_writes_are_a_line_of_the_bill_at_the_five_minute_or_the_one_hour_price_with_its_source()
    {
        var anthropic = Catalog.RoutesFor("claude-sonnet-4-5").Single(r => r.ProviderSlug == "anthropic" && r.Variant is null);

        var fiveMinutes = await PairAsync($"{Claude}?cache=50");
        var oneHour = await PairAsync($"{Claude}?cache=50&ttl=1h");

        var five = Line(fiveMinutes, "claude-sonnet-4-5", "CacheWrite");
        Assert.Contains($"500M tokens × ${anthropic.Price!.CacheWrite:0.00} per 1M", five.Text(), StringComparison.Ordinal);
        Assert.Equal(anthropic.SourceUrl, five.QuerySelector("a")!.GetAttribute("href"));
        var hour = Line(oneHour, "claude-sonnet-4-5", "CacheWrite");
        Assert.Contains($"× ${anthropic.Price.CacheWrite1h} per 1M", hour.Text(), StringComparison.Ordinal);
        Assert.Equal(anthropic.PriceSources["cache_write_1h"].Url, hour.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEqual(fiveMinutes.ByTestId("cost-claude-sonnet-4-5").ByTestId("amount").Text(), oneHour.ByTestId("cost-claude-sonnet-4-5").ByTestId("amount").Text());
        Assert.NotNull(oneHour.QuerySelector("meta[name=robots][content='noindex, follow']"));
        Assert.Contains(oneHour.ByTestId("bill-assumptions").QuerySelectorAll("li"), li => li.Text().Contains("cache that lives 1 hour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_batch_preset_bills_batch_prices_and_labels_a_model_billed_at_standard()
    {
        var document = await PairAsync($"{DeepSeek}?preset=batch");

        Assert.Equal("Billed at batch prices.", document.ByTestId("cost-gpt-4o").ByTestId("bill-tier").Text());
        Assert.StartsWith("Billed at standard prices: ", document.ByTestId("cost-deepseek-v3-2").ByTestId("bill-tier").Text(), StringComparison.Ordinal);
        Assert.Equal("batch", document.QuerySelector("[data-testid=tier-select] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Each_presets_assumptions_are_on_the_page_not_in_a_tooltip()
    {
        var document = await PairAsync(DeepSeek);

        Assert.All(document.QuerySelectorAll("[data-testid=presets] a"), a => Assert.Null(a.GetAttribute("title")));
        var agent = document.QuerySelector("[data-testid=preset-assumptions] li[data-preset=agent]")!.Text();
        Assert.Contains("100,000 requests a month × 30,000 input and 1,500 output tokens; 84% of input read from a cache", agent, StringComparison.Ordinal);
        Assert.EndsWith("batch tier.", document.QuerySelector("[data-testid=preset-assumptions] li[data-preset=batch]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bill_is_also_given_per_thousand_requests()
    {
        var gpt = Catalog.RoutesFor("gpt-4o").Single(r => r.ProviderSlug == "openai" && r.Variant is null).Price!;

        var document = await PairAsync($"{DeepSeek}?requests=1000&in_per=1000&out_per=100");

        // 1,000 requests of 1,000 in and 100 out: 1M × input + 0.1M × output, which is also the bill per 1,000.
        var perThousand = (1m * gpt.Input!.Value) + (0.1m * gpt.Output!.Value);
        Assert.Equal($"${perThousand:0.00} per 1,000 requests", document.ByTestId("cost-gpt-4o").ByTestId("per-thousand").Text());
    }

    [Theory]
    [InlineData("tier=gold", "Service tier \"gold\" is not one of standard, batch, flex, or priority; it is ignored.")]
    [InlineData("ttl=1d", "Cache lifetime \"1d\" is not one of 5m or 1h; it is ignored.")]
    [InlineData("write=abc", "Cache writes \"abc\" is not a number; using the default 0%.")]
    public async Task Odd_bill_options_are_noted_not_an_error(string query, string note)
    {
        using var client = site.CreatePlainClient();
        var response = await client.GetAsync($"{DeepSeek}?{query}");
        var document = await PairAsync($"{DeepSeek}?{query}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(note, document.QuerySelectorAll("[data-testid=traffic-note], [data-testid^=field-note-]").Select(n => n.Text()));
    }
}
