using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;
using ModelCompare.Import.Tables;

namespace ModelCompare.Import.Building;

/// <summary>
/// Decides each model's status (active, deprecated, retired) and the dates its maker announced, by source order
/// (docs/import.md, "Status and retirement"):
/// <list type="number">
/// <item>an editor's correction (<c>data/corrections/</c>);</item>
/// <item>the maker's own entry in LiteLLM (a key of the maker's own API, <see cref="MakerTables.LiteLlmMakers"/>: never a cloud's
/// key such as <c>anthropic.claude-...</c> on Bedrock or <c>vertex_ai/...</c>, never a floating <c>-latest</c> name),
/// whose <c>deprecation_date</c> is the day the maker stops serving the model;</item>
/// <item>the maker's own route in models.dev: <c>status = "deprecated"</c> marks the model deprecated; a maker's
/// route the price history shows removed, with no route of the maker left, marks it retired at its maker (deprecated
/// when its weights are open: hosts can still serve them);</item>
/// <item>OpenRouter's <c>expiration_date</c>, a reseller's date, only when no source above gives one.</item>
/// </list>
/// A retirement date never comes before the release date.
/// </summary>
internal sealed class StatusBuilder(IReadOnlyList<LiteLlmEntry> liteLlm, ModelsDevData modelsDev, Corrections corrections, ImportReport report)
{
    /// <summary>The report's heading for the statuses the import set.</summary>
    public const string StatusHeading = "Model statuses other than active, with their source";

    /// <summary>The report's heading for a deprecated or removed maker's route that marks its model.</summary>
    public const string MakerRouteHeading = ModelFactsBuilder.ConflictPrefix + "a deprecated maker's route that no source dates (marked deprecated)";

    /// <summary>True when a LiteLLM key is the maker's own entry for a model of <paramref name="maker"/>.</summary>
    public static bool IsMakerKey(LiteLlmEntry entry, string maker)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!MakerTables.LiteLlmMakers.TryGetValue(entry.Provider, out var owner) || owner != maker)
        {
            return false;
        }

        // "gemini/gemini-1.5-pro-002" is Google's own API under LiteLLM's prefix; any other path is a reseller's or a region's.
        var key = entry.Key.StartsWith(entry.Provider + "/", StringComparison.Ordinal) ? entry.Key[(entry.Provider.Length + 1)..] : entry.Key;
        return !key.Contains('/', StringComparison.Ordinal) && !key.Contains('@', StringComparison.Ordinal)
            && !key.EndsWith("-latest", StringComparison.OrdinalIgnoreCase);
    }

    public void Apply(IReadOnlyList<CatalogModel> models, IReadOnlyList<CatalogRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(routes);
        var index = new ModelIndex(models);
        var liteDates = new Dictionary<CatalogModel, (DateOnly Date, string Key)>();
        foreach (var entry in liteLlm.Where(e => e.DeprecationDate is not null))
        {
            if (index.Find(entry.Key, out var otherVersion) is not { } model || otherVersion || !IsMakerKey(entry, model.Maker))
            {
                continue;
            }

            // The key the model's own API id names wins over another key of the same model.
            var named = model.ApiIds.Contains(entry.Key.Split('/')[^1]);
            if (!liteDates.TryGetValue(model, out var current) || (named && !model.ApiIds.Contains(current.Key.Split('/')[^1])))
            {
                liteDates[model] = (entry.DeprecationDate!.Value, entry.Key);
            }
        }

        var openRouter = new Dictionary<CatalogModel, (DateOnly Date, string Id)>();
        foreach (var or in modelsDev.OpenRouter.Where(o => o.ExpirationDate is not null))
        {
            if (index.Find(or.Id, out var otherVersion) is { } model && !otherVersion && !openRouter.ContainsKey(model))
            {
                openRouter[model] = (or.ExpirationDate!.Value, or.Id);
            }
        }

        var lastEvent = modelsDev.History.GroupBy(h => (ModelSelector.ProviderSlug(h.ProviderId), h.ModelId.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.Date).ThenBy(h => h.CommitTime, StringComparer.Ordinal).Last());
        var byModel = routes.ToLookup(r => r.Model, StringComparer.Ordinal);
        foreach (var model in models)
        {
            var makerRoutes = byModel[model.Slug].Where(r => r.Provider == model.Maker && r.Variant is null).ToList();
            string? status = null;
            StatusSourceLink? source = null;
            DateOnly? retires = null;

            if (liteDates.TryGetValue(model, out var lite))
            {
                retires = lite.Date;
                source = new StatusSourceLink(ModelFactsBuilder.MakerEntryName(lite.Key), LiteLlmReader.Url, LiteLlmReader.Snapshot);
            }

            if (makerRoutes.Count > 0 && makerRoutes.All(r => r.Status == "deprecated"))
            {
                status = "deprecated";
                source ??= new StatusSourceLink("models.dev (the maker's route is deprecated)", makerRoutes[0].SourceUrl, ModelsDevData.Snapshot);
            }
            else if (makerRoutes.Count == 0 && RemovedMakerRoute(model, lastEvent) is { } gone)
            {
                status = model.OpenWeights == true ? "deprecated" : "retired";
                source ??= new StatusSourceLink($"models.dev price history (the maker's route {gone.ModelId} was removed on {Dates.Iso(gone.Date)})",
                    $"{ModelsDevData.Repository}/commits/{ModelsDevData.Commit}/providers/{gone.ProviderId}/models/{gone.ModelId}.toml", ModelsDevData.Snapshot);
            }

            if (retires is null && openRouter.TryGetValue(model, out var expiry))
            {
                retires = expiry.Date;
                source = source is null
                    ? new StatusSourceLink($"OpenRouter model list ({expiry.Id} expiration_date)", ModelsDevData.OpenRouterUrl, ModelsDevData.Snapshot)
                    : source with { Name = $"{source.Name}; the date from OpenRouter's model list ({expiry.Id} expiration_date)" };
            }

            if (retires is { } r && model.ReleaseDate is { } released && r < released)
            {
                report.Note("Retirement dates before the release date, left out", $"{model.Slug}: {Dates.Iso(r)}");
                retires = null;
            }

            // An editor's correction, at the maker's rank, over every dataset.
            var correctedRetires = corrections.Apply(model.Slug, "retirement_date", retires is { } d ? Dates.Iso(d) : null, report);
            var correctedStatus = corrections.Apply(model.Slug, "status", status ?? (retires is null ? null : "deprecated"), report);
            var correctedDeprecation = corrections.Apply(model.Slug, "deprecation_date", null, report);
            foreach (var field in new[] { "retirement_date", "status", "deprecation_date" })
            {
                if (corrections.Find(model.Slug, field) is { } c)
                {
                    source = new StatusSourceLink("Editor's correction (data/corrections)", c.Source, c.Checked);
                }
            }

            model.RetirementDate = Dates.Parse(correctedRetires);
            model.DeprecationDate = Dates.Parse(correctedDeprecation);
            model.Status = correctedStatus is "deprecated" or "retired" && !(correctedStatus == "deprecated" && model.RetirementDate is not null) ? correctedStatus : null;
            model.StatusSource = model.Status is not null || model.RetirementDate is not null || model.DeprecationDate is not null ? source : null;
            if (model.StatusSource is { } said)
            {
                report.Full(StatusHeading, $"{model.Slug}: {model.Status ?? "dated"}{(model.RetirementDate is { } t ? $", retires {Dates.Iso(t)}" : "")} ({said.Name})");
            }

            if (makerRoutes.Count > 0 && makerRoutes.All(r => r.Status == "deprecated") && !liteDates.ContainsKey(model) && model.RetirementDate is null)
            {
                report.Full(MakerRouteHeading, $"{model.Slug}: the maker's route is deprecated and no source dates it; marked deprecated");
            }
        }
    }

    /// <summary>The maker's route of this model the price history last shows removed, if any.</summary>
    private static PriceHistoryRow? RemovedMakerRoute(CatalogModel model, Dictionary<(string, string), PriceHistoryRow> lastEvent)
    {
        var ids = model.ApiIds.Append(model.Key).Select(i => i.ToLowerInvariant()).Distinct(StringComparer.Ordinal);
        return ids.Select(id => lastEvent.GetValueOrDefault((model.Maker, id)))
            .OfType<PriceHistoryRow>()
            .Where(h => h.Event == "removed")
            .OrderByDescending(h => h.Date)
            .FirstOrDefault();
    }
}
