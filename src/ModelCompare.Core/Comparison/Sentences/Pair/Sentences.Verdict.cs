namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// "At list prices, for 1,000M input and 200M output tokens a month, GPT-4o costs 25% less than Claude
    /// Sonnet 4.5 ($4,500 against $6,000 a month)." A free bill reads "costs nothing".
    /// </summary>
    public static string VerdictCheaper(string basisPhrase, string trafficText, string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost) =>
        cheaperCost == 0m
            ? $"{basisPhrase}, for {trafficText}, {cheaperName} costs nothing and {dearerName} {Formatting.MonthlyTotal(dearerCost)} a month."
            : $"{basisPhrase}, for {trafficText}, {cheaperName} costs {Formatting.Less(cheaperCost, dearerCost)} than {dearerName} ({Formatting.MonthlyTotal(cheaperCost)} against {Formatting.MonthlyTotal(dearerCost)} a month).";

    /// <summary>
    /// After a cost sentence whose bills count assumed hidden reasoning tokens: "That gap rests on an assumption: GPT-5
    /// is assumed to spend hidden reasoning tokens equal to 100% of its visible output; without them the two cost the
    /// same." When the cheaper side stays cheaper without them: "The bills assume GPT-5 spends hidden reasoning tokens
    /// equal to 100% of its visible output; without them, A costs $650 a month less than B."
    /// </summary>
    public static string VerdictAssumedReasoning(string aName, decimal aMonthly, decimal aAssumed, string bName, decimal bMonthly, decimal bAssumed, decimal reasoningPercent)
    {
        var (who, assumption, without) = AssumedReasoning(aName, aMonthly, aAssumed, bName, bMonthly, bAssumed, reasoningPercent, "each model");
        var withoutText = without == 0m
            ? "the two cost the same"
            : without < 0m
                ? $"{aName} costs {Formatting.MonthlyTotal(-without)} a month less than {bName}"
                : $"{bName} costs {Formatting.MonthlyTotal(without)} a month less than {aName}";
        return !PriceRules.GapRestsOnAssumption(aMonthly, aAssumed, bMonthly, bAssumed)
            ? $"The bills assume {who} spends {assumption}; without them, {withoutText}."
            : $"That gap rests on an assumption: {who} is assumed to spend {assumption}; without them {withoutText}.";
    }

    /// <summary>"At list prices, for ..., A and B cost about the same ($420 and $430 a month)." or "($420 a month each)".</summary>
    public static string VerdictSamePrice(string basisPhrase, string trafficText, string aName, decimal aCost, string bName, decimal bCost) =>
        $"{basisPhrase}, for {trafficText}, {aName} and {bName} cost about the same ({SameAmounts(aCost, bCost)}).";

    /// <summary>"At list prices, for ..., only GPT-4o has a price: $4,500 a month; Foo has none."</summary>
    public static string VerdictOnlyPriced(string basisPhrase, string trafficText, string pricedName, decimal cost, string unpricedName) =>
        $"{basisPhrase}, for {trafficText}, only {pricedName} has a price: {Formatting.MonthlyTotal(cost)} a month; {unpricedName} has none.";

    /// <summary>"At list prices, neither model has a price, so this verdict rests on benchmarks, limits and capabilities."</summary>
    public static string VerdictNeitherPriced(string basisPhrase) =>
        $"{basisPhrase}, neither model has a price, so this verdict rests on benchmarks, limits and capabilities.";

    /// <summary>"Choose GPT-4o only if you need vision or a larger context window (1M tokens against 128K), which DeepSeek V3.2 lacks."</summary>
    public static string VerdictOnlyIf(string otherName, IReadOnlyList<string> needs, string recommendedName) =>
        $"Choose {otherName} only if you need {Formatting.JoinList(needs, "or")}, which {recommendedName} lacks.";

    /// <summary>"Choose A unless you value what B adds: more providers (7 against 2) and a newer release."</summary>
    public static string VerdictUnless(string recommendedName, string otherName, IReadOnlyList<string> edges) =>
        $"Choose {recommendedName} unless you value what {otherName} adds: {Formatting.JoinList(edges)}.";

    /// <summary>"GPT-4o has nothing in the catalog to set against that, so choose DeepSeek V3.2."</summary>
    public static string VerdictNoOffset(string otherName, string recommendedName) =>
        $"{otherName} has nothing in the catalog to set against that, so choose {recommendedName}.";

    /// <summary>"Choose GPT-4o: it adds vision and a larger context window (1M tokens against 128K)."</summary>
    public static string VerdictAdds(string name, IReadOnlyList<string> adds) =>
        $"Choose {name}: it adds {Formatting.JoinList(adds)}.";

    /// <summary>"Choose A for the lower bill, or B for its lead on 6 of 7 shared benchmarks and vision."</summary>
    public static string VerdictEach(string aName, IReadOnlyList<string> aAdds, string bName, IReadOnlyList<string> bAdds) =>
        $"Choose {aName} for {Formatting.JoinList(aAdds)}, or {bName} for {Formatting.JoinList(bAdds)}.";

    /// <summary>"Little separates them: A adds more providers (7 against 2); B adds a newer release." (one side or both)</summary>
    public static string VerdictLittleSeparates(string aName, IReadOnlyList<string> aEdges, string bName, IReadOnlyList<string> bEdges) =>
        (aEdges.Count > 0, bEdges.Count > 0) switch
        {
            (true, true) => $"Little separates them: {aName} adds {Formatting.JoinList(aEdges)}; {bName} adds {Formatting.JoinList(bEdges)}.",
            (true, false) => $"Little separates them: {aName} adds {Formatting.JoinList(aEdges)}.",
            _ => $"Little separates them: {bName} adds {Formatting.JoinList(bEdges)}.",
        };

    /// <summary>"Choose DeepSeek V3.2: GPT-4 Vision Preview is retired, so its routes may stop answering."</summary>
    public static string VerdictRetiredChoose(string liveName, string retiredName) =>
        $"Choose {liveName}: {retiredName} is retired, so its routes may stop answering.";

    public static string VerdictNoDifference() =>
        "The catalog shows nothing that sets one above the other; test both on your own prompts.";

    /// <summary>"$420 and $430 a month", or "$420 a month each" when they print the same.</summary>
    private static string SameAmounts(decimal a, decimal b) =>
        Formatting.MonthlyTotal(a) == Formatting.MonthlyTotal(b)
            ? $"{Formatting.MonthlyTotal(a)} a month each"
            : $"{Formatting.MonthlyTotal(a)} and {Formatting.MonthlyTotal(b)} a month";
}
