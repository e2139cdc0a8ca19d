using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

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
}

/// <summary>
/// Chooses the catalog's models: every text-generation canonical models.dev record, then the provider
/// routes grouped by normalized id, kept when several providers serve them or a benchmark scored them.
/// </summary>
internal sealed class ModelSelector(ModelsDevData modelsDev, ISet<string> benchmarkedKeys, ImportReport report)
{
    /// <summary>A route group needs this many providers, or one provider and a benchmark score.</summary>
    public const int MinProviders = 6;

    /// <summary>Suffixes a canonical id may carry that a host's shorter id ("llama-3-3-70b") leaves off.</summary>
    private static readonly string[] Expansions = ["-instruct", "-it", "-latest"];

    public IReadOnlyList<ModelCandidate> Select(out Dictionary<string, string> routeKeys)
    {
        var candidates = new SortedDictionary<string, ModelCandidate>(StringComparer.Ordinal);
        foreach (var group in modelsDev.Canonical.GroupBy(m => ModelIdNormalizer.Normalize(m.Id), StringComparer.Ordinal))
        {
            // The undated record ("claude-opus-4-5") speaks for its dated snapshots ("...-20251101").
            var primary = group.OrderBy(m => ModelIdNormalizer.ToSlug(m.Id.Split('/')[^1]) == group.Key ? 0 : 1)
                .ThenBy(m => m.Id, StringComparer.Ordinal).First();
            if (!TextModelFilter.IsTextGeneration(group.Key, primary.Output))
            {
                report.Note("Canonical models.dev records left out as not text generation", primary.Id);
                continue;
            }

            candidates[group.Key] = new ModelCandidate(group.Key, ProviderSlug(primary.Id.Split('/')[0]), primary,
                ModelsDevData.CanonicalUrl(primary.Id), true, [.. group.Select(m => m.Id)]);
        }

        var keys = RouteKeys(candidates);
        routeKeys = keys;
        var groups = modelsDev.Routes
            .Where(r => keys.ContainsKey(RouteId(r)) && !candidates.ContainsKey(keys[RouteId(r)]))
            .GroupBy(r => keys[RouteId(r)], StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var providers = group.Select(r => r.ProviderId).Distinct(StringComparer.Ordinal).Count();
            var maker = MakerResolver.Resolve(group.Key);
            var benchmarked = benchmarkedKeys.Contains(group.Key);
            if (maker is null || (providers < MinProviders && !benchmarked))
            {
                continue;
            }

            // The name most providers use ("DeepSeek V3.2", not one host's "deepseek-v3.2"), then the maker's own entry.
            var name = group.Where(r => r.Name != r.Id).GroupBy(r => r.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var facts = group
                .OrderBy(r => r.ProviderId == maker ? 0 : 1)
                .ThenBy(r => r.Name == name ? 0 : 1)
                .ThenBy(r => r.Knowledge is null ? 1 : 0)
                .ThenBy(r => r.ProviderId, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                .First();
            candidates[group.Key] = new ModelCandidate(group.Key, maker, facts,
                ModelsDevData.RouteUrl(facts.ProviderId!, facts.Id), false, []);
        }

        var providerCounts = keys
            .GroupBy(k => k.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(k => k.Key.Split('\n')[0]).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var merged = DuplicateMerger.Merge([.. candidates.Values], providerCounts, report);
        foreach (var (id, key) in keys.ToList())
        {
            if (merged.Redirects.TryGetValue(key, out var target))
            {
                keys[id] = target;
            }
        }

        // A route whose own id is a renamed pointer's new key ("gpt-5-chat") belongs to it, not to a looser match.
        var renamed = merged.Kept.Where(c => c.MergedKeys.Contains(c.Key + "-latest")).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, raw) in _rawKeys)
        {
            if (renamed.Contains(raw))
            {
                keys[id] = raw;
            }
        }

        return merged.Kept;
    }

    private Dictionary<string, string> _rawKeys = new(StringComparer.Ordinal);

    public static string RouteId(ModelsDevModel route) => $"{route.ProviderId}\n{route.Id}";

    public static string ProviderSlug(string id) => ModelIdNormalizer.ToSlug(id);

    /// <summary>The normalized key of every text route; a key one fallback away from a bigger group joins it.</summary>
    private Dictionary<string, string> RouteKeys(SortedDictionary<string, ModelCandidate> canonical)
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in modelsDev.Routes)
        {
            var key = route.BaseModel is { } b ? ModelIdNormalizer.Normalize(b) : ModelIdNormalizer.Normalize(route.Id);
            if (key.Length == 0 || !TextModelFilter.IsTextGeneration(key, route.Output))
            {
                continue;
            }

            raw[RouteId(route)] = key;
        }

        _rawKeys = raw;
        var known = new HashSet<string>(raw.Values, StringComparer.Ordinal);
        known.UnionWith(canonical.Keys);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, key) in raw)
        {
            var target = canonical.ContainsKey(key)
                ? key
                : ModelIdNormalizer.Fallbacks(key).FirstOrDefault(canonical.ContainsKey)
                  ?? Expansions.Select(e => key + e).FirstOrDefault(canonical.ContainsKey)
                  ?? ModelIdNormalizer.Fallbacks(key).FirstOrDefault(known.Contains)
                  ?? key;
            result[id] = target;
        }

        return result;
    }
}
