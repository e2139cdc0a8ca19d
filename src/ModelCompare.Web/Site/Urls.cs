using ModelCompare.Comparison;

namespace ModelCompare.Web.Site;

/// <summary>Every internal address the site links to, built in one place. All paths are lowercase.</summary>
public static class Urls
{
    public const string Home = "/";
    public const string Models = "/models";
    public const string Providers = "/providers";
    public const string Benchmarks = "/benchmarks";
    public const string Search = "/search";
    public const string Data = "/data";
    public const string Compare = "/compare";
    public const string SiteMap = "/sitemap.xml";
    public const string Feed = "/feed.xml";
    public const string CatalogJson = "/data/catalog.json";
    public const string ModelsCsv = "/data/models.csv";
    public const string RoutesCsv = "/data/routes.csv";

    /// <summary>Every model's name, for the pair page's swapper list (filled by script when a field is used).</summary>
    public const string ModelNames = "/data/model-names.json";

    public static string Model(string slug) => $"/models/{slug}";

    public static string Provider(string slug) => $"/providers/{slug}";

    public static string Benchmark(string slug) => $"/benchmarks/{slug}";

    /// <summary>"/compare/{a}-vs-{b}" with the slugs in ordinal order, whichever order they are given in.</summary>
    public static string Pair(string slugA, string slugB) => ComparisonEngine.CanonicalPath(slugA, slugB);

    /// <summary>"/compare?models=a,b,c" for the side-by-side page.</summary>
    public static string MultiCompare(IEnumerable<string> slugs) => $"{Compare}?models={string.Join(',', slugs.Select(Uri.EscapeDataString))}";

    public static string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    /// <summary>A site path made absolute against the public origin.</summary>
    public static string Absolute(Uri origin, string path)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin.GetLeftPart(UriPartial.Authority) + (path.StartsWith('/') ? path : "/" + path);
    }
}
