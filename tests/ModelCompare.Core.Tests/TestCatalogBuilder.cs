using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Core.Tests;

/// <summary>Builds small catalogs for tests: only what a test names is set.</summary>
public sealed class TestCatalogBuilder
{
    public static readonly DateOnly Reviewed = new(2026, 7, 1);

    private readonly List<Model> _models = [];
    private readonly List<Provider> _providers = [];
    private readonly List<Route> _routes = [];
    private readonly List<Benchmark> _benchmarks = [];
    private readonly List<BenchmarkScore> _scores = [];
    private readonly List<DataSourceCredit> _credits = [];
    private DateTimeOffset _builtAt = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public TestCatalogBuilder Provider(string slug, string name, SellerKind kind = SellerKind.Unknown)
    {
        _providers.Add(new Provider { Slug = slug, Name = name, IsHost = true, SellerKind = kind, LastReviewed = Reviewed });
        return this;
    }

    public TestCatalogBuilder Model(string slug, string name, string maker, Func<Model, Model>? edit = null)
    {
        var model = new Model { Slug = slug, Name = name, MakerSlug = maker, LastReviewed = Reviewed };
        _models.Add(edit is null ? model : edit(model));
        return this;
    }

    public TestCatalogBuilder Route(string provider, string model, decimal? input, decimal? output, Func<Route, Route>? edit = null)
    {
        var route = new Route
        {
            ProviderSlug = provider,
            ModelSlug = model,
            Price = input is null && output is null ? null : new TokenPrices(input, output),
            SourceUrl = $"https://example.com/{provider}/{model}",
            Checked = Reviewed,
        };
        _routes.Add(edit is null ? route : edit(route));
        return this;
    }

    public TestCatalogBuilder Benchmark(string slug, string name, BenchmarkCategory category = BenchmarkCategory.Reasoning, string unit = "percent", decimal min = 0m, decimal max = 100m, bool higherIsBetter = true)
    {
        _benchmarks.Add(new Benchmark
        {
            Slug = slug,
            Name = name,
            Category = category,
            Unit = unit,
            ScaleMin = min,
            ScaleMax = max,
            HigherIsBetter = higherIsBetter,
            Source = new SourceRef(name, $"https://example.com/{slug}"),
        });
        return this;
    }

    /// <summary>A score; dated Jan 15, 2026 unless <paramref name="date"/> says otherwise or <paramref name="undated"/> leaves the date out.</summary>
    public TestCatalogBuilder Score(string benchmark, string model, decimal value, bool selfReported = false, string? variant = null, string source = "Epoch AI", DateOnly? date = null, bool undated = false, string? reportedBy = null)
    {
        _scores.Add(new BenchmarkScore
        {
            BenchmarkSlug = benchmark,
            ModelSlug = model,
            Value = value,
            Variant = variant,
            SourceName = source,
            SourceUrl = $"https://example.com/{source.Replace(' ', '-')}",
            Date = undated ? null : date ?? new DateOnly(2026, 1, 15),
            SelfReported = selfReported,
            ReportedBy = reportedBy,
        });
        return this;
    }

    public TestCatalogBuilder Credit(string name)
    {
        _credits.Add(new DataSourceCredit(name, $"https://example.com/{name}", "MIT", name));
        return this;
    }

    public TestCatalogBuilder BuiltOn(DateOnly date)
    {
        _builtAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return this;
    }

    public CatalogSnapshot Build() => new(_models, _providers, _routes, _benchmarks, _scores, new DataVersion("test", _builtAt), _credits);

    public static CapabilitySet Caps(params (Capability Capability, bool Value)[] known) =>
        new(known.Select(k => KeyValuePair.Create(k.Capability, k.Value)));

    public static ImmutableArray<T> List<T>(params T[] items) => [.. items];
}
