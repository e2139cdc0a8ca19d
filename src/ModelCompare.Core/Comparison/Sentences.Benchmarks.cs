namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"DeepSeek V3.2 and GPT-4o share 3 benchmarks: DeepSeek V3.2 leads on 2 and GPT-4o on 1."</summary>
    public static string BenchmarkSummary(string aName, string bName, int shared, int aLeads, int bLeads, int ties)
    {
        if (shared == 0)
        {
            return $"{aName} and {bName} have no benchmark in common, so their scores cannot be compared like for like.";
        }

        if (shared == 1)
        {
            var who = aLeads == 1 ? $"{aName} leads" : bLeads == 1 ? $"{bName} leads" : "they tie";
            return $"{aName} and {bName} share 1 benchmark, on which {who}.";
        }

        var parts = new List<string>();
        if (aLeads > 0)
        {
            parts.Add($"{aName} leads on {aLeads}");
        }

        if (bLeads > 0)
        {
            parts.Add(parts.Count == 0 ? $"{bName} leads on {bLeads}" : $"{bName} on {bLeads}");
        }

        if (ties > 0)
        {
            parts.Add(ties == 1 ? "1 is a tie" : $"{ties} are ties");
        }

        return $"{aName} and {bName} share {shared} benchmarks: {Formatting.JoinList(parts)}.";
    }

    public static string BenchmarkNoScores(string name) => $"{name} has no recorded benchmark scores.";

    /// <summary>"Best-known scores for GPT-4o, independent results first:" heading text.</summary>
    public static string BenchmarkOwnScores(string name, int count) =>
        count == 1 ? $"The one recorded score for {name}:" : $"{Formatting.Possessive(name)} {count} best-known scores, independent results first:";

    public static string BenchmarkLeader(string? leaderName) => leaderName is null ? "Tie" : $"{leaderName} leads";

    /// <summary>"GPQA Diamond (pass@1)" or "GPQA Diamond".</summary>
    public static string BenchmarkName(string name, string? variant) =>
        string.IsNullOrWhiteSpace(variant) ? name : $"{name} ({variant})";
}
