using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One place on a leaderboard; tied scores share a rank.</summary>
public sealed record LeaderboardEntry(int Rank, Model Model, ScoreView Score);

/// <summary>The scores of one benchmark measured in one setting (variant), best first.</summary>
public sealed record Leaderboard(string? Variant, ImmutableArray<LeaderboardEntry> Entries);

/// <summary>Benchmark leaderboards. Only scores with the same variant are ranked together.</summary>
public static class Leaderboards
{
    /// <summary>
    /// One leaderboard per variant (no variant first, then by name). Each model appears once per
    /// leaderboard with its best-known score: independent over self-reported, then the newest.
    /// </summary>
    public static ImmutableArray<Leaderboard> For(CatalogSnapshot catalog, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        return [.. catalog.ScoresOn(benchmark.Slug)
            .Where(s => catalog.FindModel(s.ModelSlug) is not null)
            .GroupBy(s => s.Variant ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Leaderboard(g.Key.Length == 0 ? null : g.Key, Rank(catalog, benchmark, g)))];
    }

    private static ImmutableArray<LeaderboardEntry> Rank(CatalogSnapshot catalog, Benchmark benchmark, IEnumerable<BenchmarkScore> scores)
    {
        var best = scores
            .GroupBy(s => s.ModelSlug, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.SelfReported).ThenByDescending(s => s.Date).ThenBy(s => s.SourceName, StringComparer.Ordinal).First())
            .ToList();
        var ordered = benchmark.HigherIsBetter
            ? best.OrderByDescending(s => s.Value)
            : best.OrderBy(s => s.Value);
        var list = ordered.ThenBy(s => s.ModelSlug, StringComparer.Ordinal).ToList();
        var entries = ImmutableArray.CreateBuilder<LeaderboardEntry>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var rank = i > 0 && list[i].Value == list[i - 1].Value ? entries[i - 1].Rank : i + 1;
            entries.Add(new LeaderboardEntry(rank, catalog.FindModel(list[i].ModelSlug)!, ComparisonEngine.View(benchmark, list[i])));
        }

        return entries.MoveToImmutable();
    }
}
