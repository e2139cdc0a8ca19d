using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string TradeoffContext(string largerName, long larger, string smallerName, long smaller) =>
        $"{largerName} has the larger context window: {Formatting.Tokens(larger)} tokens against {Formatting.Tokens(smaller)} for {smallerName}.";

    /// <summary>"At list prices, GPT-4o costs 25% less: $4,500 a month against $6,000 for Claude Sonnet 4.5."</summary>
    /// <remarks>
    /// When the gap rests on assumed hidden reasoning tokens (<see cref="PriceRules.GapRestsOnAssumption(ModelBill?, ModelBill?)"/>),
    /// <paramref name="assumedBy"/> names who is assumed to spend them ("GPT-5", or "each model") and the sentence says so:
    /// "..., a gap that rests on the hidden reasoning tokens GPT-5 is assumed to spend."
    /// </remarks>
    public static string TradeoffPrice(string basisPhrase, string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost, string? assumedBy = null) =>
        $"{basisPhrase}, {cheaperName} costs {Formatting.Less(cheaperCost, dearerCost)}: {Formatting.MonthlyTotal(cheaperCost)} a month against {Formatting.MonthlyTotal(dearerCost)} for {dearerName}"
        + (assumedBy is null ? "." : $", a gap that rests on the hidden reasoning tokens {assumedBy} is assumed to spend.");

    /// <summary>"At list prices, only GPT-4o has a price, so only its bill can be estimated."</summary>
    public static string TradeoffOnlyPriced(string basisPhrase, string pricedName) =>
        $"{basisPhrase}, only {pricedName} has a price, so only its bill can be estimated.";

    /// <summary>
    /// The evidence behind a benchmark lead, by name, since the verdict and the scorecard already give the count:
    /// "Mistral Large 2.1 is ahead on GPQA Diamond, MMLU-Pro, AIME 2025 and 3 more; Llama 3.3 70B on SWE-bench Verified."
    /// </summary>
    public static string TradeoffBenchmarks(string leaderName, IReadOnlyList<string> leads, string otherName, IReadOnlyList<string> otherLeads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(otherLeads);
        return otherLeads.Count == 0
            ? $"{leaderName} is ahead on {FewNames(leads)}."
            : $"{leaderName} is ahead on {FewNames(leads)}; {otherName} on {FewNames(otherLeads)}.";
    }

    /// <summary>"A, B and C", or "A, B, C and 4 more".</summary>
    private static string FewNames(IReadOnlyList<string> names) =>
        names.Count <= 3 ? Formatting.JoinList(names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";

    // The edges: what the favoured side adds, in words that read after "only if you need", "it adds" and "for".

    public const string EdgeLowerBill = "the lower bill";

    /// <summary>The lower bill when its gap rests on assumed hidden reasoning tokens (<see cref="PriceRules.GapRestsOnAssumption(ModelBill?, ModelBill?)"/>).</summary>
    public const string EdgeLowerBillAssumed = "a lower bill that rests on assumed reasoning tokens";

    public const string EdgeOnlyPrice = "a sourced price";

    public const string EdgeOpenWeights = "open weights";

    public const string EdgeKnowledgeCutoff = "a later knowledge cutoff";

    public const string EdgeNewer = "a newer release";

    /// <summary>"a larger context window (1M tokens against 128K)".</summary>
    public static string EdgeContext(long larger, long smaller) =>
        $"a larger context window ({Formatting.Tokens(larger)} tokens against {Formatting.Tokens(smaller)})";

    /// <summary>"longer answers (up to 64K output tokens against 8,192)".</summary>
    public static string EdgeMaxOutput(long longer, long shorter) =>
        $"longer answers (up to {Formatting.Tokens(longer)} output tokens against {Formatting.Tokens(shorter)})";

    /// <summary>"its lead on 6 of 7 shared benchmarks", "its lead on the one shared benchmark".</summary>
    public static string EdgeBenchmarks(int leads, int shared) =>
        shared == 1 ? "its lead on the one shared benchmark" : $"its lead on {leads} of {shared} shared benchmarks";

    /// <summary>"more providers (7 against 2)".</summary>
    public static string EdgeProviders(int more, int fewer) => $"more providers ({Formatting.Count(more)} against {Formatting.Count(fewer)})";

    /// <summary>"web search (not recorded for GPT-4o)".</summary>
    public static string EdgeUnconfirmed(IEnumerable<Capability> capabilities, string unknownName) =>
        $"{Capabilities(capabilities)} (not recorded for {unknownName})";

    /// <summary>"a fit for coding and multi-step reasoning".</summary>
    public static string EdgeDecisionFit(IEnumerable<DecisionFit> tags) =>
        $"a fit for {Formatting.JoinList(tags.Select(Formatting.DecisionFitPhrase))}";

    /// <summary>"support after Feb 1, 2027, when GPT-4o retires", or "availability: GPT-4o was retired on Feb 1, 2026".</summary>
    /// <summary>"availability (GPT-4 Turbo is deprecated by its maker)".</summary>
    public static string EdgeNotDeprecated(string name, ModelCompare.Catalog.ModelStatus status) =>
        $"availability ({name} is {ModelLifecycle.Word(status)} by its maker)";

    public static string EdgeNotRetiring(string retiringName, DateOnly retires, DateOnly today) => retires > today
        ? $"support after {Formatting.Date(retires)}, when {retiringName} retires"
        : $"availability ({retiringName} was retired on {Formatting.Date(retires)})";

    public static string TradeoffProviders(string moreName, int more, string fewerName, int fewer) =>
        $"{moreName} is available from more providers: {Formatting.Count(more)} against {(fewer == 0 ? "none" : Formatting.Count(fewer))} for {fewerName}.";

    /// <summary>"Only GPT-4o supports vision and multimodal input; DeepSeek V3.2 does not."</summary>
    public static string TradeoffCapabilities(string hasName, IEnumerable<Capability> capabilities, string lacksName) =>
        $"Only {hasName} supports {Capabilities(capabilities)}; {lacksName} does not.";

    /// <summary>"GPT-4o supports web search; the catalog does not record it for DeepSeek V3.2." ("them" for several).</summary>
    public static string TradeoffUnconfirmed(string hasName, IReadOnlyCollection<Capability> capabilities, string unknownName) =>
        $"{hasName} supports {Capabilities(capabilities)}; the catalog does not record {(capabilities.Count == 1 ? "it" : "them")} for {unknownName}.";

    /// <summary>
    /// "Only DeepSeek V3.2 is a fit for coding and tool-using agents.", followed by "GPT-4o has no coding benchmark
    /// score to set against it." for the tags the other side has no score of that kind on.
    /// </summary>
    public static string TradeoffDecisionFit(string name, IEnumerable<DecisionFit> tags, string? otherName = null, IReadOnlyCollection<DecisionFit>? unscored = null)
    {
        var text = $"Only {name} is a fit for {Formatting.JoinList(tags.Select(Formatting.DecisionFitPhrase))}.";
        return unscored is { Count: > 0 } && otherName is not null
            ? $"{text} {otherName} has no {Formatting.JoinList(unscored.Select(FitBenchmarkKind), "or")} benchmark score to set against it."
            : text;
    }

    /// <summary>The kind of benchmark that shows a fit: "coding", "agent", "reasoning or math".</summary>
    private static string FitBenchmarkKind(DecisionFit fit) => fit switch
    {
        DecisionFit.Coding => "coding",
        DecisionFit.Agents => "agent",
        DecisionFit.Reasoning => "reasoning or math",
        DecisionFit.Multimodal => "multimodal",
        DecisionFit.LongContext => "long-context",
        _ => "writing",
    };

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
