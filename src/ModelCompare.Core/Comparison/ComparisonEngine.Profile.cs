using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Everything a model's profile page says, worked out by one call to <see cref="ComparisonEngine.Profile"/>:
/// the page lays it out and decides nothing.
/// </summary>
public sealed record ProfileResult
{
    public required ModelFacts Facts { get; init; }
    public Model Subject => Facts.Model;
    /// <summary>The meta description and share text.</summary>
    public required string Description { get; init; }
    public required ImmutableArray<string> Tldr { get; init; }
    /// <summary>The overview's opening sentences, from the record (the editors' prose in the model file follows them).</summary>
    public required string Overview { get; init; }
    /// <summary>The headline price sentence with the cheapest route beside it, or why there is no price.</summary>
    public required string PriceHeadline { get; init; }
    public PricingTiers? Tiers { get; init; }
    public required ModelPricing Pricing { get; init; }
    public required PriceHistorySection History { get; init; }
    public required ImmutableArray<Model> Peers { get; init; }
    public required ImmutableArray<PeerBenchmarkRow> PeerRows { get; init; }
    public required ImmutableArray<FaqItem> Faq { get; init; }
    public required ImmutableArray<RelatedLink> Comparisons { get; init; }
    public Model? Successor { get; init; }
    public required ImmutableArray<Model> Predecessors { get; init; }
    /// <summary>"It replaces DeepSeek V3.1." with the predecessors' names; null without predecessors.</summary>
    public string? ReplacesText { get; init; }
    public string? RetirementText { get; init; }
}

public sealed partial class ComparisonEngine
{
    /// <summary>The profile page of the model <paramref name="facts"/> describes (at the default traffic on the site).</summary>
    public ProfileResult Profile(CatalogSnapshot catalog, ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var model = facts.Model;
        var peers = ProfileFacts.Peers(catalog, model);
        var predecessors = ProfileFacts.Predecessors(catalog, model);
        return new ProfileResult
        {
            Facts = facts,
            Description = ProfileFacts.MetaDescription(facts),
            Tldr = ProfileFacts.Tldr(catalog, facts),
            Overview = Sentences.ProfileOverview(model.Name, facts.MakerName, model.ReleaseDate, model.ContextWindow, facts.ProviderSlugs.Length),
            PriceHeadline = ProfileFacts.PriceHeadline(facts),
            Tiers = ProfileFacts.Tiers(catalog, facts),
            Pricing = PricingFor(facts),
            History = ProfileFacts.History(catalog, facts),
            Peers = peers,
            PeerRows = ProfileFacts.PeerBenchmarks(catalog, facts, peers),
            Faq = ProfileFacts.Faq(catalog, facts),
            Comparisons = Alternatives(catalog, model, count: ProfileFacts.ComparisonCount),
            Successor = ProfileFacts.Successor(catalog, model),
            Predecessors = predecessors,
            ReplacesText = predecessors.IsEmpty ? null : Sentences.ProfileReplaces(model.Name, [.. predecessors.Select(p => p.Name)]),
            RetirementText = model.RetirementDate is { } r ? Sentences.Retirement(model.Name, r, Today(catalog)) : null,
        };
    }
}
