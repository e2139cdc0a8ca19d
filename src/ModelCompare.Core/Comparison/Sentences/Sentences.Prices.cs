using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>The words of the price rules: route marks, bases and where a bill comes from.</summary>
public static partial class Sentences
{
    /// <summary>"reseller", "aggregator", "subscription plan", "cloud platform", "inference host"; null when unknown.</summary>
    public static string? SellerKindName(SellerKind kind) => kind switch
    {
        SellerKind.Reseller => "reseller",
        SellerKind.Aggregator => "aggregator",
        SellerKind.Plan => "subscription plan",
        SellerKind.Cloud => "cloud platform",
        SellerKind.Host => "inference host",
        _ => null,
    };

    /// <summary>
    /// The short mark beside a route in a table: "list price", "free from its maker", "maker's own",
    /// "unusually low, reseller", "subscription plan", "deprecated, not costed", "removed, not costed",
    /// "free tier or plan, not costed"; null for an ordinary route.
    /// </summary>
    public static string? RouteBadge(RouteStanding route, bool isListRoute, PriceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Exclusion switch
        {
            RouteExclusion.Deprecated => "deprecated, not costed",
            RouteExclusion.Removed => "removed, not costed",
            RouteExclusion.FreeTier => "free tier or plan, not costed",
            RouteExclusion.NoPrice => null,
            RouteExclusion.ReadBeforeRise => "read before the maker's price rise, not costed",
            _ when isListRoute => route.IsFreeFromMaker ? "free from its maker" : "list price",
            _ when route.IsFreeFromMaker => "free from its maker",
            _ when route.IsMakerOwn => "maker's own",
            _ when route.IsUnusuallyLow => SellerKindName(route.SellerKind) is { } kind ? $"unusually low, {kind}" : "unusually low",
            _ when route.IsPlan => "subscription plan",
            _ => null,
        };
    }

    /// <summary>
    /// The mark as a sentence: "Unusually low: 86% below the list price; QiHang is a reseller." and the
    /// like; null for an ordinary route.
    /// </summary>
    public static string? RouteNote(RouteStanding route, bool isListRoute, PriceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(route);
        var name = route.RouteName;
        return route.Exclusion switch
        {
            RouteExclusion.Deprecated => $"{name} is deprecated, so it is shown but not costed.",
            RouteExclusion.Removed => $"{name} was removed from the provider's price list, so it is shown but not costed.",
            RouteExclusion.FreeTier => $"{name} is a free tier or plan: it shows availability, not what the tokens cost.",
            RouteExclusion.NoPrice => null,
            RouteExclusion.ReadBeforeRise => ReadBeforeRiseNote(name, PriceRules.KnownOn(route.Route), route.ReadBeforeRiseOn!.Value),
            _ when isListRoute && route.IsFreeFromMaker => $"{name} is the maker's own free route, so the list price is $0.",
            _ when isListRoute => $"{name} is the maker's own route: its price is the list price.",
            _ when route.IsFreeFromMaker => $"{name} is free from the model's maker.",
            _ when route.IsMakerOwn => $"{name} is sold by the model's maker.",
            _ when route.IsUnusuallyLow => UnusuallyLowNote(name, route.BelowReference!.Value, basis, route.SellerKind),
            _ when route.IsPlan => $"{name} sells tokens as part of a subscription plan.",
            _ => null,
        };
    }

    /// <summary>
    /// "Vercel AI Gateway (vercel)'s price was last read on Jul 1, 2026, before the maker's own price rose on Sep 1, 2026,
    /// and is below it: it may be out of date, so it is shown but not costed."
    /// </summary>
    public static string ReadBeforeRiseNote(string routeName, DateOnly knownOn, DateOnly rise) =>
        $"{routeName}'s price was last read on {Formatting.Date(knownOn)}, before the maker's own price rose on {Formatting.Date(rise)}, and is below it: it may be out of date, so it is shown but not costed.";

    /// <summary>"Unusually low: QiHang (qihang-ai) is 86% below the list price, sold by a reseller."</summary>
    public static string UnusuallyLowNote(string routeName, decimal belowShare, PriceBasis basis, SellerKind kind)
    {
        var seller = SellerKindName(kind) is { } k ? $", sold by {Formatting.Article(k)} {k}" : string.Empty;
        return $"Unusually low: {routeName} is {Formatting.Percent(Math.Floor(belowShare * 100m))} below the {Formatting.PriceBasisName(basis)}{seller}.";
    }

    /// <summary>
    /// How the page's bills are chosen, as the verdict opens: "At list prices", "At market prices",
    /// "At list and market prices", "On each model's cheapest route", "On OpenRouter".
    /// </summary>
    public static string BasisPhrase(CostBasis basis, PriceBasis a, PriceBasis b, string? viaName)
    {
        var priced = new[] { a, b }.Where(x => x != PriceBasis.None).Distinct().ToList();
        return basis switch
        {
            CostBasis.Via => $"On {viaName}",
            CostBasis.Cheapest => "On each model's cheapest route",
            _ when priced.Count == 2 => "At list and market prices",
            _ when priced.Count == 1 && priced[0] == PriceBasis.Market => "At market prices",
            _ => "At list prices",
        };
    }

    /// <summary>
    /// Where one model's bill comes from: "List price from Anthropic", "Free from its maker, Z.AI (zai)",
    /// "Market price: the median of 7 providers' prices", "Cheapest route at this traffic: QiHang (qihang-ai)",
    /// "On OpenRouter".
    /// </summary>
    public static string BillSource(ModelBill bill)
    {
        ArgumentNullException.ThrowIfNull(bill);
        return bill.Basis switch
        {
            BillBasis.List when bill.Route!.Standing?.IsFreeFromMaker == true => $"Free from its maker, {bill.Route.RouteName}",
            BillBasis.List => $"List price from {bill.Route!.RouteName}",
            BillBasis.Market => $"Market price: {MarketSpread(bill.MarketRoutes, bill.MarketProviders)}",
            BillBasis.Cheapest => $"Cheapest route at this traffic: {bill.Route!.RouteName}",
            _ => $"On {bill.Route!.RouteName}",
        };
    }

    /// <summary>"OpenRouter does not sell both Alpha and Beta at a costed price; showing list prices."</summary>
    public static string ViaNotServing(string providerSlug, string aName, string bName) =>
        $"\"{providerSlug}\" does not sell both {aName} and {bName} at a costed price; showing list prices.";

    /// <summary>Unknown <c>?basis=</c> values.</summary>
    public static string BasisNotKnown(string raw) => $"Basis \"{raw}\" is not list or cheapest; using list prices.";

    /// <summary>"the median of 7 providers' prices", or "the median of 9 prices from 7 providers" when a provider has several.</summary>
    public static string MarketSpread(int routes, int providers) =>
        routes == providers
            ? providers == 1 ? "the one provider's price" : $"the median of {Formatting.Count(providers)} providers' prices"
            : $"the median of {Formatting.Count(routes)} prices from {Formatting.Plural(providers, "provider")}";

    /// <summary>
    /// The profile's headline: "List price: $3 input and $15 output per 1M tokens from Anthropic." or
    /// "Market price: ... , the median of 7 providers' prices." or "Free from its maker, Zhipu AI."
    /// </summary>
    public static string PriceHeadline(ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var r = price.Reference!;
        return price.Basis switch
        {
            PriceBasis.List when price.IsFreeFromMaker => $"Free from its maker, {price.ListRoute!.ProviderName}.",
            PriceBasis.List => $"List price: {Formatting.PricePerMillion(r.Input!.Value)} input and {Formatting.PricePerMillion(r.Output!.Value)} output per 1M tokens from {price.ListRoute!.ProviderName}.",
            _ => $"Market price: {Formatting.PricePerMillion(r.Input!.Value)} input and {Formatting.PricePerMillion(r.Output!.Value)} output per 1M tokens, {MarketSpread(price.MarketRoutes, price.MarketProviders)}.",
        };
    }

    /// <summary>
    /// The cheapest route beside the headline: "Cheapest route: $0.43 input and $2.14 output on QiHang
    /// (unusually low, reseller)." or null when the cheapest route is the list route or is priced at the
    /// market price itself. A variant route carries its variant's label as the route tables do ("on Kilo Gateway
    /// (stealth listing)"), so a stealth or regional listing never reads as the provider's plain offer.
    /// </summary>
    public static string? CheapestBeside(ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        if (price.Cheapest is not { } c || (price.ListRoute is { } list && list.Key == c.Key)
            || (price.Basis == PriceBasis.Market && c.Route.Price is { } p && p.Input == price.Reference!.Input && p.Output == price.Reference.Output))
        {
            return null;
        }

        var prices = c.IsFreeFromMaker
            ? "free"
            : $"{Formatting.PricePerMillion(c.Route.Price!.Input!.Value)} input and {Formatting.PricePerMillion(c.Route.Price.Output!.Value)} output";
        var marks = new[] { c.Route.Variant is { } v ? v.Detail ?? v.Slug : null, c.Badge }.OfType<string>().ToList();
        var mark = marks.Count > 0 ? $" ({string.Join(", ", marks)})" : string.Empty;
        return $"Cheapest route: {prices} on {c.ProviderName}{mark}.";
    }

    /// <summary>"QiHang (qihang-ai): $858 a month (unusually low, reseller)".</summary>
    public static string CheapestAtTraffic(RouteCost route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.Badge is { } b ? $"{route.RouteName}: {route.MonthlyText} a month ({b})" : $"{route.RouteName}: {route.MonthlyText} a month";
    }

    /// <summary>Why a model has no list or market price, in order of what the data shows.</summary>
    public static string NoReferencePrice(string name, ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var routes = price.Routes;
        if (routes.IsEmpty)
        {
            return NotAvailable(name);
        }

        if (routes.All(r => r.Exclusion == RouteExclusion.FreeTier))
        {
            return $"{name} is only offered on free tiers or plans, which show availability, not cost.";
        }

        if (routes.Any(r => r.IsCosted))
        {
            return $"{name} is only priced on subscription plans, which are not a list or market price.";
        }

        if (routes.Any(r => r.Exclusion is RouteExclusion.Deprecated or RouteExclusion.Removed))
        {
            return $"Every priced route for {name} is deprecated or removed, so none is costed.";
        }

        return $"No provider route for {name} has a sourced token price yet.";
    }
}
