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
        Checked = TestCatalogBuilder.Reviewed,
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
    public void A_change_of_context_tiers_is_named_for_what_changed_when_both_entries_record_their_tiers()
    {
        // Claude Sonnet 4.6: $3/$15 with $6/$22.50 above 200K tokens from its release, the same without a tier from 2026-03-13.
        var sonnet = new TokenPrices(3m, 15m, 0.3m, 3.75m);
        var longContext = new PriceTier(200_000, new TokenPrices(6m, 22.5m));
        var steps = ProfileFacts.Steps(WithHistory(
            new PricePoint(new DateOnly(2026, 2, 17), PriceEvent.Added, sonnet) { Tiers = [longContext] },
            new PricePoint(new DateOnly(2026, 3, 13), PriceEvent.Changed, sonnet) { Tiers = [] },
            new PricePoint(new DateOnly(2026, 4, 1), PriceEvent.Changed, sonnet) { Tiers = [longContext] },
            new PricePoint(new DateOnly(2026, 5, 1), PriceEvent.Changed, sonnet) { Tiers = [new PriceTier(200_000, new TokenPrices(5m, 20m))] },
            new PricePoint(new DateOnly(2026, 6, 1), PriceEvent.Changed, new TokenPrices(2m, 10m)) { Tiers = [] },
            // An entry that does not record its tiers (models.dev's) names no tier change.
            new PricePoint(new DateOnly(2026, 7, 1), PriceEvent.Changed, new TokenPrices(2m, 10m))));

        Assert.Equal(
            ["Added", "Long-context tier removed", "Long-context tier added", "Long-context tier changed", "Price changed; long-context tier removed", "Price restated"],
            steps.Select(s => s.EventText));
    }

    [Fact]
    public void The_feed_summary_of_a_removed_tier_says_which_price_no_longer_applies()
    {
        var sonnet = new TokenPrices(3m, 15m);
        var before = new PricePoint(new DateOnly(2026, 2, 17), PriceEvent.Added, sonnet) { Tiers = [new PriceTier(200_000, new TokenPrices(6m, 22.5m))] };
        var after = new PricePoint(new DateOnly(2026, 3, 13), PriceEvent.Changed, sonnet) { Tiers = [] };

        Assert.Equal(
            "Claude Sonnet 4.6 on Anthropic: input $3 → $3, output $15 → $15 per 1M tokens. The long-context price (above 200K tokens $6 / $22.50) no longer applies: every prompt is billed at the base price.",
            Sentences.PriceChangeSummary("Claude Sonnet 4.6", "Anthropic", before, after));
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
        var catalog = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("host-a", "Host A").Provider("host-b", "Host B")
            .Model("m", "Open One", "maker")
            .Route("host-a", "m", 1m, 2m, r => r with { History = [.. blip] })
            .Route("host-b", "m", 1.2m, 2.2m)
            .Build();

        var history = ProfileFacts.History(catalog, new ComparisonEngine(catalog).Describe(catalog.FindModel("m")!, TrafficProfile.Default));

        Assert.Equal([new DateOnly(2025, 2, 2), new DateOnly(2025, 1, 1)], history.HostChanges.Select(c => c.Step.From));
    }
}
