namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// What "capable" means in the home page's cheapest list, from the rule itself
    /// (<see cref="CatalogHighlights.IsCapable"/>): "Models with function calling or tool use and at least 128K tokens of context, ...".
    /// </summary>
    public static string CheapestCapableNote() =>
        $"Models with {Formatting.CapabilityPhrase(Catalog.Capability.FunctionCalling)} or {Formatting.CapabilityPhrase(Catalog.Capability.ToolUse)} and at least {Formatting.Tokens(DecisionRules.RagContext)} tokens of context, by the 70/30 blend of their list price per 1M tokens (the market price when the maker sells no API).";

    /// <summary>"Cheapest models with vision".</summary>
    public static string TaskCheapestWith(Catalog.Capability capability) =>
        $"Cheapest models with {Formatting.CapabilityName(capability).ToLowerInvariant()}";

    /// <summary>"Best coding models under $5 per 1M output tokens, by SWE-bench Verified".</summary>
    public static string TaskBestUnder(Catalog.BenchmarkCategory category, decimal maxOutput, string benchmarkName) =>
        $"Best {Formatting.CategoryName(category).ToLowerInvariant()} models under {Formatting.PricePerMillion(maxOutput)} per 1M output tokens, by {benchmarkName}";

    /// <summary>
    /// Under a list ranked by one benchmark: "Ranked by WeirdML alone, one of the catalog's coding benchmarks: a score
    /// is ranked only against scores on the same benchmark, independent runs before makers' claims."
    /// </summary>
    public static string RankedByOneBenchmark(string benchmarkName, Catalog.BenchmarkCategory category) =>
        $"Ranked by {benchmarkName} alone, one of the catalog's {Formatting.CategoryName(category).ToLowerInvariant()} benchmarks: a score is ranked only against scores on the same benchmark, independent runs before makers' claims.";

    public const string TaskOpenLargestContext = "Open-weights models with the largest context windows";

    /// <summary>"Upgrade from GPT-4o to GPT-4.1: what changes".</summary>
    public static string TaskUpgrade(string from, string to) => $"Upgrade from {from} to {to}: what changes";

    /// <summary>
    /// How a search hit matched: "exact match on name", "prefix match on API id “gpt-4o-2024-08-06”",
    /// "all words in maker and name", "close to the name".
    /// </summary>
    public static string SearchMatch(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var on = hit.MatchedOn is "name" or "maker" or "maker and name" ? hit.MatchedOn : $"{hit.MatchedOn} “{hit.MatchedText}”";
        return hit.Rank switch
        {
            MatchRank.Words => $"every word in the {on}",
            MatchRank.Typo => $"close to the {on}",
            _ => $"{hit.Rank.ToString().ToLowerInvariant()} match on {on}",
        };
    }

    /// <summary>
    /// "“gpt-4o vs deepseek” names 8 models on one side. The closest match is DeepSeek V3.2; the cheapest is
    /// DeepSeek V3." Without a priced model the cheapest is left out.
    /// </summary>
    public static string FamilyChoiceLead(string query, int count, string closest, string? cheapest)
    {
        var lead = $"“{query}” could mean {Formatting.Plural(count, "model")} on one side. The closest match is {closest}";
        return cheapest is null || cheapest == closest ? lead + (cheapest == closest ? ", which is also the cheapest." : ".") : $"{lead}; the cheapest is {cheapest}.";
    }
}
