using ModelCompare.Catalog;
using ModelCompare.Data.Files;
using ModelCompare.Data.Storage;

namespace ModelCompare.Data.Tests;

/// <summary>Variant routes, the maker's-own flag, the seller kind, and warnings that do not block the data.</summary>
public sealed class RouteVariantTests : IDisposable
{
    private const string Fp8Route = """
        variant:
          kind: quantized
          detail: FP8
        price:
          input: 0.2
          output: 0.3
        source_url: https://openrouter.ai/deepseek/deepseek-v3.2
        checked: 2026-06-15
        """;

    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_variant_file_is_a_second_route_of_the_same_provider_with_its_own_key()
    {
        _folder.Write("routes/openrouter/deepseek-v3-2--fp8.yaml", Fp8Route);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var routes = result.Routes.Where(r => r.ModelSlug == "deepseek-v3-2" && r.ProviderSlug == "openrouter").OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(["openrouter", "openrouter--fp8"], routes.Select(r => r.Key));
        Assert.Null(routes[0].Variant);
        Assert.Equal(new RouteVariant(RouteVariantKind.Quantized, "fp8", "FP8"), routes[1].Variant);
    }

    [Fact]
    public void A_variant_file_without_its_variant_map_is_reported()
    {
        _folder.Write("routes/openrouter/deepseek-v3-2--fp8.yaml", Fp8Route.Replace("variant:\n  kind: quantized\n  detail: FP8\n", "", StringComparison.Ordinal));

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.EndsWith("routes/openrouter/deepseek-v3-2--fp8.yaml", problem.Path, StringComparison.Ordinal);
        Assert.Equal("variant", problem.Field);
        Assert.Equal("is required in a variant's file (the file name ends in --fp8): give its kind (quantized, regional, plan, other) and detail", problem.Message);
    }

    [Fact]
    public void A_plain_route_file_with_a_variant_map_is_reported_at_the_map()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "api_id: gpt-4o\n", "api_id: gpt-4o\nvariant:\n  kind: regional\n");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((3, 3, "variant"), (problem.Line, problem.Column, problem.Field));
        Assert.Equal("only a variant's file (named <model>--<variant>.yaml) has a variant; the plain route's file must not", problem.Message);
    }

    [Fact]
    public void An_unknown_variant_kind_is_reported_with_the_allowed_words()
    {
        _folder.Write("routes/openrouter/deepseek-v3-2--fp8.yaml", Fp8Route.Replace("kind: quantized", "kind: quantised", StringComparison.Ordinal));

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("variant.kind", problem.Field);
        Assert.StartsWith("expected one of quantized, regional, plan, other, got \"quantised\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_part_that_is_not_a_slug_is_reported_at_the_file_name()
    {
        _folder.Write("routes/openrouter/deepseek-v3-2--FP8.yaml", Fp8Route);

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("(file name)", problem.Field);
        Assert.Contains("\"FP8\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_of_a_model_that_does_not_exist_names_the_model()
    {
        _folder.Write("routes/openrouter/deepseek-v9--fp8.yaml", Fp8Route);

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("(model)", problem.Field);
        Assert.StartsWith("no model \"deepseek-v9\" for this file name", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variant_maker_own_and_seller_kind_round_trip_through_the_database()
    {
        _folder.Write("routes/openrouter/deepseek-v3-2--fp8.yaml", Fp8Route);
        _folder.Replace("routes/openai/gpt-4o.yaml", "api_id: gpt-4o\n", "api_id: gpt-4o\nmaker_own: true\n");
        _folder.Replace("providers/openrouter.md", "roles: [host]\n", "roles: [host]\nseller_kind: aggregator\n");
        var fromFiles = _folder.Read();
        Assert.Empty(fromFiles.Problems);

        CatalogDatabase.Build(fromFiles, _folder.Database, DateTimeOffset.UnixEpoch);
        var catalog = CatalogDatabase.Load(_folder.Database);

        var variant = catalog.RoutesFor("deepseek-v3-2").Single(r => r.Key == "openrouter--fp8");
        Assert.Equal(new RouteVariant(RouteVariantKind.Quantized, "fp8", "FP8"), variant.Variant);
        Assert.Equal(new TokenPrices(0.2m, 0.3m), variant.Price);
        Assert.Null(catalog.RoutesFor("deepseek-v3-2").Single(r => r.Key == "openrouter").Variant);
        Assert.True(catalog.RoutesFor("gpt-4o").Single().IsMakerOwn);
        Assert.False(catalog.RoutesFor("deepseek-v3-2").Single(r => r.Key == "deepseek").IsMakerOwn);
        Assert.Equal(SellerKind.Aggregator, catalog.FindProvider("openrouter")!.SellerKind);
        Assert.Equal(SellerKind.Unknown, catalog.FindProvider("openai")!.SellerKind);
    }

    [Fact]
    public void An_unknown_seller_kind_is_reported()
    {
        _folder.Replace("providers/openrouter.md", "roles: [host]\n", "roles: [host]\nseller_kind: router\n");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("seller_kind", problem.Field);
        Assert.StartsWith("expected one of cloud, host, aggregator, reseller, plan, got \"router\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_prints_as_a_warning_and_does_not_count_as_a_problem()
    {
        var problems = new ProblemList();
        var at = new FilePosition("data/routes/poe/gpt-4o.yaml", 3, 10);
        problems.AddWarning(at, "price.input", "0.25 is 90% below the maker's list price of 2.5");
        problems.Add(at with { Line = 2 }, "status", "expected one of active, preview, deprecated");

        Assert.Equal(1, problems.Count);
        var warning = Assert.Single(problems.SortedWarnings());
        Assert.True(warning.IsWarning);
        Assert.Equal("data/routes/poe/gpt-4o.yaml:3:10: price.input: warning: 0.25 is 90% below the maker's list price of 2.5", warning.ToString());
        Assert.Equal("data/routes/poe/gpt-4o.yaml:2:10: status: expected one of active, preview, deprecated", Assert.Single(problems.Sorted()).ToString());
    }
}
