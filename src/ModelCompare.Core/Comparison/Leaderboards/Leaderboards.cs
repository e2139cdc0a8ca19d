using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One place on a leaderboard; tied scores share a rank. <see cref="Price"/> is the model's list or market price.</summary>
public sealed record LeaderboardEntry(int Rank, Model Model, ScoreView Score)
{
    public ModelPrice? Price { get; init; }
}

/// <summary>
/// The scores of one benchmark of one kind (<see cref="Kind"/>) that can be ranked against each other, best first, each
/// with its setting: one source (for independent runs and reported figures) and one <see cref="Basis"/> (sampling and
/// harness). <see cref="IsMain"/> marks the benchmark's main leaderboard. An unranked board (<see cref="Ranked"/> false)
/// gathers the scores of its kind that have nothing like-for-like to rank against: each entry's rank is 0.
/// <see cref="Variant"/> is always null: other settings (tools, effort) are shown on each entry, not split into leaderboards.
/// </summary>
public sealed record Leaderboard(string? Variant, ImmutableArray<LeaderboardEntry> Entries)
{
    public bool IsMain { get; init; }

    public LeaderboardKind Kind { get; init; }

    /// <summary>The one source every entry comes from; null for the makers' claims (each maker is its own source) and an unranked board.</summary>
    public string? Source { get; init; }

    /// <summary>The sampling and harness every entry shares (see <see cref="BenchmarkSetting.Basis"/>); "" when none is stated; null on an unranked board.</summary>
    public string? Basis { get; init; } = string.Empty;

    /// <summary>False for the board of scores with nothing like-for-like to rank against.</summary>
    public bool Ranked { get; init; } = true;

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
    public static ImmutableArray<Leaderboard> For(SnapshotView catalog, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        return catalog.Stats.Boards.TryGetValue(benchmark.Slug, out var boards) ? boards : Build(catalog.Snapshot, benchmark, catalog.Stats.Prices);
    }

    /// <summary>The price against score chart of one leaderboard; null when too few of its models have a price.</summary>
    public static PriceScoreChart? PriceScore(SnapshotView catalog, Benchmark benchmark, Leaderboard board)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(board);
        return catalog.Stats.PriceScores.GetValueOrDefault(PriceScoreCharts.BoardKey(benchmark.Slug, board.Variant));
    }

    /// <summary>
    /// The benchmark's leaderboards. Scores are ranked only against scores they can be compared with: of one kind
    /// (independent runs, the makers' own claims, figures others reported), from one source (except the makers' claims,
    /// each maker being the source of its own) and at one <see cref="BenchmarkSetting.Basis"/> (sampling and harness):
    /// a pass@1 score is never ranked against a maj@64 one, nor a run in one agent against a run in another, nor
    /// swebench.com's leaderboard against Epoch AI's runs. Each such group of two or more models (or a kind's only group) is a
    /// ranked board, the larger first; the scores of a kind with nothing like-for-like to rank against share one unranked board after
    /// them. The main board is the largest ranked board of independent runs, else of the makers' claims, else of the
    /// reported figures (none when no board is ranked). Within a board each model appears once with its best score, in whatever other setting (tools,
    /// effort) it was measured, which the entry shows; then the newest run and the source's name break ties. Each entry
    /// carries the model's list or market price from <paramref name="prices"/>.
    /// </summary>
    internal static ImmutableArray<Leaderboard> Build(CatalogSnapshot catalog, Benchmark benchmark, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        var scores = catalog.ScoresOn(benchmark.Slug).Where(s => catalog.FindModel(s.ModelSlug) is not null).ToList();
        var boards = new List<Leaderboard>();
        foreach (var kind in (ScoreKind[])[ScoreKind.Independent, ScoreKind.MakersClaim, ScoreKind.Reported])
        {
            var boardKind = kind switch { ScoreKind.MakersClaim => LeaderboardKind.MakersClaims, ScoreKind.Reported => LeaderboardKind.Reported, _ => LeaderboardKind.Independent };
            var groups = scores.Where(s => s.Kind == kind)
                .GroupBy(s => (Source: kind == ScoreKind.MakersClaim ? null : s.SourceName, Basis: s.Setting.Basis))
                .Select(g => (g.Key.Source, g.Key.Basis, Scores: g.ToList(), Models: g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(g => g.Models).ThenBy(g => g.Source ?? string.Empty, StringComparer.Ordinal).ThenBy(g => g.Basis, StringComparer.Ordinal)
                .ToList();
            // A kind with a single group ranks it, even a group of one; otherwise a group of one has nothing to rank against.
            var ranked = groups.Where(g => g.Models > 1 || groups.Count == 1).ToList();
            foreach (var g in ranked)
            {
                boards.Add(new Leaderboard(null, Rank(catalog, benchmark, g.Scores, prices)) { Kind = boardKind, Source = g.Source, Basis = g.Basis });
            }

            var alone = groups.Except(ranked).SelectMany(g => g.Scores).ToList();
            if (alone.Count > 0)
            {
                boards.Add(new Leaderboard(null, Unranked(catalog, benchmark, alone, prices)) { Kind = boardKind, Source = null, Basis = null, Ranked = false });
            }
        }

        // Only a ranked board can be the main one: an unranked board names no leader.
        var main = boards.FindIndex(b => b.Ranked);
        return [.. boards.Select((b, i) => i == main ? b with { IsMain = true } : b)];
    }

    /// <summary>Scores with nothing like-for-like to rank against, each model's best first and the rest by model, none ranked.</summary>
    private static ImmutableArray<LeaderboardEntry> Unranked(CatalogSnapshot catalog, Benchmark benchmark, List<BenchmarkScore> scores, IReadOnlyDictionary<string, ModelPrice> prices) =>
    [
        .. scores
            .OrderBy(s => catalog.FindModel(s.ModelSlug)!.Name, StringComparer.Ordinal)
            .ThenByDescending(s => benchmark.HigherIsBetter ? s.Value : -s.Value)
            .ThenBy(s => s.SourceName, StringComparer.Ordinal)
            .Select(s => new LeaderboardEntry(0, catalog.FindModel(s.ModelSlug)!, ComparisonEngine.ScoreViewOf(benchmark, s)) { Price = prices.GetValueOrDefault(s.ModelSlug) }),
    ];

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
            entries.Add(new LeaderboardEntry(rank, catalog.FindModel(list[i].ModelSlug)!, ComparisonEngine.ScoreViewOf(benchmark, list[i])) { Price = prices.GetValueOrDefault(list[i].ModelSlug) });
        }

        return entries.MoveToImmutable();
    }
}
