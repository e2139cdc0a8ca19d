using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

public enum ModelSort
{
    Name,
    Release,
    Context,
    Input,
    Output,
}

/// <summary>
/// The /models query string, read leniently: a value the page cannot use is ignored with a note saying
/// so, never an error.
/// </summary>
public sealed record ModelListQuery
{
    public const int PageSize = 50;

    public ModelSort Sort { get; init; } = ModelSort.Name;
    public bool Descending { get; init; }
    public string? Maker { get; init; }
    public Capability? Capability { get; init; }
    public bool OpenOnly { get; init; }
    public int Page { get; init; } = 1;
    public ImmutableArray<string> Notes { get; init; } = [];

    public bool IsFiltered => Maker is not null || Capability is not null || OpenOnly;

    /// <summary>Newest, largest and (for prices) cheapest first unless <c>dir</c> says otherwise.</summary>
    public static bool DefaultDescending(ModelSort sort) => sort is ModelSort.Release or ModelSort.Context;

    public static ModelListQuery Read(CatalogSnapshot catalog, string? sort, string? dir, string? maker, string? capability, string? open, string? page)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var notes = new List<string>();
        var s = ModelSort.Name;
        if (!string.IsNullOrWhiteSpace(sort) && !(sort.Trim().All(char.IsLetter) && Enum.TryParse(sort.Trim(), ignoreCase: true, out s)))
        {
            notes.Add($"Sort \"{sort}\" is not one of name, release, context, input or output; sorted by name.");
            s = ModelSort.Name;
        }

        var descending = DefaultDescending(s);
        if (!string.IsNullOrWhiteSpace(dir))
        {
            switch (dir.Trim().ToLowerInvariant())
            {
                case "asc": descending = false; break;
                case "desc": descending = true; break;
                default: notes.Add($"Direction \"{dir}\" is not asc or desc; using {(descending ? "desc" : "asc")}."); break;
            }
        }

        string? makerSlug = null;
        if (!string.IsNullOrWhiteSpace(maker))
        {
            var m = maker.Trim().ToLowerInvariant();
            if (catalog.ModelsMadeBy(m).IsEmpty)
            {
                notes.Add($"Maker \"{maker}\" makes no model in the catalog; showing every maker.");
            }
            else
            {
                makerSlug = m;
            }
        }

        Capability? cap = null;
        if (!string.IsNullOrWhiteSpace(capability))
        {
            cap = ParseCapability(capability);
            if (cap is null)
            {
                notes.Add($"Capability \"{capability}\" is not one the catalog tracks; showing every model.");
            }
        }

        var openOnly = false;
        if (!string.IsNullOrWhiteSpace(open))
        {
            if (bool.TryParse(open.Trim(), out var o))
            {
                openOnly = o;
            }
            else
            {
                notes.Add($"Open \"{open}\" is not true or false; showing every model.");
            }
        }

        var p = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1))
        {
            notes.Add($"Page \"{page}\" is not a page number; showing page 1.");
            p = 1;
        }

        return new ModelListQuery { Sort = s, Descending = descending, Maker = makerSlug, Capability = cap, OpenOnly = openOnly, Page = p, Notes = [.. notes] };
    }

    /// <summary>"function-calling", "function_calling" or "FunctionCalling".</summary>
    public static Capability? ParseCapability(string text)
    {
        var compact = new string([.. text.Where(char.IsLetterOrDigit)]);
        return compact.Length > 0 && !compact.All(char.IsDigit) && Enum.TryParse<Capability>(compact, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
    }

    /// <summary>"function-calling": how a capability is written in the query string.</summary>
    public static string CapabilityKey(Capability capability) =>
        string.Concat(capability.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>The query string for this listing with some values changed; defaults are left out.</summary>
    public string Path(ModelSort? sort = null, bool? descending = null, int? page = null)
    {
        var so = sort ?? Sort;
        var de = descending ?? (sort is { } changed && changed != Sort ? DefaultDescending(changed) : Descending);
        var pg = page ?? Page;
        var parts = new List<string>();
        if (so != ModelSort.Name)
        {
            parts.Add("sort=" + so.ToString().ToLowerInvariant());
        }

        if (de != DefaultDescending(so))
        {
            parts.Add("dir=" + (de ? "desc" : "asc"));
        }

        if (Maker is not null)
        {
            parts.Add("maker=" + Uri.EscapeDataString(Maker));
        }

        if (Capability is { } c)
        {
            parts.Add("capability=" + CapabilityKey(c));
        }

        if (OpenOnly)
        {
            parts.Add("open=true");
        }

        if (pg > 1)
        {
            parts.Add("page=" + pg.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? Urls.Models : Urls.Models + "?" + string.Join("&", parts);
    }

    /// <summary>
    /// The models that pass the filters, in the requested order; unknown values sort last either way. Prices
    /// sort by the list price (the market price when the maker sells none), never by a reseller's.
    /// </summary>
    public IEnumerable<ModelFacts> Apply(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Snapshot.Models
            .Where(m => Maker is null || m.MakerSlug == Maker)
            .Where(m => Capability is not { } c || m.Capabilities.Has(c))
            .Where(m => !OpenOnly || m.OpenWeights == true)
            .Select(m => view.Facts[m.Slug]);
        return Sort switch
        {
            ModelSort.Release => Order(rows, f => f.Model.ReleaseDate?.DayNumber),
            ModelSort.Context => Order(rows, f => f.Model.ContextWindow),
            ModelSort.Input => Order(rows, f => f.Price.Reference?.Input),
            ModelSort.Output => Order(rows, f => f.Price.Reference?.Output),
            _ => Descending
                ? rows.OrderByDescending(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal)
                : rows.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal),
        };
    }

    private IOrderedEnumerable<ModelFacts> Order<T>(IEnumerable<ModelFacts> rows, Func<ModelFacts, T?> key)
        where T : struct, IComparable<T>
    {
        var known = rows.OrderBy(f => key(f) is null ? 1 : 0);
        known = Descending ? known.ThenByDescending(f => key(f) ?? default) : known.ThenBy(f => key(f) ?? default);
        return known.ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal);
    }
}
