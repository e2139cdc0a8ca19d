using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Routes cheapest first: complete prices by bill at the traffic, then incomplete ones, then free tiers.</summary>
    public static ModelPricing PricingFor(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var costs = facts.RouteCosts.ToDictionary(c => c.RouteKey, StringComparer.Ordinal);
        var rows = facts.Routes
            .Select(r => Row(r, facts.ProviderNames[facts.ProviderSlugs.IndexOf(r.ProviderSlug)], costs.GetValueOrDefault(r.Key)?.Monthly))
            .OrderBy(r => r.HasCompletePrice ? 0 : r.IsFreeTier ? 2 : 1)
            .ThenBy(r => r.MonthlyAtTraffic ?? 0m)
            .ThenBy(r => r.RouteKey, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ModelPricing(facts.Slug, facts.Name, rows, rows.IsEmpty ? Sentences.NotAvailable(facts.Name) : null);
    }

    private static PriceRow Row(Route route, string providerName, decimal? monthly)
    {
        const string Free = "Free tier or plan";
        var p = route.IsFreeTier ? null : route.Price;
        return new PriceRow
        {
            ProviderSlug = route.ProviderSlug,
            RouteKey = route.Key,
            Variant = route.Variant,
            ProviderName = providerName,
            ApiId = route.ApiId,
            Price = route.Price,
            HasCompletePrice = route.HasCompletePrice,
            IsFreeTier = route.IsFreeTier,
            Status = route.Status,
            InputText = route.IsFreeTier ? Free : Formatting.PerMillionTokens(p?.Input),
            OutputText = route.IsFreeTier ? Free : Formatting.PerMillionTokens(p?.Output),
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
