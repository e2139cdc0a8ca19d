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
    /// The one-line price contrast, quoting each model's input and output price on the route cheapest at
    /// the page's traffic and naming that route's provider.
    /// </summary>
    public static string IntroPrice(string aName, RouteCost? a, string bName, RouteCost? b) => (a, b) switch
    {
        (null, null) => "Neither model has a sourced token price yet.",
        ({ } x, null) => $"Per 1M input and output tokens, {aName} costs {InOut(x)} on {x.ProviderName}; {bName} has no sourced token price.",
        (null, { } y) => $"Per 1M input and output tokens, {bName} costs {InOut(y)} on {y.ProviderName}; {aName} has no sourced token price.",
        ({ } x, { } y) => $"Per 1M input and output tokens, {aName} costs {InOut(x)} on {x.ProviderName}, {bName} {InOut(y)} on {y.ProviderName}.",
    };

    private static string InOut(RouteCost route) =>
        $"{Formatting.PricePerMillion(route.InputPrice)} and {Formatting.PricePerMillion(route.OutputPrice)}";
}
