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

    /// <summary>"On its cheapest blended route, DeepSeek (deepseek), DeepSeek V3.2 lists $0.25 per 1M input tokens and $0.38 per 1M output tokens."</summary>
    public static string DeepDiveRoutePrices(string name, BlendedPrice blend)
    {
        ArgumentNullException.ThrowIfNull(blend);
        return $"On its cheapest blended route, {Formatting.RouteName(blend.ProviderName, blend.ProviderSlug)}, {name} lists {Formatting.PricePerMillion(blend.Input)} per 1M input tokens and {Formatting.PricePerMillion(blend.Output)} per 1M output tokens.";
    }

    /// <summary>"A 70/30 input-output blend gives $0.289 per 1M tokens for A against $19 for B, a gap of about $18.71 in A's favour."</summary>
    public static string DeepDiveBlend(string aName, decimal aBlend, string bName, decimal bBlend)
    {
        if (Formatting.PricePerMillion(aBlend) == Formatting.PricePerMillion(bBlend))
        {
            return $"A 70/30 input-output blend gives both {Formatting.PricePerMillion(aBlend)} per 1M tokens.";
        }

        var cheaper = aBlend < bBlend ? aName : bName;
        return $"A 70/30 input-output blend gives {Formatting.PricePerMillion(aBlend)} per 1M tokens for {aName} against {Formatting.PricePerMillion(bBlend)} for {bName}, a gap of about {Formatting.PricePerMillion(Math.Abs(aBlend - bBlend))} in {Formatting.Possessive(cheaper)} favour.";
    }

    /// <summary>"DeepSeek V3.2 is available from 7 providers, GPT-4o from 1."</summary>
    public static string DeepDiveProviders(string aName, int aCount, string bName, int bCount) =>
        aCount == bCount
            ? $"Both are available from {(aCount == 0 ? "no tracked provider" : Formatting.Plural(aCount, "provider"))}."
            : $"{aName} is available from {ProviderCount(aCount)}, {bName} from {(bCount == 0 ? "none" : Formatting.Count(bCount))}.";

    public static string DeepDiveSingleProvider(string name) =>
        $"{name} depends on a single provider, so an outage or price change there has no fallback.";

    /// <summary>"Choose DeepSeek V3.2 for coding; choose GPT-4o for image and document input."</summary>
    public static string DeepDiveChoose(string aName, string aBestFor, string bName, string bBestFor) =>
        string.Equals(aBestFor, bBestFor, StringComparison.OrdinalIgnoreCase)
            ? $"Both suit {aBestFor}, so the price and capability differences above decide."
            : $"Choose {aName} for {aBestFor}; choose {bName} for {bBestFor}.";

    public const string DeepDiveTestAdvice =
        "Before committing, run your own prompts through the exact provider and region you plan to use.";

    private static string ProviderCount(int count) => count == 0 ? "no tracked provider" : Formatting.Plural(count, "provider");
}
