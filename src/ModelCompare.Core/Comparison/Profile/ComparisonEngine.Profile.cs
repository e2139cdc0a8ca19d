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
    /// <summary>Every indexed pair page of the model beyond <see cref="Comparisons"/>, grouped by why it is indexed (<see cref="IndexPlan"/>).</summary>
    public required ImmutableArray<ComparisonGroup> MoreComparisons { get; init; }
    public Model? Successor { get; init; }
    /// <summary>The words before the successor's name: "Upgrade to", or, for a later dated snapshot of the same model, "A newer snapshot of the same model:".</summary>
    public string SuccessorLead { get; init; } = Sentences.ProfileSuccessorLead(false);
    public required ImmutableArray<Model> Predecessors { get; init; }
    /// <summary>"It replaces DeepSeek V3.1." with the predecessors' names; null without predecessors.</summary>
    public string? ReplacesText { get; init; }
    /// <summary>What the model's status means for a buyer ("X was retired on ..."), or null for an active model.</summary>
    public string? RetirementText { get; init; }
    /// <summary>The model's status today.</summary>
    public ModelStatus Status { get; init; }
}

/// <summary>Pair pages listed together under one heading.</summary>
public sealed record ComparisonGroup(string Heading, ImmutableArray<PairLink> Links);

public sealed partial class ComparisonEngine
{
    /// <summary>The profile page of the model <paramref name="facts"/> describes (at the default traffic on the site).</summary>
    public ProfileResult Profile(ModelFacts facts)
    {
        var catalog = Catalog;
        ArgumentNullException.ThrowIfNull(facts);
        var model = facts.Model;
        var peers = ProfileFacts.Peers(catalog, model);
        var predecessors = ProfileFacts.Predecessors(catalog, model);
        var comparisons = Alternatives(model, count: ProfileFacts.ComparisonCount);
        return new ProfileResult
        {
            Facts = facts,
            Description = ProfileFacts.MetaDescription(facts),
            Tldr = ProfileFacts.Tldr(catalog, facts, Today()),
            Overview = Sentences.ProfileOverview(model.Name, facts.MakerName, model.ReleaseDate, model.ContextWindow, facts.ProviderSlugs.Length, ModelSnapshots.Of(catalog, model), facts.RankingContext),
            PriceHeadline = ProfileFacts.PriceHeadline(facts),
            Tiers = ProfileFacts.Tiers(catalog, facts),
            Pricing = PricingFor(facts),
            History = ProfileFacts.History(catalog, facts),
            Peers = peers,
            PeerRows = ProfileFacts.PeerBenchmarks(catalog, facts, peers),
            Faq = ProfileFacts.Faq(catalog, facts, Today()),
            Comparisons = comparisons,
            MoreComparisons = MoreComparisons(catalog, IndexPlan, model, comparisons),
            Successor = ProfileFacts.Replacement(catalog, model, Today()),
            SuccessorLead = Sentences.ProfileSuccessorLead(ProfileFacts.Replacement(catalog, model, Today()) is { } next && ModelSnapshots.IsNewerSnapshot(model, next)),
            Predecessors = predecessors,
            ReplacesText = predecessors.IsEmpty ? null : Sentences.ProfileReplaces(model.Name, [.. predecessors.Select(p => p.Name)]),
            RetirementText = Sentences.Status(model, Today()),
            Status = ModelLifecycle.StatusOn(model, Today()),
        };
    }

    /// <summary>
    /// The model's indexed pair pages that <paramref name="shown"/> does not already link, grouped by
    /// <see cref="IndexReason"/> in its order, by the other model's name: so every indexed pair is one
    /// link from a profile.
    /// </summary>
    private static ImmutableArray<ComparisonGroup> MoreComparisons(CatalogSnapshot catalog, IndexPlan plan, Model model, ImmutableArray<RelatedLink> shown)
    {
        var linked = shown.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        return [.. plan.PairsOf(model.Slug)
            .Where(p => !linked.Contains(CanonicalPath(model.Slug, p.OtherSlug)))
            .GroupBy(p => p.Reason)
            .OrderBy(g => g.Key)
            .Select(g => new ComparisonGroup(
                Sentences.IndexReasonText(g.Key),
                [.. g.Select(p => catalog.FindModel(p.OtherSlug)!)
                    .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(m => m.Slug, StringComparer.Ordinal)
                    .Select(other => PairLink.Of(model, other))]))];
    }
}
