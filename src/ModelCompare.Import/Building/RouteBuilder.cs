using System.Globalization;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>Turns models.dev provider entries into routes: one per (provider, model), with price history.</summary>
internal sealed class RouteBuilder(ModelsDevData modelsDev, ImportReport report)
{
    public const decimal MaxPrice = 1000m;

    private readonly ILookup<(string, string), PriceHistoryRow> _history =
        modelsDev.History.ToLookup(h => (h.ProviderId, h.ModelId));

    public IReadOnlyList<CatalogRoute> Build(IReadOnlyDictionary<string, CatalogModel> modelsByKey, IReadOnlyDictionary<string, string> routeKeys)
    {
        ArgumentNullException.ThrowIfNull(modelsByKey);
        ArgumentNullException.ThrowIfNull(routeKeys);
        var routes = new List<CatalogRoute>();
        var candidates = modelsDev.Routes
            .Where(r => routeKeys.TryGetValue(ModelSelector.RouteId(r), out var key) && modelsByKey.ContainsKey(key))
            .GroupBy(r => (Provider: ModelSelector.ProviderSlug(r.ProviderId!), Model: modelsByKey[routeKeys[ModelSelector.RouteId(r)]]));
        foreach (var group in candidates)
        {
            var model = group.Key.Model;
            var chosen = group
                .OrderBy(r => ModelIdNormalizer.Normalize(r.Id) == model.Key ? 0 : 1)
                .ThenBy(r => r.Id.Contains(':', StringComparison.Ordinal) ? 1 : 0)
                .ThenBy(r => r.Status == "deprecated" ? 1 : 0)
                .ThenBy(r => r.Cost is { HasInputAndOutput: true, IsZero: false } ? 0 : 1)
                .ThenBy(r => r.Cost is { HasInputAndOutput: true } c ? c.Input!.Value + c.Output!.Value : 0m)
                .ThenByDescending(r => r.ReleaseDate ?? DateOnly.MinValue)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
            if (chosen.Count > 1)
            {
                report.Note("Provider entries mapped to the same (provider, model); the first was kept (exact id, then no ':' tag, not deprecated, a non-zero price, the cheapest, the newest)",
                    $"{group.Key.Provider}/{model.Slug}: {string.Join(", ", chosen.Select(r => r.Id))}");
            }

            var route = ToRoute(group.Key.Provider, model, chosen[0]);
            routes.Add(route);
            foreach (var other in chosen)
            {
                model.ApiIds.Add(other.Id);
            }
        }

        return [.. routes.OrderBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Model, StringComparer.Ordinal)];
    }

    private CatalogRoute ToRoute(string provider, CatalogModel model, ModelsDevModel entry)
    {
        var cost = entry.Cost;
        var free = cost is { IsZero: true };
        var price = free ? null : ValidPrice(cost, $"{provider}/{model.Slug}");
        var tiers = free || price is null ? [] : ValidTiers(entry.Tiers, $"{provider}/{model.Slug}");
        long? context = entry.Context is > 0 ? entry.Context : null;
        long? maxOutput = entry.MaxOutput is > 0 ? entry.MaxOutput : null;
        return new CatalogRoute
        {
            Provider = provider,
            Model = model.Slug,
            ApiId = entry.Id,
            Status = entry.Status switch
            {
                "deprecated" => "deprecated",
                "beta" or "alpha" => "preview",
                _ => null,
            },
            FreeTier = free,
            Price = price,
            Tiers = tiers,
            ContextWindow = context,
            MaxOutput = maxOutput,
            SourceUrl = ModelsDevData.RouteUrl(entry.ProviderId!, entry.Id),
            Checked = ModelsDevData.Snapshot,
            History = History(entry.ProviderId!, entry.Id),
        };
    }

    private Price? ValidPrice(Price? price, string where)
    {
        if (price is null || !price.HasInputAndOutput)
        {
            return null;
        }

        if (!InRange(price))
        {
            report.Note("Route prices outside 0 to 1,000 USD per 1M tokens, price left out",
                $"{where}: {Fmt(price.Input)}/{Fmt(price.Output)}");
            return null;
        }

        return price;
    }

    private List<PriceTier> ValidTiers(IReadOnlyList<PriceTier> tiers, string where)
    {
        var kept = new List<PriceTier>();
        foreach (var tier in tiers.OrderBy(t => t.AboveTokens))
        {
            if (tier.AboveTokens <= 0 || (kept.Count > 0 && kept[^1].AboveTokens == tier.AboveTokens) || !InRange(tier.Price))
            {
                report.Note("Price tiers left out (duplicate size or price out of range)", $"{where}: above {tier.AboveTokens}");
                continue;
            }

            kept.Add(tier);
        }

        return kept;
    }

    /// <summary>The route's price history, oldest first, without repeated identical rows.</summary>
    private List<HistoryEntry> History(string providerId, string modelId)
    {
        var entries = new List<HistoryEntry>();
        foreach (var row in _history[(providerId, modelId)].OrderBy(h => h.Date).ThenBy(h => h.CommitTime, StringComparer.Ordinal))
        {
            var ev = row.Event == "cost_removed" ? "removed" : row.Event;
            if (ev is not ("added" or "changed" or "removed") || !InRange(row.Price))
            {
                continue;
            }

            var entry = new HistoryEntry(row.Date, ev, row.Price);
            if (entries.Count > 0 && entries[^1].Event == entry.Event && entries[^1].Price == entry.Price)
            {
                continue;
            }

            entries.Add(entry);
        }

        return entries;
    }

    private static bool InRange(Price p) =>
        new[] { p.Input, p.Output, p.CacheRead, p.CacheWrite }.All(v => v is null or (>= 0 and <= MaxPrice));

    private static string Fmt(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
