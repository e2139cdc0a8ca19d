using ModelCompare.Import.Building;

namespace ModelCompare.Import.Matching;

/// <summary>
/// Finds the catalog model a dataset's raw model id stands for, version for version: a dated id
/// ("gpt-4o-2024-05-13", "claude-sonnet-4-5-20250929") finds only the model that is that snapshot, never a
/// sibling snapshot under the same name.
/// </summary>
internal sealed class ModelIndex
{
    private readonly Dictionary<string, CatalogModel> _byKey = new(StringComparer.Ordinal);

    public ModelIndex(IEnumerable<CatalogModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        foreach (var model in models)
        {
            _byKey.TryAdd(model.Key, model);
        }

        // A key reached only through an API id never overrides an exact one; a dated API id counts only
        // when it is the model's own snapshot.
        foreach (var model in _byKey.Values.ToList())
        {
            foreach (var apiId in model.ApiIds)
            {
                var date = ModelIdNormalizer.DateOf(apiId);
                if (date is null || date == model.SnapshotDate)
                {
                    _byKey.TryAdd(ModelIdNormalizer.NormalizeDated(apiId), model);
                }
            }
        }
    }

    public CatalogModel? Find(string rawId) => Find(rawId, out _);

    /// <summary>The model, or null; <paramref name="otherVersion"/> is true when a model of that name exists but is another snapshot.</summary>
    public CatalogModel? Find(string rawId, out bool otherVersion)
    {
        otherVersion = false;
        var dated = ModelIdNormalizer.NormalizeDated(rawId);
        if (_byKey.TryGetValue(dated, out var model))
        {
            return model;
        }

        var key = ModelIdNormalizer.Normalize(rawId);
        var date = ModelIdNormalizer.DateOf(rawId);
        foreach (var candidate in new[] { key }.Concat(ModelIdNormalizer.Fallbacks(key)))
        {
            if (!_byKey.TryGetValue(candidate, out model))
            {
                continue;
            }

            // An undated id is the model; a dated one only when it is the snapshot the model stands for.
            if (date is null || model.SnapshotDate == date)
            {
                return model;
            }

            otherVersion = true;
            return null;
        }

        return null;
    }
}
