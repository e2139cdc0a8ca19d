using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"GPQA Diamond (reasoning): 12 scores, ranked, each with its source, date and whether the maker reported it."</summary>
    public static string LeaderboardDescription(string name, BenchmarkCategory category, int scores) =>
        $"{name} ({Formatting.CategoryName(category).ToLowerInvariant()}): {Formatting.Plural(scores, "score")}, ranked, each with its source, date and whether the maker reported it.";
}
