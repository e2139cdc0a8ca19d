using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class CatalogHighlightsTests
{
    private static CatalogSnapshot Catalog() => new TestCatalogBuilder()
        .Provider("openai", "OpenAI")
        .Provider("host", "Host")
        .Model("gpt-4o", "GPT-4o", "openai", m => m with
        {
            ReleaseDate = new DateOnly(2024, 5, 13),
            ContextWindow = 128_000,
            ApiIds = ["gpt-4o-2024-08-06"],
            Aliases = ["gpt4o-old"],
            Capabilities = TestCatalogBuilder.Caps((Capability.FunctionCalling, true)),
        })
        .Model("gpt-4o-mini", "GPT-4o mini", "openai", m => m with
        {
            ReleaseDate = new DateOnly(2024, 7, 18),
            ContextWindow = 128_000,
            Capabilities = TestCatalogBuilder.Caps((Capability.FunctionCalling, true)),
        })
        .Model("big", "Big Context", "host", m => m with { ContextWindow = 1_000_000 })
        .Route("openai", "gpt-4o", 2.5m, 10m)
        .Route("host", "gpt-4o", 2m, 8m)
        .Route("openai", "gpt-4o-mini", 0.15m, 0.6m)
        .Route("host", "big", 1m, 1m)
        .Build();

    [Fact]
    public void Newest_models_come_first_and_undated_ones_are_left_out() =>
        Assert.Equal(["gpt-4o-mini", "gpt-4o"], CatalogHighlights.Newest(Catalog(), 5, TestCatalogBuilder.Reviewed).Select(m => m.Slug));

    [Fact]
    public void Largest_context_windows_come_first() =>
        Assert.Equal(["big", "gpt-4o-mini", "gpt-4o"], CatalogHighlights.LargestContext(new SnapshotView(Catalog()), 5, TestCatalogBuilder.Reviewed).Select(m => m.Slug));

    [Fact]
    public void Cheapest_capable_models_need_tools_and_128K_tokens_and_are_ordered_by_list_price_not_a_cheaper_host()
    {
        var list = CatalogHighlights.CheapestCapable(new SnapshotView(Catalog()), 5, TestCatalogBuilder.Reviewed);

        Assert.Equal(["gpt-4o-mini", "gpt-4o"], list.Select(p => p.Model.Slug));
        // GPT-4o is listed at OpenAI's $2.50/$10 (0.7 × 2.5 + 0.3 × 10 = 4.75), not the host's $2/$8.
        Assert.Equal((PriceBasis.List, 4.75m, "$4.75 list price"), (list[1].Price.Basis, list[1].Price.ReferenceBlend!.Value, list[1].Text));
    }

    [Fact]
    public void A_model_retired_on_the_lists_day_leaves_every_home_list_and_task()
    {
        // Fast: the newest, largest, cheapest capable model, with a successor; retired on May 15, 2026.
        var retires = new DateOnly(2026, 5, 15);
        var c = new TestCatalogBuilder()
            .Provider("xai", "xAI")
            .Model("slow", "Slow", "xai", m => m with
            {
                ReleaseDate = new DateOnly(2025, 1, 1), ContextWindow = 256_000,
                Capabilities = TestCatalogBuilder.Caps((Capability.FunctionCalling, true)),
            })
            .Model("fast", "Fast", "xai", m => m with
            {
                ReleaseDate = new DateOnly(2025, 9, 1), ContextWindow = 2_000_000, RetirementDate = retires, SuccessorSlug = "slow",
                Capabilities = TestCatalogBuilder.Caps((Capability.FunctionCalling, true)),
            })
            .Route("xai", "slow", 3m, 15m).Route("xai", "fast", 0.2m, 0.5m)
            .Build();

        // The day before, Fast leads every list and its upgrade is a task.
        var before = retires.AddDays(-1);
        Assert.Equal(["fast", "slow"], CatalogHighlights.LargestContext(new SnapshotView(c), 5, before).Select(m => m.Slug));
        Assert.Equal(["fast", "slow"], CatalogHighlights.Newest(c, 5, before).Select(m => m.Slug));
        Assert.Equal(["fast", "slow"], CatalogHighlights.CheapestCapable(new SnapshotView(c), 5, before).Select(p => p.Model.Slug));
        Assert.Contains(ReaderTasks.For(new SnapshotView(c), before), t => t.Kind == ReaderTaskKind.Upgrade);

        // On the day it retires it leaves them all.
        Assert.Equal(["slow"], CatalogHighlights.LargestContext(new SnapshotView(c), 5, retires).Select(m => m.Slug));
        Assert.Equal(["slow"], CatalogHighlights.Newest(c, 5, retires).Select(m => m.Slug));
        Assert.Equal(["slow"], CatalogHighlights.CheapestCapable(new SnapshotView(c), 5, retires).Select(p => p.Model.Slug));
        Assert.DoesNotContain(ReaderTasks.For(new SnapshotView(c), retires), t => t.Kind == ReaderTaskKind.Upgrade);
    }

    [Fact]
    public void Popular_pairs_join_the_best_covered_models_of_different_makers_with_slugs_in_ordinal_order()
    {
        var pairs = CatalogHighlights.PopularPairs(new SnapshotView(Catalog()), 8, TestCatalogBuilder.Reviewed);

        // Big against GPT-4o mini is not an indexed pair (not two flagships, not rivals): only the flagships' pair is offered.
        Assert.Equal(["/compare/big-vs-gpt-4o"], pairs.Select(p => p.Path));
        Assert.Equal("Big Context vs GPT-4o", pairs[0].Label);
    }

    [Fact]
    public void Popular_pairs_are_only_pairs_the_index_plan_indexes_never_a_snapshot_of_a_listed_model()
    {
        // The dated snapshot is the best covered of OpenAI's models, but its main model is in the catalog:
        // its pages are not indexed, so it is not offered as a popular comparison.
        var catalog = new TestCatalogBuilder()
            .Provider("openai", "OpenAI")
            .Provider("host", "Host")
            .Provider("reseller", "Reseller")
            .Model("gpt-4o", "GPT-4o", "openai", m => m with { ReleaseDate = new DateOnly(2024, 5, 13) })
            .Model("gpt-4o-2024-11-20", "GPT-4o (2024-11-20)", "openai", m => m with { ReleaseDate = new DateOnly(2024, 11, 20) })
            .Model("big", "Big Context", "host")
            .Route("openai", "gpt-4o", 2.5m, 10m)
            .Route("openai", "gpt-4o-2024-11-20", 2.5m, 10m)
            .Route("host", "gpt-4o-2024-11-20", 2m, 8m)
            .Route("reseller", "gpt-4o-2024-11-20", 2m, 8m)
            .Route("host", "big", 1m, 1m)
            .Build();

        var pairs = CatalogHighlights.PopularPairs(new SnapshotView(catalog), 8, TestCatalogBuilder.Reviewed);

        Assert.Equal(["/compare/big-vs-gpt-4o"], pairs.Select(p => p.Path));
        var plan = new ComparisonEngine(catalog).IndexPlan;
        Assert.All(pairs, p => Assert.True(plan.IsIndexed(p.First.Slug, p.Second.Slug), p.Path));
    }

    [Theory]
    [InlineData("gpt-4o", "gpt-4o", MatchRank.Exact)]
    [InlineData("GPT-4O", "gpt-4o", MatchRank.Exact)]
    [InlineData("gpt4o", "gpt-4o", MatchRank.Exact)]
    [InlineData("gpt-4o-2024", "gpt-4o", MatchRank.Prefix)]
    [InlineData("mini", "gpt-4o-mini", MatchRank.Contains)]
    [InlineData("gpt4o-old", "gpt-4o", MatchRank.Exact)]
    public void Search_ranks_exact_then_prefix_then_contains(string query, string firstSlug, MatchRank rank)
    {
        var hits = ModelSearch.Search(Catalog(), query);

        Assert.Equal(firstSlug, hits[0].Model.Slug);
        Assert.Equal(rank, hits[0].Rank);
    }

    [Fact]
    public void Search_matches_the_maker_name()
    {
        var hits = ModelSearch.Search(Catalog(), "openai");

        Assert.Equal(["gpt-4o-mini", "gpt-4o"], hits.Select(h => h.Model.Slug));
        Assert.All(hits, h => Assert.Equal("maker", h.MatchedOn));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("no such thing")]
    public void Search_with_nothing_to_match_finds_nothing(string? query) => Assert.Empty(ModelSearch.Search(Catalog(), query));

    [Fact]
    public void Suggestions_fall_back_to_shared_words() =>
        Assert.Equal(["big"], ModelSearch.Suggest(Catalog(), "/models/big-model-9").Select(m => m.Slug));

    [Fact]
    public void A_misspelt_slug_is_answered_with_the_nearest_slug_first() =>
        Assert.Equal("gpt-4o", ModelSearch.Suggest(Catalog(), "gpt-4oo")[0].Slug);
}

public class LeaderboardTests
{
    [Fact]
    public void A_leaderboard_ranks_each_model_once_per_kind_and_ties_share_a_rank()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x").Model("c", "C", "x")
            .Benchmark("elo", "Arena", unit: "Elo", min: 0, max: 2000, higherIsBetter: false)
            .Score("elo", "a", 1200m, selfReported: true)
            .Score("elo", "a", 1300m)
            .Score("elo", "b", 1300m)
            .Score("elo", "c", 900m)
            .Score("elo", "c", 50m, variant: "5-shot")
            .Build();

        var boards = Leaderboards.For(new SnapshotView(c), c.FindBenchmark("elo")!);

        Assert.Equal([LeaderboardKind.Independent, LeaderboardKind.MakersClaims], boards.Select(b => b.Kind));
        Assert.Equal([true, false], boards.Select(b => b.IsMain));
        Assert.Equal(["c:1", "a:2", "b:2"], boards[0].Entries.Select(e => $"{e.Model.Slug}:{e.Rank}"));
        Assert.Equal(("50 Elo", "5-shot"), (boards[0].Entries[0].Score.ValueText, boards[0].Entries[0].Score.Variant));
        Assert.Equal("1,300 Elo", boards[0].Entries[1].Score.ValueText);
        Assert.Equal(["a:1200"], boards[1].Entries.Select(e => $"{e.Model.Slug}:{e.Score.Value:0}"));
    }

    [Fact]
    public void A_rival_makers_report_never_tops_the_independent_table_and_is_ranked_apart()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "y")
            .Benchmark("swe", "SWE-bench Pro")
            .Score("swe", "a", 57m, source: "anthropic.com", reportedBy: "anthropic")
            .Score("swe", "b", 50m, source: "Scale AI")
            .Score("swe", "b", 52m, selfReported: true, source: "y.com")
            .Build();

        var boards = Leaderboards.For(new SnapshotView(c), c.FindBenchmark("swe")!);

        Assert.Equal([LeaderboardKind.Independent, LeaderboardKind.MakersClaims, LeaderboardKind.Reported], boards.Select(b => b.Kind));
        Assert.Equal([true, false, false], boards.Select(b => b.IsMain));
        Assert.Equal(["b:50:Independent"], boards[0].Entries.Select(e => $"{e.Model.Slug}:{e.Score.Value:0}:{e.Score.KindText}"));
        Assert.Equal(["a:57:Reported by anthropic.com"], boards[2].Entries.Select(e => $"{e.Model.Slug}:{e.Score.Value:0}:{e.Score.KindText}"));
    }

    [Fact]
    public void Settings_rank_together_in_one_table_each_row_with_its_setting()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x").Model("c", "C", "x")
            .Benchmark("gpqa", "GPQA Diamond")
            .Score("gpqa", "a", 70m, variant: "0-shot", undated: true)
            .Score("gpqa", "a", 80m, variant: "no tools, high effort")
            .Score("gpqa", "a", 75m, variant: "no tools, low effort")
            .Score("gpqa", "b", 78m, variant: "no tools, 32K thinking budget")
            .Score("gpqa", "c", 60m, variant: "0-shot", undated: true)
            .Build();

        var board = Assert.Single(Leaderboards.For(new SnapshotView(c), c.FindBenchmark("gpqa")!));

        Assert.True(board.IsMain);
        Assert.Equal(["a:80%:no tools:high effort", "b:78%:no tools:32K thinking budget", "c:60%:0-shot:"], board.Entries.Select(e => $"{e.Model.Slug}:{e.Score.ValueText}:{e.Score.Variant}:{e.Score.Configuration}"));
        Assert.Equal("date not given", board.Entries[2].Score.DateText);
    }

    [Fact]
    public void Independent_runs_from_different_sources_are_ranked_apart_the_larger_board_main()
    {
        // SWE-bench Verified: Epoch AI ran a, b and c; swebench.com's leaderboard has d and e. d's 80 must not top Epoch's board.
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x").Model("c", "C", "x").Model("d", "D", "x").Model("e", "E", "x")
            .Benchmark("swe", "SWE-bench Verified")
            .Score("swe", "a", 70m).Score("swe", "b", 65m).Score("swe", "c", 60m)
            .Score("swe", "d", 80m, source: "swebench.com").Score("swe", "e", 62m, source: "swebench.com")
            .Build();

        var boards = Leaderboards.For(new SnapshotView(c), c.FindBenchmark("swe")!);

        Assert.Equal(["Epoch AI:True:a1,b2,c3", "swebench.com:False:d1,e2"], boards.Select(b => $"{b.Source}:{b.IsMain}:{string.Join(",", b.Entries.Select(e => $"{e.Model.Slug}{e.Rank}"))}"));
        Assert.Equal("Independent runs: swebench.com", Sentences.LeaderboardHeading(boards[1]));
        Assert.Equal("All from swebench.com, with no sampling or harness stated.", Sentences.LeaderboardScope(boards[1]));
    }

    [Fact]
    public void Sampling_and_harness_split_boards_and_lone_scores_are_not_ranked()
    {
        // AIME 2025's claims: maj@64 (93.3) is never ranked with pass@1 (88, 86, 80). Terminal-Bench: two Terminus 2 runs rank
        // together; one Claude Code run and one OpenHands run each have nothing like-for-like, so neither is ranked.
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "y").Model("c", "C", "z").Model("g", "G", "w")
            .Benchmark("aime", "AIME 2025", BenchmarkCategory.Math)
            .Score("aime", "g", 93.3m, selfReported: true, variant: "maj@64", source: "w.ai")
            .Score("aime", "g", 85m, selfReported: true, variant: "pass@1", source: "w.ai")
            .Score("aime", "a", 88m, selfReported: true, variant: "pass@1", source: "x.com")
            .Score("aime", "b", 80m, selfReported: true, variant: "pass@1, no tools", source: "y.com")
            .Benchmark("tb", "Terminal-Bench 2.0", BenchmarkCategory.Agents)
            .Score("tb", "a", 50m, variant: "Terminus 2 harness").Score("tb", "b", 40m, variant: "Terminus 2 harness, high effort")
            .Score("tb", "c", 60m, variant: "Claude Code harness").Score("tb", "g", 45m, variant: "OpenHands harness")
            .Build();

        var aime = Leaderboards.For(new SnapshotView(c), c.FindBenchmark("aime")!);
        Assert.Equal(["pass@1:True:a1,g2,b3", ":False:g0"], aime.Select(b => $"{b.Basis}:{b.IsMain}:{string.Join(",", b.Entries.Select(e => $"{e.Model.Slug}{e.Rank}"))}"));
        Assert.Equal(("maj@64", false), (aime[1].Entries[0].Score.Variant, aime[1].Ranked));

        var tb = Leaderboards.For(new SnapshotView(c), c.FindBenchmark("tb")!);
        Assert.Equal(["Terminus 2 harness:True:a1,b2", ":False:c0,g0"], tb.Select(b => $"{b.Basis}:{b.IsMain}:{string.Join(",", b.Entries.Select(e => $"{e.Model.Slug}{e.Rank}"))}"));
        Assert.Equal("All from Epoch AI, in the Terminus 2 harness, no sampling stated.", Sentences.LeaderboardScope(tb[0]));
        Assert.Equal("Independent runs with nothing like-for-like to rank against", Sentences.LeaderboardHeading(tb[1]));
    }

    [Theory]
    [InlineData("Terminus-2", "Terminus 2 harness")]
    [InlineData("  Terminus 2     ", "Terminus 2 harness")]
    [InlineData("Mini-SWE-Agent", "Mini-SWE-Agent harness")]
    [InlineData("Codex CLI", "Codex CLI harness")]
    [InlineData("", null)]
    [InlineData("9 agents, one per task", null)]
    public void A_harness_becomes_a_setting_part(string name, string? part) => Assert.Equal(part, BenchmarkSetting.HarnessPart(name));

    [Fact]
    public void The_basis_is_the_sampling_and_the_harness()
    {
        var setting = BenchmarkSetting.Read("pass@1, no tools, Terminus 2 harness, high effort");

        Assert.Equal(("pass@1", "Terminus 2", "pass@1, Terminus 2 harness"), (setting.Sampling, setting.Harness, setting.Basis));
        Assert.Equal("Terminus 2 harness, high effort", setting.Configuration);
        Assert.False(BenchmarkSetting.TryParse("pass@1, maj@64", out _, out _));
        Assert.True(BenchmarkSetting.TryParse("avg@8", out var avg, out _));
        Assert.Equal("avg@8", avg.Sampling);
    }
}
