namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>One site over the real catalog shared by the tests that walk it and check invariants.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}

/// <summary>The hand-written catalog <c>TestData/catalog</c>, on which page behaviour is tested.</summary>
public sealed class FixtureCatalogSite : SiteFactory
{
    public const string Folder = "catalog";

    public FixtureCatalogSite()
        : base(SiteOptions.Fixture(Folder).With(("ModelCompare:QueryPagePermitsPerMinute", "1000000")))
    {
    }
}

/// <summary>One site over the fixture catalog shared by the page tests.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureCatalog : ICollectionFixture<FixtureCatalogSite>
{
    public const string Name = "fixture catalog";
}
