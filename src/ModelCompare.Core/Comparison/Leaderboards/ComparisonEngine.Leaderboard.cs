using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Everything a benchmark's page says, worked out by one call to <see cref="ComparisonEngine.Leaderboard"/>:
/// the main leaderboard (independent runs), the makers' own claims (ranked apart) and what the page's head says.
/// </summary>
public sealed record LeaderboardResult
{
    /// <summary>How many leaders a chart of the main leaderboard draws; its table lists everyone.</summary>
    public const int ChartRows = 20;

    public required Benchmark Benchmark { get; init; }
    /// <summary>Every leaderboard, the main one first (see <see cref="Leaderboards.For"/>).</summary>
    public required ImmutableArray<Leaderboard> Boards { get; init; }
    public Leaderboard? Main => Boards.FirstOrDefault(b => b.IsMain);
    public ImmutableArray<Leaderboard> Others => [.. Boards.Where(b => !b.IsMain)];
    /// <summary>The main leaderboard's first <see cref="ChartRows"/> entries.</summary>
    public ImmutableArray<LeaderboardEntry> Charted => Main is { } main ? [.. main.Entries.Take(ChartRows)] : [];
    public required string Description { get; init; }
    /// <summary>The page title, within <see cref="Sentences.MaxTitleLength"/>.</summary>
    public required string Title { get; init; }
    /// <summary>The main leaderboard's price against score chart; null when too few of its models have a price.</summary>
    public PriceScoreChart? PriceScore { get; init; }
}

public sealed partial class ComparisonEngine
{
    /// <summary>A benchmark's leaderboards: independent runs first, then the makers' own claims (see <see cref="Leaderboards"/>).</summary>
    public LeaderboardResult Leaderboard(Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var boards = Leaderboards.For(View, benchmark);
        return new LeaderboardResult
        {
            Benchmark = benchmark,
            Boards = boards,
            Description = Sentences.LeaderboardDescription(benchmark.Name, benchmark.Category, boards.Sum(b => b.Entries.Length)),
            Title = Sentences.LeaderboardTitle(benchmark.Name, boards.SelectMany(b => b.Entries).Select(e => e.Model.Slug).Distinct(StringComparer.Ordinal).Count()),
            PriceScore = boards.FirstOrDefault(b => b.IsMain) is { } main ? Leaderboards.PriceScore(View, benchmark, main) : null,
        };
    }
}
