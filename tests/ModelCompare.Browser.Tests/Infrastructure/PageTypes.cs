namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>
/// One address for each kind of page the site serves, with the status it answers, on the real catalog: each slug
/// is a placeholder that <see cref="BrowserSite.Resolve"/> fills from the loaded catalog.
/// </summary>
public static class PageTypes
{
    public const string Pair = "/compare/{pair}";

    /// <summary>The pair page the end-to-end journeys open, on the fixture catalog (TestData/catalog).</summary>
    public const string FixturePair = "/compare/alder-v3-2-vs-birch-4o";

    public static readonly IReadOnlyList<(string Name, string Path, int Status)> All =
    [
        ("home", "/", 200),
        ("pair", Pair, 200),
        ("pair-unknown-model", "/compare/{model}-vs-no-such-model", 404),
        ("compare-several", "/compare?models={model},{model2},{model3}", 200),
        ("compare-empty", "/compare", 200),
        ("models", "/models", 200),
        ("models-filtered", "/models?maker={maker}&sort=context", 200),
        ("profile", "/models/{model}", 200),
        ("providers", "/providers", 200),
        ("provider", "/providers/{maker}", 200),
        ("benchmarks", "/benchmarks", 200),
        ("benchmark", "/benchmarks/{benchmark}", 200),
        ("search", "/search?q={model}", 200),
        ("search-empty", "/search", 200),
        ("search-pair-unmatched", "/search?q={model}+vs+qqqzzz", 200),
        ("data", "/data", 200),
        ("not-found", "/no-such-page", 404),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    /// <summary>The page type <paramref name="name"/>, its path filled from <paramref name="site"/>'s real catalog.</summary>
    public static (string Name, string Path, int Status) Named(BrowserSite site, string name)
    {
        ArgumentNullException.ThrowIfNull(site);
        var (_, path, status) = All.Single(p => p.Name == name);
        return (name, site.Resolve(path), status);
    }
}
