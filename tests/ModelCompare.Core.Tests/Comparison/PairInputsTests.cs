using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>
/// <see cref="PairInputs"/> over where a model stands against the rest of the catalog: a pair page prints the
/// tags a price share ranks, not the share, so another model's price edit that moves a share without moving a
/// tag leaves the pair's digest as it was (and the incremental export does not render its page again).
/// </summary>
public class PairInputsTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static PairInputs Inputs(CatalogSnapshot catalog) => new(Engine(catalog));

    /// <summary>
    /// Seven makers' models, one each, sold by their makers at one price for input and output: Eta at $0.01, Beta
    /// at $0.10, Epsilon at $1, Alpha at $10, Gamma at $40, Zeta at $200 and Delta at <paramref name="delta"/> per
    /// 1M tokens. Alpha and Beta are not within twice any other's price before or after the edits, so their
    /// alternatives stay the same.
    /// </summary>
    private static CatalogSnapshot Catalog(decimal delta)
    {
        var catalog = new TestCatalogBuilder();
        foreach (var (slug, price) in new[] { ("eta", 0.01m), ("beta", 0.1m), ("epsilon", 1m), ("alpha", 10m), ("gamma", 40m), ("zeta", 200m), ("delta", delta) })
        {
            var maker = slug + "-labs";
            catalog.Provider(maker, maker).Model(slug, char.ToUpperInvariant(slug[0]) + slug[1..], maker).Route(maker, slug, price, price);
        }

        return catalog.Build();
    }

    private static Distinctions Standing(CatalogSnapshot catalog, string slug) =>
        Engine(catalog).Describe(catalog.FindModel(slug)!, TrafficProfile.Default).Distinctions;

    [Fact]
    public void Another_models_price_edit_that_moves_a_price_share_but_no_tag_keeps_the_pairs_digest()
    {
        // Delta from $4 (below Alpha) to $25 (above it): three of the six others are dearer than Alpha instead of
        // two, neither the top quarter (a strength, the budget tag) nor the bottom (a weakness).
        var (before, after) = (Catalog(4m), Catalog(25m));

        Assert.Equal(2m / 6, Standing(before, "alpha").PriceShare);
        Assert.Equal(3m / 6, Standing(after, "alpha").PriceShare);
        Assert.Equal(Inputs(before).For("alpha", "beta"), Inputs(after).For("alpha", "beta"));
        // Delta's own pairs print its price.
        Assert.NotEqual(Inputs(before).For("alpha", "delta"), Inputs(after).For("alpha", "delta"));
    }

    [Fact]
    public void Another_models_price_edit_that_moves_a_tag_changes_the_pairs_digest()
    {
        // Delta from $4 to $0.04, below Beta: Beta is cheaper than four of the six others, not five, and loses the budget tag.
        var (before, after) = (Catalog(4m), Catalog(0.04m));

        Assert.Contains(DecisionFit.Budget, DecisionRules.Ranked(before.FindModel("beta")!, Standing(before, "beta")));
        Assert.DoesNotContain(DecisionFit.Budget, DecisionRules.Ranked(after.FindModel("beta")!, Standing(after, "beta")));
        Assert.NotEqual(Inputs(before).For("alpha", "beta"), Inputs(after).For("alpha", "beta"));
    }

    [Fact]
    public void The_facts_a_site_view_holds_give_the_digests_the_engine_would()
    {
        var catalog = Catalog(4m);
        var engine = Engine(catalog);
        var facts = catalog.Models.ToDictionary(m => m.Slug, m => engine.Describe(m, TrafficProfile.Default), StringComparer.Ordinal);

        Assert.Equal(new PairInputs(engine).For("alpha", "beta"), new PairInputs(engine, facts).For("alpha", "beta"));
    }
}
