namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// "Models up and to the left give more for less." For a lower-is-better benchmark the score axis runs
    /// the other way, and the sentence says so.
    /// </summary>
    public static string PriceScoreCaption(bool higherIsBetter) => higherIsBetter
        ? "Models up and to the left give more for less."
        : "Lower scores are better here, so the score axis is turned over: models up and to the left give more for less.";

    /// <summary>
    /// The chart's accessible name: "Price against GPQA Diamond score (no tools) for 12 models" or, on a pair page,
    /// "Price against GPQA Diamond score for 12 models, with GPT-4o and DeepSeek V3.2 highlighted".
    /// </summary>
    public static string PriceScoreTitle(string benchmarkName, string? protocol, int models, string? aName, string? bName)
    {
        var title = $"Price against {benchmarkName} score{(protocol is null ? string.Empty : $" ({protocol})")} for {Formatting.Plural(models, "model")}";
        return aName is null || bName is null ? title : $"{title}, with {aName} and {bName} highlighted";
    }

    /// <summary>
    /// The text alternative of a leaderboard's chart where a page links it as an image: "Price against GPQA Diamond
    /// score, each model on the leaderboard with a list or market price". No count and no model, so every page that
    /// links the chart says the same whatever other models' prices do.
    /// </summary>
    public static string PriceScoreAlt(string benchmarkName, string? protocol) =>
        $"Price against {benchmarkName} score{(protocol is null ? string.Empty : $" ({protocol})")}, each model on the leaderboard with a list or market price";

    /// <summary>"GPT-4o: 49.1% at $4.75 per 1M tokens (list price)."</summary>
    public static string PriceScorePlace(string name, string scoreText, string priceText, string basisName) =>
        $"{name}: {scoreText} at {priceText} ({basisName}).";

    /// <summary>"GPT-4o has no list or market price, so it is not on the chart."</summary>
    public static string PriceScoreMissing(string name) => $"{name} has no list or market price, so it is not on the chart.";

    /// <summary>"Llama 3.1 8B is free from its maker, so it has no place on the chart's price scale."</summary>
    public static string PriceScoreFree(string name) => $"{name} is free from its maker, so it has no place on the chart's price scale.";

    /// <summary>"No change to the list price on DeepSeek (deepseek) is on record."</summary>
    public static string ListPriceNoHistory(string routeName) => $"No change to the list price on {routeName} is on record.";

    /// <summary>"Lonely has no list or market price, so it has no price history."</summary>
    public static string NoPriceNoHistory(string name) => $"{name} has no list or market price, so it has no price history.";

    /// <summary>
    /// "The market price is the median of 3 hosts' prices, so it has no single history. Each host's recorded
    /// changes follow." (or "No host's price change is on record.")
    /// </summary>
    public static string MarketPriceHistory(int hosts, int changes) =>
        $"The market price is the median of {(hosts == 1 ? "1 host's" : Formatting.Count(hosts) + " hosts'")} prices, so it has no single history. "
        + (changes == 0 ? "No host's price change is on record." : "Each host's recorded changes follow.");
}
