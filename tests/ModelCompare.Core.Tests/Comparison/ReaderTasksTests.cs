using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The tasks the home page offers, and the benchmark each category is ranked by.</summary>
public class ReaderTasksTests
{
    private static readonly DateOnly Today = new(2026, 7, 1);

    private static TestCatalogBuilder Base()
    {
        var b = new TestCatalogBuilder()
            .Provider("openai", "OpenAI").Provider("deepseek", "DeepSeek").Provider("anthropic", "Anthropic")
            .Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding)
            .Benchmark("aider", "Aider polyglot", BenchmarkCategory.Coding)
            .Benchmark("aime", "AIME 2025", BenchmarkCategory.Math);
        foreach (var i in Enumerable.Range(1, 6))
        {
            b.Model($"m{i}", $"Model {i}", i % 2 == 0 ? "openai" : "deepseek", m => m with { ReleaseDate = new DateOnly(2025, i, 1) })
                .Route(i % 2 == 0 ? "openai" : "deepseek", $"m{i}", i, i * 4m);
        }

        return b;
    }

    [Fact]
    public void A_category_is_ranked_by_its_benchmark_with_the_most_independent_runs()
    {
        // Aider has six scores, but all are makers' claims; SWE-bench five independent runs.
        var b = Base();
        foreach (var i in Enumerable.Range(1, 6))
        {
            b.Score("aider", $"m{i}", 50m + i, selfReported: true, source: "Maker");
        }

        foreach (var i in Enumerable.Range(1, 5))
        {
            b.Score("swe", $"m{i}", 40m + i);
        }

        var c = b.Build();

        Assert.Equal("swe", ReaderTasks.LeadingBenchmark(new SnapshotView(c), BenchmarkCategory.Coding)?.Slug);
        Assert.Null(ReaderTasks.LeadingBenchmark(new SnapshotView(c), BenchmarkCategory.Math));
    }

    [Fact]
    public void The_tasks_name_their_filter_and_leave_out_what_the_catalog_cannot_answer()
    {
        var b = Base();
        foreach (var i in Enumerable.Range(1, 5))
        {
            b.Score("swe", $"m{i}", 40m + i);
        }

        var tasks = ReaderTasks.For(new SnapshotView(b.Build()), Today);

        Assert.Equal(
            [
                "Cheapest models with vision",
                "Best coding models under $5 per 1M output tokens, by SWE-bench Verified",
                "Open-weights models with the largest context windows",
            ],
            tasks.Select(t => t.Label));
        var best = tasks.Single(t => t.Kind == ReaderTaskKind.BestUnder);
        Assert.Equal(("swe", 5m), (best.Benchmark?.Slug, best.MaxOutput));
    }

    [Fact]
    public void The_coding_task_offers_each_coding_benchmark_as_a_board_of_its_own_never_a_blend()
    {
        // Three coding benchmarks, each on enough models for a page: independent runs on 6 and 5 models, makers' claims
        // on 6. The coding task leads with the widest independent board and offers the other two as rankings of their
        // own, claims last; the math benchmark is never among them.
        var b = Base().Benchmark("lcb", "LiveCodeBench", BenchmarkCategory.Coding);
        foreach (var i in Enumerable.Range(1, 6))
        {
            b.Score("swe", $"m{i}", 40m + i);
            b.Score("aime", $"m{i}", 70m + i);
            b.Score("lcb", $"m{i}", 30m + i, selfReported: true, source: "Maker");
        }

        foreach (var i in Enumerable.Range(1, 5))
        {
            b.Score("aider", $"m{i}", 60m - i);
        }

        var c = b.Build();
        var coding = ReaderTasks.For(new SnapshotView(c), Today).Single(t => t.Kind == ReaderTaskKind.BestUnder && t.Benchmark?.Category == BenchmarkCategory.Coding);

        Assert.Equal(["swe", "aider", "lcb"], coding.Boards.Select(x => x.Slug));
        Assert.Equal("swe", coding.Benchmark?.Slug);
        Assert.Equal("Best coding models under $5 per 1M output tokens, by SWE-bench Verified", coding.Label);
        Assert.Equal(["swe", "aider"], ReaderTasks.RankingBenchmarks(new SnapshotView(c), BenchmarkCategory.Coding, 2).Select(x => x.Slug));
        Assert.Equal(
            "Ranked by Aider polyglot alone, one of the catalog's coding benchmarks: a score is ranked only against scores on the same benchmark, independent runs before makers' claims.",
            Sentences.RankedByOneBenchmark("Aider polyglot", BenchmarkCategory.Coding));
    }

    [Fact]
    public void An_upgrade_names_the_successor_still_sold_never_a_retired_one()
    {
        var c = Base()
            .Model("old", "Old One", "anthropic", m => m with { SuccessorSlug = "mid" })
            .Model("mid", "Mid One", "anthropic", m => m with { SuccessorSlug = "new", RetirementDate = new DateOnly(2026, 1, 1) })
            .Model("new", "New One", "anthropic")
            .Route("anthropic", "old", 3m, 15m).Route("openai", "old", 3m, 15m) // the best covered: first in line
            .Route("anthropic", "mid", 3m, 15m).Route("anthropic", "new", 3m, 15m)
            .Build();

        var upgrade = Assert.Single(ReaderTasks.For(new SnapshotView(c), Today), t => t.Kind == ReaderTaskKind.Upgrade);

        Assert.Equal("Upgrade from Old One to New One: what changes", upgrade.Label);
        Assert.Equal("/compare/new-vs-old", upgrade.Pair?.Path);
    }

    [Theory]
    [InlineData("best coding model", ReaderTaskKind.BestUnder)]
    [InlineData("cheapest vision", ReaderTaskKind.CheapestWith)]
    [InlineData("long context open weights", ReaderTaskKind.OpenLargestContext)]
    public void A_search_in_a_readers_words_calls_up_its_task(string query, ReaderTaskKind kind)
    {
        var b = Base();
        foreach (var i in Enumerable.Range(1, 5))
        {
            b.Score("swe", $"m{i}", 40m + i);
        }

        var found = ReaderTasks.Matching(ReaderTasks.For(new SnapshotView(b.Build()), Today), query);

        Assert.Equal([kind], found.Select(t => t.Kind));
    }

    [Fact]
    public void A_model_name_calls_up_no_task() =>
        Assert.Empty(ReaderTasks.Matching(ReaderTasks.For(new SnapshotView(Base().Build()), Today), "claude sonnet"));
}
