using System.Globalization;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// The providers: every models.dev provider that serves a catalog model, and every maker. A maker
/// models.dev has no provider file for comes from an LLM Stats organization, or from the name of its
/// models.dev lab folder.
/// </summary>
internal sealed class ProviderBuilder(ModelsDevData modelsDev, LlmStatsData llmStats)
{
    /// <summary>Display names of models.dev lab folders that have no provider file and no LLM Stats organization.</summary>
    private static readonly Dictionary<string, string> LabNames = new(StringComparer.Ordinal)
    {
        ["tencent"] = "Tencent", ["deepreinforce"] = "DeepReinforce",
    };

    public IReadOnlyList<CatalogProvider> Build(IReadOnlyList<CatalogModel> models, IReadOnlyList<CatalogRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(routes);
        var bySlug = modelsDev.Providers.Values.ToDictionary(p => ModelSelector.ProviderSlug(p.Id), StringComparer.Ordinal);
        var result = new SortedDictionary<string, CatalogProvider>(StringComparer.Ordinal);
        foreach (var slug in routes.Select(r => r.Provider).Concat(models.Select(m => m.Maker)).Distinct(StringComparer.Ordinal))
        {
            result[slug] = bySlug.TryGetValue(slug, out var p) ? FromModelsDev(slug, p) : Maker(slug);
        }

        foreach (var model in models)
        {
            result[model.Maker].Roles.Add("maker");
        }

        foreach (var group in routes.GroupBy(r => r.Provider, StringComparer.Ordinal))
        {
            result[group.Key].Roles.Add("host");
        }

        foreach (var provider in result.Values)
        {
            provider.Body = Body(provider, models.Count(m => m.Maker == provider.Slug), routes.Count(r => r.Provider == provider.Slug));
        }

        return [.. result.Values];
    }

    private static CatalogProvider FromModelsDev(string slug, ModelsDevProvider p) => new()
    {
        Slug = slug,
        Name = p.Name,
        Docs = HttpsUrl(p.Doc),
        ApiBase = HttpsUrl(p.Api),
        Sdk = p.Npm,
        Sources = [new SourceLink("models.dev", ModelsDevData.ProviderUrl(p.Id))],
        LastReviewed = ModelsDevData.Snapshot,
    };

    private CatalogProvider Maker(string slug)
    {
        if (llmStats.Organizations.TryGetValue(slug, out var org))
        {
            return new CatalogProvider
            {
                Slug = slug, Name = org.Name, Website = HttpsUrl(org.Website),
                Sources = [new SourceLink("LLM Stats", org.Url)], LastReviewed = LlmStatsData.Snapshot,
            };
        }

        if (LabNames.TryGetValue(slug, out var name))
        {
            return new CatalogProvider
            {
                Slug = slug, Name = name, Sources = [new SourceLink("models.dev", ModelsDevData.LabUrl(slug))],
                LastReviewed = ModelsDevData.Snapshot,
            };
        }

        throw new InvalidOperationException($"The maker '{slug}' is in no dataset; add it to the maker rules with its source.");
    }

    private static string Body(CatalogProvider provider, int made, int hosted)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        if (made > 0)
        {
            parts.Add(string.Create(inv, $"makes {made} {(made == 1 ? "model" : "models")}"));
        }

        if (hosted > 0)
        {
            parts.Add(string.Create(inv, $"offers {hosted} {(hosted == 1 ? "model" : "models")} through its API"));
        }

        return $"In this catalog, {provider.Name} {string.Join(" and ", parts)}.";
    }

    /// <summary>An absolute https URL without placeholders, or null.</summary>
    private static string? HttpsUrl(string? url) =>
        url is not null && url.StartsWith("https://", StringComparison.Ordinal) && !url.Contains('$', StringComparison.Ordinal)
            && !url.Contains('{', StringComparison.Ordinal) && !url.Contains(' ', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Absolute, out _)
            ? url
            : null;
}
