using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// One model as the model picker offers it: maker, release date and headline (list or market) price, and
/// whether it is the newest of its family.
/// </summary>
public sealed record PickerEntry(string Slug, string Name, string MakerName, DateOnly? ReleaseDate, string PriceText, bool IsNewest)
{
    /// <summary>The option's text: "GPT-4o (OpenAI, May 13, 2024, list price $2.50 in / $10 out per 1M, newest)".</summary>
    public string Label => Sentences.PickerLabel(Name, MakerName, ReleaseDate, PriceText, IsNewest);
}

public sealed partial class ComparisonEngine
{
    /// <summary>Every model of the catalog as the model picker offers it, by name; built with the snapshot.</summary>
    public ImmutableArray<PickerEntry> PickerEntries() => Stats.Picker;

    /// <summary>
    /// A model is the newest of its family when it shares its maker's family name with at least one other
    /// model, none of them was released later, and no successor of it is in the catalog. Models without a
    /// family or a release date are never marked.
    /// </summary>
    internal static ImmutableArray<PickerEntry> PickerEntriesOf(CatalogSnapshot catalog, CatalogStats stats)
    {
        var newest = catalog.Models
            .Where(m => !string.IsNullOrWhiteSpace(m.Family))
            .GroupBy(m => (m.MakerSlug, Family: m.Family!.Trim().ToLowerInvariant()))
            .Where(g => g.Count() >= 2)
            .SelectMany(g =>
            {
                var latest = g.Max(m => m.ReleaseDate);
                return g.Where(m => latest is not null && m.ReleaseDate == latest);
            })
            .Where(m => m.SuccessorSlug is null || m.SuccessorSlug == m.Slug || catalog.FindModel(m.SuccessorSlug) is null)
            .Select(m => m.Slug)
            .ToHashSet(StringComparer.Ordinal);
        return
        [
            .. catalog.Models
                .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(m => m.Slug, StringComparer.Ordinal)
                .Select(m => new PickerEntry(
                    m.Slug,
                    m.Name,
                    stats.ProviderName(m.MakerSlug),
                    m.ReleaseDate,
                    Sentences.PickerPrice(stats.Prices[m.Slug]),
                    newest.Contains(m.Slug))),
        ];
    }
}
