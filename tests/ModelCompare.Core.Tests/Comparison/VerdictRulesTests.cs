using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>Each verdict rule and each price basis on a two-model catalog, with the bills worked out by hand.</summary>
public class VerdictRulesTests
{
    private const string Traffic = "1,000M input and 200M output tokens a month";
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static PairComparison Compare(CatalogSnapshot catalog, PriceChoice? choice = null) =>
        Engine(catalog).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default, choice);

    /// <summary>Alpha on a host at $1/$1 ($1,200 a month), Beta at $2/$2 ($2,400): market prices, Alpha cheaper.</summary>
    private static TestCatalogBuilder Priced(Func<Model, Model>? alpha = null, Func<Model, Model>? beta = null) => new TestCatalogBuilder()
        .Provider("host", "Host")
        .Model("alpha", "Alpha", "lab", alpha)
        .Model("beta", "Beta", "lab", beta)
        .Route("host", "alpha", 1m, 1m)
        .Route("host", "beta", 2m, 2m);

    private const string AlphaCheaper = $"At market prices, for {Traffic}, Alpha costs 2x less than Beta ($1,200 against $2,400 a month).";

    /// <summary>Alpha from its maker at $3/$15 and a reseller at $0.43/$2.14; Beta from its maker at $1/$2; both on an aggregator at a 10% mark-up.</summary>
    private static CatalogSnapshot TwoMakers() => new TestCatalogBuilder()
        .Provider("ma", "Maker A").Provider("mb", "Maker B").Provider("router", "Router", SellerKind.Aggregator).Provider("relay", "Relay", SellerKind.Reseller)
        .Model("alpha", "Alpha", "ma")
        .Model("beta", "Beta", "mb")
        .Route("ma", "alpha", 3m, 15m).Route("router", "alpha", 3.3m, 16.5m).Route("relay", "alpha", 0.43m, 2.14m)
        .Route("mb", "beta", 1m, 2m).Route("router", "beta", 1.1m, 2.2m)
        .Build();

    [Fact]
    public void A_retired_model_says_so_first_and_the_other_is_recommended_even_when_dearer()
    {
        var pair = Compare(Priced(alpha: m => m with { RetirementDate = new DateOnly(2026, 1, 1) }).Build());

        Assert.Equal((Side.B, VerdictReason.Retired), (pair.Verdict.Recommended, pair.Verdict.Reason));
        Assert.Equal(["Alpha was retired on Jan 1, 2026.", AlphaCheaper, "Choose Beta: Alpha is retired, so its routes may stop answering."], pair.Verdict.Sentences.ToArray());
        Assert.Equal("Alpha was retired on Jan 1, 2026.", pair.Intro.Sentences[0]);
    }

    [Fact]
    public void A_retiring_model_says_so_first_but_the_other_rules_decide()
    {
        var pair = Compare(Priced(beta: m => m with { RetirementDate = new DateOnly(2027, 1, 1) }).Build());

        Assert.Equal((Side.A, VerdictReason.Wins), (pair.Verdict.Recommended, pair.Verdict.Reason));
        Assert.Equal(
            ["Beta retires on Jan 1, 2027.", AlphaCheaper, "Beta has nothing in the catalog to set against that, so choose Alpha."],
            pair.Verdict.Sentences.ToArray());
        Assert.Contains(pair.Tradeoffs, t => t is { Kind: TradeoffKind.Retirement, Favors: Side.A });
    }

    [Fact]
    public void A_lower_bill_against_a_benchmark_lead_names_both_choices()
    {
        var pair = Compare(Priced().Benchmark("gpqa", "GPQA Diamond").Score("gpqa", "alpha", 70m).Score("gpqa", "beta", 80m).Build());

        Assert.Equal((Side.Tie, VerdictReason.Split, Side.A), (pair.Verdict.Recommended, pair.Verdict.Reason, pair.Verdict.Cheaper));
        Assert.Equal(
            [AlphaCheaper, "Beta is ahead on GPQA Diamond.", "Choose Alpha for the lower bill, or Beta for its lead on the one shared benchmark."],
            pair.Verdict.Sentences.ToArray());
    }

    [Fact]
    public void At_the_same_price_a_benchmark_lead_decides()
    {
        var pair = Compare(new TestCatalogBuilder()
            .Provider("host", "Host").Model("alpha", "Alpha", "lab").Model("beta", "Beta", "lab")
            .Route("host", "alpha", 1m, 1m).Route("host", "beta", 1m, 1m)
            .Benchmark("a", "Bench A").Benchmark("b", "Bench B").Benchmark("c", "Bench C")
            .Score("a", "alpha", 9m).Score("a", "beta", 1m)
            .Score("b", "alpha", 9m).Score("b", "beta", 1m)
            .Score("c", "alpha", 1m).Score("c", "beta", 9m)
            .Build());

        Assert.Equal((Side.A, Side.Tie), (pair.Verdict.Recommended, pair.Verdict.Cheaper));
        Assert.Equal(
            [
                $"At market prices, for {Traffic}, Alpha and Beta cost about the same ($1,200 a month each).",
                "Alpha is ahead on Bench A and Bench B; Beta on Bench C.",
                "Beta has nothing in the catalog to set against that, so choose Alpha.",
            ],
            pair.Verdict.Sentences.ToArray());
    }

    [Fact]
    public void Limits_closer_than_ten_percent_are_not_a_difference()
    {
        Assert.Equal(Side.Tie, ComparisonEngine.LargerLimit(131_072, 128_000));
        Assert.Equal(Side.A, ComparisonEngine.LargerLimit(140_800, 128_000));
        Assert.Equal(Side.None, ComparisonEngine.LargerLimit(null, 128_000));

        var pair = Compare(Priced(alpha: m => m with { ContextWindow = 131_072, MaxOutput = 8_192 }, beta: m => m with { ContextWindow = 128_000, MaxOutput = 8_000 }).Build());

        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind is TradeoffKind.Context or TradeoffKind.MaxOutput);
        Assert.Equal("Beta has nothing in the catalog to set against that, so choose Alpha.", pair.Verdict.Sentences[^1]);
        Assert.Equal(Side.Tie, pair.Scorecard.Single(r => r.Signal == ScorecardSignal.ContextWindow).Better);
    }

    [Fact]
    public void The_dearer_side_with_only_smaller_edges_is_named_without_saying_it_has_no_advantage()
    {
        var pair = Compare(Priced(alpha: m => m with { ReleaseDate = new DateOnly(2024, 1, 1) }, beta: m => m with { ReleaseDate = new DateOnly(2025, 1, 1) }).Build());

        Assert.Equal(Side.A, pair.Verdict.Recommended);
        Assert.Equal("Choose Alpha unless you value what Beta adds: a newer release.", pair.Verdict.Sentences[^1]);
    }

    [Fact]
    public void With_nothing_but_smaller_edges_the_side_that_has_them_is_recommended()
    {
        var pair = Compare(new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "lab", m => m with { ReleaseDate = new DateOnly(2024, 1, 1) })
            .Model("beta", "Beta", "lab", m => m with { ReleaseDate = new DateOnly(2025, 1, 1) })
            .Build());

        Assert.Equal((Side.B, VerdictReason.SmallerEdges), (pair.Verdict.Recommended, pair.Verdict.Reason));
        Assert.Equal("Little separates them: Beta adds a newer release.", pair.Verdict.Sentences[^1]);
    }

    [Fact]
    public void A_capability_or_open_weights_the_cheaper_side_lacks_is_the_reason_to_choose_the_dearer_one()
    {
        var pair = Compare(Priced(
            alpha: m => m with { OpenWeights = false, Capabilities = Caps((Capability.Vision, false)) },
            beta: m => m with { OpenWeights = true, Capabilities = Caps((Capability.Vision, true)) }).Build());

        Assert.Equal(Side.A, pair.Verdict.Recommended);
        Assert.Equal("Choose Beta only if you need vision or open weights, which Alpha lacks.", pair.Verdict.Sentences[^1]);
    }

    [Fact]
    public void Both_models_on_one_provider_are_billed_at_its_prices()
    {
        var pair = Compare(TwoMakers(), new PriceChoice(CostBasis.Via, "router"));

        // Router: Alpha 1,000 × $3.30 + 200 × $16.50 = $6,600; Beta 1,000 × $1.10 + 200 × $2.20 = $1,540.
        Assert.Equal([new ViaOption("router", "Router")], pair.ViaOptions.ToArray());
        Assert.Equal(new PriceChoice(CostBasis.Via, "router"), pair.Choice);
        Assert.Equal((6_600m, 1_540m), (pair.MonthlyCost.A.Bill!.Monthly, pair.MonthlyCost.B.Bill!.Monthly));
        Assert.Equal(("On Router", "On Router: both models are billed at that provider's prices."), (pair.MonthlyCost.A.SourceText, pair.MonthlyCost.BasisText));
        Assert.Equal($"On Router, for {Traffic}, Beta costs 4.3x less than Alpha ($1,540 against $6,600 a month).", pair.Verdict.Sentences[0]);
        Assert.Equal("On Router, Alpha costs $3.30 and $16.50 per 1M input and output tokens, Beta $1.10 and $2.20.", pair.Intro.Sentences[^1]);
    }

    [Fact]
    public void A_provider_that_does_not_serve_both_falls_back_to_list_prices_with_a_note()
    {
        var pair = Compare(TwoMakers(), new PriceChoice(CostBasis.Via, "ma"));

        Assert.Equal(PriceChoice.Default, pair.Choice);
        Assert.Equal(["\"ma\" does not sell both Alpha and Beta at a costed price; showing list prices."], pair.PriceNotes.ToArray());
        // List prices: Alpha 1,000 × $3 + 200 × $15 = $6,000; Beta 1,000 × $1 + 200 × $2 = $1,400.
        Assert.Equal($"At list prices, for {Traffic}, Beta costs 4.3x less than Alpha ($1,400 against $6,000 a month).", pair.Verdict.Sentences[0]);
    }

    [Fact]
    public void The_cheapest_basis_bills_the_cheapest_route_and_labels_an_unusually_low_one()
    {
        var pair = Compare(TwoMakers(), new PriceChoice(CostBasis.Cheapest));

        // Relay: 1,000 × $0.43 + 200 × $2.14 = $858 against Beta's own $1,400: (1,400 − 858) / 1,400 = 38.7% less.
        var alpha = pair.MonthlyCost.A;
        Assert.Equal((858m, "unusually low, reseller"), (alpha.Bill!.Monthly, alpha.Bill.Badge));
        Assert.Equal("Cheapest route at this traffic: Relay", alpha.SourceText);
        Assert.Contains("Unusually low: Relay is 85% below the list price, sold by a reseller.", pair.MonthlyCost.Notes);
        Assert.Equal($"On each model's cheapest route, for {Traffic}, Alpha costs 38.7% less than Beta ($858 against $1,400 a month).", pair.Verdict.Sentences[0]);
        Assert.Equal(
            "On each model's cheapest route, Alpha costs $0.43 and $2.14 per 1M input and output tokens on Relay (unusually low, reseller), Beta $1 and $2 on Maker B.",
            pair.Intro.Sentences[^1]);
        Assert.Equal(Side.A, pair.MonthlyCost.Cheaper);
    }

    [Fact]
    public void The_default_list_basis_never_headlines_the_reseller_but_shows_it_beside_the_list_price()
    {
        var alpha = Compare(TwoMakers()).MonthlyCost.A;

        Assert.Equal(("$6,000", "List price from Maker A (ma)"), (alpha.AmountText, alpha.SourceText));
        Assert.Equal("Cheapest route at this traffic: Relay, $858 a month (unusually low, reseller).", alpha.CheapestText);
    }

    [Fact]
    public void Where_best_for_reads_the_same_on_both_sides_each_cell_says_what_differs()
    {
        var pair = Compare(Priced(
            alpha: m => m with { Capabilities = Caps((Capability.FunctionCalling, true)) },
            beta: m => m with { Capabilities = Caps((Capability.FunctionCalling, true)) }).Build());

        var bestFor = pair.Scorecard.Single(r => r.Signal == ScorecardSignal.BestFor);
        Assert.Equal(("tool-using agents, with the lower bill", "tool-using agents (as for Alpha)"), (bestFor.AText, bestFor.BText));
        var fit = pair.Scorecard.Single(r => r.Signal == ScorecardSignal.DecisionFit);
        Assert.Equal(("Agents, with the lower bill", "Agents (as for Alpha)"), (fit.AText, fit.BText));
    }

    [Theory]
    [InlineData("cheapest", null, CostBasis.Cheapest, null)]
    [InlineData("LIST", null, CostBasis.List, null)]
    [InlineData(null, "OpenRouter", CostBasis.Via, "openrouter")]
    [InlineData("cheapest", "router", CostBasis.Via, "router")]
    public void The_basis_and_the_provider_are_read_from_the_query(string? basis, string? via, CostBasis expected, string? expectedVia)
    {
        var query = PriceChoice.FromQuery(basis, via);

        Assert.Equal(new PriceChoice(expected, expectedVia), query.Choice);
        Assert.Empty(query.Notes);
    }

    [Fact]
    public void An_unknown_basis_falls_back_to_list_prices_with_a_note()
    {
        var query = PriceChoice.FromQuery("bogus", null);

        Assert.True(query.Choice.IsDefault);
        Assert.Equal(["Basis \"bogus\" is not list or cheapest; using list prices."], query.Notes.ToArray());
    }
}
