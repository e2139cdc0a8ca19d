using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>A model that always thinks bills its reasoning, and a workload's web searches are billed where priced; each page says so.</summary>
[Collection(SharedSite.Name)]
public sealed class AlwaysThinkingBillTests(SiteFactory site)
{
    private CatalogSnapshot Catalog => site.Catalog();

    /// <summary>The first model by slug that always thinks and has a list price.</summary>
    private Model Thinker() => Catalog.Models.OrderBy(m => m.Slug, StringComparer.Ordinal)
        .First(m => m.AlwaysThinks && site.Engine().PriceOf(m).Basis == PriceBasis.List);

    /// <summary>The first model by slug that can answer without thinking and has a list price.</summary>
    private Model Plain() => Catalog.Models.OrderBy(m => m.Slug, StringComparer.Ordinal)
        .First(m => !m.AlwaysThinks && site.Engine().PriceOf(m).Basis == PriceBasis.List);

    [Fact]
    public async Task The_bill_of_a_model_that_always_thinks_adds_its_reasoning_at_the_stated_share_and_says_so()
    {
        var (thinker, plain) = (Thinker(), Plain());
        var engine = site.Engine();
        var expected = engine.Describe(thinker, TrafficProfile.Default).ReferenceBill!.Lines.Single(l => l.Kind == BillLineKind.Reasoning);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(thinker.Slug, plain.Slug));

        var card = doc.ByTestId($"cost-{thinker.Slug}");
        Assert.Equal(Sentences.BillIncludesReasoning(thinker.Name, 100m, expected.AmountText), card.QuerySelector("[data-testid='bill-reasoning']")!.TextContent);
        var row = card.QuerySelector("tr[data-kind='Reasoning']")!;
        Assert.Contains(expected.QuantityText, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Sentences.BillReasoningAssumed(100m, expected.Note!.EndsWith("output price", StringComparison.Ordinal)), row.TextContent, StringComparison.Ordinal);
        Assert.Null(doc.ByTestId($"cost-{plain.Slug}").QuerySelector("[data-testid='bill-reasoning'], tr[data-kind='Reasoning']"));
        Assert.Equal(200m, expected.Quantity);
    }

    [Fact]
    public async Task A_stated_reasoning_share_changes_the_line_and_leaves_the_page_unindexed()
    {
        var (thinker, plain) = (Thinker(), Plain());
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(thinker.Slug, plain.Slug) + "?reasoning=300");

        var row = doc.ByTestId($"cost-{thinker.Slug}").QuerySelector("tr[data-kind='Reasoning']")!;
        // 200M visible output tokens × 300% = 600M reasoning tokens.
        Assert.StartsWith("600M tokens × ", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("noindex", doc.QuerySelector("meta[name='robots']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_searches_are_billed_as_a_line_with_price_and_source_on_a_route_that_prices_them()
    {
        var searcher = Catalog.Models.OrderBy(m => m.Slug, StringComparer.Ordinal).First(m =>
            site.Engine().PriceOf(m) is { Basis: PriceBasis.List, ListRoute.Route.Fees.PerThousandWebSearches: not null });
        var price = site.Engine().PriceOf(searcher).ListRoute!.Route.Fees!.PerThousandWebSearches!.Value;
        var other = Catalog.Models.OrderBy(m => m.Slug, StringComparer.Ordinal)
            .First(m => m.Slug != searcher.Slug && site.Engine().PriceOf(m).Basis == PriceBasis.List);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(searcher.Slug, other.Slug) + "?search=500");

        // Default traffic: 1,000M input tokens at 1,000 a request = 1,000,000 requests, 500 searches per 1,000 = 500,000 searches.
        var row = doc.ByTestId($"cost-{searcher.Slug}").QuerySelector("tr[data-kind='SearchFee']")!;
        Assert.Contains($"500,000 searches × {Formatting.PricePerMillion(price)} per 1,000", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(Formatting.MonthlyTotal(500_000m * price / 1000m), row.QuerySelectorAll("td")[1].TextContent);
        Assert.NotNull(row.QuerySelector("td a[href^='https://']"));
        var without = await client.GetDocumentAsync(ComparisonEngine.CanonicalPath(searcher.Slug, other.Slug));
        Assert.Null(without.ByTestId($"cost-{searcher.Slug}").QuerySelector("tr[data-kind='SearchFee']"));
    }
}
