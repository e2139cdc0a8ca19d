using System.Collections.Immutable;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// Every route, cheapest first: costed routes by their bill at the traffic (ties: the maker's own), then
    /// priced routes that are not costed (deprecated, removed), then routes without a price, then free tiers.
    /// Each row carries its mark (list price, unusually low, deprecated...).
    /// </summary>
    public static ModelPricing PricingFor(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.PriceTable ?? PriceTable(facts.Slug, facts.Name, facts.Price, facts.RouteCosts);
    }

    /// <summary>The table of <see cref="PricingFor"/>, built once when a model is described.</summary>
    private static ModelPricing PriceTable(string slug, string name, ModelPrice price, ImmutableArray<RouteCost> routeCosts)
    {
        var costs = routeCosts.ToDictionary(c => c.RouteKey, StringComparer.Ordinal);
        var rows = price.Routes
            .Select(r => Row(r, costs.GetValueOrDefault(r.Key)?.Monthly))
            .OrderBy(r => r.MonthlyAtTraffic is not null ? 0 : r.HasCompletePrice ? 1 : r.IsFreeTier ? 3 : 2)
            .ThenBy(r => r.MonthlyAtTraffic ?? 0m)
            .ThenByDescending(r => r.Standing.IsMakerOwn)
            .ThenBy(r => r.RouteKey, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ModelPricing(slug, name, rows, rows.IsEmpty ? Sentences.NotAvailable(name) : null);
    }

    private static PriceRow Row(RouteStanding standing, decimal? monthly)
    {
        var route = standing.Route;
        var free = standing.IsFreeFromMaker ? "Free from its maker" : "Free tier or plan";
        var p = route.IsFreeTier ? null : route.Price;
        return new PriceRow
        {
            ProviderSlug = route.ProviderSlug,
            RouteKey = route.Key,
            Variant = route.Variant,
            ProviderName = standing.ProviderName,
            Standing = standing,
            ApiId = route.ApiId,
            Price = route.Price,
            HasCompletePrice = route.HasCompletePrice,
            IsFreeTier = route.IsFreeTier,
            Status = route.Status,
            InputText = route.IsFreeTier ? free : Formatting.PerMillionTokens(p?.Input),
            OutputText = route.IsFreeTier ? free : Formatting.PerMillionTokens(p?.Output),
            CacheReadText = Formatting.PerMillionTokens(p?.CacheRead),
            CacheWriteText = Formatting.PerMillionTokens(p?.CacheWrite),
            TiersText = route.IsFreeTier || route.Tiers.IsDefaultOrEmpty
                ? Formatting.Missing
                : string.Join("; ", route.Tiers.Select(t => $"Above {Formatting.Tokens(t.AboveTokens)} tokens: {Price(t.Price.Input)} input, {Price(t.Price.Output)} output")),
            ContextText = route.ContextWindow is { } c ? Formatting.Tokens(c) + " tokens" : Formatting.Missing,
            MaxOutputText = route.MaxOutput is { } m ? Formatting.Tokens(m) + " tokens" : Formatting.Missing,
            StatusText = Formatting.Status(route.Status),
            SourceUrl = route.SourceUrl,
            Checked = route.Checked,
            CheckedText = Formatting.Date(route.Checked),
            MonthlyAtTraffic = monthly,
        };

        static string Price(decimal? value) => value is { } v ? Formatting.PricePerMillion(v) : Formatting.Missing;
    }
}
