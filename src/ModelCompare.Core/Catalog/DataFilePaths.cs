namespace ModelCompare.Catalog;

/// <summary>
/// Where each record lives in the data folder (paths relative to it, with forward slashes), by the layout
/// the data reader requires: one file per provider, model, route and benchmark.
/// </summary>
public static class DataFilePaths
{
    public static string Provider(string slug) => $"providers/{slug}.md";

    public static string Model(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"models/{model.MakerSlug}/{model.Slug}.md";
    }

    public static string Route(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"routes/{route.ProviderSlug}/{route.ModelSlug}{(route.Variant is { } v ? RouteVariant.Separator + v.Slug : string.Empty)}.yaml";
    }

    public static string Benchmark(string slug) => $"benchmarks/{slug}.yaml";
}
