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

    /// <summary>"Claude Sonnet 3.5 v2 is retired; choose GPT-4o, which suits tool-using agents."</summary>
    public static string DeepDiveRetired(string retiredName, string liveName, string liveBestFor) =>
        $"{retiredName} is retired; choose {liveName}, which suits {liveBestFor}.";

    /// <summary>"Choose DeepSeek V3.2 for coding; choose GPT-4o for image and document input."</summary>
    public static string DeepDiveChoose(string aName, string aBestFor, string bName, string bBestFor) =>
        string.Equals(aBestFor, bBestFor, StringComparison.OrdinalIgnoreCase)
            ? $"Both suit {aBestFor}, so the price and capability differences above decide."
            : $"Choose {aName} for {aBestFor}; choose {bName} for {bBestFor}.";

    public const string DeepDiveTestAdvice =
        "Before committing, run your own prompts through the exact provider and region you plan to use.";

    private static string ProviderCount(int count) => count == 0 ? "no tracked provider" : Formatting.Plural(count, "provider");
}
