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
        var stats = StatsFor(catalog);
        var candidates = count < RankedAlternatives && stats.Alternatives.TryGetValue(model.Slug, out var ranked) && catalog.FindModel(model.Slug) == model
            ? ranked
            : AlternativeCandidates(catalog, stats, model, int.MaxValue);
        return
        [
            .. candidates
                .Where(c => c.Slug != exclude?.Slug)
                .Take(count)
                .Select(c => Link(model, catalog.FindModel(c.Slug)!, c.Reason)),
        ];
    }

    /// <summary>How many alternatives the snapshot ranks ahead for each model; a longer list is worked out on request.</summary>
    internal const int RankedAlternatives = 16;

    /// <summary>The first <paramref name="limit"/> alternatives to <paramref name="model"/> in <see cref="Alternatives"/> order, each model once.</summary>
    internal static ImmutableArray<(string Slug, RelatedReason Reason)> AlternativeCandidates(CatalogSnapshot catalog, CatalogStats stats, Model model, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { model.Slug };
        var result = ImmutableArray.CreateBuilder<(string Slug, RelatedReason Reason)>();
        bool Full(string slug, RelatedReason reason)
        {
            if (seen.Add(slug) && catalog.FindModel(slug) is not null)
            {
                result.Add((slug, reason));
            }

            return result.Count >= limit;
        }

        IEnumerable<(string Slug, RelatedReason Reason)> Ranked()
        {
            if (model.SuccessorSlug is { } successor)
            {
                yield return (successor, RelatedReason.Successor);
            }

            foreach (var predecessor in stats.Predecessors[model.Slug])
            {
                yield return (predecessor, RelatedReason.Predecessor);
            }

            foreach (var sibling in catalog.ModelsMadeBy(model.MakerSlug).OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue).ThenBy(m => m.Slug, StringComparer.Ordinal))
            {
                yield return (sibling.Slug, RelatedReason.SameMaker);
            }

            if (stats.ReferenceBlends.TryGetValue(model.Slug, out var own) && own > 0m)
            {
                var near = new List<(decimal Ratio, string Slug)>();
                foreach (var (slug, blend) in stats.ReferenceBlends)
                {
                    if (blend > 0m && Math.Max(blend, own) / Math.Min(blend, own) is var ratio && ratio <= 2m)
                    {
                        near.Add((ratio, slug));
                    }
                }

                near.Sort((x, y) => x.Ratio != y.Ratio ? x.Ratio.CompareTo(y.Ratio) : string.CompareOrdinal(x.Slug, y.Slug));
                foreach (var (_, slug) in near)
                {
                    yield return (slug, RelatedReason.SimilarPrice);
                }
            }

            var mine = stats.CapabilityMasks.GetValueOrDefault(model.Slug);
            if (mine != 0)
            {
                var alike = new List<(decimal Overlap, string Slug)>();
                foreach (var other in catalog.Models)
                {
                    var overlap = Overlap(mine, stats.CapabilityMasks.GetValueOrDefault(other.Slug));
                    if (overlap >= 0.5m)
                    {
                        alike.Add((overlap, other.Slug));
                    }
                }

                alike.Sort((x, y) => x.Overlap != y.Overlap ? y.Overlap.CompareTo(x.Overlap) : string.CompareOrdinal(x.Slug, y.Slug));
                foreach (var (_, slug) in alike)
                {
                    yield return (slug, RelatedReason.SimilarCapabilities);
                }
            }
        }

        foreach (var (slug, reason) in Ranked())
        {
            if (Full(slug, reason))
            {
                break;
            }
        }

        return result.ToImmutable();
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
