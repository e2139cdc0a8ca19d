using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// "DeepSeek V3.2 and GPT-4o share 4 benchmarks: DeepSeek V3.2 leads on 2, GPT-4o on 1, and 1 is about the same."
    /// When some shared benchmarks have no comparable scores: "A and B have comparable scores on 3 benchmarks: A leads
    /// on 2 and 1 is about the same. 2 more shared benchmarks cannot be compared (different sources or settings)."
    /// </summary>
    public static string BenchmarkSummary(string aName, string bName, int shared, int aLeads, int bLeads, int same)
    {
        if (shared == 0)
        {
            return $"{aName} and {bName} have no benchmark in common, so their scores cannot be compared like for like.";
        }

        var compared = aLeads + bLeads + same;
        var apart = shared - compared;
        if (compared == 0)
        {
            return shared == 1
                ? $"{aName} and {bName} share 1 benchmark, but their scores on it cannot be compared ({NotComparableReason})."
                : $"{aName} and {bName} share {shared} benchmarks, but their scores on them cannot be compared ({NotComparableReason}).";
        }

        var opening = apart == 0 ? "share" : "have comparable scores on";
        var rest = apart == 0 ? string.Empty
            : apart == 1 ? $" 1 more shared benchmark cannot be compared ({NotComparableReason})."
            : $" {apart} more shared benchmarks cannot be compared ({NotComparableReason}).";
        if (compared == 1)
        {
            var who = aLeads == 1 ? $"{aName} leads" : bLeads == 1 ? $"{bName} leads" : "they score about the same";
            return $"{aName} and {bName} {opening} 1 benchmark, on which {who}.{rest}";
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

        if (same > 0)
        {
            parts.Add(same == 1 ? "1 is about the same" : $"{same} are about the same");
        }

        return $"{aName} and {bName} {opening} {compared} benchmarks: {Formatting.JoinList(parts)}.{rest}";
    }

    private const string NotComparableReason = "different sources or settings";

    public static string BenchmarkNoScores(string name) => $"{name} has no recorded benchmark scores.";

    /// <summary>"Best-known scores for GPT-4o, independent results first:" heading text.</summary>
    public static string BenchmarkOwnScores(string name, int count) =>
        count == 1 ? $"The one recorded score for {name}:" : $"{Formatting.Possessive(name)} {count} best-known scores, independent results first:";

    /// <summary>
    /// "GPT-5 leads", "About the same", with ", by the makers' own claims" when the row compares two self-reports and
    /// ", as reported by anthropic.com" when one other party (<paramref name="reporter"/>) published both figures.
    /// </summary>
    public static string BenchmarkLeader(string? leaderName, ScoreBasis basis = ScoreBasis.Independent, string? reporter = null)
    {
        var text = leaderName is null ? "About the same" : $"{leaderName} leads";
        return basis switch
        {
            ScoreBasis.MakersClaims => $"{text}, by the makers' own claims",
            ScoreBasis.Reported => $"{text}, as reported by {reporter}",
            _ => text,
        };
    }

    /// <summary>
    /// Why a row names no leader: "Not compared: a maker's own claim against an independent run", "Not compared:
    /// different sources (Epoch AI, Aider)" or "Not compared: different settings (medium effort, high effort)".
    /// </summary>
    public static string BenchmarkNotComparable(ScoreView a, ScoreView b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Kind != b.Kind)
        {
            return a.Kind == ScoreKind.Reported || b.Kind == ScoreKind.Reported
                ? $"Not compared: a figure reported by {(a.Kind == ScoreKind.Reported ? a : b).SourceName} against {((a.Kind == ScoreKind.Reported ? b : a).SelfReported ? "a maker's own claim" : "an independent run")}"
                : "Not compared: a maker's own claim against an independent run";
        }

        if (!a.SelfReported && a.SourceName != b.SourceName)
        {
            return $"Not compared: different sources ({a.SourceName}, {b.SourceName})";
        }

        // A run in one agent or scaffold is not a run in another: no like-for-like score exists for the pair.
        var ha = BenchmarkSetting.Read(a.Configuration).Harness;
        var hb = BenchmarkSetting.Read(b.Configuration).Harness;
        return ha != hb
            ? $"Not compared: no like-for-like run, different harnesses ({ha ?? "not stated"}, {hb ?? "not stated"})"
            : $"Not compared: different settings ({a.Configuration ?? "not stated"}, {b.Configuration ?? "not stated"})";
    }

    /// <summary>"GPQA Diamond (pass@1)" or "GPQA Diamond".</summary>
    public static string BenchmarkName(string name, string? variant) =>
        string.IsNullOrWhiteSpace(variant) ? name : $"{name} ({variant})";
}
