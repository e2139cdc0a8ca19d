namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"GPT-4o, o3 and DeepSeek V3.2 compared"</summary>
    public static string ManyTitle(string joinedNames) => $"{joinedNames} compared";

    /// <summary>"GPT-4o, o3 and DeepSeek V3.2 side by side: specs, prices, monthly cost, capabilities and shared benchmarks."</summary>
    public static string ManyDescription(string joinedNames) =>
        $"{joinedNames} side by side: specs, prices, monthly cost, capabilities and shared benchmarks.";

    /// <summary>"List", "Market (7 providers)", "Free from its maker", or a dash: what a model's headline price is.</summary>
    public static string PriceBasisCell(ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        return price switch
        {
            { Basis: PriceBasis.List, IsFreeFromMaker: true } => "Free from its maker",
            { Basis: PriceBasis.List } => "List",
            { Basis: PriceBasis.Market } => $"Market ({Formatting.Plural(price.MarketProviders, "provider")})",
            _ => Formatting.Missing,
        };
    }

    /// <summary>"88.5%", or "88.5% (self-reported)" when the model's maker reported it.</summary>
    public static string ScoreCell(ScoreView score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.SelfReported ? score.ValueText + " (self-reported)" : score.ValueText;
    }
}
