using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public sealed class IndexPlanTests
{
    private static readonly DateOnly Jan2026 = new(2026, 1, 10);

    [Theory]
    [InlineData("gpt-4o-2024-11-20", "gpt-4o")]
    [InlineData("claude-3-5-sonnet-20241022", "claude-3-5-sonnet")]
    [InlineData("kimi-k2-0905", "kimi-k2")]
    [InlineData("gemini-2-5-pro-preview-06-05", "gemini-2-5-pro")]
    [InlineData("gemini-2-0-flash-exp", "gemini-2-0-flash")]
    [InlineData("o1-preview", "o1")]
    [InlineData("step-3-free", "step-3")]
    public void A_dated_snapshot_or_preview_of_a_model_in_the_catalog_is_its_variant(string variant, string main)
    {
        var catalog = new TestCatalogBuilder()
            .Provider("maker", "Maker")
            .Model(main, "Main", "maker")
            .Model(variant, "Variant", "maker")
            .Build();

        Assert.Equal(main, IndexPlan.VariantOf(catalog, catalog.FindModel(variant)!)?.Slug);
        Assert.Null(IndexPlan.VariantOf(catalog, catalog.FindModel(main)!));
    }

    [Theory]
    [InlineData("gpt-4o-2024-11-20")]
    [InlineData("gpt-5-4")]
    [InlineData("qwen3-235b-a22b-2507")]
    public void A_dated_name_without_its_main_model_in_the_catalog_is_no_variant(string slug)
    {
        var catalog = new TestCatalogBuilder().Provider("maker", "Maker").Model(slug, "Only", "maker").Build();

        Assert.Null(IndexPlan.VariantOf(catalog, catalog.FindModel(slug)!));
    }

    [Fact]
    public void Models_with_an_announced_end_and_variants_are_not_indexed_and_neither_are_their_pairs()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("maker", "Maker")
            .Model("alpha", "Alpha", "maker", m => m with { ReleaseDate = Jan2026 })
            .Model("alpha-preview", "Alpha preview", "maker", m => m with { ReleaseDate = Jan2026 })
            .Model("old", "Old", "maker", m => m with { ReleaseDate = new DateOnly(2024, 1, 1), RetirementDate = new DateOnly(2026, 6, 30) })
            .Model("ending", "Ending", "maker", m => m with { ReleaseDate = new DateOnly(2025, 1, 1), RetirementDate = new DateOnly(2027, 7, 2) })
            .Model("deprecated", "Deprecated", "maker", m => m with { ReleaseDate = new DateOnly(2025, 2, 1), Status = ModelStatus.Deprecated })
            .Model("later", "Later", "maker", m => m with { ReleaseDate = new DateOnly(2025, 3, 1) })
            .Build();

        var plan = new ComparisonEngine(catalog).IndexPlan;

        Assert.Equal(["alpha", "later"], plan.Models.Order(StringComparer.Ordinal));
        Assert.False(plan.IsIndexed("alpha", "alpha-preview"));
        Assert.False(plan.IsIndexed("alpha", "old"));
        Assert.False(plan.IsIndexed("later", "ending"));
        Assert.True(plan.IsIndexed("later", "alpha"));
        Assert.Equal([new IndexedPair("alpha", IndexReason.SameMaker)], plan.PairsOf("later").ToArray());
    }

    [Fact]
    public void Same_maker_pairs_reach_the_nearest_models_by_release_date_and_no_further()
    {
        var builder = new TestCatalogBuilder().Provider("maker", "Maker");
        for (var i = 1; i <= 5; i++)
        {
            var n = i;
            builder.Model($"m{n}", $"M{n}", "maker", m => m with { ReleaseDate = new DateOnly(2025, n, 1) });
        }

        var plan = new ComparisonEngine(builder.Build()).IndexPlan;

        // Each model with the next IndexPlan.SameMakerNeighbours (2) by date: 1-2, 1-3, 2-3, 2-4, 3-4, 3-5, 4-5.
        Assert.Equal(
            ["/compare/m1-vs-m2", "/compare/m1-vs-m3", "/compare/m2-vs-m3", "/compare/m2-vs-m4", "/compare/m3-vs-m4", "/compare/m3-vs-m5", "/compare/m4-vs-m5"],
            plan.PairPaths.ToArray());
    }

    [Fact]
    public void Successors_rivals_flagships_and_shared_evidence_each_index_a_pair_with_the_first_reason_that_applies()
    {
        var builder = new TestCatalogBuilder()
            .Provider("a", "A").Provider("b", "B").Provider("c", "C")
            // A's flagship is its priciest recent model; A-old is older than the window and pricier still.
            .Model("a-old", "A old", "a", m => m with { ReleaseDate = new DateOnly(2023, 1, 1), SuccessorSlug = "a-top" })
            .Model("a-top", "A top", "a", m => m with { ReleaseDate = new DateOnly(2025, 12, 1) })
            .Model("a-small", "A small", "a", m => m with { ReleaseDate = new DateOnly(2025, 11, 1) })
            .Model("b-top", "B top", "b", m => m with { ReleaseDate = new DateOnly(2025, 10, 1) })
            .Model("c-top", "C top", "c", m => m with { ReleaseDate = new DateOnly(2025, 9, 1) })
            .Route("a", "a-old", 100m, 100m)
            .Route("a", "a-top", 10m, 10m)
            .Route("a", "a-small", 0.1m, 0.1m)
            .Route("b", "b-top", 1000m, 1000m)
            .Route("c", "c-top", 0.01m, 0.01m);

        var plan = new ComparisonEngine(builder.BuiltOn(new DateOnly(2026, 1, 1)).Build()).IndexPlan;

        Assert.Equal(["a-top", "b-top", "c-top"], plan.Flagships.ToArray());
        Assert.Contains(new IndexedPair("a-top", IndexReason.Successor), plan.PairsOf("a-old"));
        Assert.Contains(new IndexedPair("c-top", IndexReason.Flagships), plan.PairsOf("b-top"));
        // Nothing ties A small to C top: different makers, prices 10x apart, no capabilities known, no scores.
        Assert.False(plan.IsIndexed("a-small", "c-top"));
    }

    [Fact]
    public void Models_scored_on_enough_of_the_same_benchmarks_are_indexed_together()
    {
        var builder = new TestCatalogBuilder()
            .Provider("x", "X").Provider("y", "Y")
            .Model("x1", "X1", "x").Model("y1", "Y1", "y")
            .Route("x", "x1", 0.01m, 0.01m)
            .Route("y", "y1", 100m, 100m);
        for (var i = 0; i < IndexPlan.SharedBenchmarks; i++)
        {
            builder.Benchmark($"b{i}", $"B{i}").Score($"b{i}", "x1", 50m).Score($"b{i}", "y1", 60m);
        }

        var plan = new ComparisonEngine(builder.Build()).IndexPlan;
        Assert.Equal([new IndexedPair("y1", IndexReason.Flagships)], plan.PairsOf("x1").ToArray());

        // One benchmark fewer and no other reason: two makers' only models are still each other's flagships,
        // so a third maker shows the evidence rule alone.
        var three = new TestCatalogBuilder()
            .Provider("x", "X")
            .Model("x1", "X1", "x", m => m with { ReleaseDate = new DateOnly(2025, 1, 1) })
            .Model("x2", "X2", "x", m => m with { ReleaseDate = new DateOnly(2025, 2, 1) })
            .Model("x3", "X3", "x", m => m with { ReleaseDate = new DateOnly(2025, 3, 1) })
            .Model("x4", "X4", "x", m => m with { ReleaseDate = new DateOnly(2025, 4, 1) });
        for (var i = 0; i < IndexPlan.SharedBenchmarks; i++)
        {
            three.Benchmark($"b{i}", $"B{i}").Score($"b{i}", "x1", 50m).Score($"b{i}", "x4", 60m);
        }

        var evidence = new ComparisonEngine(three.Build()).IndexPlan;
        Assert.Contains(new IndexedPair("x4", IndexReason.SharedEvidence), evidence.PairsOf("x1"));
    }

    [Fact]
    public void Thin_benchmark_and_provider_pages_are_not_indexed()
    {
        var builder = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("host", "Host").Provider("big-host", "Big host")
            .Benchmark("thin", "Thin").Benchmark("full", "Full");
        for (var i = 0; i < IndexPlan.MinBenchmarkScores; i++)
        {
            builder.Model($"m{i}", $"M{i}", "maker").Route("big-host", $"m{i}", 1m, 1m).Score("full", $"m{i}", i);
        }

        builder.Route("host", "m0", 1m, 1m).Score("thin", "m0", 1m);
        var plan = new ComparisonEngine(builder.Build()).IndexPlan;

        Assert.Equal(["full"], plan.Benchmarks);
        Assert.Equal(["big-host", "maker"], plan.Providers.Order(StringComparer.Ordinal));
    }
}
