using ModelCompare.Catalog;
using ModelCompare.Import.Building;
using ModelCompare.Import.Output;
using ModelCompare.Import.Tables;

namespace ModelCompare.Import.Tests;

public sealed class SellerTableTests : IDisposable
{
    private static readonly string[] DataFormatKinds = ["cloud", "host", "aggregator", "reseller", "plan"];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory();

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Every_seller_kind_is_one_the_data_format_accepts_and_has_a_reason()
    {
        Assert.All(SellerTable.Kinds, kv =>
        {
            Assert.Contains(SellerKindNames.FileKey(kv.Value.Kind), DataFormatKinds);
            Assert.False(string.IsNullOrWhiteSpace(kv.Value.Reason));
        });
    }

    [Fact]
    public void A_maker_storefront_is_another_provider_than_the_maker_and_is_never_a_plan()
    {
        Assert.All(SellerTable.MakerStorefronts, kv =>
        {
            Assert.NotEqual(kv.Key.Provider, kv.Key.Maker);
            Assert.NotEqual(SellerKindNames.FileKey(SellerTable.Plan), SellerTable.KindOf(kv.Key.Provider));
            Assert.False(string.IsNullOrWhiteSpace(kv.Value));
        });
    }

    [Fact]
    public void The_writer_puts_the_seller_kind_on_providers_and_maker_own_only_on_a_storefront_route()
    {
        var catalog = new Building.Catalog
        {
            Providers = [Provider("zai"), Provider("openrouter"), Provider("zhipuai")],
            Models = [new CatalogModel { Slug = "glm-4-6", Key = "glm-4-6", Maker = "zhipuai", Name = "GLM-4.6", LastReviewed = new DateOnly(2026, 7, 1) }],
            Routes = [Route("zai"), Route("openrouter")],
            Benchmarks = [],
        };

        DataWriter.Write(catalog, _dir.FullName);

        Assert.Contains("seller_kind: aggregator\n", Read("providers/openrouter.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("seller_kind", Read("providers/zhipuai.md"), StringComparison.Ordinal);
        Assert.StartsWith("maker_own: true\n", Read("routes/zai/glm-4-6.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("maker_own", Read("routes/openrouter/glm-4-6.yaml"), StringComparison.Ordinal);
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_dir.FullName, relative));

    private static CatalogProvider Provider(string slug) => new() { Slug = slug, Name = slug, Sources = [], LastReviewed = new DateOnly(2026, 7, 1) };

    private static CatalogRoute Route(string provider) => new()
    {
        Provider = provider,
        Model = "glm-4-6",
        ApiId = "glm-4.6",
        SourceUrl = "https://example.com",
        Checked = new DateOnly(2026, 7, 1),
    };
}
