using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class SentencesTests
{
    /// <summary>A list-price bill at the default traffic (1,000M in, 200M out) on "Maker".</summary>
    private static ModelBill ListBill(decimal input, decimal output) =>
        Pricing.Bill(BillBasis.List, new RouteCost("maker", "Maker", input, output, null, input * 1000m, output * 200m, (input * 1000m) + (output * 200m), HasTiers: false));

    private static ModelBill MarketBill(decimal input, decimal output, int providers) => new()
    {
        Basis = BillBasis.Market,
        InputPrice = input,
        OutputPrice = output,
        InputCost = input * 1000m,
        OutputCost = output * 200m,
        MarketRoutes = providers,
        MarketProviders = providers,
    };

    [Fact]
    public void The_intro_model_sentence_words_openness_and_a_missing_year()
    {
        Assert.Equal("M is a model from Maker.", Sentences.IntroModel("M", "Maker", null, null));
        Assert.Equal("M is a closed-weights model from Maker, released in 2024.", Sentences.IntroModel("M", "Maker", 2024, false));
    }

    [Fact]
    public void The_intro_context_sentence_covers_equal_one_missing_and_both_missing()
    {
        Assert.Equal("Both read up to 128K tokens of context.", Sentences.IntroContext("A", 128_000, "B", 128_000));
        Assert.Equal("B reads up to 1M tokens of context; A's context window is not recorded.", Sentences.IntroContext("A", null, "B", 1_000_000));
        Assert.Equal("Neither model's context window is recorded.", Sentences.IntroContext("A", null, "B", null));
    }

    [Fact]
    public void The_intro_price_sentence_says_when_neither_is_priced() =>
        Assert.Equal("At list prices, neither model has a price.", Sentences.IntroPrice("At list prices", "A", null, "B", null));

    [Fact]
    public void The_intro_price_sentence_names_where_each_price_comes_from_and_a_free_route_in_full()
    {
        Assert.Equal(
            "At list prices, A costs $3 and $15 per 1M input and output tokens from Maker, B $0.25 and $0.38 (the median of 7 providers' prices).",
            Sentences.IntroPrice("At list prices", "A", ListBill(3m, 15m), "B", MarketBill(0.25m, 0.38m, 7)));
        Assert.Equal(
            "At list prices, A is free from Maker, B costs $0.25 and $0.38 per 1M input and output tokens (the median of 7 providers' prices).",
            Sentences.IntroPrice("At list prices", "A", ListBill(0m, 0m), "B", MarketBill(0.25m, 0.38m, 7)));
    }

    [Fact]
    public void A_verdict_gap_that_rests_on_assumed_reasoning_tokens_says_so()
    {
        // GPT-5 $5,250 of which $2,000 assumed; GPT-5.1 $3,250: without the assumption both cost $3,250.
        Assert.Equal(
            "That gap rests on an assumption: GPT-5 is assumed to spend hidden reasoning tokens equal to 100% of its visible output; without them the two cost the same.",
            Sentences.VerdictAssumedReasoning("GPT-5", 5_250m, 2_000m, "GPT-5.1", 3_250m, 0m, 100m));
        // A $5,250 with $2,000 assumed, B $4,000: without it A costs $3,250, $750 less than B, so the gap turns.
        Assert.Equal(
            "That gap rests on an assumption: A is assumed to spend hidden reasoning tokens equal to 100% of its visible output; without them A costs $750 a month less than B.",
            Sentences.VerdictAssumedReasoning("A", 5_250m, 2_000m, "B", 4_000m, 0m, 100m));
        // A $3,000 with $1,000 assumed, B $5,000: A stays cheaper without it ($2,000 against $5,000, $3,000 less).
        Assert.Equal(
            "The bills assume A spends hidden reasoning tokens equal to 50% of its visible output; without them, A costs $3,000 a month less than B.",
            Sentences.VerdictAssumedReasoning("A", 3_000m, 1_000m, "B", 5_000m, 0m, 50m));
    }

    [Fact]
    public void Verdict_sentences_name_the_basis_and_the_traffic()
    {
        const string Traffic = "1,000M input and 200M output tokens a month";
        Assert.Equal(
            "At list prices, for 1,000M input and 200M output tokens a month, B costs 25% less than A ($4,500 against $6,000 a month).",
            Sentences.VerdictCheaper("At list prices", Traffic, "B", 4_500m, "A", 6_000m));
        Assert.Equal(
            "At list prices, for 1,000M input and 200M output tokens a month, A costs nothing and B $4,500 a month.",
            Sentences.VerdictCheaper("At list prices", Traffic, "A", 0m, "B", 4_500m));
        Assert.Equal(
            "At market prices, for 1,000M input and 200M output tokens a month, A and B cost about the same ($420 and $430 a month).",
            Sentences.VerdictSamePrice("At market prices", Traffic, "A", 420m, "B", 430m));
        Assert.Equal(
            "On OpenRouter, for 1,000M input and 200M output tokens a month, A and B cost about the same ($420 a month each).",
            Sentences.VerdictSamePrice("On OpenRouter", Traffic, "A", 420m, "B", 420.2m));
        Assert.Equal(
            "At list prices, for 1,000M input and 200M output tokens a month, only A has a price: $18,000 a month; B has none.",
            Sentences.VerdictOnlyPriced("At list prices", Traffic, "A", 18_000m, "B"));
        Assert.Equal(
            "At list prices, neither model has a price, so this verdict rests on benchmarks, limits and capabilities.",
            Sentences.VerdictNeitherPriced("At list prices"));
    }

    [Fact]
    public void Verdict_sentences_read_for_each_kind_of_recommendation()
    {
        Assert.Equal("Choose A for vision, or B for a larger context window (1M tokens against 128K).", Sentences.VerdictEach("A", ["vision"], "B", [Sentences.EdgeContext(1_000_000, 128_000)]));
        Assert.Equal("Choose B: it adds vision and web search.", Sentences.VerdictAdds("B", ["vision", "web search"]));
        Assert.Equal("B has nothing in the catalog to set against that, so choose A.", Sentences.VerdictNoOffset("B", "A"));
        Assert.Equal("Choose B only if you need vision or open weights, which A lacks.", Sentences.VerdictOnlyIf("B", ["vision", Sentences.EdgeOpenWeights], "A"));
        Assert.Equal("Choose A unless you value what B adds: a newer release.", Sentences.VerdictUnless("A", "B", [Sentences.EdgeNewer]));
        Assert.Equal("Little separates them: A adds a newer release.", Sentences.VerdictLittleSeparates("A", [Sentences.EdgeNewer], "B", []));
        Assert.Equal(
            "Little separates them: A adds a newer release; B adds more providers (3 against 1).",
            Sentences.VerdictLittleSeparates("A", [Sentences.EdgeNewer], "B", [Sentences.EdgeProviders(3, 1)]));
        Assert.Equal("Choose B: A is retired, so its routes may stop answering.", Sentences.VerdictRetiredChoose("B", "A"));
    }

    [Fact]
    public void A_cost_gap_below_a_ratio_of_two_reads_as_a_percentage() =>
        Assert.Equal("At list prices, A costs $350 a month less than B (35% cheaper).", Sentences.CostGap("At list prices", "A", 650m, "B", 1000m));

    [Fact]
    public void A_free_bill_is_not_called_a_percentage() =>
        Assert.Equal("At list prices, A costs nothing, $1,000 a month less than B.", Sentences.CostGap("At list prices", "A", 0m, "B", 1000m));

    [Fact]
    public void Bills_within_the_tolerance_read_as_about_the_same()
    {
        Assert.Equal("At list prices, both cost about the same: $420 and $430 a month.", Sentences.CostSame("At list prices", 420m, 430m));
        Assert.Equal("At list prices, both cost about the same: $420 a month each.", Sentences.CostSame("At list prices", 420m, 420m));
    }

    [Fact]
    public void The_gap_sentence_names_both_missing_prices() =>
        Assert.Equal("The gap cannot be estimated: neither model has a price on this basis.", Sentences.CostGapUnavailable(["A", "B"]));

    [Fact]
    public void Unrecorded_capabilities_agree_in_number()
    {
        Assert.Equal("A supports web search; the catalog does not record it for B.", Sentences.TradeoffUnconfirmed("A", [Capability.WebSearch], "B"));
        Assert.Equal("A supports web search and batch requests; the catalog does not record them for B.", Sentences.TradeoffUnconfirmed("A", [Capability.Batch, Capability.WebSearch], "B"));
        Assert.Equal("Confirm that B supports PDF input before moving traffic: the catalog does not record it.", Sentences.FrictionUnconfirmedCapabilities("B", [Capability.PdfInput]));
        Assert.Equal("Confirm that B supports vision, reasoning, and PDF input before moving traffic: the catalog does not record them.", Sentences.FrictionUnconfirmedCapabilities("B", [Capability.PdfInput, Capability.Vision, Capability.Reasoning]));
    }

    [Fact]
    public void Provider_coverage_with_none_on_one_side_says_none()
    {
        Assert.Equal("A is available from more providers: 3 against none for B.", Sentences.TradeoffProviders("A", 3, "B", 0));
        Assert.Equal("Both are available from 1 provider.", Sentences.DeepDiveProviders("A", 1, "B", 1));
        Assert.Equal("Both are available from no tracked provider.", Sentences.DeepDiveProviders("A", 0, "B", 0));
    }

    [Fact]
    public void Shared_providers_agree_in_number_and_mention_the_rest_only_when_there_is_one()
    {
        Assert.Equal("OpenRouter serves both models, so on it a switch is a change of model id.", Sentences.FrictionSharedProviders(["OpenRouter"], othersExist: false));
        Assert.Equal(
            "Azure OpenAI and OpenRouter serve both models, so on them a switch is a change of model id; elsewhere expect SDK, billing, and endpoint changes.",
            Sentences.FrictionSharedProviders(["Azure OpenAI", "OpenRouter"], othersExist: true));
    }

    [Fact]
    public void Licence_openness_and_commercial_use_sentences_read_without_missing_parts()
    {
        Assert.Equal("A has open weights; B does not.", Sentences.TradeoffOpenness("A", null, "B", null));
        Assert.Equal("The licenses differ: A is under MIT, B under Apache-2.0.", Sentences.TradeoffLicense("A", "MIT", "B", "Apache-2.0"));
        Assert.Equal("B does not permit commercial use.", Sentences.FrictionCommercialUse("B", CommercialUse.NotPermitted));
    }

    [Fact]
    public void Retirement_reads_in_the_future_or_the_past_against_the_catalog_date()
    {
        var today = new DateOnly(2026, 7, 1);
        Assert.Equal("B retires on Dec 6, 2026; plan for a second move.", Sentences.FrictionRetirement("B", new DateOnly(2026, 12, 6), today));
        Assert.Equal("B was retired on Jan 6, 2026; its routes may stop answering.", Sentences.FrictionRetirement("B", new DateOnly(2026, 1, 6), today));
        Assert.Equal("B was retired on Jul 1, 2026.", Sentences.Retirement("B", today, today));
    }

    [Fact]
    public void A_price_rise_below_a_ratio_of_two_reads_as_percent_more()
    {
        Assert.Equal("At list prices the bill rises from $1,000 to $1,500 a month (50% more).", Sentences.FrictionPriceRise("At list prices", 1000m, 1500m));
        Assert.Equal("At list prices the bill rises from nothing to $1,500 a month.", Sentences.FrictionPriceRise("At list prices", 0m, 1500m));
    }

    [Fact]
    public void Benchmark_summaries_agree_with_their_counts()
    {
        Assert.Equal("A and B share 1 benchmark, on which B leads.", Sentences.BenchmarkSummary("A", "B", 1, 0, 1, 0));
        Assert.Equal("A and B share 1 benchmark, on which they score about the same.", Sentences.BenchmarkSummary("A", "B", 1, 0, 0, 1));
        Assert.Equal("A and B share 2 benchmarks: B leads on 1 and 1 is about the same.", Sentences.BenchmarkSummary("A", "B", 2, 0, 1, 1));
        Assert.Equal("A and B share 5 benchmarks: A leads on 2, B on 1, and 2 are about the same.", Sentences.BenchmarkSummary("A", "B", 5, 2, 1, 2));
        Assert.Equal(
            "A and B have comparable scores on 3 benchmarks: A leads on 2 and 1 is about the same. 2 more shared benchmarks cannot be compared (different sources or settings).",
            Sentences.BenchmarkSummary("A", "B", 5, 2, 0, 1));
        Assert.Equal(
            "A and B have comparable scores on 1 benchmark, on which B leads. 1 more shared benchmark cannot be compared (different sources or settings).",
            Sentences.BenchmarkSummary("A", "B", 2, 0, 1, 0));
        Assert.Equal("A and B share 1 benchmark, but their scores on it cannot be compared (different sources or settings).", Sentences.BenchmarkSummary("A", "B", 1, 0, 0, 0));
        Assert.Equal("A and B share 3 benchmarks, but their scores on them cannot be compared (different sources or settings).", Sentences.BenchmarkSummary("A", "B", 3, 0, 0, 0));
        Assert.Equal("The one recorded score for A:", Sentences.BenchmarkOwnScores("A", 1));
        Assert.Equal("A's 3 best-known scores, independent results first:", Sentences.BenchmarkOwnScores("A", 3));
    }

    [Fact]
    public void The_blend_sentence_quotes_both_without_taking_a_side() =>
        Assert.Equal(
            "A 70/30 input-output blend of the list or market prices comes to $6.60 per 1M tokens for A and $4.75 for B.",
            Sentences.DeepDiveBlend("A", 6.6m, "B", 4.75m));

    [Fact]
    public void A_deep_dive_workload_names_the_benchmarks_each_leads_on()
    {
        Assert.Equal(
            "For coding, A leads on Aider Polyglot and Terminal-Bench, B on SWE-bench Verified, and they score about the same on LiveCodeBench.",
            Sentences.DeepDiveWorkload(DecisionFit.Coding, "A", ["Aider Polyglot", "Terminal-Bench"], "B", ["SWE-bench Verified"], ["LiveCodeBench"]));
        Assert.Equal("For multi-step reasoning, B leads on GPQA Diamond.", Sentences.DeepDiveWorkload(DecisionFit.Reasoning, "A", [], "B", ["GPQA Diamond"], []));
        Assert.Equal("For coding, they score about the same on Aider.", Sentences.DeepDiveWorkload(DecisionFit.Coding, "A", [], "B", [], ["Aider"]));
    }

    [Fact]
    public void Faq_context_answers_cover_equal_and_missing_values()
    {
        Assert.Equal("Neither: both have a 128K-token context window.", Sentences.FaqContextAnswer("A", 128_000, "B", 128_000));
        Assert.Equal("B does: 1M tokens against 128K for A.", Sentences.FaqContextAnswer("A", 128_000, "B", 1_000_000));
        Assert.Equal("A has a 128K-token context window; B's is not recorded.", Sentences.FaqContextAnswer("A", 128_000, "B", null));
    }

    [Fact]
    public void Faq_cost_answers_cover_equal_and_neither_priced()
    {
        Assert.Equal(
            "At list prices, they cost about the same for 1,000M input and 200M output tokens a month: $420 a month each.",
            Sentences.FaqSameCostAnswer("At list prices", ListBill(0.42m, 0m), ListBill(0.42m, 0m), TrafficProfile.Default.Text));
        Assert.Equal("At list prices, neither has a price, so their cost cannot be compared.", Sentences.FaqNeitherPricedAnswer("At list prices"));
        Assert.Equal(
            "At list prices, B is 25% cheaper for 1,000M input and 200M output tokens a month: $4,500 from Maker against $6,000 for A at the market price.",
            Sentences.FaqCheaperAnswer("At list prices", "B", ListBill(2.5m, 10m), "A", MarketBill(3m, 15m, 3), TrafficProfile.Default.Text));
    }

    [Fact]
    public void Faq_openness_clauses_cover_unknown_weights_with_and_without_a_license()
    {
        Assert.Equal("A is listed under the MIT license, with no record of whether its weights are open", Sentences.FaqOpenClause("A", null, "MIT"));
        Assert.Equal(
            "The catalog does not record whether A's weights are open; B has open weights.",
            Sentences.FaqOpenAnswer(Sentences.FaqOpenClause("A", null, null), Sentences.FaqOpenClause("B", true, null)));
    }

    [Fact]
    public void Faq_capability_answers_skip_a_capability_neither_is_known_to_have()
    {
        Assert.Null(Sentences.FaqCapabilityAnswer("A", false, "B", false, Capability.Vision));
        Assert.Null(Sentences.FaqCapabilityAnswer("A", null, "B", null, Capability.Vision));
        Assert.Equal("B supports batch requests; the catalog does not record whether A does.", Sentences.FaqCapabilityAnswer("A", null, "B", true, Capability.Batch));
    }

    [Fact]
    public void Faq_benchmark_rows_name_the_leader_about_the_same_or_why_they_cannot_be_compared()
    {
        Assert.Equal("On GPQA Diamond, A leads with 79.9% against 53.6%.", Sentences.FaqBenchmarkRow("GPQA Diamond", "A", "79.9%", "53.6%"));
        Assert.Equal("On MMLU, they score the same: 85%.", Sentences.FaqBenchmarkRow("MMLU", null, "85%", "85%"));
        Assert.Equal("On MMLU, they score about the same: 85% and 84.6%.", Sentences.FaqBenchmarkRow("MMLU", null, "85%", "84.6%"));
        Assert.Equal("On AIME 2025, A leads by the makers' own claims with 94.6% against 88%.", Sentences.FaqBenchmarkRow("AIME 2025", "A", "94.6%", "88%", ScoreBasis.MakersClaims));
        Assert.Equal(
            "On SWE-bench Verified, o3's 62.3% and o4-mini's 68.1% cannot be compared: a maker's own claim against an independent run.",
            Sentences.FaqBenchmarkApart("SWE-bench Verified", "o3", "62.3%", "o4-mini", "68.1%", "Not compared: a maker's own claim against an independent run"));
    }

    [Fact]
    public void Strengths_and_weaknesses_read_as_counts_against_the_catalog()
    {
        Assert.Equal("Context window of 1M tokens: larger than 9 of 12 other models.", Sentences.StrengthContext(1_000_000, 9, 12));
        Assert.Equal("Blended list price of $19 per 1M tokens: higher than 11 of 12 other priced models.", Sentences.WeaknessPrice(19m, PriceBasis.List, 11, 12));
        Assert.Equal("Blended market price of $0.29 per 1M tokens: lower than 11 of 12 other priced models.", Sentences.StrengthPrice(0.29m, PriceBasis.Market, 11, 12));
        Assert.Equal("Available from 1 provider.", Sentences.StrengthProviders(1));
        Assert.Equal("Open weights.", Sentences.StrengthOpenWeights(null));
    }

    [Fact]
    public void The_meta_description_drops_clauses_until_it_fits()
    {
        var longName = new string('x', 60);
        var text = Sentences.MetaDescription(longName, "B", [new string('y', 100), "short"]);
        Assert.Equal($"Compare {longName} and B. Specs, prices, capabilities and benchmarks side by side.", text);
        Assert.True(text.Length <= 160);
    }

    [Fact]
    public void A_meta_description_for_names_too_long_to_fit_is_cut_with_an_ellipsis()
    {
        var text = Sentences.MetaDescription(new string('x', 100), new string('z', 100), []);
        Assert.Equal(160, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_reviewed_without_credits_is_only_the_date() =>
        Assert.Equal("Last reviewed Jul 1, 2026.", Sentences.LastReviewed(new DateOnly(2026, 7, 1), []));

    [Fact]
    public void Traffic_notes_quote_the_raw_value() =>
        Assert.Equal("Cache share \"x\" is not a number; using the default 0%.", Sentences.TrafficNotANumber("Cache share", "x", "0%"));

    [Fact]
    public void A_dispute_note_counts_routes_names_other_sources_and_the_maker()
    {
        var limits = new FactDispute("context_window", [new DisputedValue("128000", 12, [], false), new DisputedValue("16000", 1, [], false)]);
        var release = new FactDispute("release_date", [new DisputedValue("2024-07-23", 12, ["LLM Stats"], false), new DisputedValue("2025-01-01", 2, [], false)]);
        var maker = new FactDispute("max_output", [new DisputedValue("8192", 4, [], true), new DisputedValue("4096", 1, [], true), new DisputedValue("65536", 0, ["models.dev"], false)]);
        var weights = new FactDispute("open_weights", [new DisputedValue("true", 13, ["LLM Stats license"], false), new DisputedValue("false", 5, [], false)]);

        Assert.Equal("sources differ: 128K on 12 routes, 16K on 1", Sentences.DisputeNote(limits, limits.Values[1]));
        Assert.Equal("sources differ: Jul 23, 2024 on 12 routes and LLM Stats, Jan 1, 2025 on 2 routes", Sentences.DisputeNote(release, release.Values[1]));
        Assert.Equal("sources differ: 8,192 on 4 routes, the maker's among them, 65.5K in models.dev", Sentences.DisputeNote(maker, maker.Values[2]));
        Assert.Equal("sources differ: open weights on 13 routes and LLM Stats license, closed weights on 5 routes", Sentences.DisputeNote(weights, weights.Values[1]));
    }

    [Fact]
    public void A_spec_notes_the_agreed_value_and_its_rival_briefly()
    {
        static string Note(string field, string text, params DisputedValue[] values) =>
            Sentences.WithDispute(text, new Model { Slug = "m", Name = "M", MakerSlug = "x", LastReviewed = new DateOnly(2026, 7, 1), SourcesDiffer = [new FactDispute(field, [.. values])] }, field);

        Assert.Equal("164K tokens (sources differ: 164K on 12 routes, 128K on 10)", Note("context_window", "164K tokens",
            new("163840", 12, [], false), new("128000", 10, [], false), new("164000", 3, [], false), new("131072", 2, [], false), new("160000", 1, [], false)));
        Assert.Equal("128K tokens (sources differ: 128K on 12 routes, 16K on 1)", Note("context_window", "128K tokens",
            new("128000", 12, [], false), new("16000", 1, [], false)));
        Assert.Equal("Jul 23, 2024 (sources differ: Jul 23, 2024 on 12 routes and LLM Stats, Jan 1, 2025 on 2 routes)", Note("release_date", "Jul 23, 2024",
            new("2024-07-23", 12, ["LLM Stats"], false), new("2025-01-01", 2, [], false)));
        Assert.Equal("4,096 tokens (sources differ: 4,096 on the maker's route, 8,192 on 4 routes)", Note("max_output", "4,096 tokens",
            new("8192", 4, [], false), new("4096", 1, [], true)));
        Assert.Equal("Open weights (sources differ: open weights on 20 routes, closed weights on 10)", Note("open_weights", "Open weights",
            new("true", 20, [], false), new("false", 10, [], false)));
        Assert.Equal("Mar 12, 2025 (sources differ: Mar 12, 2025 in LLM Stats, Dec 1, 2024 on 1 route)", Note("release_date", "Mar 12, 2025",
            new("2025-03-12", 0, ["LLM Stats"], false), new("2024-12-01", 1, [], false)));
        Assert.Equal("1M tokens (sources differ: 1M from the maker, 128K on 3 routes)", Note("context_window", "1M tokens",
            new("128000", 3, [], false), new("1000000", 0, [], true)));
    }

    [Fact]
    public void A_spec_whose_sources_differ_only_slightly_is_unchanged()
    {
        var model = new Model
        {
            Slug = "m", Name = "M", MakerSlug = "x", LastReviewed = new DateOnly(2026, 7, 1),
            SourcesDiffer =
            [
                new FactDispute("context_window", [new DisputedValue("163840", 12, [], false), new DisputedValue("160000", 3, [], false)]),
                new FactDispute("release_date", [new DisputedValue("2025-12-01", 14, [], false), new DisputedValue("2025-12-03", 6, [], false)]),
            ],
        };

        Assert.Equal("164K tokens", Sentences.WithDispute("164K tokens", model, "context_window"));
        Assert.Equal("Dec 1, 2025", Sentences.WithDispute("Dec 1, 2025", model, "release_date"));
    }

    [Fact]
    public void A_spec_without_a_dispute_is_unchanged()
    {
        var model = new Model { Slug = "m", Name = "M", MakerSlug = "x", LastReviewed = new DateOnly(2026, 7, 1) };

        Assert.Equal("128K tokens", Sentences.WithDispute("128K tokens", model, "context_window"));
    }

    [Fact]
    public void Commercial_use_reads_the_verdict_then_what_the_license_adds()
    {
        Assert.Equal("Permitted", Sentences.CommercialUseText(CommercialUse.Permitted, null));
        Assert.Equal("Permitted: The maker's API terms permit commercial use of the outputs; the weights are not available.",
            Sentences.CommercialUseText(CommercialUse.Permitted, "The maker's API terms permit commercial use of the outputs; the weights are not available."));
        Assert.Equal("Unknown", Sentences.CommercialUseText(CommercialUse.Unknown, "ignored"));
    }

    [Fact]
    public void Modes_read_thinking_first_and_unknown_when_none()
    {
        Assert.Equal("Thinking and non-thinking", Formatting.Modes(["non-thinking", "thinking"]));
        // Thinking alone: the model always thinks, and its bills include reasoning output.
        Assert.Equal("Thinking only (always thinks)", Formatting.Modes(["thinking"]));
        Assert.Equal("Unknown", Formatting.Modes([]));
    }
}
