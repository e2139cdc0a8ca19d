using System.Globalization;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// A record that is one dated snapshot of a line its maker sells under one base name: the snapshot's own API id
/// (<c>gpt-4o-2024-08-06</c>, dated on the record's release day) and the line's first snapshot in the catalog, when an
/// earlier one is there (GPT-4o (2024-05-13)).
/// </summary>
public sealed record SnapshotLine(string SnapshotId, string BaseId, string LineName, Model? First);

/// <summary>
/// Dated snapshots and the lines they belong to, read from the catalog's own records. A record is a dated snapshot when
/// one of its API ids is a base name followed by a full date (<c>-2024-08-06</c> or <c>-20240806</c>) that is its
/// release date. Another record is a snapshot of the same line when it has the same maker and family and holds an API
/// id of the same base name with another full date. So the undated <c>gpt-4o</c>, an alias of the snapshot OpenAI's
/// API serves, reads as "released Aug 6, 2024 as the gpt-4o-2024-08-06 snapshot", with the line's first release beside it.
/// </summary>
public static partial class ModelSnapshots
{
    /// <summary>The record's dated snapshot id and line; null when none of its ids is dated on its release day.</summary>
    public static SnapshotLine? Of(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        if (model.ReleaseDate is not { } released)
        {
            return null;
        }

        var own = DatedIds(model).FirstOrDefault(d => d.Date == released);
        if (own.Id is null)
        {
            return null;
        }

        var first = catalog.Models
            .Where(m => m.Slug != model.Slug && SameLine(m, model, own.Base))
            .Select(m => (Model: m, Date: DatedIds(m).Where(d => d.Base == own.Base).Min(d => d.Date)))
            .Where(x => x.Date < released)
            .OrderBy(x => x.Date)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Select(x => x.Model)
            .FirstOrDefault();
        // The line is named by the record that holds the undated base name (GPT-4o for gpt-4o), else by that name.
        var holder = catalog.Models.FirstOrDefault(m => m.MakerSlug == model.MakerSlug && UndatedIds(m).Contains(own.Base, StringComparer.Ordinal));
        return new SnapshotLine(own.Id, own.Base, holder is null ? own.Base : LineName(holder.Name), first);
    }

    /// <summary>
    /// True when <paramref name="next"/> is a later dated snapshot of <paramref name="model"/>'s line (same maker,
    /// family and base name): the same model, not a new one.
    /// </summary>
    public static bool IsNewerSnapshot(Model model, Model next)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(next);
        var bases = DatedIds(model).Select(d => d.Base).Concat(UndatedIds(model)).ToHashSet(StringComparer.Ordinal);
        var theirs = DatedIds(next).Where(d => bases.Contains(d.Base)).ToList();
        return theirs.Count > 0 && SameLine(next, model, theirs[0].Base)
            && next.ReleaseDate is { } n && model.ReleaseDate is { } o && n > o;
    }

    private static bool SameLine(Model other, Model model, string baseId) =>
        other.MakerSlug == model.MakerSlug
        && string.Equals(other.Family, model.Family, StringComparison.Ordinal)
        && DatedIds(other).Any(d => d.Base == baseId);

    /// <summary>The model's API ids (provider path taken off) that end in a full date, with their base name.</summary>
    private static IEnumerable<(string Id, string Base, DateOnly Date)> DatedIds(Model model)
    {
        foreach (var id in Bare(model))
        {
            var match = Dated().Match(id);
            var digits = match.Success ? match.Groups["date"].Value.Replace("-", "", StringComparison.Ordinal) : null;
            if (digits is not null && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                yield return (id, match.Groups["base"].Value, date);
            }
        }
    }

    private static IEnumerable<string> UndatedIds(Model model) => Bare(model).Where(id => !Dated().IsMatch(id));

    private static IEnumerable<string> Bare(Model model) =>
        (model.ApiIds.IsDefault ? [] : model.ApiIds).Select(id => id[(id.LastIndexOf('/') + 1)..]).Distinct(StringComparer.Ordinal);

    /// <summary>"GPT-4o (2024-11-20)" is of the line "GPT-4o".</summary>
    private static string LineName(string name) => DatedName().Replace(name, string.Empty).Trim();

    [GeneratedRegex(@"^(?<base>.+?)-(?<date>\d{4}-\d{2}-\d{2}|\d{8})$")]
    private static partial Regex Dated();

    [GeneratedRegex(@"\s*\(\d{4}-\d{2}-\d{2}\)$")]
    private static partial Regex DatedName();
}
