using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The summary at the top of a pair page, on two-model catalogs with the bills worked out by hand.</summary>
public class SummaryTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static PairComparison Compare(CatalogSnapshot catalog, TrafficProfile? traffic = null, PriceChoice? choice = null) =>
        Engine(catalog).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, traffic ?? TrafficProfile.Default, choice);

    /// <summary>Alpha at $1/$1 against Beta at $4/$4 (4x less), and Alpha ahead on both shared benchmarks.</summary>
    private static CatalogSnapshot CheaperAndAhead(string alpha = "Alpha", string beta = "Beta") => new TestCatalogBuilder()
        .Provider("host", "Host")
        .Model("alpha", alpha, "lab").Model("beta", beta, "lab")
        .Route("host", "alpha", 1m, 1m).Route("host", "beta", 4m, 4m)
        .Benchmark("b1", "Bench One").Benchmark("b2", "Bench Two")
        .Score("b1", "alpha", 80m).Score("b1", "beta", 70m)
        .Score("b2", "alpha", 60m).Score("b2", "beta", 50m)
        .Build();

    /// <summary>Alpha on a host at $1/$1, Beta at $2/$2: market prices, Alpha half the price.</summary>
    private static TestCatalogBuilder Priced(Func<Model, Model>? alpha = null, Func<Model, Model>? beta = null) => new TestCatalogBuilder()
        .Provider("host", "Host")
        .Model("alpha", "Alpha", "lab", m => (alpha ?? (x => x))(m with { ContextWindow = 128_000 }))
        .Model("beta", "Beta", "lab", beta)
        .Route("host", "alpha", 1m, 1m)
        .Route("host", "beta", 2m, 2m);

    [Fact]
    public void Each_side_has_its_bill_prices_and_context_and_the_bill_is_the_cost_sections()
    {
        // 1,000M × $1 + 200M × $1 = $1,200; 1,000M × $2 + 200M × $2 = $2,400.
        var pair = Compare(Priced().Build());

        var (a, b) = (pair.Summary.A, pair.Summary.B);
        Assert.Equal(("alpha", 1200m, "$1,200", "$1/1M tokens", "$1/1M tokens", "128K tokens"), (a.ModelSlug, a.Monthly, a.MonthlyText, a.InputPriceText, a.OutputPriceText, a.ContextText));
        Assert.Equal(("beta", 2400m, "$2,400", "Unknown"), (b.ModelSlug, b.Monthly, b.MonthlyText, b.ContextText));
        Assert.Equal((pair.MonthlyCost.A.AmountText, pair.MonthlyCost.B.AmountText), (a.MonthlyText, b.MonthlyText));
        Assert.Equal(pair.MonthlyCost.A.SourceText, a.SourceText);
        Assert.Equal("1,000M input and 200M output tokens a month", pair.Summary.TrafficText);
        Assert.Null(pair.Summary.PerRequestText);
    }

    [Fact]
    public void The_verdict_line_names_the_winner_its_reason_and_that_the_other_adds_nothing()
    {
        var pair = Compare(Priced().Build());

        Assert.Equal(Side.A, pair.Summary.Recommended);
        Assert.Equal("Choose Alpha: it costs 2x less at this traffic, and Beta adds nothing to set against that.", pair.Summary.VerdictLine);
    }

    [Fact]
    public void The_verdict_line_names_what_only_the_other_side_has()
    {
        var pair = Compare(Priced(
            alpha: m => m with { Capabilities = Caps((Capability.Vision, false)) },
            beta: m => m with { Capabilities = Caps((Capability.Vision, true)) }).Build());

        Assert.Equal("Choose Alpha: it costs 2x less at this traffic; choose Beta only if you need vision.", pair.Summary.VerdictLine);
    }

    [Fact]
    public void A_cost_and_benchmark_winner_gets_both_reasons_under_one_subject()
    {
        // Alpha at $1/$1 against Beta at $4/$4: 4x less. Alpha leads on both shared benchmarks.
        var catalog = CheaperAndAhead();

        var pair = Compare(catalog);

        Assert.Equal("Choose Alpha: it costs 4x less at this traffic and leads on 2 of 2 shared benchmarks, and Beta adds nothing to set against that.", pair.Summary.VerdictLine);
    }

    [Fact]
    public void The_benchmark_sentence_the_verdict_quotes_is_not_listed_again_under_tradeoffs()
    {
        var catalog = CheaperAndAhead();

        var pair = Compare(catalog);

        var lead = pair.Tradeoffs.Single(t => t.Kind == TradeoffKind.Benchmarks);
        Assert.Contains(lead.Text, pair.Verdict.Sentences);
        Assert.DoesNotContain(pair.TradeoffsBeyondVerdict, t => t.Kind == TradeoffKind.Benchmarks);
        Assert.Contains(pair.TradeoffsBeyondVerdict, t => t.Kind == TradeoffKind.Price);
    }

    [Theory]
    [InlineData("Alpha", "Beta", "Choose Alpha: it costs 4x less at this traffic and leads on 2 of 2 shared benchmarks.")]
    [InlineData("Alpha Ultra Long Name Preview Edition 2026-05-01", "Beta", "Choose Alpha Ultra Long Name Preview Edition 2026-05-01: it leads on 2 of 2 shared benchmarks.")]
    public void The_share_image_line_keeps_the_decisive_reasons_and_fits_the_card(string alpha, string beta, string expected)
    {
        // The page's line (138 characters for Alpha and Beta) is too long for the card: the share line drops what
        // Beta adds, and with a long name keeps the last reason, never cutting a figure.
        var catalog = CheaperAndAhead(alpha, beta);

        var pair = Compare(catalog);

        Assert.Equal(expected, pair.Summary.ShareLine);
        Assert.True(pair.Summary.ShareLine.Length <= SharePreview.MaxCaptionLength);
        Assert.Equal(expected, SharePreviews.Pair(pair).Caption);
    }

    [Fact]
    public void Without_a_single_winner_the_line_is_the_verdicts_deciding_sentence()
    {
        // Same price: only Beta's vision separates them.
        var catalog = new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "lab", m => m with { Capabilities = Caps((Capability.Vision, false)) })
            .Model("beta", "Beta", "lab", m => m with { Capabilities = Caps((Capability.Vision, true)) })
            .Route("host", "alpha", 1m, 1m).Route("host", "beta", 1m, 1m)
            .Build();

        var pair = Compare(catalog);

        Assert.Equal(VerdictReason.Needs, pair.Verdict.Reason);
        Assert.Equal("Choose Beta: it adds vision.", pair.Summary.VerdictLine);
        Assert.Equal(pair.Verdict.Sentences[^1], pair.Summary.VerdictLine);
    }

    [Fact]
    public void A_model_without_a_price_shows_the_gap_plainly()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "lab").Model("beta", "Beta", "lab")
            .Route("host", "alpha", 1m, 1m)
            .Build();

        var pair = Compare(catalog);

        Assert.Equal((null, "Unavailable", "—", "—"), (pair.Summary.B.Monthly, pair.Summary.B.MonthlyText, pair.Summary.B.InputPriceText, pair.Summary.B.OutputPriceText));
        Assert.Equal("Choose Alpha: it is the only one with a price on this basis, and Beta adds nothing to set against that.", pair.Summary.VerdictLine);
    }

    [Fact]
    public void Per_request_traffic_is_stated_and_billed_as_its_monthly_totals()
    {
        // RAG: 1,600M input and 80M output tokens; Alpha 1,600 × $1 + 80 × $1 = $1,680.
        var pair = Compare(Priced().Build(), TrafficProfile.FromRequests(WorkloadPreset.Rag.Shape));

        Assert.Equal("RAG over documents: 200,000 requests a month × 8,000 input and 400 output tokens each", pair.Summary.PerRequestText);
        Assert.Equal("1,600M input and 80M output tokens a month", pair.Summary.TrafficText);
        Assert.Equal("$1,680", pair.Summary.A.MonthlyText);
    }

    [Fact]
    public void On_the_cheapest_basis_the_bill_takes_the_cheapest_route_at_this_traffic()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("ma", "Maker A").Provider("relay", "Relay", SellerKind.Reseller)
            .Model("alpha", "Alpha", "ma").Model("beta", "Beta", "ma")
            .Route("ma", "alpha", 3m, 15m).Route("relay", "alpha", 1m, 20m)
            .Route("ma", "beta", 1m, 2m)
            .Build();

        var list = Compare(catalog);
        var cheapest = Compare(catalog, choice: new PriceChoice(CostBasis.Cheapest));

        // The list price: the maker's 3,000 + 3,000 = $6,000.
        Assert.Equal(6000m, list.Summary.A.Monthly);
        // Cheapest at 1,000M/200M: the relay's 1,000 + 4,000 = $5,000 beats the maker's 3,000 + 3,000 = $6,000.
        Assert.Equal(5000m, cheapest.Summary.A.Monthly);
    }

    [Theory]
    [InlineData(1, "1 request a month × 10 input and 2.5 output tokens each")]
    [InlineData(1500000, "1,500,000 requests a month × 10 input and 2.5 output tokens each")]
    public void The_per_request_sentence_reads_singular_and_plural(int requests, string expected) =>
        Assert.Equal(expected, Sentences.SummaryPerRequest(new RequestShape(requests, 10m, 2.5m), null));

    [Fact]
    public void The_choose_sentence_names_smaller_edges_when_the_other_side_has_no_needs() =>
        Assert.Equal(
            "Choose Alpha: it costs 2x less at this traffic; Beta adds only more providers (7 against 2) and a newer release.",
            Sentences.SummaryChoose("Alpha", ["it costs 2x less at this traffic"], "Beta", [], ["more providers (7 against 2)", "a newer release"]));

    [Fact]
    public void The_cost_reason_reads_nothing_for_a_free_bill() =>
        Assert.Equal("it costs nothing at this traffic", Sentences.SummaryCostsLess(0m, 10m));
}
