using System.Globalization;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Adds the prices models.dev leaves out to the routes it gave: the 1-hour cache write, the thinking-mode output price,
/// context tiers, batch, flex and priority prices, and fees per request and per web search. genai-prices is read first,
/// then LiteLLM, and only where the dataset's input and output prices agree with the route's (so a price of another
/// date is never mixed in). A field the route already has is kept. Last, the maker's own route of a model that a
/// maker's published discount covers (<c>data/service-tiers.yaml</c>) gets that tier's price when no dataset gave one.
/// Each price not read at the route's <c>source_url</c> records where it was read in <c>price_sources</c>.
/// </summary>
internal sealed class PriceExtras(ImportReport report)
{
    /// <summary>LiteLLM <c>litellm_provider</c> values that name a catalog provider; the key's last segment is the model id.</summary>
    private static readonly Dictionary<string, string> LiteLlmProviders = new(StringComparer.Ordinal)
    {
        ["anthropic"] = "anthropic", ["openai"] = "openai", ["gemini"] = "google", ["perplexity"] = "perplexity",
        ["xai"] = "xai", ["deepseek"] = "deepseek", ["mistral"] = "mistral", ["openrouter"] = "openrouter",
    };

    public void Apply(IReadOnlyList<GenAiPriceEntry> genAi, IReadOnlyList<LiteLlmEntry> liteLlm, IReadOnlyList<CatalogRoute> routes, ModelIndex index, IReadOnlyDictionary<string, string> makers, ServiceTierTable serviceTiers)
    {
        ArgumentNullException.ThrowIfNull(genAi);
        ArgumentNullException.ThrowIfNull(liteLlm);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(makers);
        ArgumentNullException.ThrowIfNull(serviceTiers);
        var byPair = routes.Where(r => r.Variant is null && r.Price is { HasInputAndOutput: true }).ToDictionary(r => (r.Provider, r.Model));

        var genAiDone = new HashSet<(string, string)>();
        foreach (var entry in genAi.Where(e => e.Price is { HasInputAndOutput: true }).OrderBy(e => e.ModelId.Contains(':', StringComparison.Ordinal) ? 1 : 0))
        {
            if (PriceCrossCheck.ProviderSlug(entry.ProviderId) is not { } provider
                || index.Find(entry.ModelId) is not { } model
                || !byPair.TryGetValue((provider, model.Slug), out var route)
                || !Agrees(route.Price!, entry.Price!)
                || !genAiDone.Add((provider, model.Slug)))
            {
                continue;
            }

            var source = (entry.SourceUrl, entry.PricesChecked ?? GenAiPricesReader.Snapshot);
            AddToPrice(route, entry.Price!, source);
            AddTiers(route, entry.Tiers, source);
            if (route.PerThousandRequests is null && route.PerThousandWebSearches is null && (entry.PerThousandRequests is not null || entry.PerThousandWebSearches is not null))
            {
                route.PerThousandRequests = entry.PerThousandRequests;
                route.PerThousandWebSearches = entry.PerThousandWebSearches;
                route.PriceSources["fees"] = source;
            }
        }

        var liteLlmDone = new HashSet<(string, string)>();
        foreach (var entry in liteLlm.Where(e => e.Price is not null).OrderBy(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!LiteLlmProviders.TryGetValue(entry.Provider, out var provider)
                || index.Find(entry.Key.Split('/')[^1]) is not { } model
                || !byPair.TryGetValue((provider, model.Slug), out var route)
                || !Agrees(route.Price!, entry.Price!)
                || !liteLlmDone.Add((provider, model.Slug)))
            {
                continue;
            }

            var source = (LiteLlmReader.Url, LiteLlmReader.Snapshot);
            AddToPrice(route, entry.Price!, source);
            AddTiers(route, entry.Tiers, source);
            route.Batch ??= Tier(route, "batch", entry.Batch, source);
            route.Flex ??= Tier(route, "flex", entry.Flex, source);
            route.Priority ??= Tier(route, "priority", entry.Priority, source);
            if (route.PerThousandRequests is null && entry.PerThousandRequests is { } fee)
            {
                route.PerThousandRequests = fee;
                route.PriceSources["fees"] = source;
            }
        }

        foreach (var route in routes.Where(r => r.Variant is null && r.Batch is null && r.Price is { HasInputAndOutput: true } && makers.GetValueOrDefault(r.Model) == r.Provider))
        {
            if (serviceTiers.For(route.Provider, "batch", route.Model) is not { } policy)
            {
                continue;
            }

            var share = 1m - (policy.DiscountPercent / 100m);
            route.Batch = new Price(route.Price!.Input * share, route.Price.Output * share, null, null);
            route.PriceSources["batch"] = (policy.Url, policy.Checked);
            if (policy.SourceNote is { } note)
            {
                route.PriceSourceNotes["batch"] = note;
            }

            report.Note("Batch prices from the makers' published discounts (data/service-tiers.yaml)",
                string.Create(CultureInfo.InvariantCulture, $"{route.Provider}/{route.Model}: {route.Batch.Input}/{route.Batch.Output}, {policy.DiscountPercent}% off"));
        }
    }

    /// <summary>
    /// A route's price history from genai-prices' dated price lists, which say when a price took effect (o3: $10/$40 from
    /// its release, $2/$8 from 2025-06-10), where models.dev's history only says when its catalog changed. Every route
    /// the dataset dates prices for gets them, the maker's and a reseller's alike, when the route carries one of the
    /// list's prices (the one in effect when the route was checked, or the latest). The first price is dated at the
    /// model's release on the maker's route, else when models.dev first listed the route; each change at its start
    /// date. A change dated after <paramref name="asOf"/> is an announcement, not history, and is left out (reported);
    /// one dated by then that the route's price does not show yet (announced before the route was read) becomes the
    /// route's price, with the dataset as its source. models.dev's rows after the last dated change are kept (a cache
    /// price added later), its "added" row becoming a change or dropped. When the list's context tiers change, every entry
    /// records its tiers, so a change of tiers alone is an entry of its own.
    /// </summary>
    public void ApplyHistory(IReadOnlyList<GenAiPriceEntry> genAi, IReadOnlyList<CatalogRoute> routes, ModelIndex index, IReadOnlyDictionary<string, CatalogModel> models, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(genAi);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(models);
        var byPair = routes.Where(r => r.Variant is null && r.Price is { HasInputAndOutput: true }).ToDictionary(r => (r.Provider, r.Model));
        var matched = genAi
            .Where(e => e.Dated.Count > 0)
            .Select(e => (Entry: e, Provider: PriceCrossCheck.ProviderSlug(e.ProviderId), Model: index.Find(e.ModelId)))
            .Where(m => m.Provider is not null && m.Model is not null)
            .GroupBy(m => (m.Provider!, m.Model!.Slug))
            .ToList();
        foreach (var group in matched.Where(g => g.Count() > 1))
        {
            // Two dated lists for one route (a cloud's global and regional endpoints) cannot both be its history.
            report.Note("Dated prices left out: more than one dated list names the route", $"{group.Key.Item1}/{group.Key.Slug}: {string.Join(", ", group.Select(g => g.Entry.ModelId))}");
        }

        foreach (var (entry, provider, model) in matched.Where(g => g.Count() == 1).Select(g => g.Single()))
        {
            if (!models.TryGetValue(model!.Slug, out var record) || !byPair.TryGetValue((provider!, model.Slug), out var route))
            {
                continue;
            }

            var where = $"{provider}/{model.Slug}";
            foreach (var (start, _) in entry.Dated.Where(d => d.Start > asOf))
            {
                report.Note("Dated prices announced for after the import date (left out of the history)", string.Create(CultureInfo.InvariantCulture, $"{where}: from {start:yyyy-MM-dd}"));
            }

            // Each dated price with its context tiers. When the tiers change somewhere in the list, every entry records its
            // tiers (none is an empty list), so a change of tiers alone (Claude Sonnet 4.6's >200K surcharge dropped on
            // 2026-03-13) is an entry of its own, named for it; otherwise no entry records tiers, as models.dev's do not.
            var dated = entry.Dated
                .Select((d, i) => (d.Start, d.Price, Tiers: Kept(i < entry.DatedTiers.Count ? entry.DatedTiers[i] : [])))
                .Where(d => d.Start is null || d.Start <= asOf)
                .ToList();
            var tiersChange = dated.Where((d, i) => i > 0 && !d.Tiers.SequenceEqual(dated[i - 1].Tiers)).Any();
            var happened = dated.Where((d, i) => i == 0 || d.Price != dated[i - 1].Price || (tiersChange && !d.Tiers.SequenceEqual(dated[i - 1].Tiers))).ToList();
            foreach (var (start, _, _) in dated.Where((d, i) => i > 0 && d.Price == dated[i - 1].Price && d.Tiers.SequenceEqual(dated[i - 1].Tiers)))
            {
                report.Note("Dated entries that change nothing the catalog records (left out)", string.Create(CultureInfo.InvariantCulture, $"{where}: from {start:yyyy-MM-dd}"));
            }

            foreach (var (start, _, tiers) in happened.Where((d, i) => i > 0 && !d.Tiers.SequenceEqual(happened[i - 1].Tiers)))
            {
                report.Note("Dated changes of context tiers (recorded on the history entries)", string.Create(CultureInfo.InvariantCulture, $"{where}: from {start:yyyy-MM-dd}, {(tiers.Count == 0 ? "no tiers" : string.Join(", ", tiers.Select(t => $"above {t.AboveTokens}: {t.Price.Input}/{t.Price.Output}")))}"));
            }

            if (happened.Count < 2)
            {
                continue;
            }

            var atChecked = happened.Last(d => d.Start is null || d.Start <= route.Checked).Price;
            if (!Agrees(route.Price!, atChecked) && !Agrees(route.Price!, happened[^1].Price))
            {
                continue;
            }

            var first = record.Maker == provider && record.ReleaseDate is { } released ? released : route.History.FirstOrDefault(h => h.Event == "added")?.Date;
            if (first is not { } added || happened[1].Start <= added)
            {
                continue;
            }

            var history = new List<HistoryEntry> { new(added, "added", happened[0].Price) { Tiers = tiersChange ? happened[0].Tiers : null } };
            history.AddRange(happened.Skip(1).Select(d => new HistoryEntry(d.Start!.Value, "changed", d.Price) { Tiers = tiersChange ? d.Tiers : null }));
            var last = happened[^1].Start!.Value;
            foreach (var row in route.History.Where(h => h.Date > last))
            {
                var ev = row.Event == "added" ? "changed" : row.Event;
                var before = history[^1].Price;
                if (ev == "changed" && row.Price.Input == before.Input && row.Price.Output == before.Output
                    && (row.Price.CacheRead is null || row.Price.CacheRead == before.CacheRead) && (row.Price.CacheWrite is null || row.Price.CacheWrite == before.CacheWrite))
                {
                    continue;
                }

                history.Add(row with { Event = ev });
            }

            var source = (entry.SourceUrl, entry.PricesChecked ?? GenAiPricesReader.Snapshot);
            if (!Agrees(route.Price!, history[^1].Price))
            {
                var now = history[^1].Price;
                route.Price = route.Price! with { Input = now.Input, Output = now.Output, CacheRead = now.CacheRead ?? route.Price.CacheRead, CacheWrite = now.CacheWrite ?? route.Price.CacheWrite };
                route.SourceUrl = source.SourceUrl;
                route.Checked = source.Item2;
                report.Note("Prices that took effect after the route was read (genai-prices' dated prices; the route's price and source replaced)",
                    string.Create(CultureInfo.InvariantCulture, $"{where}: {atChecked.Input}/{atChecked.Output} -> {now.Input}/{now.Output} from {last:yyyy-MM-dd}"));
            }

            route.History = history;
            route.PriceSources["history"] = source;
            report.Note("Price histories from genai-prices' dated prices",
                string.Create(CultureInfo.InvariantCulture, $"{where}: {string.Join("; ", history.Select(h => $"{h.Date:yyyy-MM-dd} {h.Event} {h.Price.Input}/{h.Price.Output}"))}"));
        }
    }

    /// <summary>The dataset's input and output prices are the route's.</summary>
    private static bool Agrees(Price route, Price theirs) => route.Input == theirs.Input && route.Output == theirs.Output;

    /// <summary>The 1-hour cache write and the reasoning price, where the route has none.</summary>
    private static void AddToPrice(CatalogRoute route, Price theirs, (string, DateOnly) source)
    {
        var price = route.Price!;
        if (price.CacheWrite1h is null && theirs.CacheWrite1h is { } hour)
        {
            price = price with { CacheWrite1h = hour };
            route.PriceSources["cache_write_1h"] = source;
        }

        if (price.Reasoning is null && theirs.Reasoning is { } reasoning && reasoning != price.Output)
        {
            price = price with { Reasoning = reasoning };
            route.PriceSources["reasoning"] = source;
        }

        route.Price = price;
    }

    /// <summary>The tiers the catalog can carry: above a positive threshold, with an input and an output price in range.</summary>
    private static List<SourcePriceTier> Kept(IReadOnlyList<SourcePriceTier> tiers) =>
        [.. tiers.Where(t => t.AboveTokens > 0 && t.Price.HasInputAndOutput && InRange(t.Price))];

    /// <summary>The dataset's context tiers, where the route has none.</summary>
    private static void AddTiers(CatalogRoute route, IReadOnlyList<SourcePriceTier> tiers, (string, DateOnly) source)
    {
        var kept = Kept(tiers);
        if (route.Tiers.Count > 0 || kept.Count == 0)
        {
            return;
        }

        route.Tiers = kept;
        route.PriceSources["tiers"] = source;
    }

    private static Price? Tier(CatalogRoute route, string field, Price? price, (string, DateOnly) source)
    {
        if (price is null || !InRange(price))
        {
            return null;
        }

        route.PriceSources[field] = source;
        return price;
    }

    private static bool InRange(Price p) =>
        new[] { p.Input, p.Output, p.CacheRead, p.CacheWrite, p.CacheWrite1h, p.Reasoning }.All(v => v is null or (>= 0 and <= RouteBuilder.MaxPrice));
}
