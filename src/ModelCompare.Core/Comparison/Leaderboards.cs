using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One place on a leaderboard; tied scores share a rank. <see cref="Price"/> is the model's list or market price.</summary>
public sealed record LeaderboardEntry(int Rank, Model Model, ScoreView Score)
{
    public ModelPrice? Price { get; init; }
}

/// <summary>
/// The scores of one benchmark of one kind (<see cref="Kind"/>), best first, each with its setting.
/// <see cref="IsMain"/> marks the benchmark's main leaderboard. <see cref="Variant"/> is always null: settings are
/// shown on each entry, not split into leaderboards.
/// </summary>
public sealed record Leaderboard(string? Variant, ImmutableArray<LeaderboardEntry> Entries)
{
    public bool IsMain { get; init; }

    public LeaderboardKind Kind { get; init; }

    /// <summary>True when any entry's source measured what its run cost (the board then shows a "cost to run" column).</summary>
    public bool HasRunCosts => Entries.Any(e => e.Score.Cost is not null);
}

/// <summary>Whose scores a leaderboard ranks.</summary>
public enum LeaderboardKind
{
    /// <summary>Runs by a third party.</summary>
    Independent,
    /// <summary>The makers' own claims about their models, ranked apart.</summary>
    MakersClaims,
    /// <summary>Figures someone else reported for a model (a rival maker's comparison, an unattributed paper), ranked apart from both.</summary>
    Reported,
}

/// <summary>
/// Benchmark leaderboards, as a buyer reads them: independent runs in one ranked table, the makers' own claims in a
/// second table ranked apart, never above it.
/// </summary>
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
    /// At most two leaderboards: the independent runs, ranked (the main one), then the makers' own claims, ranked
    /// apart (the main one only when no third party ran any model on the benchmark). Each model appears once per
    /// leaderboard with its best score of that kind, in whatever setting (protocol and configuration) it was
    /// measured, which the entry shows; then the newest run and the source's name break ties. Each entry carries the
    /// model's list or market price from <paramref name="prices"/>.
    /// </summary>
    internal static ImmutableArray<Leaderboard> Build(CatalogSnapshot catalog, Benchmark benchmark, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        var scores = catalog.ScoresOn(benchmark.Slug).Where(s => catalog.FindModel(s.ModelSlug) is not null).ToList();
        var independent = scores.Where(s => s.Kind == ScoreKind.Independent).ToList();
        var claims = scores.Where(s => s.Kind == ScoreKind.MakersClaim).ToList();
        var reported = scores.Where(s => s.Kind == ScoreKind.Reported).ToList();
        var boards = new List<Leaderboard>();
        if (independent.Count > 0)
        {
            boards.Add(new Leaderboard(null, Rank(catalog, benchmark, independent, prices)) { IsMain = true, Kind = LeaderboardKind.Independent });
        }

        if (claims.Count > 0)
        {
            boards.Add(new Leaderboard(null, Rank(catalog, benchmark, claims, prices)) { IsMain = boards.Count == 0, Kind = LeaderboardKind.MakersClaims });
        }

        if (reported.Count > 0)
        {
            boards.Add(new Leaderboard(null, Rank(catalog, benchmark, reported, prices)) { IsMain = boards.Count == 0, Kind = LeaderboardKind.Reported });
        }

        return [.. boards];
    }

    private static ImmutableArray<LeaderboardEntry> Rank(CatalogSnapshot catalog, Benchmark benchmark, IEnumerable<BenchmarkScore> scores, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        var best = scores
            .GroupBy(s => s.ModelSlug, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => benchmark.HigherIsBetter ? s.Value : -s.Value)
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
