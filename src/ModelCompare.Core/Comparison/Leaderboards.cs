using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One place on a leaderboard; tied scores share a rank. <see cref="Price"/> is the model's list or market price.</summary>
public sealed record LeaderboardEntry(int Rank, Model Model, ScoreView Score)
{
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
    /// <summary>The benchmark's leaderboards, worked out when the snapshot was built (see <see cref="Build"/>).</summary>
    public static ImmutableArray<Leaderboard> For(CatalogSnapshot catalog, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        return catalog.Stats.Boards.TryGetValue(benchmark.Slug, out var boards) ? boards : Build(catalog, benchmark, catalog.Stats.Prices);
    }

    /// <summary>The price against score chart of one leaderboard; null when too few of its models have a price.</summary>
    public static PriceScoreChart? PriceScore(CatalogSnapshot catalog, Benchmark benchmark, Leaderboard board)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(board);
        return catalog.Stats.PriceScores.GetValueOrDefault(PriceScoreCharts.BoardKey(benchmark.Slug, board.Variant));
    }

    /// <summary>
    /// One leaderboard per protocol, the main one first: the protocol the most models were measured with (no
    /// protocol first on a tie, then by name); the others follow by size, folded beneath it on the page. Each model
    /// appears once per leaderboard with its best-known score: independent over self-reported, then its best
    /// configuration, then the newest. Each entry carries the model's list or market price from <paramref name="prices"/>.
    /// </summary>
    internal static ImmutableArray<Leaderboard> Build(CatalogSnapshot catalog, Benchmark benchmark, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        var boards = catalog.ScoresOn(benchmark.Slug)
            .Where(s => catalog.FindModel(s.ModelSlug) is not null)
            .GroupBy(s => BenchmarkSetting.ProtocolOf(s.Variant), StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key.Length == 0 ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new Leaderboard(g.Key.Length == 0 ? null : g.Key, Rank(catalog, benchmark, g, prices)) { IsMain = i == 0 })
            .ToList();
        return [.. boards];
    }

    private static ImmutableArray<LeaderboardEntry> Rank(CatalogSnapshot catalog, Benchmark benchmark, IEnumerable<BenchmarkScore> scores, IReadOnlyDictionary<string, ModelPrice> prices)
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
            entries.Add(new LeaderboardEntry(rank, catalog.FindModel(list[i].ModelSlug)!, ComparisonEngine.View(benchmark, list[i])) { Price = prices.GetValueOrDefault(list[i].ModelSlug) });
        }

        return entries.MoveToImmutable();
    }
}
