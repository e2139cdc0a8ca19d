using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One place on a leaderboard; tied scores share a rank.</summary>
public sealed record LeaderboardEntry(int Rank, Model Model, ScoreView Score)
{
    /// <summary>The model's price by <see cref="PriceRules"/> (list or market price, cheapest route), for price columns.</summary>
    public ModelPrice? Price { get; init; }
}

/// <summary>
/// The scores of one benchmark measured with one protocol (<see cref="Variant"/>, null when none is stated), best
/// first. <see cref="IsMain"/> marks the benchmark's main leaderboard.
/// </summary>
public sealed record Leaderboard(string? Variant, ImmutableArray<LeaderboardEntry> Entries)
{
    public bool IsMain { get; init; }
}

/// <summary>Benchmark leaderboards. Only scores with the same protocol are ranked together.</summary>
public static class Leaderboards
{
    /// <summary>
    /// One leaderboard per protocol, the main one first: the protocol the most models were measured with (no
    /// protocol first on a tie, then by name); the others follow by size, folded beneath it on the page. Each model
    /// appears once per leaderboard with its best-known score: independent over self-reported, then its best
    /// configuration, then the newest.
    /// </summary>
    public static ImmutableArray<Leaderboard> For(CatalogSnapshot catalog, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        var boards = catalog.ScoresOn(benchmark.Slug)
            .Where(s => catalog.FindModel(s.ModelSlug) is not null)
            .GroupBy(s => BenchmarkSetting.ProtocolOf(s.Variant), StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new Leaderboard(g.Key.Length == 0 ? null : g.Key, Rank(catalog, benchmark, g)) { IsMain = i == 0 })
            .ToList();
        return [.. boards];
    }

    private static ImmutableArray<LeaderboardEntry> Rank(CatalogSnapshot catalog, Benchmark benchmark, IEnumerable<BenchmarkScore> scores)
    {
        var best = scores
            .GroupBy(s => s.ModelSlug, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.SelfReported).ThenByDescending(s => benchmark.HigherIsBetter ? s.Value : -s.Value)
                .ThenByDescending(s => s.Date ?? DateOnly.MinValue).ThenBy(s => s.SourceName, StringComparer.Ordinal).First())
            .ToList();
        var ordered = benchmark.HigherIsBetter
            ? best.OrderByDescending(s => s.Value)
            : best.OrderBy(s => s.Value);
        var list = ordered.ThenBy(s => s.ModelSlug, StringComparer.Ordinal).ToList();
        var entries = ImmutableArray.CreateBuilder<LeaderboardEntry>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var rank = i > 0 && list[i].Value == list[i - 1].Value ? entries[i - 1].Rank : i + 1;
            var model = catalog.FindModel(list[i].ModelSlug)!;
            entries.Add(new LeaderboardEntry(rank, model, ComparisonEngine.View(benchmark, list[i])) { Price = ComparisonEngine.PriceOf(catalog, model) });
        }

        return entries.MoveToImmutable();
    }
}
