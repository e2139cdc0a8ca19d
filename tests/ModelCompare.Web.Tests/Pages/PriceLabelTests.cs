using System.Text.Json;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages;

/// <summary>
/// Every page shows the same price: the list price (market price without one), with the cheapest route
/// beside it and an unusually low route marked. Models are chosen from the real catalog by what the rules
/// say of them, not by slug.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class PriceLabelTests(SiteFactory site)
{
    private CatalogSnapshot Catalog => site.Catalog();

    private ModelPrice PriceOf(Model model) => site.Engine().PriceOf(model);

    /// <summary>A model its maker sells whose cheapest route is unusually low, first by slug.</summary>
    private Model ListedWithAnUnusuallyLowRoute() => Catalog.Models.First(m => PriceOf(m) is { Basis: PriceBasis.List, IsFreeFromMaker: false, Cheapest.IsUnusuallyLow: true });

    [Fact]
    public async Task The_model_list_shows_the_makers_price_and_marks_an_unusually_low_cheapest_route()
    {
        var model = ListedWithAnUnusuallyLowRoute();
        var price = PriceOf(model);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models?maker={model.MakerSlug}");

        var row = doc.QuerySelector($"[data-testid='model-row'][data-slug='{model.Slug}']")!;
        var cells = row.QuerySelectorAll("td").Select(td => td.Text()).ToList();
        Assert.Contains(Formatting.PricePerMillion(price.Reference!.Input!.Value), cells);
        Assert.Contains(Formatting.PricePerMillion(price.Reference.Output!.Value), cells);
        Assert.Equal("List", row.ByTestId("price-basis").Text());
        Assert.StartsWith("unusually low", row.ByTestId("cheapest-route").ByTestId("route-badge").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_headlines_the_list_price_and_marks_every_route()
    {
        var model = ListedWithAnUnusuallyLowRoute();
        var price = PriceOf(model);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models/{model.Slug}");

        Assert.StartsWith("List price: ", doc.ByTestId("price-headline").Text(), StringComparison.Ordinal);
        var badges = doc.ByTestId("routes").QuerySelectorAll("[data-testid='route-badge']").Select(b => b.Text()).ToList();
        Assert.Contains("list price", badges);
        Assert.Equal(price.Routes.Count(r => r.IsUnusuallyLow), badges.Count(b => b.StartsWith("unusually low", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_provider_page_counts_and_marks_its_unusually_low_prices()
    {
        var provider = Catalog.Providers.First(p => Catalog.RoutesAt(p.Slug).Any(r => PriceOf(Catalog.FindModel(r.ModelSlug)!).Standing(r.Key)!.IsUnusuallyLow));
        var low = Catalog.RoutesAt(provider.Slug).Count(r => PriceOf(Catalog.FindModel(r.ModelSlug)!).Standing(r.Key)!.IsUnusuallyLow);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/providers/{provider.Slug}");

        Assert.StartsWith($"{Formatting.Plural(low, "price")} on {provider.Name} ", doc.ByTestId("unusually-low-count").Text(), StringComparison.Ordinal);
        Assert.Equal(low, doc.ByTestId("provider-routes").QuerySelectorAll("[data-testid='route-badge']").Count(b => b.Text().StartsWith("unusually low", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_open_data_carries_each_models_basis_and_each_routes_label()
    {
        using var client = site.CreatePlainClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));
        var models = (await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var routes = (await client.GetStringAsync(new Uri("/data/routes.csv", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var bases = json.RootElement.GetProperty("models").EnumerateArray()
            .Select(m => m.TryGetProperty("price", out var p) ? p.GetProperty("basis").GetString() : null)
            .ToList();
        Assert.Equal(Catalog.Models.Count(m => PriceOf(m).Basis == PriceBasis.List), bases.Count(b => b == "list"));
        Assert.Equal(Catalog.Models.Count(m => PriceOf(m).Basis == PriceBasis.Market), bases.Count(b => b == "market"));
        var low = json.RootElement.GetProperty("routes").EnumerateArray().Count(r => r.GetProperty("unusually_low").GetBoolean());
        Assert.Equal(Catalog.Models.Sum(m => PriceOf(m).Routes.Count(r => r.IsUnusuallyLow)), low);
        Assert.Contains(",price_basis,price_input_usd_per_1m,price_output_usd_per_1m,", models[0], StringComparison.Ordinal);
        Assert.StartsWith("provider,model,variant,maker_own,seller_kind,costed,not_costed_reason,unusually_low,below_reference_percent,label,", routes[0], StringComparison.Ordinal);
    }
}
