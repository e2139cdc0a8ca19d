using System.Globalization;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public const string PreviewPerMonth = "a month";

    public const string PreviewNoPrice = "no sourced price";

    public const string PreviewPricesCaption = "input / output per 1M tokens";

    public const string PreviewContextCaption = "tokens of context";

    /// <summary>"128K-token context", or "unknown context window".</summary>
    public static string PreviewContext(long? tokens) =>
        tokens is { } t ? $"{Formatting.Tokens(t)}-token context" : "unknown context window";

    /// <summary>"$2.50 / $10".</summary>
    public static string PreviewPrices(decimal input, decimal output) =>
        $"{Formatting.PricePerMillion(input)} / {Formatting.PricePerMillion(output)}";

    /// <summary>"OpenAI, released May 13, 2024", or the maker alone when the date is unknown.</summary>
    public static string PreviewMaker(string makerName, DateOnly? released) =>
        released is { } r ? $"{makerName}, released {Formatting.Date(r)}" : makerName;

    /// <summary>"At list prices, for 1,000M input and 200M output tokens a month".</summary>
    public static string PreviewCostBasis(string basisPhrase, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return $"{basisPhrase}, for {traffic.Text}";
    }

    /// <summary>How a profile's figure is priced: "At list prices", "At market prices".</summary>
    public static string PreviewReferenceBasis(PriceBasis basis) =>
        basis == PriceBasis.Market ? "At market prices" : "At list prices";

    /// <summary>
    /// "GPT-4o vs DeepSeek V3.2. GPT-4o: $4,500 a month, 128K-token context. DeepSeek V3.2: $380 a month,
    /// 164K-token context. For 1,000M input and 200M output tokens a month. DeepSeek V3.2 costs …"
    /// </summary>
    public static string PreviewPairAlt(string title, string aName, decimal? aMonthly, long? aContext, string? aStatus, string bName, decimal? bMonthly, long? bContext, string? bStatus, TrafficProfile traffic, string verdict)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        static string Side(string name, decimal? monthly, long? context, string? status) =>
            $"{name}: {(monthly is { } m ? Formatting.MonthlyTotal(m) + " a month" : PreviewNoPrice)}, {PreviewContext(context)}{(status is null ? string.Empty : ", " + status)}.";
        return $"{title}. {Side(aName, aMonthly, aContext, aStatus)} {Side(bName, bMonthly, bContext, bStatus)} For {traffic.Text}. {verdict}";
    }

    /// <summary>"GPT-4o by OpenAI: $4,500 a month for 1,000M input and 200M output tokens a month, $2.50 / $10 per 1M input / output tokens, 128K-token context. Best for coding."</summary>
    public static string PreviewProfileAlt(string name, string makerName, decimal? monthly, decimal? input, decimal? output, long? context, TrafficProfile traffic, string bestFor)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var cost = monthly is { } m ? $"{Formatting.MonthlyTotal(m)} a month for {traffic.Text}" : PreviewNoPrice;
        var prices = input is { } i && output is { } o ? $", {PreviewPrices(i, o)} per 1M input / output tokens" : string.Empty;
        return $"{name} by {makerName}: {cost}{prices}, {PreviewContext(context)}. {ProfileBestFor(bestFor)}";
    }

    public const string PreviewServedCaption = "models served";

    public const string PreviewMadeCaption = "models made";

    public const string PreviewCheapestForCaption = "the cheapest route for";

    public const string PreviewProviderFootnote = "Each price with its source and the date it was checked, on the page";

    public const string PreviewScoreCaption = "score";

    public const string PreviewNoScores = "no independent scores";

    public const string PreviewLeaderboardFootnote = "Independent runs ranked; each score's setting, source and date on the page";

    public const string PreviewModelsCaption = "models";

    public const string PreviewMakersCaption = "makers";

    public const string PreviewProvidersCaption = "providers";

    public const string PreviewHubFootnote = "Every figure names its source and the date it was checked";

    public static string PreviewRank(int rank) => "#" + rank.ToString(CultureInfo.InvariantCulture);

    public static string PreviewLeaderboardTitle(string benchmarkName) => $"{benchmarkName} leaderboard";

    public static string PreviewProviderAlt(string name, int served, int made, int cheapestFor) =>
        $"{name}: serves {Formatting.Plural(served, "model")}, makes {made.ToString(CultureInfo.InvariantCulture)} and is the cheapest route for {cheapestFor.ToString(CultureInfo.InvariantCulture)}.";

    public static string PreviewLeaderboardAlt(string benchmarkName, IEnumerable<(int Rank, string Name, string Score)> leaders)
    {
        ArgumentNullException.ThrowIfNull(leaders);
        var list = leaders.Select(l => $"{l.Rank.ToString(CultureInfo.InvariantCulture)}. {l.Name} {l.Score}").ToList();
        return list.Count == 0 ? $"{benchmarkName} leaderboard: no independent scores yet." : $"{benchmarkName} leaderboard: {string.Join(", ", list)}.";
    }

    public static string PreviewHubAlt(string title, int models, int makers, int providers) =>
        $"{title}: {Formatting.Plural(models, "model")} from {Formatting.Plural(makers, "maker")} on {Formatting.Plural(providers, "provider")}.";

    /// <summary>The hubs that have a share image, by name: the heading and caption it shows.</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, string Caption)> PreviewHubs = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["home"] = ("Compare large language models", "Prices, context windows, capabilities and benchmarks, pair by pair, with the monthly bill at your traffic."),
        ["models"] = ("Every model in the catalog", "Sort and filter by price, context window, capabilities and release date; tick two or more to compare."),
        ["providers"] = ("Providers and their prices", "Who serves each model, at what price, and which provider is the cheapest route for it."),
        ["benchmarks"] = ("Benchmark leaderboards", "Independent runs ranked in one table, the makers' own claims in another, each with its source and date."),
        ["data"] = ("Open data", "The whole catalog as JSON and CSV, with every figure's source and the date it was checked."),
    };
}
