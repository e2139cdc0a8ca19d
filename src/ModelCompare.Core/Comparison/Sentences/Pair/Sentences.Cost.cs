using System.Collections.Immutable;
using ModelCompare.Catalog;

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

    /// <summary>A route with context tiers whose prompt stays below them: the bill uses the base price, and says why.</summary>
    public static string CostTierNote(RouteCost route, long aboveTokens, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic.PromptAssumed
            ? $"{route.RouteName} charges more for prompts above {Formatting.Tokens(aboveTokens)} tokens; monthly totals do not say how large a prompt is, so this estimate assumes {Formatting.Number(traffic.PromptTokens)} tokens a request and uses its base price (state the traffic per request to bill larger prompts)."
            : $"{route.RouteName} charges more for prompts above {Formatting.Tokens(aboveTokens)} tokens; at {Formatting.Number(traffic.PromptTokens)} tokens a request this estimate uses its base price.";
    }

    /// <summary>A route whose context tier the per-request prompt crosses: billed at the tier's prices.</summary>
    public static string CostTierApplied(RouteCost route, long aboveTokens, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(traffic);
        return $"At {Formatting.Number(traffic.PromptTokens)} tokens a request the prompt is above {Formatting.Tokens(aboveTokens)} tokens, so {route.RouteName} bills every token of it at its higher tier prices.";
    }

    /// <summary>A market price with a service tier asked for: medians have no tiers.</summary>
    public static string CostMarketTierNote(string name, ServiceTier tier) =>
        $"{name} is billed at its market price (a median over providers), which has no {ServiceTierName(tier)} tier: standard prices.";

    public static string CostNoCacheReadNote(RouteCost route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"{route.RouteName} lists no cache-read price, so cached input is billed at the full input price.";
    }

    public static string CostMarketNoCacheReadNote(string name) =>
        $"No provider lists a cache-read price for {name}, so cached input is billed at the full input price.";

    public const string CostScopeNote =
        "Deprecated and removed routes, free tiers and routes without both an input and an output price are left out (a maker's own free route costs $0); negotiated prices are not included.";

    /// <summary>A cache-read line on a route without a cache-read price.</summary>
    public const string BillNoCacheReadPrice = "no cache-read price: billed at the input price";

    /// <summary>A thinking-mode bill on a model without a thinking price.</summary>
    public const string BillThinkingAtOutputPrice = "no separate thinking price: thinking output billed at the output price";

    /// <summary>A request-fee line in monthly totals, where the number of requests is assumed.</summary>
    public const string BillRequestsAssumed = "requests assumed at 1,000 input tokens each";

    /// <summary>The reasoning line of a model that always thinks: the assumed share, and the price it is billed at.</summary>
    public static string BillReasoningAssumed(decimal percent, bool atOutputPrice) =>
        $"the model always thinks: reasoning assumed at {Formatting.Percent(percent)} of the visible output (change it with reasoning=)"
        + (atOutputPrice ? ", billed at the output price" : string.Empty);

    /// <summary>Beside the bill of a model that always thinks: what its reasoning line assumes and adds.</summary>
    public static string BillIncludesReasoning(string name, decimal percent, string amount) =>
        $"{name} always thinks, so this bill includes {amount} of reasoning output, assuming as many reasoning tokens as {Formatting.Percent(percent)} of the visible output (an assumption: change it under the bill's options).";

    /// <summary>Beside the bill of a reasoning model whose thinking mode no source states: what the bill does not assume.</summary>
    public static string BillThinkingUnknown(string name) =>
        $"Whether {name} thinks on every answer is unknown: no source says whether it can answer without thinking, so its bill counts no hidden reasoning tokens, which it may spend on top.";

    /// <summary>A bill line whose price was read on a page that is not the seller's own: what that page is.</summary>
    public static string BillSourceIsNot(string what) => $"price read on {what}";

    /// <summary>A web-search fee line: how many searches the workload makes.</summary>
    public static string BillSearchesAssumed(decimal perThousand) =>
        $"{Formatting.Number(perThousand)} web searches per 1,000 requests, as the workload states (search=)";

    /// <summary>A cache-write line on a route without a write price for the workload's cache lifetime.</summary>
    public static string BillNoCacheWritePrice(CacheTtl ttl) => ttl == CacheTtl.OneHour
        ? "no 1-hour write price: written tokens billed at the input price"
        : "no write price: written tokens billed at the input price";

    /// <summary>"Service tier: batch" and the like, the tier as a reader names it.</summary>
    public static string ServiceTierName(ServiceTier tier) => tier switch
    {
        ServiceTier.Batch => "batch",
        ServiceTier.Flex => "flex",
        ServiceTier.Priority => "priority",
        _ => "standard",
    };

    /// <summary>The bill's assumptions, one sentence each, as the page states them beside the bills.</summary>
    public static ImmutableArray<string> BillAssumptions(TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var list = ImmutableArray.CreateBuilder<string>();
        if (traffic.PerRequest is { } shape)
        {
            list.Add($"{Formatting.Number(shape.Requests)} requests a month, each {Formatting.Number(shape.InputTokens)} input and {Formatting.Number(shape.OutputTokens)} output tokens.");
        }
        else
        {
            list.Add($"Monthly totals: each request is assumed to send {Formatting.Number(traffic.PromptTokens)} input tokens ({Formatting.Number(traffic.Requests)} requests a month), which decides context tiers and request fees.");
        }

        list.Add(traffic.CachePercent > 0m
            ? $"{Formatting.Percent(traffic.CachePercent)} of input read from a prompt cache{(traffic.Preset?.CacheSource is { } source && traffic.CachePercent == traffic.Preset.CachePercent ? $" (as measured over a coding agent's requests: {source})" : string.Empty)}."
            : "Nothing read from a prompt cache.");
        list.Add(traffic.CacheWritePercent > 0m
            ? $"{Formatting.Percent(traffic.CacheWritePercent)} of input written to a cache that lives {(traffic.CacheTtl == CacheTtl.OneHour ? "1 hour" : "5 minutes")}{(traffic.WritePercentGiven is null ? ", the input not read from it, so the next request can read it" : string.Empty)}."
            : "Nothing written to a prompt cache.");
        list.Add(traffic.Thinking ? "Thinking mode: output at the thinking price where the model has one." : "Thinking mode off: output at the plain output price.");
        list.Add($"A model that always thinks (its maker offers no way to turn thinking off) also bills hidden reasoning tokens: assumed at {Formatting.Percent(traffic.ReasoningPercentGiven ?? TrafficProfile.DefaultReasoningPercent)} of the visible output{(traffic.ReasoningPercentGiven is null ? ", an assumption you can change (reasoning=)" : ", as stated")}.");
        list.Add(traffic.SearchesPerThousand > 0m
            ? $"{Formatting.Number(traffic.SearchesPerThousand)} web searches per 1,000 requests, billed where the route prices searches."
            : "No web searches (search= sets them per 1,000 requests).");
        list.Add(traffic.Tier == ServiceTier.Standard
            ? "Standard service tier."
            : $"{char.ToUpperInvariant(ServiceTierName(traffic.Tier)[0])}{ServiceTierName(traffic.Tier)[1..]} service tier: a model whose billed route does not sell it is billed at standard prices and says so.");
        return list.ToImmutable();
    }

    /// <summary>
    /// A preset's assumptions in one line, shown on the page (not in a tooltip): "100,000 requests a month × 30,000 input
    /// and 1,500 output tokens; 84% of input read from a cache; standard tier".
    /// </summary>
    public static string PresetAssumptions(WorkloadPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var s = preset.Shape;
        return $"{preset.Description}: {Formatting.Number(s.Requests)} requests a month × {Formatting.Number(s.InputTokens)} input and {Formatting.Number(s.OutputTokens)} output tokens; "
            + (preset.CachePercent > 0m ? $"{Formatting.Percent(preset.CachePercent)} of input read from a cache" : "nothing cached")
            + $"; thinking {(preset.Thinking ? "on" : "off")}; {ServiceTierName(preset.Tier)} tier.";
    }

    /// <summary>"Billed at standard prices: OpenAI (openai) sells no batch tier for this model."</summary>
    public static string BillTierMissing(string routeName, ServiceTier tier) =>
        $"Billed at standard prices: {routeName} sells no {ServiceTierName(tier)} tier for this model.";

    /// <summary>"Billed at batch prices."</summary>
    public static string BillTierApplied(ServiceTier tier) => $"Billed at {ServiceTierName(tier)} prices.";

    /// <summary>"$18.00 per 1,000 requests".</summary>
    public static string BillPerThousand(decimal amount) => $"{Formatting.MonthlyTotal(amount)} per 1,000 requests";

    /// <summary>Workload "xyz" values: Service tier "gold" is not one of standard, batch, flex or priority; it is ignored.</summary>
    public static string TrafficWordNotKnown(string what, string raw, IReadOnlyList<string> words) =>
        $"{what} \"{raw}\" is not one of {Formatting.JoinList(words, "or")}; it is ignored.";
}
