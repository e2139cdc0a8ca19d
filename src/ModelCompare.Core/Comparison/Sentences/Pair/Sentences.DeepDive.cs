using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"GPT-4o supports vision and multimodal input, which DeepSeek V3.2 lacks."</summary>
    public static string DeepDiveOnlyCapabilities(string hasName, IEnumerable<Capability> capabilities, string lacksName) =>
        $"{hasName} supports {Capabilities(capabilities)}, which {lacksName} lacks.";

    public static string DeepDiveSharedCapabilities(IEnumerable<Capability> capabilities) =>
        $"Both support {Capabilities(capabilities)}.";

    public static string DeepDiveNoCapabilityDifference() =>
        "The catalog records no capability that one of them has and the other lacks.";

    /// <summary>
    /// "At its list price from Anthropic, Claude Sonnet 4.5 costs $3 per 1M input tokens and $15 per 1M output
    /// tokens.", the market-price form with its spread, or "GLM-4.5-Flash is free from its maker, Z.AI."
    /// </summary>
    public static string DeepDivePrice(string name, ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var r = price.Reference!;
        var prices = $"costs {Formatting.PricePerMillion(r.Input!.Value)} per 1M input tokens and {Formatting.PricePerMillion(r.Output!.Value)} per 1M output tokens";
        return price.Basis switch
        {
            PriceBasis.List when price.IsFreeFromMaker => $"{name} is free from its maker, {price.ListRoute!.ProviderName}.",
            PriceBasis.List => $"At its list price from {price.ListRoute!.ProviderName}, {name} {prices}.",
            _ => $"At its market price, {MarketSpread(price.MarketRoutes, price.MarketProviders)}, {name} {prices}.",
        };
    }

    /// <summary>"A 70/30 input-output blend of the list or market prices comes to $6.60 per 1M tokens for A and $4.75 for B."</summary>
    public static string DeepDiveBlend(string aName, decimal aBlend, string bName, decimal bBlend) =>
        $"A 70/30 input-output blend of the list or market prices comes to {Formatting.PricePerMillion(aBlend)} per 1M tokens for {aName} and {Formatting.PricePerMillion(bBlend)} for {bName}.";

    /// <summary>"DeepSeek V3.2 is available from 7 providers, GPT-4o from 1."</summary>
    public static string DeepDiveProviders(string aName, int aCount, string bName, int bCount) =>
        aCount == bCount
            ? $"Both are available from {(aCount == 0 ? "no tracked provider" : Formatting.Plural(aCount, "provider"))}."
            : $"{aName} is available from {ProviderCount(aCount)}, {bName} from {(bCount == 0 ? "none" : Formatting.Count(bCount))}.";

    public static string DeepDiveSingleProvider(string name) =>
        $"{name} depends on a single provider, so an outage or price change there has no fallback.";

    /// <summary>
    /// "For coding, A leads on Aider Polyglot and Terminal-Bench, B on SWE-bench Verified, and they score about the
    /// same on LiveCodeBench." Only comparable scores, by the benchmark's margin.
    /// </summary>
    public static string DeepDiveWorkload(DecisionFit workload, string aName, IReadOnlyList<string> aLeads, string bName, IReadOnlyList<string> bLeads, IReadOnlyList<string> same)
    {
        ArgumentNullException.ThrowIfNull(aLeads);
        ArgumentNullException.ThrowIfNull(bLeads);
        ArgumentNullException.ThrowIfNull(same);
        var parts = new List<string>();
        if (aLeads.Count > 0)
        {
            parts.Add($"{aName} leads on {Formatting.JoinList(aLeads)}");
        }

        if (bLeads.Count > 0)
        {
            parts.Add(parts.Count == 0 ? $"{bName} leads on {Formatting.JoinList(bLeads)}" : $"{bName} on {Formatting.JoinList(bLeads)}");
        }

        if (same.Count > 0)
        {
            parts.Add($"they score about the same on {Formatting.JoinList(same)}");
        }

        return $"For {Formatting.DecisionFitPhrase(workload)}, {Formatting.JoinList(parts)}.";
    }

    /// <summary>What the figures cannot tell when no shared benchmark has comparable scores.</summary>
    public static string DeepDiveNoComparableBenchmark(string aName, string bName) =>
        $"No benchmark in the catalog has comparable scores for both {aName} and {bName} (independent runs from one source, or both makers' own claims), so the figures cannot say which does a given task better.";

    /// <summary>"GPT-4o has no list price from its maker: its price is the median of the providers that sell it, so check the one you will use."</summary>
    public static string DeepDiveMarketOnly(string name) =>
        $"{name} has no list price from its maker: its price is the median of the providers that sell it, so check the one you will use.";

    public const string DeepDiveTestAdvice =
        "Before committing, run your own prompts through the exact provider and region you plan to use.";

    private static string ProviderCount(int count) => count == 0 ? "no tracked provider" : Formatting.Plural(count, "provider");
}
