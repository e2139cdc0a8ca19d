namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"DeepSeek V3.2 costs 61x less than GPT-4o at this traffic ($296 against $18,000 a month)."</summary>
    public static string VerdictCheaper(string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost) =>
        $"{cheaperName} costs {Formatting.Less(cheaperCost, dearerCost)} than {dearerName} at this traffic ({Formatting.MonthlyTotal(cheaperCost)} against {Formatting.MonthlyTotal(dearerCost)} a month).";

    /// <summary>"Choose GPT-4o only if you need vision or a context window above 128K tokens, which DeepSeek V3.2 lacks."</summary>
    public static string VerdictOnlyIf(string verb, string otherName, IReadOnlyList<string> needs, string recommendedName) =>
        $"{verb} {otherName} only if you need {Formatting.JoinList(needs, "or")}, which {recommendedName} lacks.";

    /// <summary>"GPT-4o has no capability or context advantage in the catalog to set against the price."</summary>
    public static string VerdictNoOffset(string dearerName) =>
        $"{dearerName} has no capability or context advantage in the catalog to set against the price.";

    /// <summary>"A and B cost about the same at this traffic ($420 and $430 a month)." or "the same ($420 a month)".</summary>
    public static string VerdictSamePrice(string aName, decimal aCost, string bName, decimal bCost) =>
        Formatting.MonthlyTotal(aCost) == Formatting.MonthlyTotal(bCost)
            ? $"{aName} and {bName} cost the same at this traffic ({Formatting.MonthlyTotal(aCost)} a month)."
            : $"{aName} and {bName} cost about the same at this traffic ({Formatting.MonthlyTotal(aCost)} and {Formatting.MonthlyTotal(bCost)} a month).";

    /// <summary>"Choose it: it is the only one with a sourced token price ($18,000 a month at this traffic)."</summary>
    public static string VerdictOnlyPriced(string name, decimal cost) =>
        $"Choose {name}: it is the only one of the two with a sourced token price ({Formatting.MonthlyTotal(cost)} a month at this traffic).";

    public static string VerdictNeitherPriced() =>
        "Neither model has a sourced token price yet, so this verdict rests on capabilities and context.";

    /// <summary>"Choose GPT-4o: it adds vision and a larger context window."</summary>
    public static string VerdictAdds(string name, IReadOnlyList<string> adds) =>
        $"Choose {name}: it adds {Formatting.JoinList(adds)}.";

    /// <summary>"Choose A for vision, or B for a larger context window."</summary>
    public static string VerdictEach(string aName, IReadOnlyList<string> aAdds, string bName, IReadOnlyList<string> bAdds) =>
        $"Choose {aName} for {Formatting.JoinList(aAdds)}, or {bName} for {Formatting.JoinList(bAdds)}.";

    public static string VerdictNoDifference() =>
        "The catalog shows no capability or context difference between them; test both on your own prompts.";

    /// <summary>The need-form of a context edge: "a context window above 128K tokens".</summary>
    public static string NeedLargerContext(long otherTokens) => $"a context window above {Formatting.Tokens(otherTokens)} tokens";

    public const string LargerContextWindow = "a larger context window";
}
