using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// What a model costs, as one set of rules every page uses. Prices are USD per 1M tokens.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Costed routes.</b> A route is costed when it has an input and an output price, is not a free tier
/// or plan, is not deprecated and its price history does not end in a removal. Preview routes are costed.
/// Routes that are not costed stay on every page, marked with the reason.</item>
/// <item><b>The maker's own.</b> A route is the maker's own when its provider is the model's maker, or when
/// the data marks it so (<see cref="Route.IsMakerOwn"/>: a second storefront of the maker, such as a regional
/// site). Plans are never the maker's list price.</item>
/// <item><b>Free from its maker.</b> A maker's own free-tier route that is current and not a plan is costed at
/// $0, and is the list price when the maker has no paid route.</item>
/// <item><b>List price.</b> The maker's own costed route: a paid route before a free one, the plain route
/// before a variant, the maker's own provider before a second storefront, active before preview, then by
/// route key.</item>
/// <item><b>Market price.</b> When the maker sells no costed route: the median of the costed, paid, non-plan
/// routes, with input, output and cache-read prices each the median of their own (the mean of the two
/// middle values for an even count; cache read over the routes that list one).</item>
/// <item><b>Read before the maker's rise.</b> When the list route's history records a dated change that raised its
/// price (its 70/30 blend) on a date, another seller's route whose price was last known before that date (its checked
/// date, or its last dated change when later) and whose blend is below the list route's is not costed
/// (<see cref="RouteExclusion.ReadBeforeRise"/>): it is shown with its price, date and a note, but it is not the
/// cheapest route, not in a market price and no bill is worked out on it. A reseller that still lists the maker's
/// superseded introductory price looks cheapest otherwise; no price is changed or guessed.</item>
/// <item><b>Cheapest route.</b> The costed route with the lowest 70/30 blend (<see cref="Pricing.Blend"/>);
/// ties go to the maker's own route, then to the list route, then to the route key. It is shown beside the
/// reference, never instead of it.</item>
/// <item><b>Unusually low.</b> A costed route that is not the maker's own and whose 70/30 blend is more than
/// <see cref="UnusuallyLowShare"/> below the reference blend. It is labelled with its seller kind wherever
/// it appears.</item>
/// <item><b>About the same price.</b> Two amounts within <see cref="SamePriceTolerance"/> of the larger
/// one are about the same (<see cref="Cheaper"/>).</item>
/// </list>
/// </remarks>
public static class PriceRules
{
    /// <summary>A route more than this share below the reference blend is unusually low.</summary>
    public const decimal UnusuallyLowShare = 0.5m;

    /// <summary>Two bills within this share of the larger one cost "about the same".</summary>
    public const decimal SamePriceTolerance = 0.05m;

    /// <summary>The route is sold by the model's maker.</summary>
    public static bool IsMakerOwn(Route route, Model model)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(model);
        return route.IsMakerOwn || string.Equals(route.ProviderSlug, model.MakerSlug, StringComparison.Ordinal);
    }

    /// <summary>The last recorded price event is a removal.</summary>
    public static bool IsRemoved(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return !route.History.IsDefaultOrEmpty && route.History[^1].Event == PriceEvent.Removed;
    }

    /// <summary>
    /// Which side costs less, under one definition used by the verdict, the tradeoffs, the cost section,
    /// the FAQ and the meta description: <see cref="Side.Tie"/> within the tolerance, <see cref="Side.None"/>
    /// when either is unknown.
    /// </summary>
    public static Side Cheaper(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return Side.None;
        }

        var larger = Math.Max(x, y);
        return Math.Abs(x - y) <= larger * SamePriceTolerance ? Side.Tie : x < y ? Side.A : Side.B;
    }

    /// <summary>
    /// Whether the gap between two bills rests on assumed hidden reasoning tokens (<see cref="ModelBill.AssumedReasoning"/>):
    /// at least one bill counts some, and once they are taken out the gap vanishes or turns. The one reading the verdict,
    /// the upgrade line, the tradeoffs and the scorecard share: a gap that keeps its direction without them is a real
    /// gap, stated with the assumption; one that does not is said to rest on it.
    /// </summary>
    public static bool GapRestsOnAssumption(decimal firstMonthly, decimal firstAssumed, decimal secondMonthly, decimal secondAssumed)
    {
        if (firstAssumed == 0m && secondAssumed == 0m)
        {
            return false;
        }

        var gap = firstMonthly - secondMonthly;
        var without = (firstMonthly - firstAssumed) - (secondMonthly - secondAssumed);
        return gap == 0m || Math.Sign(gap) != Math.Sign(without);
    }

    /// <inheritdoc cref="GapRestsOnAssumption(decimal, decimal, decimal, decimal)"/>
    public static bool GapRestsOnAssumption(ModelBill? first, ModelBill? second) =>
        first is not null && second is not null
        && GapRestsOnAssumption(first.Monthly, first.AssumedReasoning, second.Monthly, second.AssumedReasoning);

    /// <summary>The middle value; the mean of the two middle values for an even count; null when empty.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }

    /// <summary>Works out one model's price from its routes and their providers.</summary>
    public static ModelPrice For(Model model, IEnumerable<Route> routes, Func<string, Provider?> findProvider)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(findProvider);

        var standings = routes
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => Stand(r, model, findProvider(r.ProviderSlug)))
            .ToList();

        var list = standings
            .Where(s => s.IsMakerOwn && s.IsCosted && !s.IsPlan)
            .OrderBy(s => s.IsFreeFromMaker)
            .ThenBy(s => s.Route.Variant is not null)
            .ThenByDescending(s => string.Equals(s.ProviderSlug, model.MakerSlug, StringComparison.Ordinal))
            .ThenBy(s => s.Route.Status == RouteStatus.Preview)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .FirstOrDefault();

        if (list is not null && LastRise(list.Route) is { } rise)
        {
            standings = [.. standings.Select(s => IsReadBeforeRise(s, list, rise) ? s with { Exclusion = RouteExclusion.ReadBeforeRise, Blend = null, ReadBeforeRiseOn = rise } : s)];
        }

        var basis = PriceBasis.None;
        TokenPrices? reference = null;
        var (marketRoutes, marketProviders) = (0, 0);
        if (list is not null)
        {
            basis = PriceBasis.List;
            reference = list.IsFreeFromMaker ? new TokenPrices(0m, 0m) : list.Route.Price;
        }
        else
        {
            var market = standings.Where(s => s.IsCosted && !s.IsFreeFromMaker && !s.IsPlan).ToList();
            if (market.Count > 0)
            {
                basis = PriceBasis.Market;
                reference = new TokenPrices(
                    Median(market.Select(s => s.Route.Price!.Input!.Value)),
                    Median(market.Select(s => s.Route.Price!.Output!.Value)),
                    Median(market.Where(s => s.Route.Price!.CacheRead is not null).Select(s => s.Route.Price!.CacheRead!.Value)));
                marketRoutes = market.Count;
                marketProviders = market.Select(s => s.ProviderSlug).Distinct(StringComparer.Ordinal).Count();
            }
        }

        var referenceBlend = reference is { Input: { } i, Output: { } o } ? Pricing.Blend(i, o) : (decimal?)null;
        var labelled = standings.Select(s => Label(s, basis, referenceBlend, list)).ToImmutableArray();
        var listRoute = list is null ? null : labelled.First(s => s.Key == list.Key);
        var cheapest = labelled
            .Where(s => s.Blend is not null)
            .OrderBy(s => s.Blend)
            .ThenByDescending(s => s.IsMakerOwn)
            .ThenByDescending(s => s.Key == list?.Key)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .FirstOrDefault();

        return new ModelPrice
        {
            ModelSlug = model.Slug,
            Basis = basis,
            Reference = reference,
            ReferenceBlend = referenceBlend,
            ListRoute = listRoute,
            MarketRoutes = marketRoutes,
            MarketProviders = marketProviders,
            Cheapest = cheapest,
            Routes = labelled,
        };
    }

    /// <summary>
    /// The date of the last dated change that raised a route's price (its 70/30 blend above the one recorded before it);
    /// null when its history records no rise.
    /// </summary>
    public static DateOnly? LastRise(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        DateOnly? rise = null;
        decimal? before = null;
        foreach (var point in route.History)
        {
            var blend = point.Price is { Input: { } i, Output: { } o } ? Pricing.Blend(i, o) : (decimal?)null;
            if (point.Event == PriceEvent.Changed && blend > before)
            {
                rise = point.Date;
            }

            before = point.Event == PriceEvent.Removed ? null : blend ?? before;
        }

        return rise;
    }

    /// <summary>
    /// The latest date a route's price is known to hold: its checked date, or its last dated change when that is later
    /// (a dataset's dated price list can run past the day the route was last read).
    /// </summary>
    public static DateOnly KnownOn(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route.History.IsDefaultOrEmpty || route.History[^1].Date <= route.Checked ? route.Checked : route.History[^1].Date;
    }

    /// <summary>
    /// Another seller's costed route whose price was last known before the maker's own price rose, and is below the
    /// maker's price now: a price the seller may no longer charge (see the rules above).
    /// </summary>
    private static bool IsReadBeforeRise(RouteStanding s, RouteStanding list, DateOnly rise) =>
        !s.IsMakerOwn && s.IsCosted && !s.IsFreeFromMaker
        && KnownOn(s.Route) < rise
        && s.Blend < list.Blend;

    private static RouteStanding Stand(Route route, Model model, Provider? provider)
    {
        var makerOwn = IsMakerOwn(route, model);
        var kind = provider?.SellerKind ?? SellerKind.Unknown;
        var plan = kind == SellerKind.Plan || route.Variant?.Kind == RouteVariantKind.Plan;
        var exclusion = route.Status == RouteStatus.Deprecated ? RouteExclusion.Deprecated
            : IsRemoved(route) ? RouteExclusion.Removed
            : route.IsFreeTier ? (makerOwn && !plan ? RouteExclusion.None : RouteExclusion.FreeTier)
            : route.HasCompletePrice ? RouteExclusion.None
            : RouteExclusion.NoPrice;
        var free = exclusion == RouteExclusion.None && route.IsFreeTier;
        return new RouteStanding
        {
            Route = route,
            ProviderName = provider?.Name ?? route.ProviderSlug,
            SellerKind = kind,
            IsMakerOwn = makerOwn,
            IsPlan = plan,
            Exclusion = exclusion,
            IsFreeFromMaker = free,
            Blend = exclusion != RouteExclusion.None ? null : free ? 0m : Pricing.Blend(route.Price!.Input!.Value, route.Price.Output!.Value),
        };
    }

    private static RouteStanding Label(RouteStanding s, PriceBasis basis, decimal? referenceBlend, RouteStanding? list)
    {
        decimal? below = null;
        if (s.Blend is { } blend && referenceBlend is { } reference && reference > 0m && blend < reference)
        {
            below = (reference - blend) / reference;
        }

        var low = below > UnusuallyLowShare && !s.IsMakerOwn;
        var isList = list is not null && s.Key == list.Key;
        var labelled = s with { BelowReference = below, IsUnusuallyLow = low };
        return labelled with
        {
            Badge = Sentences.RouteBadge(labelled, isList, basis),
            Note = Sentences.RouteNote(labelled, isList, basis),
        };
    }
}
