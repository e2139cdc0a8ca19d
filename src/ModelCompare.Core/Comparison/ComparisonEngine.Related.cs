using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// Other models to compare <paramref name="model"/> with, as links to their pair pages, in this
    /// order: its successor, its predecessors, newer models of the same maker, models whose list or market
    /// price (70/30 blend) is within 2x, models sharing at least half their known capabilities. Never
    /// <paramref name="exclude"/> (the pair's other model) or a model twice. The pair page and the model
    /// profile both use it; the candidates are ranked once, when the snapshot is built.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Pages reach the engine through the instance they are given; the figures it reads live on the snapshot.")]
    public ImmutableArray<RelatedLink> Alternatives(CatalogSnapshot catalog, Model model, Model? exclude = null, int count = RelatedPerSide)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        var candidates = StatsFor(catalog).Alternatives.TryGetValue(model.Slug, out var ranked) && catalog.FindModel(model.Slug) == model
            ? ranked
            : AlternativeCandidates(catalog, StatsFor(catalog), model);
        return
        [
            .. candidates
                .Where(c => c.Slug != exclude?.Slug)
                .Take(count)
                .Select(c => Link(model, catalog.FindModel(c.Slug)!, c.Reason)),
        ];
    }

    /// <summary>Every alternative to <paramref name="model"/> in <see cref="Alternatives"/> order, each model once.</summary>
    internal static ImmutableArray<(string Slug, RelatedReason Reason)> AlternativeCandidates(CatalogSnapshot catalog, CatalogStats stats, Model model)
    {
        var candidates = new List<(string Slug, RelatedReason Reason)>();
        if (model.SuccessorSlug is { } successor)
        {
            candidates.Add((successor, RelatedReason.Successor));
        }

        candidates.AddRange(catalog.Models.Where(m => m.SuccessorSlug == model.Slug).Select(m => (m.Slug, RelatedReason.Predecessor)));
        candidates.AddRange(catalog.ModelsMadeBy(model.MakerSlug)
            .OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => (m.Slug, RelatedReason.SameMaker)));

        if (stats.ReferenceBlends.TryGetValue(model.Slug, out var own) && own > 0m)
        {
            candidates.AddRange(stats.ReferenceBlends
                .Where(kv => kv.Value > 0m)
                .Select(kv => (kv.Key, Ratio: Math.Max(kv.Value, own) / Math.Min(kv.Value, own)))
                .Where(x => x.Ratio <= 2m)
                .OrderBy(x => x.Ratio)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => (x.Key, RelatedReason.SimilarPrice)));
        }

        var mine = stats.CapabilityMasks.GetValueOrDefault(model.Slug);
        if (mine != 0)
        {
            candidates.AddRange(catalog.Models
                .Select(m => (m.Slug, Overlap: Overlap(mine, stats.CapabilityMasks.GetValueOrDefault(m.Slug))))
                .Where(x => x.Overlap >= 0.5m)
                .OrderByDescending(x => x.Overlap)
                .ThenBy(x => x.Slug, StringComparer.Ordinal)
                .Select(x => (x.Slug, RelatedReason.SimilarCapabilities)));
        }

        return
        [
            .. candidates
                .Where(c => c.Slug != model.Slug && catalog.FindModel(c.Slug) is not null)
                .DistinctBy(c => c.Slug, StringComparer.Ordinal),
        ];
    }

    /// <summary>Shared capabilities over all capabilities either has (Jaccard), on capability bit masks.</summary>
    private static decimal Overlap(int x, int y)
    {
        var union = System.Numerics.BitOperations.PopCount((uint)(x | y));
        return union == 0 ? 0m : (decimal)System.Numerics.BitOperations.PopCount((uint)(x & y)) / union;
    }

    private static RelatedLink Link(Model model, Model other, RelatedReason reason)
    {
        var (first, second) = string.CompareOrdinal(model.Slug, other.Slug) < 0 ? (model, other) : (other, model);
        return new RelatedLink(first.Slug, second.Slug, Sentences.RelatedLabel(first.Name, second.Name), reason, Sentences.RelatedReasonText(reason));
    }
}
