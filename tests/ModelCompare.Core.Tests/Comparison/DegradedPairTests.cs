using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>Reference page 001: GPT-4 Vision Preview against Qwen3.5-4B, which no tracked provider offers.</summary>
public class DegradedPairTests
{
    private static readonly CatalogSnapshot Catalog = ReferenceCatalog.Build();
    private static readonly PairComparison Pair = new ComparisonEngine(Catalog, FixedClock.ReviewDay).Compare(Catalog.FindModel(ReferenceCatalog.Gpt4V)!, Catalog.FindModel(ReferenceCatalog.Qwen)!, TrafficProfile.Default);

    [Fact]
    public void The_intro_says_first_that_a_model_retires_then_which_model_has_no_price()
    {
        Assert.Equal("GPT-4 Vision Preview retires on Dec 6, 2026.", Pair.Intro.Sentences[0]);
        Assert.Equal(
            "At market prices, GPT-4 Vision Preview costs $10 and $40 per 1M input and output tokens (the one provider's price); Qwen3.5-4B has no price.",
            Pair.Intro.Sentences[^1]);
    }

    [Fact]
    public void The_verdict_prefers_the_priced_model_and_names_what_the_other_adds()
    {
        Assert.Equal(Side.A, Pair.Verdict.Recommended);
        Assert.Equal(VerdictReason.Wins, Pair.Verdict.Reason);
        Assert.Equal(
            [
                "GPT-4 Vision Preview retires on Dec 6, 2026.",
                "At market prices, for 1,000M input and 200M output tokens a month, only GPT-4 Vision Preview has a price: $18,000 a month; Qwen3.5-4B has none.",
                "Choose Qwen3.5-4B only if you need a larger context window (262K tokens against 128K) or open weights, which GPT-4 Vision Preview lacks.",
            ],
            Pair.Verdict.Sentences.ToArray());
    }

    [Fact]
    public void The_unpriced_model_shows_unavailable_and_why()
    {
        var qwen = Pair.MonthlyCost.B;
        Assert.Null(qwen.Bill);
        Assert.Null(qwen.Cheapest);
        Assert.Equal("Unavailable", qwen.AmountText);
        Assert.Equal("Qwen3.5-4B is not available from any tracked provider.", qwen.SourceText);
        Assert.Null(Pair.MonthlyCost.Gap);
        Assert.Equal(Side.None, Pair.MonthlyCost.Cheaper);
        Assert.Equal("The gap cannot be estimated: Qwen3.5-4B has no price on this basis.", Pair.MonthlyCost.GapText);
    }

    [Fact]
    public void A_market_price_from_one_provider_says_so()
    {
        var gpt = Pair.MonthlyCost.A;
        Assert.Equal(("$18,000", "Market price: the one provider's price"), (gpt.AmountText, gpt.SourceText));
        Assert.Equal("Cheapest route at this traffic: Azure OpenAI (azure), $18,000 a month.", gpt.CheapestText);
    }

    [Fact]
    public void The_scorecard_does_not_rank_a_missing_price()
    {
        var price = Pair.Scorecard.Single(r => r.Signal == ScorecardSignal.Price);
        Assert.Equal(("$10 / $40 (market price)", "No price", Side.None), (price.AText, price.BText, price.Better));
        var providers = Pair.Scorecard.Single(r => r.Signal == ScorecardSignal.Providers);
        Assert.Equal(("1 provider", "0 providers", Side.A), (providers.AText, providers.BText, providers.Better));
    }

    [Fact]
    public void A_model_without_providers_has_an_empty_pricing_table_that_says_so()
    {
        Assert.Empty(Pair.Pricing.B.Rows);
        Assert.Equal("Qwen3.5-4B is not available from any tracked provider.", Pair.Pricing.B.EmptyText);
    }

    [Fact]
    public void Switch_friction_covers_a_target_with_no_route_and_unrecorded_capabilities()
    {
        Assert.Empty(Pair.SwitchFriction.BothWays);
        Assert.Equal(
            [
                "Qwen3.5-4B is not available from any tracked provider, so there is no hosted route to switch to yet.",
                "Qwen3.5-4B lacks code execution; plan a replacement before moving traffic.",
                "Confirm that Qwen3.5-4B supports function calling before moving traffic: the catalog does not record it.",
            ],
            Pair.SwitchFriction.AToB.Items.ToArray());
        Assert.Equal(
            [
                "GPT-4 Vision Preview's context window is smaller: 128K tokens against 262K, so long prompts may no longer fit.",
                "GPT-4 Vision Preview has closed weights, so self-hosting is no longer an option.",
                "GPT-4 Vision Preview retires on Dec 6, 2026; plan for a second move.",
            ],
            Pair.SwitchFriction.BToA.Items.ToArray());
    }

    [Fact]
    public void Unknown_capabilities_stay_unknown_in_the_matrix()
    {
        var calling = Pair.Capabilities.Single(r => r.Capability == Capability.FunctionCalling);
        Assert.Equal((true, (bool?)null, "Yes", "Unknown"), (calling.A, calling.B, calling.AText, calling.BText));
    }

    [Fact]
    public void The_tradeoffs_hedge_a_capability_the_other_side_does_not_record()
    {
        Assert.Contains(Pair.Tradeoffs, t => t.Kind == TradeoffKind.UnconfirmedCapabilities
            && t.Text == "GPT-4 Vision Preview supports function calling; the catalog does not record it for Qwen3.5-4B.");
        Assert.Contains(Pair.Tradeoffs, t => t.Kind == TradeoffKind.Price && t.Favors == Side.A
            && t.Text == "At market prices, only GPT-4 Vision Preview has a price, so only its bill can be estimated.");
    }

    [Fact]
    public void The_faq_degrades_for_the_missing_price_providers_and_capabilities()
    {
        var answers = Pair.Faq.ToDictionary(f => f.Question, f => f.Answer);
        Assert.Equal(
            "At market prices, only GPT-4 Vision Preview has a price: for 1,000M input and 200M output tokens a month it costs $18,000 at the market price. Qwen3.5-4B is not available from any tracked provider.",
            answers["Which is cheaper, GPT-4 Vision Preview or Qwen3.5-4B?"]);
        Assert.Equal(
            "GPT-4 Vision Preview is available from Azure OpenAI. Qwen3.5-4B is not available from any tracked provider.",
            answers["Where can I run GPT-4 Vision Preview and Qwen3.5-4B?"]);
        Assert.Equal(
            "GPT-4 Vision Preview supports function calling; the catalog does not record whether Qwen3.5-4B does.",
            answers["Does GPT-4 Vision Preview or Qwen3.5-4B support function calling?"]);
        Assert.Equal(
            "Both GPT-4 Vision Preview and Qwen3.5-4B support vision.",
            answers["Does GPT-4 Vision Preview or Qwen3.5-4B support vision?"]);
        Assert.DoesNotContain("Does GPT-4 Vision Preview or Qwen3.5-4B support reasoning?", answers.Keys);
    }

    [Fact]
    public void The_deep_dive_gives_the_reason_instead_of_a_price_and_no_blend_gap()
    {
        Assert.Null(Pair.DeepDive.BBlend);
        Assert.Null(Pair.DeepDive.BlendGap);
        Assert.Equal(
            "At its market price, the one provider's price, GPT-4 Vision Preview costs $10 per 1M input tokens and $40 per 1M output tokens. "
            + "Qwen3.5-4B is not available from any tracked provider. "
            + "GPT-4 Vision Preview is available from 1 provider, Qwen3.5-4B from none.",
            Pair.DeepDive.Paragraphs[1]);
    }

    [Fact]
    public void The_meta_description_keeps_only_the_clauses_the_data_supports() =>
        Assert.Equal(
            "GPT-4 Vision Preview vs Qwen3.5-4B: Qwen3.5-4B has the larger context window (262K vs 128K tokens). Specs, prices, capabilities and benchmarks side by side.",
            Pair.MetaDescription);
}
