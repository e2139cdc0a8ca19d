namespace ModelCompare.Data.Files;

/// <summary>Checks what no single file can: references between files, and slugs unique across them.</summary>
internal static class CrossReferences
{
    public static void Check(
        IReadOnlyList<ProviderDraft> providers,
        IReadOnlyList<ModelDraft> models,
        IReadOnlyList<RouteDraft> routes,
        IReadOnlyList<BenchmarkDraft> benchmarks,
        ProblemList problems,
        IReadOnlySet<string> unreadableModels,
        IReadOnlySet<string> unreadableProviders)
    {
        var files = new Files(
            providers.ToDictionary(p => p.Provider.Slug, StringComparer.Ordinal),
            UniqueModelSlugs(models, problems),
            problems,
            unreadableModels,
            unreadableProviders);

        // 1. Each model's maker, successor and aliases; 2. successor chains; 3. deprecated maker routes of
        // active models; 4. each route's provider and model; 5. each score's model and date.
        CheckModels(models, files);
        CheckSuccessors(models, files.Models, problems);
        CheckDeprecatedMakerRoutes(routes, files);
        CheckRoutes(routes, files);
        CheckScores(benchmarks, files);
    }

    /// <summary>What every step reads: the files by slug, where problems go, and the files already reported as unreadable.</summary>
    private sealed record Files(
        Dictionary<string, ProviderDraft> Providers,
        Dictionary<string, ModelDraft> Models,
        ProblemList Problems,
        IReadOnlySet<string> UnreadableModels,
        IReadOnlySet<string> UnreadableProviders);

    /// <summary>Each model by its slug; a second file with a slug already used is reported at its file name.</summary>
    private static Dictionary<string, ModelDraft> UniqueModelSlugs(IReadOnlyList<ModelDraft> models, ProblemList problems)
    {
        var modelSlugs = new Dictionary<string, ModelDraft>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (!modelSlugs.TryAdd(model.Model.Slug, model))
            {
                var first = modelSlugs[model.Model.Slug];
                problems.Add(model.At with { Line = 1, Column = 1 }, "(file name)", $"the slug \"{model.Model.Slug}\" is already used by {first.At.Path}");
            }
        }

        return modelSlugs;
    }

    /// <summary>A model's maker is a provider marked as a maker, its successor a model, and its aliases no other model's slug or alias.</summary>
    private static void CheckModels(IReadOnlyList<ModelDraft> models, Files files)
    {
        var (providerBySlug, modelSlugs, problems) = (files.Providers, files.Models, files.Problems);
        var aliasOwner = new Dictionary<string, ModelDraft>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (model.Model.MakerSlug.Length == 0)
            {
                // Already reported as a missing field.
            }
            else if (files.UnreadableProviders.Contains(model.Model.MakerSlug))
            {
                // That provider's file is already reported as unreadable.
            }
            else if (!providerBySlug.TryGetValue(model.Model.MakerSlug, out var maker))
            {
                problems.Add(model.MakerAt, "maker", $"no provider \"{model.Model.MakerSlug}\" (expected a file providers/{model.Model.MakerSlug}.md){Suggest(model.Model.MakerSlug, providerBySlug.Keys)}");
            }
            else if (!maker.Provider.IsMaker)
            {
                problems.Add(model.MakerAt, "maker", $"the provider \"{maker.Provider.Slug}\" is not marked as a maker (add maker to its roles)");
            }

            if (model.Model.SuccessorSlug is { } successor)
            {
                if (successor == model.Model.Slug)
                {
                    problems.Add(model.SuccessorAt, "successor", "a model cannot succeed itself");
                }
                else if (!modelSlugs.ContainsKey(successor) && !files.UnreadableModels.Contains(successor))
                {
                    problems.Add(model.SuccessorAt, "successor", $"no model \"{successor}\"{Suggest(successor, modelSlugs.Keys)}");
                }
            }

            foreach (var (alias, at) in model.Aliases)
            {
                if (modelSlugs.TryGetValue(alias, out var owner))
                {
                    problems.Add(at, "aliases", $"\"{alias}\" is the slug of {owner.At.Path}; an alias must be an old slug no model uses");
                }
                else if (!aliasOwner.TryAdd(alias, model) && aliasOwner[alias] != model)
                {
                    problems.Add(at, "aliases", $"\"{alias}\" is already an alias of {aliasOwner[alias].At.Path}");
                }
            }
        }
    }

    /// <summary>Warns when the maker's own route is deprecated but its model says nothing of it.</summary>
    private static void CheckDeprecatedMakerRoutes(IReadOnlyList<RouteDraft> routes, Files files)
    {
        foreach (var route in routes.Where(r => r.Route.Variant is null && r.Route.Status == Catalog.RouteStatus.Deprecated))
        {
            if (files.Models.TryGetValue(route.Route.ModelSlug, out var owner) && (route.Route.IsMakerOwn || route.Route.ProviderSlug == owner.Model.MakerSlug)
                && owner.Model.Status == Catalog.ModelStatus.Active
                && owner.Model.RetirementDate is null && owner.Model.DeprecationDate is null)
            {
                files.Problems.AddWarning(owner.At, "status", $"the maker's own route {route.At.Path} is deprecated, but the model has no status, deprecation_date or retirement_date");
            }
        }
    }

    /// <summary>A route's folder names a provider marked as a host, and its file name a model.</summary>
    private static void CheckRoutes(IReadOnlyList<RouteDraft> routes, Files files)
    {
        var (providerBySlug, modelSlugs, problems) = (files.Providers, files.Models, files.Problems);
        foreach (var route in routes)
        {
            var r = route.Route;
            var at = route.At with { Line = 1, Column = 1 };
            if (files.UnreadableProviders.Contains(r.ProviderSlug))
            {
                // Already reported as unreadable.
            }
            else if (!providerBySlug.TryGetValue(r.ProviderSlug, out var provider))
            {
                problems.Add(at, "(provider)", $"no provider \"{r.ProviderSlug}\" for the folder routes/{r.ProviderSlug}/{Suggest(r.ProviderSlug, providerBySlug.Keys)}");
            }
            else if (!provider.Provider.IsHost)
            {
                problems.Add(at, "(provider)", $"the provider \"{r.ProviderSlug}\" is not marked as a host (add host to its roles)");
            }

            if (!modelSlugs.ContainsKey(r.ModelSlug) && !files.UnreadableModels.Contains(r.ModelSlug))
            {
                problems.Add(at, "(model)", $"no model \"{r.ModelSlug}\" for this file name{Suggest(r.ModelSlug, modelSlugs.Keys)}");
            }
        }
    }

    /// <summary>A score names a model, and is not dated before that model's release.</summary>
    private static void CheckScores(IReadOnlyList<BenchmarkDraft> benchmarks, Files files)
    {
        foreach (var score in benchmarks.SelectMany(b => b.Scores))
        {
            if (!files.Models.TryGetValue(score.Score.ModelSlug, out var scored))
            {
                if (!files.UnreadableModels.Contains(score.Score.ModelSlug))
                {
                    files.Problems.Add(score.ModelAt, "model", $"no model \"{score.Score.ModelSlug}\"{Suggest(score.Score.ModelSlug, files.Models.Keys)}");
                }
            }
            else if (score.Score.Date is { } run && scored.Model.ReleaseDate is { } released && run < released)
            {
                files.Problems.Add(score.DateAt, "date", $"{run:yyyy-MM-dd} is before {score.Score.ModelSlug} was released ({released:yyyy-MM-dd}): a score is dated by its run; leave the date out when the source gives none");
            }
        }
    }

    /// <summary>Warns of a successor chain that comes back to a model, and of a successor released before its predecessor.</summary>
    private static void CheckSuccessors(IReadOnlyList<ModelDraft> models, Dictionary<string, ModelDraft> bySlug, ProblemList problems)
    {
        foreach (var model in models)
        {
            if (model.Model.SuccessorSlug is not { } next || next == model.Model.Slug || !bySlug.TryGetValue(next, out var successor))
            {
                continue;
            }

            if (successor.Model.ReleaseDate is { } later && model.Model.ReleaseDate is { } earlier && later < earlier)
            {
                problems.AddWarning(model.SuccessorAt, "successor", $"{next} was released on {later:yyyy-MM-dd}, before this model ({earlier:yyyy-MM-dd})");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { model.Model.Slug };
            var current = successor;
            while (current.Model.SuccessorSlug is { } step && bySlug.TryGetValue(step, out var following))
            {
                if (step == model.Model.Slug)
                {
                    problems.AddWarning(model.SuccessorAt, "successor", $"the successor chain from {model.Model.Slug} comes back to it: a cycle");
                    break;
                }

                if (!seen.Add(current.Model.Slug))
                {
                    break; // a cycle further on, reported from its own models
                }

                current = following;
            }
        }
    }

    private static string Suggest(string given, IEnumerable<string> candidates) => YamlFieldReader.Suggest(given, candidates);
}
