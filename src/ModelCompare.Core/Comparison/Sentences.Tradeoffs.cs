using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string TradeoffContext(string largerName, long larger, string smallerName, long smaller) =>
        $"{largerName} has the larger context window: {Formatting.Tokens(larger)} tokens against {Formatting.Tokens(smaller)} for {smallerName}.";

    public static string TradeoffPrice(string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost) =>
        $"{cheaperName} costs {Formatting.Less(cheaperCost, dearerCost)} at this traffic: {Formatting.MonthlyTotal(cheaperCost)} a month against {Formatting.MonthlyTotal(dearerCost)} for {dearerName}.";

    public static string TradeoffOnlyPriced(string pricedName) =>
        $"Only {pricedName} has a sourced token price, so only its bill can be estimated.";

    public static string TradeoffProviders(string moreName, int more, string fewerName, int fewer) =>
        $"{moreName} is available from more providers: {Formatting.Count(more)} against {(fewer == 0 ? "none" : Formatting.Count(fewer))} for {fewerName}.";

    /// <summary>"Only GPT-4o supports vision and multimodal input; DeepSeek V3.2 does not."</summary>
    public static string TradeoffCapabilities(string hasName, IEnumerable<Capability> capabilities, string lacksName) =>
        $"Only {hasName} supports {Capabilities(capabilities)}; {lacksName} does not.";

    /// <summary>"GPT-4o supports web search; the catalog does not record it for DeepSeek V3.2." ("them" for several).</summary>
    public static string TradeoffUnconfirmed(string hasName, IReadOnlyCollection<Capability> capabilities, string unknownName) =>
        $"{hasName} supports {Capabilities(capabilities)}; the catalog does not record {(capabilities.Count == 1 ? "it" : "them")} for {unknownName}.";

    /// <summary>"Only DeepSeek V3.2 is a fit for coding and tool-using agents."</summary>
    public static string TradeoffDecisionFit(string name, IEnumerable<DecisionFit> tags) =>
        $"Only {name} is a fit for {Formatting.JoinList(tags.Select(Formatting.DecisionFitPhrase))}.";

    /// <summary>"DeepSeek V3.2 has open weights (MIT); GPT-4o does not (Proprietary)."</summary>
    public static string TradeoffOpenness(string openName, string? openLicense, string closedName, string? closedLicense) =>
        $"{openName} has open weights{Parenthesised(openLicense)}; {closedName} does not{Parenthesised(closedLicense)}.";

    public static string TradeoffLicense(string aName, string aLicense, string bName, string bLicense) =>
        $"The licenses differ: {aName} is under {aLicense}, {bName} under {bLicense}.";

    public static string TradeoffMaxOutput(string longerName, long longer, string shorterName, long shorter) =>
        $"{longerName} writes longer answers: up to {Formatting.Tokens(longer)} output tokens against {Formatting.Tokens(shorter)} for {shorterName}.";

    public static string TradeoffKnowledgeCutoff(string laterName, PartialDate later, string earlierName, PartialDate earlier) =>
        $"{laterName} has the later knowledge cutoff: {Formatting.Date(later)} against {Formatting.Date(earlier)} for {earlierName}.";

    public static string TradeoffRelease(string newerName, DateOnly newer, string olderName, DateOnly older) =>
        $"{newerName} is the newer model: released {Formatting.Date(newer)}, against {Formatting.Date(older)} for {olderName}.";

    /// <summary>"vision and multimodal input": capabilities in enum order, as they read in a sentence.</summary>
    public static string Capabilities(IEnumerable<Capability> capabilities) =>
        Formatting.JoinList(capabilities.Order().Select(Formatting.CapabilityPhrase));

    private static string Parenthesised(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : $" ({text})";
}
