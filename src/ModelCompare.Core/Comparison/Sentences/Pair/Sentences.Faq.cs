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

    /// <summary>
    /// "At list prices, GPT-4o is 25% cheaper for 1,000M input and 200M output tokens a month: $4,500 from
    /// OpenAI against $6,000 for Claude Sonnet 4.5 from Anthropic."
    /// </summary>
    public static string FaqCheaperAnswer(string basisPhrase, string cheaperName, ModelBill cheaper, string dearerName, ModelBill dearer, string trafficText)
    {
        ArgumentNullException.ThrowIfNull(cheaper);
        ArgumentNullException.ThrowIfNull(dearer);
        var how = cheaper.Monthly == 0m ? "free" : Formatting.Cheaper(cheaper.Monthly, dearer.Monthly);
        return $"{basisPhrase}, {cheaperName} is {how} for {trafficText}: {cheaper.MonthlyText} {FaqFrom(cheaper)} against {dearer.MonthlyText} for {dearerName} {FaqFrom(dearer)}.";
    }

    /// <summary>"At list prices, they cost about the same for ...: $420 and $430 a month."</summary>
    public static string FaqSameCostAnswer(string basisPhrase, ModelBill a, ModelBill b, string trafficText)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return $"{basisPhrase}, they cost about the same for {trafficText}: {SameAmounts(a.Monthly, b.Monthly)}.";
    }

    public static string FaqOnlyPricedAnswer(string basisPhrase, string pricedName, ModelBill cost, string trafficText, string otherReason)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return $"{basisPhrase}, only {pricedName} has a price: for {trafficText} it costs {cost.MonthlyText} {FaqFrom(cost)}. {otherReason}";
    }

    public static string FaqNeitherPricedAnswer(string basisPhrase) => $"{basisPhrase}, neither has a price, so their cost cannot be compared.";

    /// <summary>"from OpenAI", "at the market price", "on QiHang".</summary>
    private static string FaqFrom(ModelBill bill) => bill.Basis switch
    {
        BillBasis.List => $"from {bill.Route!.ProviderName}",
        BillBasis.Market => "at the market price",
        _ => $"on {bill.Route!.ProviderName}",
    };

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

    /// <summary>
    /// "On GPQA Diamond, DeepSeek V3.2 leads with 79.9% against 53.6%.", "On MMLU, they score about the same: 85%
    /// and 84.6%." (<paramref name="leaderName"/> null), with "by the makers' own claims" for two self-reports.
    /// </summary>
    public static string FaqBenchmarkRow(string benchmark, string? leaderName, string leaderValue, string otherValue, ScoreBasis basis = ScoreBasis.Independent, string? reporter = null)
    {
        var claims = basis switch
        {
            ScoreBasis.MakersClaims => " by the makers' own claims",
            ScoreBasis.Reported => $" as reported by {reporter}",
            _ => string.Empty,
        };
        return leaderName is null
            ? leaderValue == otherValue
                ? $"On {benchmark}, they score the same{claims}: {leaderValue}."
                : $"On {benchmark}, they score about the same{claims}: {leaderValue} and {otherValue}."
            : $"On {benchmark}, {leaderName} leads{claims} with {leaderValue} against {otherValue}.";
    }

    /// <summary>"On SWE-bench Verified, o3's 62.3% and o4-mini's 68.1% cannot be compared: a maker's own claim against an independent run."</summary>
    public static string FaqBenchmarkApart(string benchmark, string aName, string aValue, string bName, string bValue, string why)
    {
        ArgumentNullException.ThrowIfNull(why);
        const string Prefix = "Not compared: ";
        var reason = why.StartsWith(Prefix, StringComparison.Ordinal) ? why[Prefix.Length..] : why;
        return $"On {benchmark}, {Formatting.Possessive(aName)} {aValue} and {Formatting.Possessive(bName)} {bValue} cannot be compared: {reason}.";
    }
}
