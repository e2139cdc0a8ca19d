using ModelCompare.Import.Building;

namespace ModelCompare.Import.Matching;

/// <summary>Finds the catalog model a dataset's raw model id stands for.</summary>
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

        // A key reached only through a fallback ("-instruct" dropped) never overrides an exact one.
        foreach (var model in _byKey.Values.ToList())
        {
            foreach (var apiId in model.ApiIds)
            {
                _byKey.TryAdd(ModelIdNormalizer.Normalize(apiId), model);
            }
        }
    }

    public CatalogModel? Find(string rawId)
    {
        var key = ModelIdNormalizer.Normalize(rawId);
        if (_byKey.TryGetValue(key, out var model))
        {
            return model;
        }

        foreach (var fallback in ModelIdNormalizer.Fallbacks(key))
        {
            if (_byKey.TryGetValue(fallback, out model))
            {
                return model;
            }
        }

        return null;
    }
}
