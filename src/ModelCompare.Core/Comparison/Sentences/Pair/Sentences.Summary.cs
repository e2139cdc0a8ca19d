namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"RAG over documents: 200,000 requests a month × 8,000 input and 400 output tokens each" (no name when typed in).</summary>
    public static string SummaryPerRequest(RequestShape shape, string? presetName)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var requests = shape.Requests == 1m ? "1 request" : $"{Formatting.Number(shape.Requests)} requests";
        var text = $"{requests} a month × {Formatting.Number(shape.InputTokens)} input and {Formatting.Number(shape.OutputTokens)} output tokens each";
        return presetName is null ? text : $"{presetName}: {text}";
    }

    /// <summary>"it costs 13x less at this traffic", or "it costs nothing at this traffic".</summary>
    public static string SummaryCostsLess(decimal cheaper, decimal dearer) =>
        cheaper == 0m ? "it costs nothing at this traffic" : $"it costs {Formatting.Less(cheaper, dearer)} at this traffic";

    public const string SummaryOnlyPriced = "it is the only one with a price on this basis";

    /// <summary>"it leads on 6 of 7 shared benchmarks", "it leads on the one shared benchmark".</summary>
    public static string SummaryLeads(int leads, int shared) =>
        shared == 1 ? "it leads on the one shared benchmark" : $"it leads on {Formatting.Count(leads)} of {Formatting.Count(shared)} shared benchmarks";

    /// <summary>
    /// "Choose DeepSeek V3.2: it costs 13x less at this traffic, and GPT-4o adds nothing to set against that."
    /// What the other side offers follows: what it alone has ("; choose GPT-4o only if you need vision"),
    /// else its smaller edges ("; GPT-4o adds only more providers (7 against 2)").
    /// </summary>
    public static string SummaryChoose(string winnerName, IReadOnlyList<string> reasons, string otherName, IReadOnlyList<string> otherNeeds, IReadOnlyList<string> otherEdges)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(otherNeeds);
        ArgumentNullException.ThrowIfNull(otherEdges);
        var why = JoinReasons(reasons);
        var head = why.Length == 0 ? $"Choose {winnerName}" : $"Choose {winnerName}: {why}";
        return otherNeeds.Count > 0 ? $"{head}; choose {otherName} only if you need {Formatting.JoinList(otherNeeds, "or")}."
            : otherEdges.Count > 0 ? $"{head}; {otherName} adds only {Formatting.JoinList(otherEdges)}."
            : $"{head}, and {otherName} adds nothing to set against that.";
    }

    /// <summary>"Choose A: it leads on 8 of 8 shared benchmarks." or "Choose A." — the choice and its reasons, nothing more.</summary>
    public static string SummaryChooseShort(string winnerName, IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var why = JoinReasons(reasons);
        return why.Length == 0 ? $"Choose {winnerName}." : $"Choose {winnerName}: {why}.";
    }

    /// <summary>A share image's line when the verdict names no winner and its sentence is too long for the card.</summary>
    public const string ShareNoWinner = "Neither wins outright: the page says which fits which need.";

    // "it costs 2x less at this traffic and leads on 3 of 4 shared benchmarks": one subject, so later reasons drop "it ".
    private static string JoinReasons(IReadOnlyList<string> reasons) =>
        Formatting.JoinList(reasons.Select((r, i) => i > 0 && r.StartsWith("it ", StringComparison.Ordinal) ? r[3..] : r));
}
