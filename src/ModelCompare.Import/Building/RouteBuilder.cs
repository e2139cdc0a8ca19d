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

    public IReadOnlyList<CatalogRoute> Build(IReadOnlyDictionary<string, CatalogModel> modelsByKey, IReadOnlyDictionary<string, RouteMatch> routeMatches)
    {
        ArgumentNullException.ThrowIfNull(modelsByKey);
        ArgumentNullException.ThrowIfNull(routeMatches);
        var routes = new List<CatalogRoute>();
        var taken = new HashSet<(string, string, string?)>();
        var groups = routeMatches.Values
            .Where(m => modelsByKey.ContainsKey(m.Key))
            .GroupBy(m => (Provider: ModelSelector.ProviderSlug(m.Entry.ProviderId!), Model: modelsByKey[m.Key], Variant: m.Variant?.Slug))
            .OrderBy(g => g.Key.Provider, StringComparer.Ordinal).ThenBy(g => g.Key.Model.Slug, StringComparer.Ordinal).ThenBy(g => g.Key.Variant ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        foreach (var group in groups)
        {
            var (provider, model, _) = group.Key;
            var chosen = group
                .OrderBy(m => m.FromPointer ? 1 : 0)
                .ThenBy(m => OwnIdRank(m.Entry, model))
                .ThenBy(m => m.Entry.Id.Count(c => c == '/'))
                .ThenBy(m => m.Entry.Status == "deprecated" ? 1 : 0)
                .ThenBy(m => m.Entry.Cost is { HasInputAndOutput: true, IsZero: false } ? 0 : 1)
                .ThenBy(m => m.Entry.Cost is { HasInputAndOutput: true } c ? c.Input!.Value + c.Output!.Value : 0m)
                .ThenByDescending(m => m.Entry.ReleaseDate ?? DateOnly.MinValue)
                .ThenBy(m => m.Entry.Id, StringComparer.Ordinal)
                .ToList();
            var first = chosen[0];
            if (first.FromPointer && !PointerServesModel(first, model))
            {
                report.Fold($"{provider}/{model.Slug}: {first.Entry.Id} left out, a floating name whose price or limits here differ from the maker's for this model, so what it serves is not stated");
                chosen.RemoveAt(0);
                foreach (var rest in chosen)
                {
                    report.Fold($"{provider}/{model.Slug}: {rest.Entry.Id} left out, a floating name whose price or limits here differ from the maker's for this model, so what it serves is not stated");
                }

                continue;
            }

            taken.Add((provider, model.Slug, first.Variant?.Slug));
            routes.Add(ToRoute(provider, model, first.Entry, first.Variant));
            model.ApiIds.Add(first.Entry.Id);
            foreach (var other in chosen.Skip(1))
            {
                var where = $"{provider}/{model.Slug}{(first.Variant is { } v ? "--" + v.Slug : string.Empty)}";
                var date = ModelIdNormalizer.DateOf(RouteVariants.Split(other.Entry.Id).ModelId);
                if (date is not null && model.SnapshotDate is { } snapshot && date != snapshot && !other.FromPointer)
                {
                    report.Fold($"{where}: {other.Entry.Id} left out, the dated snapshot {date} is not the model's ({snapshot}) and has no catalog model of its own");
                    continue;
                }

                if (other.FromPointer ? SameTerms(first.Entry, other.Entry) : SameOffer(first.Entry, other.Entry))
                {
                    model.ApiIds.Add(other.Entry.Id);
                    report.Fold(other.FromPointer
                        ? $"{where}: {other.Entry.Id} folded into {first.Entry.Id}, a floating name serving this model at the same price and limits"
                        : $"{where}: {other.Entry.Id} folded into {first.Entry.Id}, the same offer under another id (same price and limits)");
                    continue;
                }

                if (other.FromPointer)
                {
                    report.Fold($"{where}: {other.Entry.Id} left out, a floating name whose price or limits here differ from this model's, so what it serves is not stated");
                    continue;
                }

                if (date is not null && model.SnapshotDate is null)
                {
                    report.Fold($"{where}: {other.Entry.Id} left out, a dated snapshot at another price or limits with no catalog model of its own");
                    continue;
                }

                var variant = Distinguish(first.Entry.Id, other.Entry.Id, other.Variant);
                if (!taken.Add((provider, model.Slug, variant.Slug)))
                {
                    report.Fold($"{where}: {other.Entry.Id} left out, another offer of the same kind ({variant.Detail}) is kept");
                    continue;
                }

                routes.Add(ToRoute(provider, model, other.Entry, variant));
                model.ApiIds.Add(other.Entry.Id);
                report.Note("Second offers under another id kept as variants", $"{provider}/{model.Slug}--{variant.Slug}: {other.Entry.Id}");
            }
        }

        return [.. routes.OrderBy(r => r.Provider, StringComparer.Ordinal).ThenBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.Variant?.Slug ?? string.Empty, StringComparer.Ordinal)];
    }

    /// <summary>0 for the model's own id, 1 for the dated id of its snapshot, 2 for any other id.</summary>
    private static int OwnIdRank(ModelsDevModel entry, CatalogModel model)
    {
        var id = RouteVariants.Split(entry.Id).ModelId;
        return ModelIdNormalizer.NormalizeDated(id) == model.Key ? 0
            : ModelIdNormalizer.Normalize(id) == model.Key && ModelIdNormalizer.DateOf(id) is { } d && d == model.SnapshotDate ? 1
            : 2;
    }

    /// <summary>Input and output prices and limits agree (a floating name and the model it serves).</summary>
    private static bool SameTerms(ModelsDevModel a, ModelsDevModel b) =>
        a.Cost?.Input == b.Cost?.Input && a.Cost?.Output == b.Cost?.Output && a.Context == b.Context && a.MaxOutput == b.MaxOutput;

    /// <summary>A floating name at a seller with no route of its own for the model serves it when its terms are the maker's for that name.</summary>
    private bool PointerServesModel(RouteMatch match, CatalogModel model) =>
        modelsDev.Routes.Any(r => ModelSelector.ProviderSlug(r.ProviderId!) == model.Maker && r.Id == RouteVariants.Split(match.Entry.Id).ModelId && SameTerms(r, match.Entry));

    /// <summary>Two entries are one offer when price, limits and status agree.</summary>
    private static bool SameOffer(ModelsDevModel a, ModelsDevModel b) =>
        a.Cost == b.Cost && a.Context == b.Context && a.MaxOutput == b.MaxOutput && a.Status == b.Status;

    /// <summary>A variant for a second offer whose id has no marker: the words of its id the first offer's id lacks.</summary>
    private static VariantDraft Distinguish(string firstId, string otherId, VariantDraft? existing)
    {
        var firstWords = ModelIdNormalizer.ToSlug(firstId).Split('-').ToHashSet(StringComparer.Ordinal);
        var otherSlug = ModelIdNormalizer.ToSlug(otherId.Split(':')[0]);
        var words = otherSlug.EndsWith("-non-reasoning", StringComparison.Ordinal) ? ["non-reasoning"]
            : otherSlug.EndsWith("-reasoning", StringComparison.Ordinal) ? ["reasoning"]
            : otherSlug.Split('-').Where(w => !firstWords.Contains(w)).ToList();
        var slug = ModelIdNormalizer.ToSlug(string.Join('-', words.Count > 0 ? words : ["alt"]));
        var draft = new VariantDraft(VariantDraft.Other, slug.Length > 40 ? slug[..40].TrimEnd('-') : slug, $"offered as {otherId}");
        return existing is null ? draft : existing.With(draft);
    }

    private CatalogRoute ToRoute(string provider, CatalogModel model, ModelsDevModel entry, VariantDraft? variant)
    {
        var cost = entry.Cost;
        var free = cost is { IsZero: true };
        var where = $"{provider}/{model.Slug}{(variant is null ? string.Empty : "--" + variant.Slug)}";
        var price = free ? null : ValidPrice(cost, where);
        var tiers = free || price is null ? [] : ValidTiers(entry.Tiers, price, where);
        long? context = entry.Context is > 0 ? entry.Context : null;
        long? maxOutput = entry.MaxOutput is > 0 ? entry.MaxOutput : null;
        var history = History(entry.ProviderId!, entry.Id);
        return new CatalogRoute
        {
            Provider = provider,
            Model = model.Slug,
            Variant = variant,
            Entry = entry,
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
            // The snapshot holds every change in the history, so it was read no earlier than the last one.
            Checked = history.Count > 0 && history[^1].Date > ModelsDevData.Snapshot ? history[^1].Date : ModelsDevData.Snapshot,
            History = history,
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

        // Writing a cache costs at least as much as reading it; a write priced below the read is another
        // figure (a storage price per hour) in the write field, so it is left out rather than billed.
        if (price.CacheWrite is > 0 and var write && price.CacheRead is { } read && write < read)
        {
            report.Note("Cache write prices below the route's cache read price, left out (another figure in the write field)",
                $"{where}: write {Fmt(write)} against read {Fmt(read)}");
            price = price with { CacheWrite = null };
        }

        return price;
    }

    private List<SourcePriceTier> ValidTiers(IReadOnlyList<SourcePriceTier> tiers, Price basePrice, string where)
    {
        var kept = new List<SourcePriceTier>();
        foreach (var tier in tiers.OrderBy(t => t.AboveTokens))
        {
            if (tier.AboveTokens <= 0 || (kept.Count > 0 && kept[^1].AboveTokens == tier.AboveTokens) || !InRange(tier.Price))
            {
                report.Note("Price tiers left out (duplicate size or price out of range)", $"{where}: above {tier.AboveTokens}");
                continue;
            }

            // A larger prompt is never cheaper per token at the maker: a tier below the price under it is a slip.
            var under = kept.Count > 0 ? kept[^1].Price : basePrice;
            if (tier.Price.Input < under.Input || tier.Price.Output < under.Output)
            {
                report.Note("Price tiers left out (priced below the price under their threshold)",
                    $"{where}: above {tier.AboveTokens}: {Fmt(tier.Price.Input)}/{Fmt(tier.Price.Output)} against {Fmt(under.Input)}/{Fmt(under.Output)}");
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
