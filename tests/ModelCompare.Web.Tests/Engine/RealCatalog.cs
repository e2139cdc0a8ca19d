using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Data;

namespace ModelCompare.Web.Tests.Engine;

/// <summary>
/// The repository's data/ folder read straight into a snapshot, without a host, for tests that walk the
/// whole catalog through the engine.
/// </summary>
public sealed class RealCatalog
{
    public RealCatalog()
    {
        var data = DataSetReader.Read(CatalogPaths.Resolve(null, null).DataDirectory);
        Assert.Empty(data.Problems);
        Snapshot = new CatalogSnapshot(data.Models, data.Providers, data.Routes, data.Benchmarks, data.Scores, new DataVersion(data.Hash, DateTimeOffset.UtcNow), data.Credits);
        Engine = new ComparisonEngine(Snapshot);
    }

    public CatalogSnapshot Snapshot { get; }

    /// <summary>An engine over <see cref="Snapshot"/>, judging on the system clock's day, its figures worked out once for every test.</summary>
    public ComparisonEngine Engine { get; }
}

/// <summary>
/// Walking every pair keeps both cores busy for a while, so it runs on its own, after the collections
/// that run in parallel (such as the live-data test, which times how fast a change goes live).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholeCatalog : ICollectionFixture<RealCatalog>
{
    public const string Name = "whole catalog";
}
