using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Everything the benchmarks page says, built once per snapshot: every benchmark by category, each with how
/// many models it scores and who leads its main leaderboard.
/// </summary>
public sealed record BenchmarkIndexResult(ImmutableArray<BenchmarkCategoryGroup> Categories)
{
    public int BenchmarkCount => Categories.Sum(c => c.Benchmarks.Length);
}

/// <summary>One category's benchmarks, by name.</summary>
public sealed record BenchmarkCategoryGroup(BenchmarkCategory Category, string Name, ImmutableArray<BenchmarkSummary> Benchmarks);

/// <summary>
/// One benchmark on the benchmarks page: <see cref="ModelsScored"/> counts models with any score on it;
/// <see cref="Leader"/> is the first place of its main leaderboard (null when nothing is scored).
/// </summary>
public sealed record BenchmarkSummary(Benchmark Benchmark, int ModelsScored, LeaderboardEntry? Leader);

public sealed partial class ComparisonEngine
{
    /// <summary>The benchmarks page's content (see <see cref="BenchmarkIndexResult"/>).</summary>
    public BenchmarkIndexResult BenchmarkIndex() => Stats.BenchmarkIndex;

    internal static BenchmarkIndexResult BuildBenchmarkIndex(CatalogSnapshot catalog, IReadOnlyDictionary<string, ImmutableArray<Leaderboard>> boards) =>
        new([.. catalog.Benchmarks
            .GroupBy(b => b.Category)
            .OrderBy(g => g.Key)
            .Select(g => new BenchmarkCategoryGroup(
                g.Key,
                Formatting.CategoryName(g.Key),
                [.. g.OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase).ThenBy(b => b.Slug, StringComparer.Ordinal)
                    .Select(b => new BenchmarkSummary(
                        b,
                        catalog.ScoresOn(b.Slug).Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count(),
                        boards.TryGetValue(b.Slug, out var own) ? own.FirstOrDefault(l => l.IsMain)?.Entries.FirstOrDefault() : null))]))]);
}
