namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public const string Unavailable = "Unavailable";

    /// <summary>What the bills are, in a buyer's words, by the page's basis.</summary>
    public static string CostBasisText(CostBasis basis, string basisPhrase) => basis switch
    {
        CostBasis.Cheapest => "Each model is billed on its cheapest route for this traffic, whoever sells it; unusually low prices are marked.",
        CostBasis.Via => $"{basisPhrase}: both models are billed at that provider's prices.",
        _ => "Each model is billed at its list price (what its maker charges on its own API), or at its market price (the median of the providers' prices) when the maker sells none.",
    };

    /// <summary>"Cheapest route at this traffic: QiHang (qihang-ai), $858 a month (unusually low, reseller)."</summary>
    public static string CostCheapestBeside(RouteCost route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var mark = route.Badge is { } b ? $" ({b})" : string.Empty;
        return $"Cheapest route at this traffic: {route.RouteName}, {route.MonthlyText} a month{mark}.";
    }

    /// <summary>"At list prices, DeepSeek V3.2 costs $17,704 a month less than GPT-4o (61x cheaper)."</summary>
    public static string CostGap(string basisPhrase, string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost) =>
        cheaperCost == 0m
            ? $"{basisPhrase}, {cheaperName} costs nothing, {Formatting.MonthlyTotal(dearerCost)} a month less than {dearerName}."
            : $"{basisPhrase}, {cheaperName} costs {Formatting.MonthlyTotal(dearerCost - cheaperCost)} a month less than {dearerName} ({Formatting.Cheaper(cheaperCost, dearerCost)}).";

    /// <summary>"At list prices, both cost about the same: $420 and $430 a month." (or "$420 a month each").</summary>
    public static string CostSame(string basisPhrase, decimal aCost, decimal bCost) =>
        $"{basisPhrase}, both cost about the same: {SameAmounts(aCost, bCost)}.";

    /// <summary>Why the gap cannot be shown, naming the model (or both) without a price.</summary>
    public static string CostGapUnavailable(IReadOnlyList<string> unpricedNames)
    {
        ArgumentNullException.ThrowIfNull(unpricedNames);
        return unpricedNames.Count == 1
            ? $"The gap cannot be estimated: {unpricedNames[0]} has no price on this basis."
            : "The gap cannot be estimated: neither model has a price on this basis.";
    }

    public static string CostTierNote(RouteCost route, long aboveTokens)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"{route.RouteName} charges more for prompts above {Formatting.Tokens(aboveTokens)} tokens; this estimate uses its base price.";
    }

    public static string CostNoCacheReadNote(RouteCost route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"{route.RouteName} lists no cache-read price, so cached input is billed at the full input price.";
    }

    public static string CostMarketNoCacheReadNote(string name) =>
        $"No provider lists a cache-read price for {name}, so cached input is billed at the full input price.";

    public const string CostScopeNote =
        "Deprecated and removed routes, free tiers and routes without both an input and an output price are left out (a maker's own free route costs $0); batch discounts and negotiated prices are not included.";
}
