namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public const string Unavailable = "Unavailable";

    /// <summary>"Cheapest route at this traffic: Azure OpenAI (azure)".</summary>
    public static string CostRoute(RouteCost route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"Cheapest route at this traffic: {route.RouteName}";
    }

    /// <summary>"At this traffic DeepSeek V3.2 costs $17,704 a month less than GPT-4o (61x cheaper)."</summary>
    public static string CostGap(string cheaperName, decimal cheaperCost, string dearerName, decimal dearerCost) =>
        $"At this traffic {cheaperName} costs {Formatting.MonthlyTotal(dearerCost - cheaperCost)} a month less than {dearerName} ({Formatting.Cheaper(cheaperCost, dearerCost)}).";

    public static string CostSame(decimal cost) => $"Both cost {Formatting.MonthlyTotal(cost)} a month at this traffic.";

    /// <summary>Why the gap cannot be shown, naming the model (or both) without a price.</summary>
    public static string CostGapUnavailable(IReadOnlyList<string> unpricedNames)
    {
        ArgumentNullException.ThrowIfNull(unpricedNames);
        return unpricedNames.Count == 1
            ? $"The gap cannot be estimated: {unpricedNames[0]} has no sourced token price yet."
            : "The gap cannot be estimated: neither model has a sourced token price yet.";
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

    public const string CostScopeNote =
        "Free tiers and routes without both an input and an output price are left out; batch discounts and negotiated prices are not included.";
}
