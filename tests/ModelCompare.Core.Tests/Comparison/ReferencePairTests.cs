using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The fully priced pair of reference page 000: DeepSeek V3.2 against GPT-4 Vision Preview.</summary>
public class ReferencePairTests
{
    private static readonly CatalogSnapshot Catalog = ReferenceCatalog.Build();
    private static readonly PairComparison Pair = new ComparisonEngine(Catalog, FixedClock.ReviewDay).Compare(Catalog.FindModel(ReferenceCatalog.Gpt4V)!, Catalog.FindModel(ReferenceCatalog.DeepSeek)!, TrafficProfile.Default);

    [Fact]
    public void The_sides_are_in_ordinal_slug_order_whatever_the_argument_order()
    {
        Assert.Equal(ReferenceCatalog.DeepSeek, Pair.A.Slug);
        Assert.Equal(ReferenceCatalog.Gpt4V, Pair.B.Slug);
        Assert.Equal("/compare/deepseek-v3-2-vs-gpt-4-vision-preview", Pair.CanonicalPath);
    }

    [Fact]
    public void The_title_names_both_models() =>
        Assert.Equal("DeepSeek V3.2 vs GPT-4 Vision Preview: price, context, benchmarks", Pair.Title);

    [Fact]
    public void The_meta_description_names_the_basis_and_the_traffic_and_fits_160_characters()
    {
        Assert.Equal("DeepSeek V3.2 vs GPT-4 Vision Preview: DeepSeek V3.2 is 49x cheaper at list and market prices for 1,000M input and 200M output tokens a month.", Pair.MetaDescription);
        Assert.True(Pair.MetaDescription.Length <= 160);
    }

    [Fact]
    public void The_intro_says_first_that_a_model_retires_then_where_each_price_comes_from() =>
        Assert.Equal(
            [
                "GPT-4 Vision Preview retires on Dec 6, 2026.",
                "DeepSeek V3.2 is an open-weights model from DeepSeek, released in 2025.",
                "GPT-4 Vision Preview is a closed-weights model from OpenAI, released in 2023.",
                "DeepSeek V3.2 reads up to 164K tokens of context, GPT-4 Vision Preview up to 128K.",
                "At list and market prices, DeepSeek V3.2 costs $0.28 and $0.42 per 1M input and output tokens from DeepSeek, GPT-4 Vision Preview $10 and $40 (the one provider's price).",
            ],
            Pair.Intro.Sentences.ToArray());

    [Fact]
    public void The_verdict_recommends_the_cheaper_model_at_the_list_price_and_says_what_the_other_adds()
    {
        // DeepSeek's own route: 1,000 × $0.28 + 200 × $0.42 = $364; GPT-4 Vision Preview's only route: 1,000 × $10 + 200 × $40 = $18,000.
        Assert.Equal(Side.A, Pair.Verdict.Recommended);
        Assert.Equal(Side.A, Pair.Verdict.Cheaper);
        Assert.Equal(
            [
                "GPT-4 Vision Preview retires on Dec 6, 2026.",
                "At list and market prices, for 1,000M input and 200M output tokens a month, DeepSeek V3.2 costs 49x less than GPT-4 Vision Preview ($364 against $18,000 a month).",
                "Choose GPT-4 Vision Preview only if you need vision and multimodal input, which DeepSeek V3.2 lacks.",
            ],
            Pair.Verdict.Sentences.ToArray());
    }

    [Fact]
    public void The_monthly_cost_matches_the_hand_computed_18000_dollars_at_the_market_price()
    {
        var gpt = Pair.MonthlyCost.B;
        Assert.Equal(18_000m, gpt.Bill!.Monthly);
        Assert.Equal(("$18,000", "Market price: the one provider's price"), (gpt.AmountText, gpt.SourceText));
        Assert.Equal("Cheapest route at this traffic: Azure OpenAI (azure), $18,000 a month.", gpt.CheapestText);
        Assert.Empty(gpt.NextCheapest);
    }

    [Fact]
    public void The_cheaper_model_is_billed_at_its_list_price_with_the_cheapest_route_beside_it()
    {
        var deepSeek = Pair.MonthlyCost.A;
        Assert.Equal(364m, deepSeek.Bill!.Monthly);
        Assert.Equal("List price from DeepSeek", deepSeek.SourceText);
        // OpenRouter: 1,000 × $0.25 + 200 × $0.38 = $326.
        Assert.Equal(326m, deepSeek.Cheapest!.Monthly);
        Assert.Equal("Cheapest route at this traffic: OpenRouter, $326 a month.", deepSeek.CheapestText);
        Assert.Equal(["fireworks"], deepSeek.NextCheapest.Select(r => r.ProviderSlug));
        Assert.Equal(["$896"], deepSeek.NextCheapest.Select(r => r.MonthlyText));
    }

    [Fact]
    public void The_gap_says_who_is_cheaper_by_how_much_and_as_a_ratio()
    {
        Assert.Equal(17_636m, Pair.MonthlyCost.Gap);
        Assert.Equal(Side.A, Pair.MonthlyCost.Cheaper);
        Assert.Equal("At list and market prices, DeepSeek V3.2 costs $17,636 a month less than GPT-4 Vision Preview (49x cheaper).", Pair.MonthlyCost.GapText);
        Assert.Equal("1,000M input and 200M output tokens a month", Pair.MonthlyCost.TrafficText);
        Assert.Equal(["DeepSeek charges more for prompts above 200K tokens; monthly totals do not say how large a prompt is, so this estimate assumes 1,000 tokens a request and uses its base price (state the traffic per request to bill larger prompts).", Sentences.CostScopeNote], Pair.MonthlyCost.Notes.ToArray());
    }

    [Fact]
    public void The_scorecard_marks_the_better_side_per_row()
    {
        var rows = Pair.Scorecard.ToDictionary(r => r.Signal);
        Assert.Equal(("self-hosting and coding", "coding and tool-using agents", Side.None), (rows[ScorecardSignal.BestFor].AText, rows[ScorecardSignal.BestFor].BText, rows[ScorecardSignal.BestFor].Better));
        Assert.Equal(("Coding, Agents, and Self-hosting", "Coding, Agents, and Multimodal"), (rows[ScorecardSignal.DecisionFit].AText, rows[ScorecardSignal.DecisionFit].BText));
        Assert.Equal(("164K tokens", "128K tokens", Side.A), (rows[ScorecardSignal.ContextWindow].AText, rows[ScorecardSignal.ContextWindow].BText, rows[ScorecardSignal.ContextWindow].Better));
        Assert.Equal(("$0.28 / $0.42 (list price)", "$10 / $40 (market price)", Side.A), (rows[ScorecardSignal.Price].AText, rows[ScorecardSignal.Price].BText, rows[ScorecardSignal.Price].Better));
        Assert.Equal(("4 providers", "1 provider", Side.A), (rows[ScorecardSignal.Providers].AText, rows[ScorecardSignal.Providers].BText, rows[ScorecardSignal.Providers].Better));
        Assert.Equal(("None shared", "None shared", Side.None), (rows[ScorecardSignal.SharedBenchmarks].AText, rows[ScorecardSignal.SharedBenchmarks].BText, rows[ScorecardSignal.SharedBenchmarks].Better));
    }

    [Fact]
    public void Each_real_difference_is_one_tradeoff_bullet() =>
        Assert.Equal(
            [
                "GPT-4 Vision Preview retires on Dec 6, 2026.",
                "DeepSeek V3.2 has the larger context window: 164K tokens against 128K for GPT-4 Vision Preview.",
                "At list and market prices, DeepSeek V3.2 costs 49x less: $364 a month against $18,000 for GPT-4 Vision Preview.",
                "DeepSeek V3.2 is available from more providers: 4 against 1 for GPT-4 Vision Preview.",
                "Only DeepSeek V3.2 supports structured outputs; GPT-4 Vision Preview does not.",
                "Only GPT-4 Vision Preview supports vision and multimodal input; DeepSeek V3.2 does not.",
                "DeepSeek V3.2 has open weights (MIT); GPT-4 Vision Preview does not (Proprietary).",
                "DeepSeek V3.2 writes longer answers: up to 65.5K output tokens against 4,096 for GPT-4 Vision Preview.",
                "DeepSeek V3.2 is the newer model: released Dec 1, 2025, against Nov 6, 2023 for GPT-4 Vision Preview.",
            ],
            Pair.Tradeoffs.Select(t => t.Text));

    [Fact]
    public void Switch_friction_states_each_fact_once_in_the_direction_where_it_costs_something()
    {
        var friction = Pair.SwitchFriction;
        Assert.Equal(["No tracked provider serves both DeepSeek V3.2 and GPT-4 Vision Preview, so switching means a new SDK, billing account, and endpoint."], friction.BothWays.ToArray());
        Assert.Equal("Moving from DeepSeek V3.2 to GPT-4 Vision Preview", friction.AToB.Heading);
        Assert.Equal(
            [
                "GPT-4 Vision Preview lacks structured outputs; plan a replacement before moving traffic.",
                "GPT-4 Vision Preview's context window is smaller: 128K tokens against 164K, so long prompts may no longer fit.",
                "GPT-4 Vision Preview writes at most 4,096 output tokens against 65.5K, so long answers may be cut off.",
                "At list and market prices the bill rises from $364 to $18,000 a month (49x more).",
                "GPT-4 Vision Preview has closed weights, so self-hosting is no longer an option.",
                "GPT-4 Vision Preview permits commercial use only under conditions; check its license.",
                "GPT-4 Vision Preview retires on Dec 6, 2026; plan for a second move.",
            ],
            friction.AToB.Items.ToArray());
        Assert.Equal(["DeepSeek V3.2 lacks vision and multimodal input; plan a replacement before moving traffic."], friction.BToA.Items.ToArray());
    }

    [Fact]
    public void No_friction_sentence_appears_twice_across_the_lists()
    {
        var all = Pair.SwitchFriction.BothWays.Concat(Pair.SwitchFriction.AToB.Items).Concat(Pair.SwitchFriction.BToA.Items).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Specs_show_each_side_with_unknown_for_missing_values()
    {
        var rows = Pair.Specs.ToDictionary(r => r.Kind);
        Assert.Equal(("Dec 1, 2025", "Nov 6, 2023"), (rows[SpecKind.ReleaseDate].AText, rows[SpecKind.ReleaseDate].BText));
        Assert.Equal(("Active", "Deprecated, retires on Dec 6, 2026"), (rows[SpecKind.RetirementDate].AText, rows[SpecKind.RetirementDate].BText));
        Assert.Equal(("164K tokens", "128K tokens"), (rows[SpecKind.ContextWindow].AText, rows[SpecKind.ContextWindow].BText));
        Assert.Equal(("671B total, 37B active", "Unknown"), (rows[SpecKind.Parameters].AText, rows[SpecKind.Parameters].BText));
        Assert.Equal(("Mixture of experts", "Unknown"), (rows[SpecKind.Architecture].AText, rows[SpecKind.Architecture].BText));
        Assert.Equal(("MIT", "Proprietary"), (rows[SpecKind.License].AText, rows[SpecKind.License].BText));
        Assert.Equal(("Open weights", "Closed weights"), (rows[SpecKind.Openness].AText, rows[SpecKind.Openness].BText));
        Assert.Equal(("Permitted", "Conditional"), (rows[SpecKind.CommercialUse].AText, rows[SpecKind.CommercialUse].BText));
        Assert.Equal(("Unknown", "Apr 2023"), (rows[SpecKind.KnowledgeCutoff].AText, rows[SpecKind.KnowledgeCutoff].BText));
        Assert.Equal(("Unknown", "Text, image"), (rows[SpecKind.InputModalities].AText, rows[SpecKind.InputModalities].BText));
        Assert.Equal(("deepseek-chat, deepseek-reasoner", "—"), (rows[SpecKind.ApiIds].AText, rows[SpecKind.ApiIds].BText));
    }

    [Fact]
    public void Pricing_rows_are_cheapest_first_with_free_plans_last_and_never_shown_as_a_price()
    {
        var rows = Pair.Pricing.A.Rows;
        Assert.Equal(["openrouter", "deepseek", "fireworks", "chutes"], rows.Select(r => r.ProviderSlug));
        Assert.Equal([null, "list price", null, "free tier or plan, not costed"], rows.Select(r => r.Badge));
        var deepSeek = rows[1];
        Assert.Equal(("$0.28/1M tokens", "$0.42/1M tokens", "$0.028/1M tokens", "—"), (deepSeek.InputText, deepSeek.OutputText, deepSeek.CacheReadText, deepSeek.CacheWriteText));
        Assert.Equal("Above 200K tokens: $0.56 input, $0.84 output", deepSeek.TiersText);
        Assert.Equal(("Jul 1, 2026", "Active", 364m), (deepSeek.CheckedText, deepSeek.StatusText, deepSeek.MonthlyAtTraffic));
        var free = rows[3];
        Assert.True(free.IsFreeTier);
        Assert.Equal(("Free tier or plan", "Free tier or plan", (decimal?)null), (free.InputText, free.OutputText, free.MonthlyAtTraffic));
        Assert.Null(Pair.Pricing.A.EmptyText);
    }

    [Fact]
    public void The_capability_matrix_lists_every_capability_in_enum_order_and_keeps_unknown_apart_from_no()
    {
        Assert.Equal(CapabilitySet.All, Pair.Capabilities.Select(r => r.Capability));
        var vision = Pair.Capabilities[0];
        Assert.Equal(("Vision", "No", "Yes"), (vision.Name, vision.AText, vision.BText));
        var reasoning = Pair.Capabilities.Single(r => r.Capability == Capability.Reasoning);
        Assert.Equal(((bool?)null, "Unknown", "Unknown"), (reasoning.A, reasoning.AText, reasoning.BText));
    }

    [Fact]
    public void Without_shared_benchmarks_the_section_says_so_and_each_side_says_it_has_none()
    {
        Assert.Empty(Pair.Benchmarks.Shared);
        Assert.Equal("DeepSeek V3.2 and GPT-4 Vision Preview have no benchmark in common, so their scores cannot be compared like for like.", Pair.Benchmarks.Summary);
        Assert.Equal("DeepSeek V3.2 has no recorded benchmark scores.", Pair.Benchmarks.AOwnText);
        Assert.Equal("GPT-4 Vision Preview has no recorded benchmark scores.", Pair.Benchmarks.BOwnText);
    }

    [Fact]
    public void The_deep_dive_quotes_the_70_30_blends_of_the_list_and_market_prices()
    {
        // 0.7 × 0.28 + 0.3 × 0.42 = 0.322; 0.7 × 10 + 0.3 × 40 = 19.
        Assert.Equal(0.322m, Pair.DeepDive.ABlend!.Value);
        Assert.Equal(19m, Pair.DeepDive.BBlend!.Value);
        Assert.Equal(18.678m, Pair.DeepDive.BlendGap);
        Assert.Equal(
            [
                "DeepSeek V3.2 supports structured outputs, which GPT-4 Vision Preview lacks. GPT-4 Vision Preview supports vision and multimodal input, which DeepSeek V3.2 lacks. Both support function calling and code execution.",
                "At its list price from DeepSeek, DeepSeek V3.2 costs $0.28 per 1M input tokens and $0.42 per 1M output tokens. "
                + "Cheapest route: $0.25 input and $0.38 output on OpenRouter. "
                + "At its market price, the one provider's price, GPT-4 Vision Preview costs $10 per 1M input tokens and $40 per 1M output tokens. "
                + "A 70/30 input-output blend of the list or market prices comes to $0.322 per 1M tokens for DeepSeek V3.2 and $19 for GPT-4 Vision Preview. "
                + "DeepSeek V3.2 is available from 4 providers, GPT-4 Vision Preview from 1. "
                + "GPT-4 Vision Preview depends on a single provider, so an outage or price change there has no fallback.",
                "No benchmark in the catalog has comparable scores for both DeepSeek V3.2 and GPT-4 Vision Preview (independent runs from one source, or both makers' own claims), so the figures cannot say which does a given task better. "
                + "GPT-4 Vision Preview has no list price from its maker: its price is the median of the providers that sell it, so check the one you will use. "
                + "Before committing, run your own prompts through the exact provider and region you plan to use.",
            ],
            Pair.DeepDive.Paragraphs.ToArray());
    }

    [Fact]
    public void The_faq_answers_from_the_data() =>
        Assert.Equal(
            [
                ("Which has a larger context window, DeepSeek V3.2 or GPT-4 Vision Preview?", "DeepSeek V3.2 does: 164K tokens against 128K for GPT-4 Vision Preview."),
                ("Which is cheaper, DeepSeek V3.2 or GPT-4 Vision Preview?", "At list and market prices, DeepSeek V3.2 is 49x cheaper for 1,000M input and 200M output tokens a month: $364 from DeepSeek against $18,000 for GPT-4 Vision Preview at the market price."),
                ("Is DeepSeek V3.2 or GPT-4 Vision Preview open source?", "DeepSeek V3.2 has open weights under the MIT license; GPT-4 Vision Preview has closed weights (Proprietary license)."),
                ("Does DeepSeek V3.2 or GPT-4 Vision Preview support vision?", "Only GPT-4 Vision Preview supports vision; DeepSeek V3.2 does not."),
                ("Does DeepSeek V3.2 or GPT-4 Vision Preview support multimodal input?", "Only GPT-4 Vision Preview supports multimodal input; DeepSeek V3.2 does not."),
                ("Does DeepSeek V3.2 or GPT-4 Vision Preview support function calling?", "Both DeepSeek V3.2 and GPT-4 Vision Preview support function calling."),
                ("Does DeepSeek V3.2 or GPT-4 Vision Preview support structured outputs?", "Only DeepSeek V3.2 supports structured outputs; GPT-4 Vision Preview does not."),
                ("Does DeepSeek V3.2 or GPT-4 Vision Preview support code execution?", "Both DeepSeek V3.2 and GPT-4 Vision Preview support code execution."),
                ("Where can I run DeepSeek V3.2 and GPT-4 Vision Preview?", "DeepSeek V3.2 is available from Chutes, DeepSeek, Fireworks AI, and OpenRouter. GPT-4 Vision Preview is available from Azure OpenAI."),
            ],
            Pair.Faq.Select(f => (f.Question, f.Answer)));

    [Fact]
    public void Related_links_never_repeat_the_current_pair()
    {
        Assert.Empty(Pair.Related.ForA);
        var link = Assert.Single(Pair.Related.ForB);
        Assert.Equal(("GPT-4 Vision Preview vs Qwen3.5-4B", RelatedReason.SimilarCapabilities, "Similar capabilities", "/compare/gpt-4-vision-preview-vs-qwen3-5-4b"), (link.Label, link.Reason, link.ReasonText, link.Path));
    }

    [Fact]
    public void Last_reviewed_is_the_newer_review_date_with_the_credited_sources()
    {
        Assert.Equal(new DateOnly(2026, 6, 15), Pair.LastReviewed.Date);
        Assert.Equal("Last reviewed Jun 15, 2026. Data from models.dev and Epoch AI.", Pair.LastReviewed.Text);
        Assert.Equal(["models.dev", "Epoch AI"], Pair.LastReviewed.Credits.Select(c => c.Name));
    }
}
