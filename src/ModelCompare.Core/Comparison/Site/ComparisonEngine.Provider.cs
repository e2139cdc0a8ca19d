using System.Collections.Frozen;
using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One route on a provider's page, with its price cells ready to print (a free tier says so instead of a price).</summary>
public sealed record ProviderRouteRow(RouteStanding Standing, Model Model, string InputText, string OutputText, string CacheReadText, string ContextText)
{
    public Route Route => Standing.Route;
}

/// <summary>One row of the providers list: a provider, its role in a word or three, and its counts ready to print.</summary>
public sealed record ProviderListRow(Provider Provider, string RoleText, string MadeText, string ServedText, string CheapestForText)
{
    /// <summary>How many models it is the cheapest costed route for.</summary>
    public required int CheapestFor { get; init; }
}

/// <summary>A model the provider is the cheapest route for, with that route's 70/30 blend and its badge.</summary>
public sealed record CheapestForEntry(Model Model, string BlendText, string? Badge);

/// <summary>
/// Everything a provider's page says, worked out by one call to <see cref="ComparisonEngine.Provider"/>.
/// </summary>
public sealed record ProviderResult
{
    public required Provider Provider { get; init; }
    /// <summary>"Makes models and serves them", "Makes models" or "Serves models from other makers".</summary>
    public required string Role { get; init; }
    public required string Description { get; init; }
    /// <summary>The page title, within <see cref="Sentences.MaxTitleLength"/>.</summary>
    public required string Title { get; init; }
    /// <summary>The provider's routes, by model name, then route key.</summary>
    public required ImmutableArray<ProviderRouteRow> Routes { get; init; }
    /// <summary>Why some of its prices are marked; null when none is unusually low.</summary>
    public string? UnusuallyLowText { get; init; }
    /// <summary>The models it makes, newest first.</summary>
    public required ImmutableArray<Model> Made { get; init; }
    public required ImmutableArray<CheapestForEntry> CheapestFor { get; init; }
}

public sealed partial class ComparisonEngine
{
    /// <summary>A provider's page: its routes as the price rules see them, the models it makes and those it is the cheapest route for.</summary>
    public ProviderResult Provider(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var (catalog, stats) = (Catalog, Stats);
        ImmutableArray<ProviderRouteRow> routes =
        [
            .. catalog.RoutesAt(provider.Slug)
                .Select(r => (Route: r, Model: catalog.FindModel(r.ModelSlug)))
                .Where(x => x.Model is not null)
                .Select(x => RouteRow(PriceOf(x.Model!).Standing(x.Route.Key)!, x.Model!))
                .OrderBy(x => x.Model.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(x => x.Standing.Key, StringComparer.Ordinal),
        ];
        ImmutableArray<CheapestForEntry> cheapestFor =
        [
            .. stats.CheapestRouteFor.GetValueOrDefault(provider.Slug, [])
                .Select(m => (Model: m, Route: stats.Prices[m.Slug].Cheapest!))
                .Select(x => new CheapestForEntry(x.Model, Formatting.PricePerMillion(x.Route.Blend!.Value), x.Route.Badge)),
        ];
        var low = routes.Count(r => r.Standing.IsUnusuallyLow);
        return new ProviderResult
        {
            Provider = provider,
            Role = Sentences.ProviderRole(provider.IsMaker, provider.IsHost),
            Description = Sentences.ProviderDescription(provider.Name, routes.Length, catalog.ModelsMadeBy(provider.Slug).Length, cheapestFor.Length),
            Title = Sentences.ProviderTitle(provider.Name, routes.Select(r => r.Model.Slug).Distinct(StringComparer.Ordinal).Count()),
            Routes = routes,
            UnusuallyLowText = low == 0 ? null : Sentences.ProviderUnusuallyLow(provider.Name, low),
            Made = [.. catalog.ModelsMadeBy(provider.Slug).OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)],
            CheapestFor = cheapestFor,
        };
    }

    /// <summary>The providers list (<c>/providers</c>): every provider by name with what it makes, serves and is the cheapest route for.</summary>
    public ImmutableArray<ProviderListRow> Providers() => Stats.ProviderList;

    /// <summary>The rows of <see cref="Providers"/>, worked out once with the snapshot's figures.</summary>
    internal static ImmutableArray<ProviderListRow> ProviderListOf(CatalogSnapshot catalog, FrozenDictionary<string, ImmutableArray<Model>> cheapestRouteFor) =>
    [
        .. catalog.Providers
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => (Provider: p, Cheapest: cheapestRouteFor.GetValueOrDefault(p.Slug, []).Length))
            .Select(x => new ProviderListRow(
                x.Provider,
                Sentences.ProviderRoleCell(x.Provider.IsMaker, x.Provider.IsHost),
                Formatting.Count(catalog.ModelsMadeBy(x.Provider.Slug).Length),
                Formatting.Count(catalog.RoutesAt(x.Provider.Slug).Length),
                Formatting.Count(x.Cheapest))
            {
                CheapestFor = x.Cheapest,
            }),
    ];

    private static ProviderRouteRow RouteRow(RouteStanding standing, Model model)
    {
        var r = standing.Route;
        var price = r.IsFreeTier ? null : r.Price;
        var free = r.IsFreeTier ? Sentences.FreeRouteCell(standing.IsFreeFromMaker) : null;
        return new ProviderRouteRow(
            standing,
            model,
            free ?? Formatting.PerMillionTokens(price?.Input),
            free ?? Formatting.PerMillionTokens(price?.Output),
            Formatting.PerMillionTokens(price?.CacheRead),
            r.ContextWindow is { } c ? Formatting.Tokens(c) : Formatting.Missing);
    }
}
