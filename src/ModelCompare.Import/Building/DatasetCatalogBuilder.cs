using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>Reads every dataset and puts the catalog together, in an order that does not depend on the file system.</summary>
internal static class DatasetCatalogBuilder
{
    public static Catalog Build(string datasetsRoot, LicenseTable licenses, ImportReport report, Corrections? corrections = null, ServiceTierTable? serviceTiers = null, DateOnly? asOf = null)
    {
        corrections ??= Corrections.None;
        var modelsDev = ModelsDevReader.Read(datasetsRoot);
        var llmStats = LlmStatsReader.Read(datasetsRoot);
        var liteLlm = LiteLlmReader.Read(datasetsRoot);
        var genAi = GenAiPricesReader.Read(datasetsRoot);
        var epoch = EpochReader.Read(datasetsRoot);

        var selector = new ModelSelector(modelsDev, BenchmarkedKeys(epoch, llmStats), report);
        var candidates = selector.Select(out var routeMatches);
        var facts = new ModelFactsBuilder(llmStats, liteLlm, modelsDev.OpenRouter, licenses, report) { Corrections = corrections };
        var models = candidates.Select(ModelFactsBuilder.Build).ToList();
        var byKey = models.ToDictionary(m => m.Key, StringComparer.Ordinal);

        var routes = new RouteBuilder(modelsDev, report).Build(byKey, routeMatches);
        foreach (var model in models)
        {
            if (routes.Any(r => r.Model == model.Slug && r.Price?.CacheRead is not null))
            {
                model.Capabilities["prompt_caching"] = true;
            }
        }

        facts.Enrich(models);
        facts.Agree(models, routes, candidates.ToDictionary(c => c.Key, StringComparer.Ordinal), selector.FloatingNames);
        new StatusBuilder(liteLlm, modelsDev, corrections, report).Apply(models, routes);
        SuccessorRule.Apply(models, report);
        facts.CorrectSuccessors(models);
        corrections.ReportUnused(models.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal), report);
        var index = new ModelIndex(models);
        new PriceCrossCheck(report).Apply(genAi, routes, index);
        var extras = new PriceExtras(report);
        // Dated prices first: a price that took effect after the route was read is the one the batch discount applies to.
        extras.ApplyHistory(genAi, routes, index, models.ToDictionary(m => m.Slug, StringComparer.Ordinal), asOf ?? GenAiPricesReader.Snapshot);
        extras.Apply(genAi, liteLlm, routes, index, models.ToDictionary(m => m.Slug, m => m.Maker, StringComparer.Ordinal), serviceTiers ?? ServiceTierTable.Empty);
        var benchmarks = new BenchmarkBuilder(index, report) { FloatingNames = selector.FloatingNames, Models = models }.Build(epoch, llmStats, modelsDev.Canonical);
        var providers = new ProviderBuilder(modelsDev, llmStats).Build(models, routes);

        return new Catalog
        {
            Providers = providers,
            Models = [.. models.OrderBy(m => m.Maker, StringComparer.Ordinal).ThenBy(m => m.Slug, StringComparer.Ordinal)],
            Routes = routes,
            Benchmarks = benchmarks,
        };
    }

    /// <summary>Normalized ids (and their looser forms) that Epoch AI or LLM Stats has a score for.</summary>
    private static HashSet<string> BenchmarkedKeys(IReadOnlyList<EpochScore> epoch, LlmStatsData llmStats)
    {
        var ids = epoch.Select(s => ModelIdNormalizer.SplitEffort(s.ModelVersion).Id)
            .Concat(llmStats.Scores.Select(s => s.ModelId));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var key = ModelIdNormalizer.Normalize(id);
            keys.Add(key);
            keys.UnionWith(ModelIdNormalizer.Fallbacks(key));
        }

        return keys;
    }
}
