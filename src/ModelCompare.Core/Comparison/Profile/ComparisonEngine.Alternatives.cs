using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Another maker's model counts as close in price when one price is at most this many times the other.</summary>
    public const decimal SimilarPriceRatio = 2m;

    /// <summary>Two models count as close in capabilities when they share at least this share of the capabilities either has.</summary>
    public const decimal SimilarCapabilityShare = 0.5m;

    /// <summary>
    /// Other models to compare <paramref name="model"/> with, as links to their pair pages. Two lists are
    /// interleaved, one link from each in turn, the family first:
    /// <list type="number">
    /// <item>the family: its successor, its predecessors, then its maker's other models, newest first;</item>
    /// <item>rivals: other makers' models close to it in price (within <see cref="SimilarPriceRatio"/>x,
    /// on the measure of <see cref="CatalogStats.ComparablePrices"/>) or in capabilities (sharing at least
    /// <see cref="SimilarCapabilityShare"/> of them), closest first: the distance adds how many doublings
    /// apart the prices are and the share of capabilities not shared (an unknown counts as 1 on either),
    /// then newer models, then slugs. Each maker's closest model comes before any maker's second, so
    /// the rivals spread across makers.</item>
    /// </list>
    /// When one list runs out the other fills the rest. Never <paramref name="exclude"/> (the pair's other
    /// model), a model retired today (<see cref="ModelLifecycle"/>) or a model twice. The pair page and the model profile both use it.
    /// </summary>
    public ImmutableArray<RelatedLink> Alternatives(Model model, Model? exclude = null, int count = RelatedPerSide)
    {
        var catalog = Catalog;
        ArgumentNullException.ThrowIfNull(model);
        var stats = Stats;
        var (family, rivals) = catalog.FindModel(model.Slug) == model
            && stats.Family.TryGetValue(model.Slug, out var f) && stats.Rivals.TryGetValue(model.Slug, out var r)
            ? (f, r)
            : (FamilyOf(catalog, stats, model), RivalsOf(catalog, stats, model));

        // A model retired today is not suggested (its own pages stay).
        var today = Today();
        bool Live(string slug) => catalog.FindModel(slug) is not { } m || !ModelLifecycle.IsRetired(m, today);
        var picked = new List<(string Slug, RelatedReason Reason)>();
        using var fromFamily = family.Where(c => c.Slug != exclude?.Slug && Live(c.Slug)).GetEnumerator();
        using var fromRivals = Spread(rivals, exclude?.Slug).Where(c => Live(c.Slug)).GetEnumerator();
        var seen = new HashSet<string>(Math.Max(0, 2 * count), StringComparer.Ordinal);
        bool familyLeft = true, rivalsLeft = true;
        while (picked.Count < count && (familyLeft || rivalsLeft))
        {
            familyLeft = familyLeft && TakeNext(fromFamily, seen, picked);
            if (picked.Count < count)
            {
                rivalsLeft = rivalsLeft && TakeNext(fromRivals, seen, picked);
            }
        }

        return [.. picked.Select(c => Link(model, catalog.FindModel(c.Slug)!, c.Reason))];
    }

    /// <summary>
    /// The family of <see cref="Alternatives"/>, in order: successor, predecessors, the maker's other models
    /// newest first; only models in the catalog, never the model itself. Built once per snapshot by
    /// <see cref="CatalogStats"/>.
    /// </summary>
    internal static ImmutableArray<(string Slug, RelatedReason Reason)> FamilyOf(CatalogSnapshot catalog, CatalogStats stats, Model model)
    {
        var family = new List<(string Slug, RelatedReason Reason)>();
        if (model.SuccessorSlug is { } successor)
        {
            family.Add((successor, RelatedReason.Successor));
        }

        family.AddRange(stats.Predecessors[model.Slug].Select(p => (p, RelatedReason.Predecessor)));
        family.AddRange(catalog.ModelsMadeBy(model.MakerSlug)
            .OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => (m.Slug, RelatedReason.SameMaker)));
        return [.. family.Where(c => c.Slug != model.Slug && catalog.FindModel(c.Slug) is not null).DistinctBy(c => c.Slug, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The closest valid pairs for two texts that do not make a pair page (a mistyped address, a search
    /// with one side unknown): the models each text most resembles (<see cref="ModelSearch.Suggest"/>,
    /// a slug as typed first) paired with each other, best guesses first. When only one text resembles
    /// anything, its best guesses are paired with their <see cref="Alternatives"/>. Never a model with itself.
    /// </summary>
    public ImmutableArray<PairLink> SuggestPairs(string? left, string? right, int limit = 6)
    {
        var catalog = Catalog;
        const int PerSide = 3;
        var lefts = Guesses(catalog, left, PerSide);
        var rights = Guesses(catalog, right, PerSide);
        IEnumerable<PairLink> pairs;
        if (lefts.IsEmpty || rights.IsEmpty)
        {
            pairs = lefts.Concat(rights).SelectMany(m => Alternatives(m, count: limit)
                .Select(link => PairLink.Of(catalog.FindModel(link.FirstSlug)!, catalog.FindModel(link.SecondSlug)!)));
        }
        else
        {
            pairs = lefts.SelectMany((l, i) => rights.Select((r, j) => (Left: l, Right: r, Order: i + j, i)))
                .Where(x => x.Left.Slug != x.Right.Slug)
                .OrderBy(x => x.Order)
                .ThenBy(x => x.i)
                .Select(x => PairLink.Of(x.Left, x.Right));
        }

        return [.. pairs.DistinctBy(p => p.Path, StringComparer.Ordinal).Take(limit)];
    }

    private static ImmutableArray<Model> Guesses(CatalogSnapshot catalog, string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var exact = catalog.FindModelOrAlias(text.Trim().ToLowerInvariant());
        return [.. ModelSearch.Suggest(catalog, text, count).Prepend(exact).OfType<Model>().DistinctBy(m => m.Slug).Take(count)];
    }

    /// <summary>
    /// The rivals of <see cref="Alternatives"/>, closest first (distance, then newer, then slug); spread
    /// across makers on request by <see cref="Spread"/>. Built once per snapshot by <see cref="CatalogStats"/>.
    /// </summary>
    internal static ImmutableArray<Rival> RivalsOf(CatalogSnapshot catalog, CatalogStats stats, Model model)
    {
        var price = stats.ComparablePrices.GetValueOrDefault(model.Slug);
        var mask = stats.CapabilityMasks.GetValueOrDefault(model.Slug);
        return catalog.Models
            .Where(m => m.MakerSlug != model.MakerSlug && m.Slug != model.Slug)
            .Select(m =>
            {
                var other = stats.ComparablePrices.GetValueOrDefault(m.Slug);
                var doublings = price > 0m && other > 0m ? Math.Abs(Math.Log2((double)(other / price))) : (double?)null;
                var otherMask = stats.CapabilityMasks.GetValueOrDefault(m.Slug);
                var shared = mask != 0 && otherMask != 0 ? Overlap(mask, otherMask) : (decimal?)null;
                var closePrice = doublings <= Math.Log2((double)SimilarPriceRatio);
                var closeCapabilities = shared >= SimilarCapabilityShare;
                var reason = closePrice && closeCapabilities ? RelatedReason.SimilarPriceAndCapabilities
                    : closePrice ? RelatedReason.SimilarPrice
                    : RelatedReason.SimilarCapabilities;
                return (Model: m, Close: closePrice || closeCapabilities, Distance: (doublings ?? 1d) + (double)(1m - (shared ?? 0m)), Reason: reason);
            })
            .Where(x => x.Close)
            .OrderBy(x => x.Distance)
            .ThenByDescending(x => x.Model.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Select(x => new Rival(x.Model.Slug, x.Reason, x.Model.MakerSlug))
            .ToImmutableArray();
    }

    /// <summary>
    /// The rivals closest first, without <paramref name="exclude"/>, each maker's closest before any maker's
    /// second: spread after the exclusion, so leaving out the pair's other model lets its maker's next model
    /// take its place.
    /// </summary>
    /// <remarks>
    /// Lazy, one pass over the list per place: callers take a handful, so usually only the start of the
    /// first pass (each maker's closest) is read. Sorting the whole list on every pair page cost more
    /// than the rest of the comparison's alternatives.
    /// </remarks>
    private static IEnumerable<(string Slug, RelatedReason Reason)> Spread(ImmutableArray<Rival> closestFirst, string? exclude)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var place = 0; ; place++)
        {
            seen.Clear();
            var later = false;
            foreach (var rival in closestFirst)
            {
                if (rival.Slug == exclude)
                {
                    continue;
                }

                var own = seen.GetValueOrDefault(rival.Maker);
                seen[rival.Maker] = own + 1;
                if (own == place)
                {
                    yield return (rival.Slug, rival.Reason);
                }
                else if (own > place)
                {
                    later = true;
                }
            }

            if (!later)
            {
                yield break;
            }
        }
    }

    /// <summary>Another maker's model close in price or capabilities, with its maker for <see cref="Spread"/>.</summary>
    internal readonly record struct Rival(string Slug, RelatedReason Reason, string Maker);

    private static bool TakeNext(IEnumerator<(string Slug, RelatedReason Reason)> source, HashSet<string> seen, List<(string Slug, RelatedReason Reason)> picked)
    {
        while (source.MoveNext())
        {
            if (seen.Add(source.Current.Slug))
            {
                picked.Add(source.Current);
                return true;
            }
        }

        return false;
    }

    /// <summary>Shared capabilities over all capabilities either has (Jaccard), on capability bit masks.</summary>
    private static decimal Overlap(int x, int y)
    {
        var union = System.Numerics.BitOperations.PopCount((uint)(x | y));
        return union == 0 ? 0m : (decimal)System.Numerics.BitOperations.PopCount((uint)(x & y)) / union;
    }

    private static RelatedLink Link(Model model, Model other, RelatedReason reason)
    {
        var pair = PairLink.Of(model, other);
        return new RelatedLink(pair.First.Slug, pair.Second.Slug, pair.Label, reason, Sentences.RelatedReasonText(reason));
    }
}
