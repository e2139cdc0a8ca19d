using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;
using ModelCompare.Import.Tables;

namespace ModelCompare.Import.Building;

/// <summary>A model the catalog will carry, before its facts are filled in.</summary>
internal sealed record ModelCandidate(string Key, string Maker, ModelsDevModel Facts, string FactsUrl, bool IsCanonical, IReadOnlyList<string> CanonicalIds)
{
    /// <summary>The display name; the facts' name unless a merge changed it.</summary>
    public string Name { get; init; } = Facts.Name;

    /// <summary>Keys of the candidates merged into this one; their slugs become aliases.</summary>
    public IReadOnlyList<string> MergedKeys { get; init; } = [];

    /// <summary>Provider model ids of merged candidates that no route or canonical record adds.</summary>
    public IReadOnlyList<string> ExtraApiIds { get; init; } = [];

    /// <summary>The family a dated snapshot shares with its siblings ("gpt-4o"), or null to keep the facts' family.</summary>
    public string? Family { get; init; }

    /// <summary>The key of the snapshot that replaced this one, for a dated snapshot kept apart.</summary>
    public string? Successor { get; init; }

    /// <summary>The date (digits) of the dated snapshot this model is, when the data names it.</summary>
    public string? SnapshotDate { get; init; }

    /// <summary>Modes the model runs in ("thinking", "non-thinking").</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];
}

/// <summary>A provider entry matched to a catalog key, with the variant its id names.</summary>
/// <param name="Entry">The provider's entry.</param>
/// <param name="Key">The catalog key it belongs to.</param>
/// <param name="Variant">The variant its id names, or null for the plain offer.</param>
/// <param name="OwnKey">The normalized form of the entry's own id, without its variant markers.</param>
internal sealed record RouteMatch(ModelsDevModel Entry, string Key, VariantDraft? Variant, string OwnKey)
{
    /// <summary>The entry's id is a floating name ("deepseek-chat", "mistral-large-latest") that became an alias of <see cref="Key"/>.</summary>
    public bool FromPointer { get; init; }
}

/// <summary>
/// Chooses the catalog's models: every text-generation canonical models.dev record (a dated snapshot that
/// models.dev names and prices apart stays a model of its own), then the provider routes grouped by
/// normalized id, kept when several providers serve them, a benchmark scored them, or the maker's own API
/// sells them (a route at the maker that is not deprecated, for a model released in the year before the data's
/// date, not a preview): a maker's current models are in the catalog even with few hosts.
/// </summary>
internal sealed class ModelSelector(ModelsDevData modelsDev, ISet<string> benchmarkedKeys, ImportReport report)
{
    /// <summary>A route group needs this many providers, or a benchmark score, or a live route at its maker.</summary>
    public const int MinProviders = 6;

    /// <summary>Suffixes a canonical id may carry that a host's shorter id ("llama-3-3-70b") leaves off.</summary>
    private static readonly string[] Expansions = ["-instruct", "-it", "-latest"];

    public IReadOnlyList<ModelCandidate> Select(out Dictionary<string, RouteMatch> routeMatches)
    {
        var candidates = new SortedDictionary<string, ModelCandidate>(StringComparer.Ordinal);
        foreach (var group in modelsDev.Canonical.GroupBy(m => ModelIdNormalizer.Normalize(m.Id), StringComparer.Ordinal))
        {
            foreach (var candidate in SplitSnapshots(group.Key, [.. group]))
            {
                if (!TextModelFilter.IsTextGeneration(candidate.Key, candidate.Facts.Output))
                {
                    report.Note("Canonical models.dev records left out as not text generation", candidate.Facts.Id);
                    continue;
                }

                candidates[candidate.Key] = candidate;
            }
        }

        var matches = RouteKeys(candidates);
        var groups = modelsDev.Routes
            .Where(r => matches.TryGetValue(RouteId(r), out var m) && !candidates.ContainsKey(m.Key))
            .GroupBy(r => matches[RouteId(r)].Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var providers = group.Select(r => r.ProviderId).Distinct(StringComparer.Ordinal).Count();
            var maker = MakerResolver.Resolve(group.Key);
            var benchmarked = benchmarkedKeys.Contains(group.Key);
            if (maker is null)
            {
                continue;
            }

            // A maker's current model is in the catalog however few hosts carry it: its own API (or storefront)
            // serves it, does not mark it deprecated, and released it in the year before the data's date. Not a
            // preview (the released model is, or will be, its own record), and not the bare name of an instruct
            // model the catalog already has (that would move the model to another address).
            var makerSells = group.Any(r => r.Status != "deprecated" && IsMakersOwn(ProviderSlug(r.ProviderId!), maker)
                    && r.ReleaseDate is { } released && released >= ModelsDevData.Snapshot.AddYears(-1))
                && !group.Key.Contains("preview", StringComparison.Ordinal)
                && !Expansions.Any(e => candidates.ContainsKey(group.Key + e));
            if (providers < MinProviders && !benchmarked)
            {
                if (!makerSells)
                {
                    continue;
                }

                report.Note($"Models kept because their maker sells them, with fewer than {MinProviders} providers and no benchmark", group.Key);
            }

            // The name most providers use ("DeepSeek V3.2", not one host's "deepseek-v3.2"), then the maker's own entry.
            var plain = group.Where(r => matches[RouteId(r)].Variant is null).ToList();
            var pool = plain.Count > 0 ? plain : [.. group];
            var name = pool.Where(r => r.Name != r.Id).GroupBy(r => DuplicateMerger.StripLatest(r.Name), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var facts = pool
                .OrderBy(r => r.ProviderId == maker ? 0 : 1)
                .ThenBy(r => DuplicateMerger.StripLatest(r.Name) == name ? 0 : 1)
                .ThenBy(r => r.Knowledge is null ? 1 : 0)
                .ThenBy(r => r.ProviderId, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                .First();
            if (!TextModelFilter.IsTextGeneration(group.Key, facts.Output) || !TextModelFilter.IsTextGeneration(ModelIdNormalizer.Normalize(facts.Name), facts.Output))
            {
                report.Note("Provider model groups left out as not text generation", group.Key);
                continue;
            }

            candidates[group.Key] = new ModelCandidate(group.Key, maker, facts,
                ModelsDevData.RouteUrl(facts.ProviderId!, facts.Id), false, []);
        }

        var merged = DuplicateMerger.Merge([.. candidates.Values], ProviderCounts(matches), MakerEntries(matches, candidates), modelsDev.OpenRouter, report);
        FloatingNames = merged.Pointers;
        var kept = merged.Kept.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var openRouter = modelsDev.OpenRouter.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var (id, match) in matches.ToList())
        {
            // A route whose own id is a kept model's key ("gpt-5-chat", kept from "gpt-5-chat-latest") belongs to it, not to a looser match.
            if (match.OwnKey != match.Key && kept.Contains(match.OwnKey) && match.Variant is null)
            {
                matches[id] = match with { Key = match.OwnKey };
                continue;
            }

            if (!merged.Redirects.TryGetValue(match.Key, out var target))
            {
                continue;
            }

            // A floating name means what each seller serves under it: OpenRouter's "deepseek/deepseek-chat" is DeepSeek V3.
            var pointer = merged.Pointers.Contains(match.Key);
            if (pointer && ProviderSlug(match.Entry.ProviderId!) == "openrouter"
                && openRouter.TryGetValue(match.Entry.Id.Split(':')[0], out var listed) && listed.HuggingFaceId is { } weights
                && ModelIdNormalizer.Normalize(weights) is var byWeights && merged.Redirects.GetValueOrDefault(byWeights, byWeights) is var weightsKey
                && kept.Contains(weightsKey) && weightsKey != target)
            {
                report.Fold($"openrouter/{match.Entry.Id} is {weightsKey}, not {target}: OpenRouter's list names its weights {weights}");
                matches[id] = match with { Key = weightsKey };
                continue;
            }

            matches[id] = match with { Key = target, FromPointer = pointer };
        }

        routeMatches = matches;
        return [.. merged.Kept.Select(c => c.SnapshotDate is null ? c with { SnapshotDate = SnapshotOf(c, matches) } : c)];
    }

    /// <summary>
    /// The dated snapshot an undated model stands for: the date in OpenRouter's canonical slug of its id, else the one
    /// dated id its maker sells at the undated id's price and limits, else the one date any provider's dated id names.
    /// </summary>
    private string? SnapshotOf(ModelCandidate c, Dictionary<string, RouteMatch> matches)
    {
        var listed = modelsDev.OpenRouter
            .Where(o => ModelIdNormalizer.Normalize(o.Id) == c.Key && o.CanonicalSlug is not null)
            .Select(o => ModelIdNormalizer.DateOf(o.CanonicalSlug!))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (listed.Count == 1)
        {
            return listed[0];
        }

        var atMaker = matches.Values.Where(m => m.Key == c.Key && m.Variant is null && ProviderSlug(m.Entry.ProviderId!) == c.Maker).ToList();
        var plain = atMaker.FirstOrDefault(m => ModelIdNormalizer.NormalizeDated(RouteVariants.Split(m.Entry.Id).ModelId) == c.Key);
        var dated = atMaker.Where(m => plain is not null && ModelIdNormalizer.DateOf(m.Entry.Id) is not null
                && m.Entry.Cost == plain.Entry.Cost && m.Entry.Context == plain.Entry.Context && m.Entry.MaxOutput == plain.Entry.MaxOutput)
            .Select(m => ModelIdNormalizer.DateOf(m.Entry.Id)!).Distinct(StringComparer.Ordinal).ToList();
        if (dated.Count == 1)
        {
            return dated[0];
        }

        // Every dated id any provider uses for the model names one date: there is one snapshot.
        var all = matches.Values.Where(m => m.Key == c.Key).Select(m => ModelIdNormalizer.DateOf(RouteVariants.Split(m.Entry.Id).ModelId))
            .Concat(c.CanonicalIds.Select(ModelIdNormalizer.DateOf))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return all.Count == 1 ? all[0] : null;
    }

    /// <summary>Keys of the floating names that became aliases ("deepseek-chat", "mistral-large-latest"), once <see cref="Select"/> ran.</summary>
    public IReadOnlySet<string> FloatingNames { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    public static string RouteId(ModelsDevModel route) => $"{route.ProviderId}\n{route.Id}";

    public static string ProviderSlug(string id) => ModelIdNormalizer.ToSlug(id);

    /// <summary>The provider is the maker itself, or a storefront of the maker's (<see cref="SellerTable.MakerStorefronts"/>).</summary>
    private static bool IsMakersOwn(string providerSlug, string maker) => providerSlug == maker || SellerTable.IsMakerOwn(providerSlug, maker);

    /// <summary>
    /// The records of one normalized id: the undated record (or the first) and the records that are the same
    /// snapshot make one model; a dated record models.dev names apart, or prices apart at the maker, is a model
    /// of its own, linked to its siblings by family and successor.
    /// </summary>
    private List<ModelCandidate> SplitSnapshots(string key, IReadOnlyList<ModelsDevModel> records)
    {
        var primary = records.OrderBy(m => ModelIdNormalizer.ToSlug(m.Id.Split('/')[^1]) == key ? 0 : 1)
            .ThenBy(m => m.Id, StringComparer.Ordinal).First();
        var lab = ProviderSlug(primary.Id.Split('/')[0]);
        var same = new List<ModelsDevModel> { primary };
        var apart = new List<ModelsDevModel>();
        string? snapshot = ModelIdNormalizer.DateOf(primary.Id);
        foreach (var record in records.Where(r => r != primary).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var reason = SameSnapshot(primary, record, lab);
            if (reason is not null)
            {
                same.Add(record);
                snapshot ??= ModelIdNormalizer.DateOf(record.Id);
                report.Fold($"{record.Id} is the model {primary.Id}: {reason}");
            }
            else
            {
                apart.Add(record);
            }
        }

        var family = apart.Count > 0 ? key : null;
        var result = new List<ModelCandidate>
        {
            new(key, lab, primary, ModelsDevData.CanonicalUrl(primary.Id), true, [.. same.Select(m => m.Id)])
            {
                Family = family, SnapshotDate = snapshot,
            },
        };
        foreach (var record in apart)
        {
            var dated = ModelIdNormalizer.NormalizeDated(record.Id);
            result.Add(new ModelCandidate(dated, lab, record, ModelsDevData.CanonicalUrl(record.Id), true, [record.Id])
            {
                Family = family, SnapshotDate = ModelIdNormalizer.DateOf(record.Id),
            });
            report.Note("Dated snapshots kept as models of their own", $"{dated}: {record.Name} (models.dev names or prices it apart from {primary.Id})");
        }

        // Each older snapshot is succeeded by the next one; the undated model stands at its snapshot's date.
        var ordered = result.Select(c => (Candidate: c, Date: c.SnapshotDate ?? Dates.Iso(c.Facts.LastUpdated ?? c.Facts.ReleaseDate ?? DateOnly.MaxValue).Replace("-", string.Empty, StringComparison.Ordinal)))
            .OrderBy(x => x.Date, StringComparer.Ordinal).ToList();
        for (var i = 0; i + 1 < ordered.Count && apart.Count > 0; i++)
        {
            var index = result.IndexOf(ordered[i].Candidate);
            result[index] = result[index] with { Successor = ordered[i + 1].Candidate.Key };
        }

        return result;
    }

    /// <summary>Why a canonical record is the same model as the group's primary record, or null when it is not.</summary>
    private string? SameSnapshot(ModelsDevModel primary, ModelsDevModel record, string lab)
    {
        var makerPrimary = MakerEntry(lab, primary.Id);
        var makerRecord = MakerEntry(lab, record.Id);
        if (makerPrimary?.Cost is { } a && makerRecord?.Cost is { } b && (a.Input != b.Input || a.Output != b.Output))
        {
            return null;
        }

        if (DuplicateMerger.StripLatest(primary.Name) == DuplicateMerger.StripLatest(record.Name))
        {
            return "the same name and the same price at the maker";
        }

        var date = ModelIdNormalizer.DateOf(record.Id);
        return date is not null && primary.LastUpdated is { } updated && Dates.Iso(updated).Replace("-", string.Empty, StringComparison.Ordinal) == date
            && primary.Context == record.Context && primary.MaxOutput == record.MaxOutput
                ? $"the undated record was last updated on the snapshot's date ({Dates.Iso(updated)}) and has its limits"
                : null;
    }

    private ModelsDevModel? MakerEntry(string lab, string canonicalId)
    {
        var id = canonicalId.Split('/')[^1];
        return modelsDev.Routes.FirstOrDefault(r => ProviderSlug(r.ProviderId!) == lab && string.Equals(r.Id, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// The catalog key and variant of every text route. The route's own id decides, once its variant markers are
    /// read off; a provider's private id ("umans-coder") falls back to the base model it inherits from. A key one
    /// fallback away from a bigger group joins it.
    /// </summary>
    private Dictionary<string, RouteMatch> RouteKeys(SortedDictionary<string, ModelCandidate> canonical)
    {
        var parsed = new List<(ModelsDevModel Route, SplitId Split, string Own, string OwnDated, string? Base)>();
        foreach (var route in modelsDev.Routes)
        {
            var split = RouteVariants.Split(route.Id);
            var provider = ProviderSlug(route.ProviderId!);
            var own = ModelIdNormalizer.Normalize(split.ModelId);
            var ownDated = ModelIdNormalizer.NormalizeDated(split.ModelId);
            if (!canonical.ContainsKey(own) && WithoutProvider(own, provider) is var bare && bare != own && canonical.ContainsKey(bare))
            {
                own = bare;
                ownDated = WithoutProvider(ownDated, provider);
            }
            var baseKey = route.BaseModel is { } b ? ModelIdNormalizer.Normalize(b) : null;
            var textKey = own.Length > 0 ? own : baseKey ?? string.Empty;
            if (textKey.Length == 0 || !TextModelFilter.IsTextGeneration(textKey, route.Output)
                || (baseKey is not null && !TextModelFilter.IsTextGeneration(baseKey, route.Output)))
            {
                continue;
            }

            parsed.Add((route, split, own, ownDated, baseKey));
        }

        // Own ids that several providers use are models in their own right ("grok-4-fast"), not a variant of another.
        var known = parsed.Where(p => p.Own.Length > 0).GroupBy(p => p.Own, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Route.ProviderId).Distinct(StringComparer.Ordinal).Count() >= 3)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        known.UnionWith(canonical.Keys);

        var result = new Dictionary<string, RouteMatch>(StringComparer.Ordinal);
        foreach (var (route, split, own, ownDated, baseKey) in parsed)
        {
            var variant = split.Variant;
            string key;
            if (own.Length > 0 && ownDated != own && canonical.ContainsKey(ownDated))
            {
                key = ownDated;
            }
            else if (own.Length > 0 && Resolve(own, canonical, known) is { } exact && (canonical.ContainsKey(exact) || known.Contains(exact)))
            {
                key = exact;
            }
            else if (split.SoftModelId is { } soft && Resolve(ModelIdNormalizer.Normalize(soft), canonical, known) is { } softKey
                     && (canonical.ContainsKey(softKey) || known.Contains(softKey)))
            {
                key = softKey;
                variant = variant is null ? split.SoftVariant : variant.With(split.SoftVariant!);
            }
            else if (baseKey is not null)
            {
                key = Resolve(baseKey, canonical, known) ?? baseKey;
            }
            else
            {
                key = Resolve(own, canonical, known) ?? own;
            }

            // A dated id is that snapshot: when the catalog holds the snapshot apart ("gpt-4o-2024-11-20"), a host's
            // dated id that reached the undated name (Venice's "openai-gpt-4o-2024-11-20") goes to the snapshot.
            if (ModelIdNormalizer.DateOf(split.ModelId) is { } date && canonical.TryGetValue(key, out var chosen) && chosen.SnapshotDate != date
                && canonical.Values.FirstOrDefault(c => c.Key != key && c.SnapshotDate == date && ModelIdNormalizer.Normalize(c.Key) == key) is { } snapshot)
            {
                key = snapshot.Key;
            }

            result[RouteId(route)] = new RouteMatch(route, key, variant, ownDated);
        }

        return result;
    }

    private static string? Resolve(string key, SortedDictionary<string, ModelCandidate> canonical, HashSet<string> known)
    {
        if (canonical.ContainsKey(key))
        {
            return key;
        }

        // OpenAI's "-instruct" models (gpt-3.5-turbo-instruct) are completion models of their own, not a chat model's twin.
        var fallbacks = ModelIdNormalizer.Fallbacks(key).Where(f => !(key.EndsWith("-instruct", StringComparison.Ordinal) && MakerResolver.Resolve(f) == "openai")).ToList();
        return fallbacks.FirstOrDefault(canonical.ContainsKey)
            ?? Expansions.Select(e => key + e).FirstOrDefault(canonical.ContainsKey)
            ?? (known.Contains(key) ? key : null)
            ?? fallbacks.FirstOrDefault(known.Contains)
            ?? key;
    }

    /// <summary>"databricks-claude-sonnet-4" at databricks is "claude-sonnet-4".</summary>
    private static string WithoutProvider(string key, string provider) =>
        key.StartsWith(provider + "-", StringComparison.Ordinal) && key.Length > provider.Length + 1 ? key[(provider.Length + 1)..] : key;

    private static Dictionary<string, int> ProviderCounts(Dictionary<string, RouteMatch> matches) => matches.Values
        .GroupBy(m => m.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(m => m.Entry.ProviderId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);

    /// <summary>Each candidate's plain route at its maker, when the maker sells it: its price and limits identify a pointer's target.</summary>
    private static Dictionary<string, ModelsDevModel> MakerEntries(Dictionary<string, RouteMatch> matches, SortedDictionary<string, ModelCandidate> candidates)
    {
        var result = new Dictionary<string, ModelsDevModel>(StringComparer.Ordinal);
        foreach (var match in matches.Values.Where(m => m.Variant is null).OrderBy(m => m.Entry.Id, StringComparer.Ordinal))
        {
            if (candidates.TryGetValue(match.Key, out var c) && ProviderSlug(match.Entry.ProviderId!) == c.Maker
                && ModelIdNormalizer.NormalizeDated(RouteVariants.Split(match.Entry.Id).ModelId) is var dated
                && (dated == match.Key || ModelIdNormalizer.Normalize(match.Entry.Id) == match.Key))
            {
                result.TryAdd(match.Key, match.Entry);
            }
        }

        return result;
    }
}
