using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"GPQA Diamond (reasoning): 12 scores, ranked, each with its source, date and whether the maker reported it."</summary>
    public static string LeaderboardDescription(string name, BenchmarkCategory category, int scores) =>
        $"{name} ({Formatting.CategoryName(category).ToLowerInvariant()}): {Formatting.Plural(scores, "score")}, ranked, each with its source, date and whether the maker reported it.";

    /// <summary>
    /// What every score on a board shares, in a buyer's words: "All from Epoch AI, at pass@1 in the Terminus 2 harness." for
    /// a ranked board, or why an unranked board ranks nothing.
    /// </summary>
    public static string LeaderboardScope(Leaderboard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (!board.Ranked)
        {
            return "Each of these scores is the only one from its source at its sampling and harness, so nothing here is like-for-like and none is ranked: compare them only with care.";
        }

        var setting = BenchmarkSetting.Read(board.Basis);
        var how = (setting.Sampling, setting.Harness) switch
        {
            (null, null) => "with no sampling or harness stated",
            ({ } s, null) => $"at {s}, no harness stated",
            (null, { } h) => $"in the {h} harness, no sampling stated",
            ({ } s, { } h) => $"at {s} in the {h} harness",
        };
        return board.Source is { } source ? $"All from {source}, {how}." : $"All {how}.";
    }

    /// <summary>What a table below the main one holds and why it is ranked apart, by its kind of score.</summary>
    public static string LeaderboardKindNote(LeaderboardKind kind) => kind switch
    {
        LeaderboardKind.Reported => "Scores a maker (or a paper) quotes for someone else's model, such as a rival in its own announcement: neither independent runs nor the model's maker's claim, so ranked apart from both.",
        LeaderboardKind.MakersClaims => "What each maker reports for its own model, not run by a third party: ranked apart from the independent runs above, never above them.",
        _ => "Third parties' runs that cannot be ranked with the main table: another source, or another sampling or harness, changes the score.",
    };

    /// <summary>A board's heading below the main one: "Independent runs: swebench.com, at pass@1".</summary>
    public static string LeaderboardHeading(Leaderboard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var kind = board.Kind switch
        {
            LeaderboardKind.MakersClaims => "The makers' own claims",
            LeaderboardKind.Reported => "Figures other makers reported",
            _ => "Independent runs",
        };
        if (!board.Ranked)
        {
            return $"{kind} with nothing like-for-like to rank against";
        }

        var parts = new[] { board.Source, board.Basis is { Length: > 0 } b ? b : null }.OfType<string>().ToList();
        return parts.Count == 0 ? kind : $"{kind}: {string.Join(", ", parts)}";
    }
}
