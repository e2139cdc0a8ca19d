using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>
/// An immutable, fully indexed copy of the catalog at one data version. Built once per data version;
/// every read on the request path is a dictionary lookup or a precomputed list.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly FrozenDictionary<string, Model> _modelsBySlug;
    private readonly FrozenDictionary<string, string> _slugByAlias;
    private readonly FrozenDictionary<string, Provider> _providersBySlug;
    private readonly FrozenDictionary<string, Benchmark> _benchmarksBySlug;
    private readonly FrozenDictionary<string, ImmutableArray<Route>> _routesByModel;
    private readonly FrozenDictionary<string, ImmutableArray<Route>> _routesByProvider;
    private readonly FrozenDictionary<string, ImmutableArray<BenchmarkScore>> _scoresByModel;
    private readonly FrozenDictionary<string, ImmutableArray<BenchmarkScore>> _scoresByBenchmark;
    private readonly FrozenDictionary<string, ImmutableArray<Model>> _modelsByMaker;

    public CatalogSnapshot(
        IEnumerable<Model> models,
        IEnumerable<Provider> providers,
        IEnumerable<Route> routes,
        IEnumerable<Benchmark> benchmarks,
        IEnumerable<BenchmarkScore> scores,
        DataVersion version,
        IEnumerable<DataSourceCredit>? credits = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        Models = [.. models.OrderBy(m => m.Slug, StringComparer.Ordinal)];
        Providers = [.. providers.OrderBy(p => p.Slug, StringComparer.Ordinal)];
        Benchmarks = [.. benchmarks.OrderBy(b => b.Slug, StringComparer.Ordinal)];
        Routes = [.. routes.OrderBy(r => r.ModelSlug, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)];
        Scores = [.. scores];
        Version = version;
        Credits = [.. credits ?? []];

        _modelsBySlug = Models.ToFrozenDictionary(m => m.Slug, StringComparer.Ordinal);
        _slugByAlias = Models
            .SelectMany(m => m.Aliases.Select(a => (Alias: a, m.Slug)))
            .Where(x => !_modelsBySlug.ContainsKey(x.Alias))
            .GroupBy(x => x.Alias, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);
        _providersBySlug = Providers.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _benchmarksBySlug = Benchmarks.ToFrozenDictionary(b => b.Slug, StringComparer.Ordinal);
        _routesByModel = Group(Routes, r => r.ModelSlug);
        _routesByProvider = Group(Routes, r => r.ProviderSlug);
        _scoresByModel = Group(Scores, s => s.ModelSlug);
        _scoresByBenchmark = Group(Scores, s => s.BenchmarkSlug);
        _modelsByMaker = Group(Models, m => m.MakerSlug);
    }

    public ImmutableArray<Model> Models { get; }
    public ImmutableArray<Provider> Providers { get; }
    public ImmutableArray<Route> Routes { get; }
    public ImmutableArray<Benchmark> Benchmarks { get; }
    public ImmutableArray<BenchmarkScore> Scores { get; }
    public DataVersion Version { get; }
    /// <summary>The open datasets the data was converted from, with their licenses.</summary>
    public ImmutableArray<DataSourceCredit> Credits { get; }

    public Model? FindModel(string slug) => _modelsBySlug.GetValueOrDefault(slug);

    /// <summary>Finds a model by slug or by one of its old slugs (aliases).</summary>
    public Model? FindModelOrAlias(string slugOrAlias) =>
        _modelsBySlug.GetValueOrDefault(slugOrAlias)
        ?? (_slugByAlias.TryGetValue(slugOrAlias, out var slug) ? _modelsBySlug[slug] : null);

    public Provider? FindProvider(string slug) => _providersBySlug.GetValueOrDefault(slug);

    public Benchmark? FindBenchmark(string slug) => _benchmarksBySlug.GetValueOrDefault(slug);

    public ImmutableArray<Route> RoutesFor(string modelSlug) => _routesByModel.GetValueOrDefault(modelSlug, []);

    public ImmutableArray<Route> RoutesAt(string providerSlug) => _routesByProvider.GetValueOrDefault(providerSlug, []);

    public ImmutableArray<BenchmarkScore> ScoresFor(string modelSlug) => _scoresByModel.GetValueOrDefault(modelSlug, []);

    public ImmutableArray<BenchmarkScore> ScoresOn(string benchmarkSlug) => _scoresByBenchmark.GetValueOrDefault(benchmarkSlug, []);

    public ImmutableArray<Model> ModelsMadeBy(string makerSlug) => _modelsByMaker.GetValueOrDefault(makerSlug, []);

    private static FrozenDictionary<string, ImmutableArray<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}

/// <summary>Identifies the data a snapshot was built from: a hash of the data files and when it was built.</summary>
public sealed record DataVersion(string Hash, DateTimeOffset BuiltAt)
{
    /// <summary>A short form of the hash for ETags and cache keys.</summary>
    public string ShortHash => Hash.Length > 16 ? Hash[..16] : Hash;
}

/// <summary>An open dataset the catalog draws on, credited on every page that uses it.</summary>
public sealed record DataSourceCredit(string Name, string Url, string License, string Attribution);

/// <summary>Hands out the current catalog snapshot. Swapped atomically when the data changes.</summary>
public interface ICatalogAccessor
{
    CatalogSnapshot Current { get; }
}
