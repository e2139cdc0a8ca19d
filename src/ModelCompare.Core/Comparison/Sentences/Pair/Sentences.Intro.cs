namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"DeepSeek V3.2 is an open-weights model from DeepSeek, released in 2025."</summary>
    public static string IntroModel(string name, string maker, int? releaseYear, bool? openWeights)
    {
        var kind = openWeights switch
        {
            true => "an open-weights model",
            false => "a closed-weights model",
            null => "a model",
        };
        return releaseYear is { } year
            ? $"{name} is {kind} from {maker}, released in {year}."
            : $"{name} is {kind} from {maker}.";
    }

    /// <summary>How the two context windows compare, worded for equal, missing and different values.</summary>
    public static string IntroContext(string aName, long? aTokens, string bName, long? bTokens) => (aTokens, bTokens) switch
    {
        (null, null) => "Neither model's context window is recorded.",
        ({ } a, null) => $"{aName} reads up to {Formatting.Tokens(a)} tokens of context; {Formatting.Possessive(bName)} context window is not recorded.",
        (null, { } b) => $"{bName} reads up to {Formatting.Tokens(b)} tokens of context; {Formatting.Possessive(aName)} context window is not recorded.",
        ({ } a, { } b) when a == b => $"Both read up to {Formatting.Tokens(a)} tokens of context.",
        ({ } a, { } b) => $"{aName} reads up to {Formatting.Tokens(a)} tokens of context, {bName} up to {Formatting.Tokens(b)}.",
    };

    /// <summary>
    /// The one-line price contrast at the page's basis: "At list prices, Claude Sonnet 4.5 costs $3 and $15
    /// per 1M input and output tokens from Anthropic, GPT-4o $2.50 and $10 from OpenAI."
    /// </summary>
    public static string IntroPrice(string basisPhrase, string aName, ModelBill? a, string bName, ModelBill? b) => (a, b) switch
    {
        (null, null) => $"{basisPhrase}, neither model has a price.",
        ({ } x, null) => $"{basisPhrase}, {IntroPart(aName, x, full: true)}; {bName} has no price.",
        (null, { } y) => $"{basisPhrase}, {IntroPart(bName, y, full: true)}; {aName} has no price.",
        ({ } x, { } y) => $"{basisPhrase}, {IntroPart(aName, x, full: true)}, {IntroPart(bName, y, full: IsFree(x) || IsFree(y))}.",
    };

    /// <summary>"GPT-4o costs $2.50 and $10 per 1M input and output tokens from OpenAI", "GPT-4o $2.50 and $10 from OpenAI", "GLM-4.5-Flash is free from Z.AI".</summary>
    private static string IntroPart(string name, ModelBill bill, bool full)
    {
        var text = IsFree(bill) ? $"{name} is free {IntroFrom(bill)}"
            : full ? $"{name} costs {Formatting.PricePerMillion(bill.InputPrice)} and {Formatting.PricePerMillion(bill.OutputPrice)} per 1M input and output tokens {IntroFrom(bill)}"
            : $"{name} {Formatting.PricePerMillion(bill.InputPrice)} and {Formatting.PricePerMillion(bill.OutputPrice)} {IntroFrom(bill)}";
        return text.TrimEnd();
    }

    private static bool IsFree(ModelBill bill) => bill.InputPrice == 0m && bill.OutputPrice == 0m;

    /// <summary>
    /// "from Anthropic", "(the median of 7 providers' prices)", "on QiHang (unusually low, reseller)"; nothing
    /// for one provider for both, which the sentence has already named.
    /// </summary>
    private static string IntroFrom(ModelBill bill) => bill.Basis switch
    {
        BillBasis.List => $"from {bill.Route!.ProviderName}",
        BillBasis.Market => $"({MarketSpread(bill.MarketRoutes, bill.MarketProviders)})",
        BillBasis.Via => string.Empty,
        _ => bill.Route!.Standing is { IsUnusuallyLow: true, Badge: { } badge } ? $"on {bill.Route.ProviderName} ({badge})" : $"on {bill.Route.ProviderName}",
    };
}
