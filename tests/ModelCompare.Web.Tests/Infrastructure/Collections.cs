namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>One site over the real catalog shared by the tests that walk it and check invariants.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}

/// <summary>
/// The hand-written catalog <c>TestData/catalog</c>, on which page behaviour is tested. It exists because xUnit
/// builds a collection fixture through a public parameterless constructor, and <see cref="SiteFactory"/>'s is
/// the real catalog's.
/// </summary>
public sealed class FixtureCatalogSite : SiteFactory
{
    public const string Folder = "catalog";

    public FixtureCatalogSite()
        : base(SiteOptions.Fixture(Folder).With(("ModelCompare:QueryPagePermitsPerMinute", "1000000")))
    {
    }
}

/// <summary>
/// The small catalog <c>TestData/valid</c> served where it lies by Kestrel on a loopback port, for the tests that
/// speak raw HTTP to a real server (header validation happens only there). It exists because xUnit builds a class
/// fixture through a public parameterless constructor, and <see cref="SiteFactory"/>'s is the real catalog's.
/// </summary>
public sealed class KestrelFixtureSite : SiteFactory
{
    public KestrelFixtureSite()
        : base(SiteOptions.Fixture("valid") with { Kestrel = true })
    {
    }
}

/// <summary>One site over the fixture catalog shared by the page tests.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureCatalog : ICollectionFixture<FixtureCatalogSite>
{
    public const string Name = "fixture catalog";
}
