namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>What a provider does: "Makes models and serves them", "Makes models" or "Serves models from other makers".</summary>
    /// <summary>A provider's role in the providers list's column: "Maker and host", "Maker" or "Host".</summary>
    public static string ProviderRoleCell(bool isMaker, bool isHost) => (isMaker, isHost) switch
    {
        (true, true) => "Maker and host",
        (true, false) => "Maker",
        _ => "Host",
    };

    public static string ProviderRole(bool isMaker, bool isHost) => (isMaker, isHost) switch
    {
        (true, true) => "Makes models and serves them",
        (true, false) => "Makes models",
        _ => "Serves models from other makers",
    };

    /// <summary>"OpenRouter serves 12 models; it is the cheapest route for 3 models. Prices per 1M tokens with sources."</summary>
    public static string ProviderDescription(string name, int routes, int made, int cheapestFor) =>
        $"{name} {(routes == 0 ? "makes" : "serves")} {Formatting.Plural(Math.Max(routes, made), "model")}; it is the cheapest route for {Formatting.Plural(cheapestFor, "model")}. Prices per 1M tokens with sources.";

    /// <summary>A free route's price cell: "Free from its maker" or "Free tier or plan".</summary>
    public static string FreeRouteCell(bool freeFromMaker) => freeFromMaker ? "Free from its maker" : "Free tier or plan";

    /// <summary>"2 prices on Chutes are unusually low: ..." (singular: "1 price ... is").</summary>
    public static string ProviderUnusuallyLow(string name, int count) =>
        $"{Formatting.Plural(count, "price")} on {name} {(count == 1 ? "is" : "are")} unusually low: more than half below the model's list or market price. They are marked in the table below and never used as a model's headline price.";
}
