using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>A price history's events are named for what changed.</summary>
public class PriceHistoryEventTests
{
    private static Route WithHistory(params PricePoint[] points) => new()
    {
        ProviderSlug = "openai",
        ModelSlug = "o3",
        Price = new TokenPrices(2m, 8m, 0.5m),
        History = [.. points],
        SourceUrl = "https://example.com",
        Checked = CatalogBuilder.Reviewed,
    };

    [Fact]
    public void A_change_of_the_input_or_output_price_a_cache_price_only_and_nothing_listed_are_named_apart()
    {
        var steps = ProfileFacts.Steps(WithHistory(
            new PricePoint(new DateOnly(2025, 4, 16), PriceEvent.Added, new TokenPrices(10m, 40m)),
            new PricePoint(new DateOnly(2025, 6, 10), PriceEvent.Changed, new TokenPrices(2m, 8m)),
            new PricePoint(new DateOnly(2025, 6, 17), PriceEvent.Changed, new TokenPrices(2m, 8m, 0.5m)),
            new PricePoint(new DateOnly(2025, 7, 1), PriceEvent.Changed, new TokenPrices(2m, 8m, 0.5m)),
            new PricePoint(new DateOnly(2025, 8, 1), PriceEvent.Removed, null)));

        Assert.Equal(["Added", "Price changed", "Cache price changed", "Price restated", "Removed"], steps.Select(s => s.EventText));
    }

    [Fact]
    public void A_hosts_blip_to_zero_stays_off_a_market_prices_list_of_changes()
    {
        var blip = new PricePoint[]
        {
            new(new DateOnly(2025, 1, 1), PriceEvent.Added, new TokenPrices(1m, 2m)),
            new(new DateOnly(2025, 2, 1), PriceEvent.Changed, new TokenPrices(0m, 0m)),
            new(new DateOnly(2025, 2, 2), PriceEvent.Changed, new TokenPrices(1m, 2m)),
        };
        var catalog = new CatalogBuilder()
            .Provider("maker", "Maker").Provider("host-a", "Host A").Provider("host-b", "Host B")
            .Model("m", "Open One", "maker")
            .Route("host-a", "m", 1m, 2m, r => r with { History = [.. blip] })
            .Route("host-b", "m", 1.2m, 2.2m)
            .Build();

        var history = ProfileFacts.History(catalog, new ComparisonEngine().Describe(catalog, catalog.FindModel("m")!, TrafficProfile.Default));

        Assert.Equal([new DateOnly(2025, 2, 2), new DateOnly(2025, 1, 1)], history.HostChanges.Select(c => c.Step.From));
    }
}
