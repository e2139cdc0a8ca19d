using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string FaqContextQuestion(string aName, string bName) => $"Which has a larger context window, {aName} or {bName}?";

    public static string FaqContextAnswer(string aName, long? aTokens, string bName, long? bTokens) => (aTokens, bTokens) switch
    {
        (null, null) => $"The catalog does not record the context window of {aName} or {bName}.",
        ({ } a, null) => $"{aName} has a {Formatting.Tokens(a)}-token context window; {Formatting.Possessive(bName)} is not recorded.",
        (null, { } b) => $"{bName} has a {Formatting.Tokens(b)}-token context window; {Formatting.Possessive(aName)} is not recorded.",
        ({ } a, { } b) when a == b => $"Neither: both have a {Formatting.Tokens(a)}-token context window.",
        ({ } a, { } b) when a > b => $"{aName} does: {Formatting.Tokens(a)} tokens against {Formatting.Tokens(b)} for {bName}.",
        ({ } a, { } b) => $"{bName} does: {Formatting.Tokens(b)} tokens against {Formatting.Tokens(a)} for {aName}.",
    };

    public static string FaqCheaperQuestion(string aName, string bName) => $"Which is cheaper, {aName} or {bName}?";

    /// <summary>"DeepSeek V3.2 is 61x cheaper at 1,000M input and 200M output tokens a month: $296 on OpenRouter against $18,000 for GPT-4 Vision Preview on Azure OpenAI."</summary>
    public static string FaqCheaperAnswer(string cheaperName, RouteCost cheaper, string dearerName, RouteCost dearer, string trafficText)
    {
        ArgumentNullException.ThrowIfNull(cheaper);
        ArgumentNullException.ThrowIfNull(dearer);
        return $"{cheaperName} is {Formatting.Cheaper(cheaper.Monthly, dearer.Monthly)} at {trafficText}: {cheaper.MonthlyText} on {cheaper.ProviderName} against {dearer.MonthlyText} for {dearerName} on {dearer.ProviderName}.";
    }

    public static string FaqSameCostAnswer(RouteCost cost, string trafficText)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return $"They cost the same at {trafficText}: {cost.MonthlyText} a month each.";
    }

    public static string FaqOnlyPricedAnswer(string pricedName, RouteCost cost, string trafficText, string otherReason)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return $"Only {pricedName} has a sourced token price: at {trafficText} it costs {cost.MonthlyText} on {cost.ProviderName}. {otherReason}";
    }

    public static string FaqNeitherPricedAnswer() => "Neither has a sourced token price yet, so their cost cannot be compared.";

    public static string FaqOpenQuestion(string aName, string bName) => $"Is {aName} or {bName} open source?";

    /// <summary>One model's part of the openness answer: "DeepSeek V3.2 has open weights under the MIT license".</summary>
    public static string FaqOpenClause(string name, bool? openWeights, string? license)
    {
        var hasLicense = !string.IsNullOrWhiteSpace(license);
        return openWeights switch
        {
            true => hasLicense ? $"{name} has open weights under the {license} license" : $"{name} has open weights",
            false => hasLicense ? $"{name} has closed weights ({license} license)" : $"{name} has closed weights",
            null => hasLicense
                ? $"{name} is listed under the {license} license, with no record of whether its weights are open"
                : $"the catalog does not record whether {Formatting.Possessive(name)} weights are open",
        };
    }

    public static string FaqOpenAnswer(string aClause, string bClause) =>
        char.ToUpperInvariant(aClause[0]) + aClause[1..] + "; " + bClause + ".";

    /// <summary>"Does DeepSeek V3.2 or GPT-4o support function calling?"</summary>
    public static string FaqCapabilityQuestion(string aName, string bName, Capability capability) =>
        $"Does {aName} or {bName} support {Formatting.CapabilityPhrase(capability)}?";

    /// <summary>Answers for both, only one, or one with the other unknown; null when neither supports it.</summary>
    public static string? FaqCapabilityAnswer(string aName, bool? a, string bName, bool? b, Capability capability)
    {
        var what = Formatting.CapabilityPhrase(capability);
        return (a, b) switch
        {
            (true, true) => $"Both {aName} and {bName} support {what}.",
            (true, false) => $"Only {aName} supports {what}; {bName} does not.",
            (false, true) => $"Only {bName} supports {what}; {aName} does not.",
            (true, null) => $"{aName} supports {what}; the catalog does not record whether {bName} does.",
            (null, true) => $"{bName} supports {what}; the catalog does not record whether {aName} does.",
            _ => null,
        };
    }

    public static string FaqWhereQuestion(string aName, string bName) => $"Where can I run {aName} and {bName}?";

    /// <summary>"DeepSeek V3.2 is available from DeepSeek, Fireworks AI, and OpenRouter."</summary>
    public static string FaqWhereClause(string name, IReadOnlyList<string> providerNames)
    {
        ArgumentNullException.ThrowIfNull(providerNames);
        return providerNames.Count == 0 ? NotAvailable(name) : $"{name} is available from {Formatting.JoinList(providerNames)}.";
    }

    public static string FaqBenchmarkQuestion(string aName, string bName) => $"Which scores higher on benchmarks, {aName} or {bName}?";

    /// <summary>"On GPQA Diamond, DeepSeek V3.2 leads with 79.9% against 53.6%." or "On X, they tie at 50%."</summary>
    public static string FaqBenchmarkRow(string benchmark, string? leaderName, string leaderValue, string otherValue) =>
        leaderName is null
            ? $"On {benchmark}, they tie at {leaderValue}."
            : $"On {benchmark}, {leaderName} leads with {leaderValue} against {otherValue}.";
}
