using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

public class EngineRulesTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static PairComparison Compare(CatalogSnapshot catalog, string a = "alpha", string b = "beta", TrafficProfile? traffic = null) =>
        Engine(catalog).Compare(catalog.FindModel(a)!, catalog.FindModel(b)!, traffic ?? TrafficProfile.Default);

    private static TestCatalogBuilder TwoModels(Func<Model, Model>? alpha = null, Func<Model, Model>? beta = null) => new TestCatalogBuilder()
        .Provider("host", "Host").Provider("other", "Other Host").Provider("maker", "Maker")
        .Model("alpha", "Alpha", "maker", alpha)
        .Model("beta", "Beta", "maker", beta);

    [Fact]
    public void A_model_cannot_be_compared_with_itself()
    {
        var catalog = TwoModels().Build();
        Assert.Throws<ArgumentException>(() => Compare(catalog, "alpha", "alpha"));
    }

    [Fact]
    public void Bills_within_five_percent_are_about_the_same_and_the_side_with_an_advantage_wins()
    {
        var catalog = TwoModels(beta: m => m with { Capabilities = Caps((Capability.Vision, true)) }, alpha: m => m with { Capabilities = Caps((Capability.Vision, false)) })
            .Route("host", "alpha", 1m, 1m).Route("host", "beta", 1m, 1.1m).Build();

        var verdict = Compare(catalog).Verdict;

        // 1,000 × $1 + 200 × $1 = $1,200 against 1,000 × $1 + 200 × $1.10 = $1,220: 1.6% apart.
        Assert.Equal(Side.B, verdict.Recommended);
        Assert.Equal(Side.Tie, verdict.Cheaper);
        Assert.Equal(
            "At market prices, for 1,000M input and 200M output tokens a month, Alpha and Beta cost about the same ($1,200 and $1,220 a month). Choose Beta: it adds vision.",
            verdict.Text);
    }

    [Fact]
    public void Without_prices_or_differences_the_verdict_is_a_tie_that_says_why()
    {
        var verdict = Compare(TwoModels().Build()).Verdict;

        Assert.Equal(Side.Tie, verdict.Recommended);
        Assert.Equal(
            "At list prices, neither model has a price, so this verdict rests on benchmarks, limits and capabilities. The catalog shows nothing that sets one above the other; test both on your own prompts.",
            verdict.Text);
    }

    [Fact]
    public void Without_prices_each_side_advantages_make_a_tie_that_names_both()
    {
        var catalog = TwoModels(
            alpha: m => m with { ContextWindow = 200_000, Capabilities = Caps((Capability.Vision, false)) },
            beta: m => m with { ContextWindow = 100_000, Capabilities = Caps((Capability.Vision, true)) }).Build();

        var verdict = Compare(catalog).Verdict;

        Assert.Equal(Side.Tie, verdict.Recommended);
        Assert.Equal("Choose Alpha for a larger context window (200K tokens against 100K), or Beta for vision.", verdict.Sentences[1]);
    }

    [Fact]
    public void A_dearer_model_with_no_advantage_is_told_so()
    {
        var catalog = TwoModels().Route("host", "alpha", 1m, 1m).Route("host", "beta", 2m, 2m).Build();

        Assert.Equal(
            "At market prices, for 1,000M input and 200M output tokens a month, Alpha costs 2x less than Beta ($1,200 against $2,400 a month). Beta has nothing in the catalog to set against that, so choose Alpha.",
            Compare(catalog).Verdict.Text);
    }

    [Fact]
    public void Derived_decision_fit_puts_what_ranks_high_first_then_open_weights_then_capabilities()
    {
        var model = new Model
        {
            Slug = "m",
            Name = "M",
            MakerSlug = "x",
            LastReviewed = Reviewed,
            ContextWindow = 200_000,
            OpenWeights = true,
            Capabilities = Caps((Capability.PromptCaching, true), (Capability.ToolUse, true), (Capability.Reasoning, true)),
            Modalities = new Modalities(List(Modality.Text, Modality.Audio), List(Modality.Text)),
        };
        var ranks = new Distinctions([new CategoryStanding(BenchmarkCategory.Math, 0.9m, 2), new CategoryStanding(BenchmarkCategory.Coding, 0.74m, 1)], PriceShare: 0.8m, ContextShare: 0.5m);

        // Math at 0.9 and price at 0.8 rank high (at least 0.75); coding at 0.74 and context at 0.5 do not.
        Assert.Equal(
            [DecisionFit.Reasoning, DecisionFit.Budget, DecisionFit.SelfHosting, DecisionFit.Agents, DecisionFit.Rag, DecisionFit.Multimodal],
            DecisionRules.Ranked(model, ranks).ToArray());
        Assert.Equal("multi-step reasoning and high-volume, low-cost workloads", DecisionRules.BestFor(DecisionRules.Ranked(model, ranks)));
        Assert.Equal("self-hosting and tool-using agents", DecisionRules.BestFor(DecisionRules.Ranked(model, Distinctions.None)));
        Assert.Equal([DecisionFit.Chat], DecisionRules.Derive(model with { ContextWindow = null, OpenWeights = null, Capabilities = CapabilitySet.Empty, Modalities = Modalities.Empty }, Distinctions.None).ToArray());
    }

    [Fact]
    public void Editor_decision_fit_and_best_for_override_the_derived_ones()
    {
        var catalog = TwoModels(alpha: m => m with
        {
            DecisionFit = List(DecisionFit.Chat, DecisionFit.Coding),
            BestFor = "low-cost coding agents",
            Capabilities = Caps((Capability.Vision, true)),
        }).Build();

        var facts = Engine(catalog).Describe(catalog.FindModel("alpha")!, TrafficProfile.Default);

        Assert.Equal([DecisionFit.Coding, DecisionFit.Chat], facts.DecisionFit.ToArray());
        Assert.True(facts.DecisionFitFromEditor);
        Assert.Equal("low-cost coding agents", facts.BestFor);
        Assert.True(facts.BestForFromEditor);
    }

    [Fact]
    public void A_coding_score_in_the_top_quarter_of_five_or_more_models_earns_the_coding_tag()
    {
        var builder = TwoModels().Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding);
        foreach (var (slug, score) in new[] { ("alpha", 90m), ("beta", 80m), ("gamma", 70m), ("delta", 60m), ("epsilon", 50m) })
        {
            if (slug is not ("alpha" or "beta"))
            {
                builder.Model(slug, slug, "maker");
            }

            builder.Score("swe", slug, score);
        }

        var catalog = builder.Build();
        DecisionFit[] Fit(string slug) => [.. Engine(catalog).Describe(catalog.FindModel(slug)!, TrafficProfile.Default).DecisionFit];

        // Alpha beats 4 of 4 others (1.0), Beta 3 of 4 (0.75, the threshold), Gamma 2 of 4 (0.5).
        Assert.Contains(DecisionFit.Coding, Fit("alpha"));
        Assert.Contains(DecisionFit.Coding, Fit("beta"));
        Assert.DoesNotContain(DecisionFit.Coding, Fit("gamma"));
        Assert.Equal("coding", Engine(catalog).Describe(catalog.FindModel("alpha")!, TrafficProfile.Default).BestFor);
    }

    [Fact]
    public void A_benchmark_with_fewer_than_five_models_ranks_no_one()
    {
        var catalog = TwoModels()
            .Model("gamma", "Gamma", "maker")
            .Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding)
            .Score("swe", "alpha", 70m).Score("swe", "beta", 40m).Score("swe", "gamma", 60m)
            .Build();

        Assert.DoesNotContain(DecisionFit.Coding, Engine(catalog).Describe(catalog.FindModel("alpha")!, TrafficProfile.Default).DecisionFit);
    }

    [Fact]
    public void Shared_benchmarks_compare_scores_of_one_kind_prefer_independent_ones_and_respect_lower_is_better()
    {
        var catalog = TwoModels()
            .Benchmark("gpqa", "GPQA Diamond")
            .Benchmark("mmlu", "MMLU", BenchmarkCategory.Knowledge)
            .Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding)
            .Benchmark("halluc", "Hallucination rate", BenchmarkCategory.Factuality, higherIsBetter: false)
            .Score("gpqa", "alpha", 79.9m, date: new DateOnly(2025, 12, 3))
            .Score("gpqa", "alpha", 82m, selfReported: true, source: "Alpha Labs", date: new DateOnly(2026, 1, 1))
            .Score("gpqa", "beta", 53.6m, selfReported: true, source: "Beta Inc")
            .Score("mmlu", "alpha", 85m).Score("mmlu", "beta", 85m)
            .Score("swe", "alpha", 70m, variant: "pass@1")
            .Score("swe", "beta", 80m, variant: "pass@5")
            .Score("swe", "beta", 72m, variant: "pass@1")
            .Score("halluc", "alpha", 10m).Score("halluc", "beta", 20m)
            .Build();

        var benchmarks = Compare(catalog).Benchmarks;

        Assert.Equal(["mmlu", "gpqa", "swe", "halluc"], benchmarks.Shared.Select(r => r.BenchmarkSlug));
        Assert.Equal([Side.Tie, Side.A, Side.B, Side.A], benchmarks.Shared.Select(r => r.Leader));
        Assert.Equal(["About the same", "Alpha leads, by the makers' own claims", "Beta leads", "Alpha leads"], benchmarks.Shared.Select(r => r.LeaderText));

        // Beta has only its maker's claim on GPQA, so Alpha's maker's claim (82%) faces it, not Alpha's independent 79.9%.
        var gpqa = benchmarks.Shared[1];
        Assert.Equal(ScoreBasis.MakersClaims, gpqa.Basis);
        Assert.Equal((82m, true, "Alpha Labs", "82%", 0.82m), (gpqa.A.Value, gpqa.A.SelfReported, gpqa.A.SourceName, gpqa.A.ValueText, gpqa.A.BarFraction));
        Assert.True(gpqa.B.SelfReported);
        Assert.Equal("pass@1", benchmarks.Shared[2].Variant);
        Assert.Equal(ScoreBasis.Independent, benchmarks.Shared[2].Basis);
        Assert.Equal("Alpha and Beta share 4 benchmarks: Alpha leads on 2, Beta on 1, and 1 is about the same.", benchmarks.Summary);
        Assert.Empty(benchmarks.AOwn);

        var faq = Compare(catalog).Faq.Single(f => f.Question == "Which scores higher on benchmarks, Alpha or Beta?");
        Assert.Equal(
            "Alpha and Beta share 4 benchmarks: Alpha leads on 2, Beta on 1, and 1 is about the same. On MMLU, they score the same: 85%. On GPQA Diamond, Alpha leads by the makers' own claims with 82% against 53.6%. "
            + "On SWE-bench Verified (pass@1), Beta leads with 72% against 70%. On Hallucination rate, Alpha leads with 10% against 20%.",
            faq.Answer);
    }

    [Fact]
    public void Without_shared_benchmarks_each_side_shows_up_to_five_own_scores_independent_and_newest_first()
    {
        var builder = TwoModels().Benchmark("elo", "Arena", BenchmarkCategory.General, unit: "Elo", min: 800m, max: 1600m);
        for (var i = 1; i <= 6; i++)
        {
            builder.Benchmark($"b{i}", $"Bench {i}").Score($"b{i}", "alpha", 50m, selfReported: i == 6, date: new DateOnly(2026, 1, i));
        }

        var benchmarks = Compare(builder.Score("elo", "beta", 1350m).Build()).Benchmarks;

        Assert.Empty(benchmarks.Shared);
        Assert.Equal(["b5", "b4", "b3", "b2", "b1"], benchmarks.AOwn.Select(s => s.BenchmarkSlug));
        Assert.Equal("Alpha's 5 best-known scores, independent results first:", benchmarks.AOwnText);
        var elo = Assert.Single(benchmarks.BOwn);
        Assert.Equal(("1,350 Elo", 0.6875m), (elo.ValueText, elo.BarFraction));
        Assert.Equal("The one recorded score for Beta:", benchmarks.BOwnText);
    }

    [Fact]
    public void Shared_providers_are_named_and_a_license_change_is_stated_once_for_both_directions()
    {
        var catalog = TwoModels(alpha: m => m with { License = "MIT" }, beta: m => m with { License = "Apache-2.0" })
            .Route("host", "alpha", 1m, 1m).Route("host", "beta", 1m, 1m).Route("other", "beta", 1m, 1m)
            .Build();

        var friction = Compare(catalog).SwitchFriction;

        Assert.Equal(
            [
                "Host serves both models, so on it a switch is a change of model id; elsewhere expect SDK, billing, and endpoint changes.",
                "The license changes between MIT (Alpha) and Apache-2.0 (Beta); check its terms for your use.",
            ],
            friction.BothWays.ToArray());
        Assert.Empty(friction.AToB.Items);
        Assert.Equal("The catalog shows nothing more that makes moving from Alpha to Beta harder.", friction.AToB.EmptyText);
    }

    [Fact]
    public void Equal_bills_make_no_price_tradeoff_and_a_same_cost_gap()
    {
        var catalog = TwoModels().Route("host", "alpha", 1m, 1m).Route("host", "beta", 1m, 1m).Build();

        var pair = Compare(catalog);

        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind == TradeoffKind.Price);
        Assert.Equal((Side.Tie, 0m, "At market prices, both cost about the same: $1,200 a month each."), (pair.MonthlyCost.Cheaper, pair.MonthlyCost.Gap, pair.MonthlyCost.GapText));
    }

    [Fact]
    public void Knowledge_cutoffs_of_different_precision_in_one_year_are_not_ranked()
    {
        var catalog = TwoModels(alpha: m => m with { KnowledgeCutoff = new PartialDate(2024) }, beta: m => m with { KnowledgeCutoff = new PartialDate(2024, 6) }).Build();

        Assert.DoesNotContain(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.KnowledgeCutoff);
    }

    [Fact]
    public void Related_links_alternate_the_family_with_other_makers_up_to_four_without_repeats()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "maker", m => m with { SuccessorSlug = "alpha-2", ReleaseDate = new DateOnly(2024, 1, 1) })
            .Model("alpha-2", "Alpha 2", "maker", m => m with { ReleaseDate = new DateOnly(2025, 1, 1) })
            .Model("alpha-0", "Alpha 0", "maker", m => m with { SuccessorSlug = "alpha", ReleaseDate = new DateOnly(2023, 1, 1) })
            .Model("alpha-mini", "Alpha Mini", "maker", m => m with { ReleaseDate = new DateOnly(2024, 6, 1) })
            .Model("beta", "Beta", "other")
            .Model("cousin", "Cousin", "other")
            .Route("host", "alpha", 1m, 1m)
            .Route("host", "cousin", 1.5m, 1.5m)
            .Route("host", "beta", 100m, 100m)
            .Build();

        var related = Compare(catalog).Related;

        Assert.Equal(
            [("alpha", "alpha-2", RelatedReason.Successor), ("alpha", "cousin", RelatedReason.SimilarPrice), ("alpha", "alpha-0", RelatedReason.Predecessor), ("alpha", "alpha-mini", RelatedReason.SameMaker)],
            related.ForA.Select(l => (l.FirstSlug, l.SecondSlug, l.Reason)));
        Assert.Equal("Alpha vs Alpha 2", related.ForA[0].Label);
        Assert.Equal("/compare/alpha-vs-alpha-2", related.ForA[0].Path);
        Assert.Equal([("beta", "cousin", RelatedReason.SameMaker)], related.ForB.Select(l => (l.FirstSlug, l.SecondSlug, l.Reason)));
    }

    [Fact]
    public void Strengths_and_weaknesses_rank_a_model_against_the_rest_of_the_catalog()
    {
        var builder = new TestCatalogBuilder().Provider("a", "A").Provider("b", "B").Provider("c", "C");
        for (var i = 1; i <= 4; i++)
        {
            var context = 100_000L * i;
            builder.Model($"m{i}", $"M{i}", "maker", m => m with { ContextWindow = context });
        }

        builder.Model("big", "Big", "maker", m => m with { ContextWindow = 2_000_000, OpenWeights = true, License = "MIT", RetirementDate = new DateOnly(2027, 1, 1) });
        foreach (var host in new[] { "a", "b", "c" })
        {
            builder.Route(host, "big", 10m, 10m);
        }

        for (var i = 1; i <= 4; i++)
        {
            builder.Route("a", $"m{i}", 1m, 1m);
        }

        var catalog = builder.Build();
        var big = Engine(catalog).Describe(catalog.FindModel("big")!, TrafficProfile.Default);

        Assert.Equal(["Context window of 2M tokens: larger than 4 of 4 other models.", "Available from 3 providers.", "Open weights under the MIT license."], big.Strengths.ToArray());
        Assert.Equal(["Blended market price of $10 per 1M tokens: higher than 4 of 4 other priced models.", "Big retires on Jan 1, 2027."], big.Weaknesses.ToArray());
    }

    [Fact]
    public void Scores_match_on_the_protocol_and_a_different_model_setting_is_shown_but_not_compared()
    {
        var catalog = TwoModels()
            .Benchmark("gpqa", "GPQA Diamond")
            .Score("gpqa", "alpha", 86.2m, variant: "high effort")
            .Score("gpqa", "alpha", 85.4m, variant: "medium effort")
            .Score("gpqa", "beta", 82.3m, variant: "59K thinking budget")
            .Score("gpqa", "beta", 90m, variant: "5-shot")
            .Build();

        var pair = Compare(catalog);
        var row = Assert.Single(pair.Benchmarks.Shared);

        Assert.Null(row.Variant);
        Assert.Equal(("86.2%", "high effort"), (row.A.ValueText, row.A.Configuration));
        Assert.Equal(("82.3%", "59K thinking budget"), (row.B.ValueText, row.B.Configuration));
        Assert.Equal((Side.None, ScoreBasis.NotComparable), (row.Leader, row.Basis));
        Assert.Equal("Not compared: different settings (high effort, 59K thinking budget)", row.LeaderText);
        Assert.Equal("Alpha and Beta share 1 benchmark, but their scores on it cannot be compared (different sources or settings).", pair.Benchmarks.Summary);
        Assert.Equal(Side.None, ComparisonEngine.BenchmarkLeader(pair.Benchmarks));
        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind == TradeoffKind.Benchmarks);
        Assert.Equal("None comparable", pair.Scorecard.Single(r => r.Signal == ScorecardSignal.SharedBenchmarks).AText);
    }

    [Fact]
    public void A_common_setting_is_compared_and_a_stated_setting_is_never_set_against_none()
    {
        var catalog = TwoModels()
            .Benchmark("gpqa", "GPQA Diamond")
            .Benchmark("mmlu", "MMLU")
            .Score("gpqa", "alpha", 86.2m, variant: "high effort")
            .Score("gpqa", "alpha", 80m, variant: "medium effort")
            .Score("gpqa", "beta", 84m, variant: "medium effort")
            .Score("gpqa", "beta", 88m, variant: "low effort")
            .Score("mmlu", "alpha", 86m, variant: "high effort")
            .Score("mmlu", "alpha", 84m, variant: "medium effort")
            .Score("mmlu", "beta", 82m)
            .Build();

        var rows = Compare(catalog).Benchmarks.Shared;

        // The one setting both were run at (medium effort) is compared, not each model's best.
        var gpqa = rows.Single(r => r.BenchmarkSlug == "gpqa");
        Assert.Equal((80m, "medium effort", 84m, "medium effort", Side.B), (gpqa.A.Value, gpqa.A.Configuration, gpqa.B.Value, gpqa.B.Configuration, gpqa.Leader));

        // Beta's score states no setting: no setting of Alpha's is the same run, so the row is shown, not compared.
        var mmlu = rows.Single(r => r.BenchmarkSlug == "mmlu");
        Assert.Equal((Side.None, ScoreBasis.NotComparable), (mmlu.Leader, mmlu.Basis));
        Assert.StartsWith("Not compared: different settings", mmlu.LeaderText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_setting_is_not_set_against_a_score_whose_source_states_none_while_a_common_setting_exists_elsewhere()
    {
        // ARC-AGI as the catalog has it: Alpha at minimal effort (6%) from Epoch AI and at high effort from the ARC
        // Prize; Beta with no setting from Epoch AI, and at high effort from the ARC Prize.
        var catalog = TwoModels()
            .Benchmark("arc", "ARC-AGI", BenchmarkCategory.Reasoning)
            .Benchmark("chess", "Chess Puzzles", BenchmarkCategory.Reasoning)
            .Score("arc", "alpha", 6m, variant: "minimal effort")
            .Score("arc", "alpha", 65.7m, variant: "high effort", source: "ARC Prize")
            .Score("arc", "beta", 66.67m)
            .Score("arc", "beta", 60m, variant: "high effort", source: "ARC Prize")
            .Score("chess", "alpha", 37m, variant: "high effort")
            .Score("chess", "beta", 28m)
            .Build();

        var rows = Compare(catalog).Benchmarks.Shared.ToDictionary(r => r.BenchmarkSlug);

        Assert.Equal((65.7m, "high effort", 60m, "high effort", Side.A), (rows["arc"].A.Value, rows["arc"].A.Configuration, rows["arc"].B.Value, rows["arc"].B.Configuration, rows["arc"].Leader));
        Assert.Equal((Side.None, ScoreBasis.NotComparable), (rows["chess"].Leader, rows["chess"].Basis));
    }

    [Fact]
    public void A_rival_makers_report_is_neither_independent_nor_a_claim_and_compares_only_with_its_own_page()
    {
        var catalog = TwoModels()
            .Benchmark("swe", "SWE-bench Pro", BenchmarkCategory.Coding)
            .Benchmark("term", "Terminal-Bench 2.1", BenchmarkCategory.Agents)
            .Score("swe", "alpha", 57m, source: "anthropic.com", reportedBy: "anthropic")
            .Score("swe", "beta", 50m, source: "Scale AI")
            .Score("term", "alpha", 60m, source: "anthropic.com", reportedBy: "anthropic")
            .Score("term", "beta", 55m, source: "anthropic.com", reportedBy: "anthropic")
            .Build();

        var rows = Compare(catalog).Benchmarks.Shared.ToDictionary(r => r.BenchmarkSlug);

        Assert.Equal((Side.None, ScoreBasis.NotComparable), (rows["swe"].Leader, rows["swe"].Basis));
        Assert.Equal("Not compared: a figure reported by anthropic.com against an independent run", rows["swe"].LeaderText);
        Assert.Equal((ScoreKind.Reported, "Reported by anthropic.com"), (rows["swe"].A.Kind, rows["swe"].A.KindText));
        Assert.Equal((Side.A, ScoreBasis.Reported, "Alpha leads, as reported by anthropic.com"), (rows["term"].Leader, rows["term"].Basis, rows["term"].LeaderText));
    }

    [Fact]
    public void A_provider_with_two_routes_for_one_model_counts_once_in_every_section()
    {
        // Alpha: Host sells it twice (standard and a regional route), Other Host once: 3 routes, 2 providers.
        // Beta: Host only. Scorecard, tradeoffs, strengths and the profile all count providers.
        var catalog = TwoModels()
            .Provider("third", "Third Host")
            .Route("host", "alpha", 1m, 2m)
            .Route("host", "alpha", 1.2m, 2.4m, r => r with { Variant = new RouteVariant(RouteVariantKind.Regional, "eu", "EU") })
            .Route("other", "alpha", 1m, 2m)
            .Route("host", "beta", 1m, 2m)
            .Build();

        var pair = Compare(catalog);

        Assert.Equal(3, pair.A.Routes.Length);
        var row = pair.Scorecard.Single(r => r.Signal == ScorecardSignal.Providers);
        Assert.Equal(("Providers", "2 providers", "1 provider", Side.A), (row.Label, row.AText, row.BText, row.Better));
        var coverage = pair.Tradeoffs.Single(t => t.Kind == TradeoffKind.ProviderCoverage);
        Assert.Equal("Alpha is available from more providers: 2 against 1 for Beta.", coverage.Text);
        var profile = Engine(catalog).Profile(Engine(catalog).Describe(catalog.FindModel("alpha")!, TrafficProfile.Default));
        Assert.Contains("2 providers", profile.Overview, StringComparison.Ordinal);
    }

    [Fact]
    public void A_makers_claim_is_never_set_against_an_independent_run_and_sources_must_agree()
    {
        var catalog = TwoModels()
            .Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding)
            .Benchmark("aider", "Aider Polyglot", BenchmarkCategory.Coding)
            .Benchmark("hle", "Humanity's Last Exam")
            .Score("swe", "alpha", 62.3m, variant: "medium effort")
            .Score("swe", "beta", 68.1m, selfReported: true, source: "Beta Inc")
            .Score("aider", "alpha", 80m, source: "Aider")
            .Score("aider", "beta", 70m, source: "Aider LLM Leaderboards")
            .Score("hle", "alpha", 20.5m, source: "Scale AI")
            .Score("hle", "alpha", 30m, selfReported: true, source: "Alpha Labs")
            .Score("hle", "beta", 21m, source: "Scale AI")
            .Score("hle", "beta", 25m, selfReported: true, source: "Beta Inc")
            .Build();

        var pair = Compare(catalog);
        var rows = pair.Benchmarks.Shared.ToDictionary(r => r.BenchmarkSlug);

        Assert.Equal((Side.None, "Not compared: a maker's own claim against an independent run"), (rows["swe"].Leader, rows["swe"].LeaderText));
        Assert.Equal(("62.3%", "68.1%"), (rows["swe"].A.ValueText, rows["swe"].B.ValueText));
        Assert.Equal((Side.None, "Not compared: different sources (Aider, Aider LLM Leaderboards)"), (rows["aider"].Leader, rows["aider"].LeaderText));

        // Both kinds exist for both: the common independent source wins over the makers' claims, and half a point is no lead.
        Assert.Equal((20.5m, 21m, "Scale AI", Side.Tie, "About the same"), (rows["hle"].A.Value, rows["hle"].B.Value, rows["hle"].A.SourceName, rows["hle"].Leader, rows["hle"].LeaderText));
        Assert.Equal(
            "Alpha and Beta have comparable scores on 1 benchmark, on which they score about the same. 2 more shared benchmarks cannot be compared (different sources or settings).",
            pair.Benchmarks.Summary);
        Assert.Equal(Side.Tie, ComparisonEngine.BenchmarkLeader(pair.Benchmarks));
        Assert.Equal("0 of 1", pair.Scorecard.Single(r => r.Signal == ScorecardSignal.SharedBenchmarks).AText);
    }

    [Fact]
    public void Runs_in_different_harnesses_are_never_set_against_each_other_and_the_row_says_so()
    {
        // Terminal-Bench: Alpha in Terminus 2 (49.6) and Claude Code (30); Beta in Claude Code (25.4) only. The like-for-like
        // pair is Claude Code's 30 against 25.4, not Alpha's best (49.6); on a second benchmark no harness is shared.
        var catalog = TwoModels()
            .Benchmark("tb", "Terminal-Bench 2.0", BenchmarkCategory.Agents)
            .Benchmark("tb1", "Terminal-Bench", BenchmarkCategory.Agents)
            .Score("tb", "alpha", 49.6m, variant: "Terminus 2 harness")
            .Score("tb", "alpha", 30m, variant: "Claude Code harness")
            .Score("tb", "beta", 25.4m, variant: "Claude Code harness")
            .Score("tb1", "alpha", 50m, variant: "Terminus 2 harness")
            .Score("tb1", "beta", 40m, variant: "Codex CLI harness")
            .Build();

        var rows = Compare(catalog).Benchmarks.Shared.ToDictionary(r => r.BenchmarkSlug);

        Assert.Equal((30m, 25.4m, Side.A), (rows["tb"].A.Value, rows["tb"].B.Value, rows["tb"].Leader));
        Assert.Equal((Side.None, "Not compared: no like-for-like run, different harnesses (Terminus 2, Codex CLI)"), (rows["tb1"].Leader, rows["tb1"].LeaderText));
        Assert.False(ComparisonEngine.ScoresComparable(
            catalog.ScoresFor("alpha").Single(s => s.BenchmarkSlug == "tb1"), catalog.ScoresFor("beta").Single(s => s.BenchmarkSlug == "tb1")));
    }

    [Fact]
    public void A_consensus_score_is_never_set_against_a_single_attempt()
    {
        var catalog = TwoModels()
            .Benchmark("aime", "AIME 2025", BenchmarkCategory.Math)
            .Score("aime", "alpha", 93.3m, selfReported: true, variant: "maj@64", source: "Alpha Labs")
            .Score("aime", "beta", 88m, selfReported: true, variant: "pass@1", source: "Beta Inc")
            .Build();

        var pair = Compare(catalog);

        // Different sampling is a different protocol: no row sets them against each other, so no lead is claimed.
        Assert.DoesNotContain(pair.Benchmarks.Shared, r => r.Leader is Side.A or Side.B);
        Assert.Equal(Side.None, ComparisonEngine.BenchmarkLeader(pair.Benchmarks));
    }

    [Theory]
    [InlineData("percent", 0, 100, 61, 60, "Alpha leads")]
    [InlineData("percent", 0, 100, 60.9, 60, "About the same")]
    [InlineData("Elo", 0, 3000, 1420, 1400, "Alpha leads")]
    [InlineData("Elo", 0, 3000, 1419, 1400, "About the same")]
    [InlineData("score", 0, 10, 7.1, 7, "Alpha leads")]
    [InlineData("score", 0, 10, 7.09, 7, "About the same")]
    public void A_lead_is_a_gap_of_at_least_the_benchmarks_margin(string unit, int min, int max, double alpha, double beta, string leader)
    {
        var catalog = TwoModels()
            .Benchmark("b", "Bench", unit: unit, min: min, max: max)
            .Score("b", "alpha", (decimal)alpha).Score("b", "beta", (decimal)beta)
            .Benchmark("c", "Other", unit: unit, min: min, max: max)
            .Score("c", "alpha", (decimal)beta).Score("c", "beta", (decimal)beta)
            .Build();

        var pair = Compare(catalog);

        Assert.Equal(leader, pair.Benchmarks.Shared.Single(r => r.BenchmarkSlug == "b").LeaderText);
        var leads = leader == "Alpha leads" ? 1 : 0;
        Assert.Equal($"{leads} of 2", pair.Scorecard.Single(r => r.Signal == ScorecardSignal.SharedBenchmarks).AText);
        Assert.Equal(leads == 1 ? Side.A : Side.Tie, ComparisonEngine.BenchmarkLeader(pair.Benchmarks));
    }

    [Theory]
    [InlineData("context_window", "128000", "115000", "115000")] // 10.2% apart
    [InlineData("context_window", "128000", "116000", null)] // 9.4% apart: the same to a buyer
    [InlineData("max_output", "16384", "4096", "4096")]
    [InlineData("release_date", "2025-12-01", "2025-10-16", "2025-10-16")] // 46 days
    [InlineData("release_date", "2025-12-01", "2025-10-17", null)] // 45 days
    [InlineData("open_weights", "true", "false", "false")]
    public void A_rival_value_matters_past_a_tenth_of_a_token_limit_45_days_or_another_answer(string field, string agreed, string other, string? rival)
    {
        var dispute = new FactDispute(field, [new DisputedValue(agreed, 12, [], false), new DisputedValue(other, 3, [], false)]);

        Assert.Equal(rival, ComparisonEngine.RivalThatMatters(dispute)?.Value);
    }

    [Fact]
    public void The_rival_is_the_best_supported_value_that_matters_and_the_agreed_value_is_the_makers()
    {
        var spread = new FactDispute("context_window",
        [
            new DisputedValue("163840", 12, [], false), new DisputedValue("164000", 3, [], false),
            new DisputedValue("131072", 2, [], false), new DisputedValue("128000", 10, [], false),
        ]);
        var maker = new FactDispute("max_output", [new DisputedValue("8192", 4, [], false), new DisputedValue("4096", 1, [], true)]);

        Assert.Equal("128000", ComparisonEngine.RivalThatMatters(spread)?.Value);
        Assert.Equal("4096", maker.Agreed.Value);
        Assert.Equal("8192", ComparisonEngine.RivalThatMatters(maker)?.Value);
    }

    [Fact]
    public void Spec_rows_say_where_sources_differ_and_what_the_license_adds()
    {
        var model = new Model
        {
            Slug = "m", Name = "M", MakerSlug = "x", LastReviewed = TestCatalogBuilder.Reviewed,
            ContextWindow = 131072,
            CommercialUse = CommercialUse.Conditional,
            CommercialUseNote = "A service with more than 700 million monthly active users needs a separate license from Meta.",
            Modes = ["non-thinking", "thinking"],
            SourcesDiffer =
            [
                new FactDispute("context_window", [new DisputedValue("131072", 12, [], false), new DisputedValue("16384", 1, ["LLM Stats"], false)]),
            ],
        };

        var specs = ComparisonEngine.Specs(model, TestCatalogBuilder.Reviewed);

        Assert.Equal("131K tokens (sources differ: 131K on 12 routes, 16.4K on 1 route and LLM Stats)", specs.Single(s => s.Kind == SpecKind.ContextWindow).Text);
        Assert.Equal("Conditional: A service with more than 700 million monthly active users needs a separate license from Meta.", specs.Single(s => s.Kind == SpecKind.CommercialUse).Text);
        Assert.Equal("Thinking and non-thinking", specs.Single(s => s.Kind == SpecKind.Modes).Text);
    }

    [Fact]
    public void Spec_rows_hide_retirement_when_neither_model_has_one()
    {
        var pair = Compare(TwoModels().Build());

        Assert.DoesNotContain(pair.Specs, r => r.Kind == SpecKind.RetirementDate);
        Assert.All(pair.Specs.Where(r => r.Kind != SpecKind.ApiIds), r => Assert.Equal(("Unknown", "Unknown"), (r.AText, r.BText)));
    }
}
