using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Compare;

/// <summary>
/// The "X vs Y" page. Anything but the canonical URL (reverse order, an alias, upper case) answers
/// 301 to it with the query string kept; the same model twice goes to its profile; an unknown slug is
/// a 404 that suggests models.
/// </summary>
[OutputCache(PolicyName = "pair")]
public sealed class PairModel(SiteData site) : PageModel, IHasPageMeta
{
    public const string PageName = "/Compare/Pair";

    /// <summary>Routes shown per model in the pricing table; the profile lists them all.</summary>
    public const int PriceRowsShown = 8;
    private const string Separator = "-vs-";

    public PairComparison? Comparison { get; private set; }

    public ImmutableArray<string> TrafficNotes { get; private set; } = [];

    /// <summary>Notes on the price basis the query asked for: an unknown basis, a provider that does not serve both.</summary>
    public ImmutableArray<string> PriceNotes { get; private set; } = [];

    /// <summary>The query asked for something other than list prices at the default traffic.</summary>
    private bool _nonDefaultQuery;

    /// <summary>For a 404: what could not be found, and the models closest to it.</summary>
    public ImmutableArray<(string Requested, ImmutableArray<Model> Suggestions)> Unknown { get; private set; } = [];

    /// <summary>For a 404: the site's popular comparisons, to offer pages that do exist.</summary>
    public ImmutableArray<PairLink> PopularPairs { get; private set; } = [];

    public IActionResult OnGet(string? pair, string? input, string? output, string? cache, string? basis, string? via)
    {
        // Model binding turns a blank segment (/models/%20) into null: no page has a blank slug.
        if (string.IsNullOrWhiteSpace(pair))
        {
            return NotFound();
        }

        var snapshot = site.Current.Snapshot;
        var lower = pair.ToLowerInvariant();
        var parts = lower.Split(Separator);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return NotFoundPage(snapshot, parts.Where(p => p.Length > 0).DefaultIfEmpty(lower));
        }

        var a = snapshot.FindModelOrAlias(parts[0]);
        var b = snapshot.FindModelOrAlias(parts[1]);
        if (a is null || b is null)
        {
            return NotFoundPage(snapshot, new[] { (parts[0], a), (parts[1], b) }.Where(x => x.Item2 is null).Select(x => x.Item1));
        }

        if (a.Slug == b.Slug)
        {
            return RedirectPermanent(Hosting.LocalRedirect.Location(new PathString(Urls.Model(a.Slug)), Request.QueryString));
        }

        var canonical = ComparisonEngine.CanonicalPath(a.Slug, b.Slug);
        if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return RedirectPermanent(Hosting.LocalRedirect.Location(new PathString(canonical), Request.QueryString));
        }

        var traffic = TrafficProfile.FromQuery(input, output, cache);
        var choice = PriceChoice.FromQuery(basis, via);
        TrafficNotes = traffic.Notes;
        Comparison = site.Engine.Compare(snapshot, a, b, traffic.Profile, choice.Choice);
        PriceNotes = [.. choice.Notes, .. Comparison.PriceNotes];
        _nonDefaultQuery = !traffic.IsDefault || !TrafficNotes.IsEmpty || !choice.Choice.IsDefault || !PriceNotes.IsEmpty;
        return Page();
    }

    /// <summary>
    /// Only list prices at the default traffic are indexed; any other traffic, basis or provider is
    /// <c>noindex</c>, and the canonical link never carries the query.
    /// </summary>
    public PageMeta Meta => Comparison is { } c
        ? new PageMeta
        {
            Title = c.Title,
            Description = c.MetaDescription,
            CanonicalPath = c.CanonicalPath,
            OgType = "article",
            Breadcrumbs = [new Crumb(c.A.Name, Urls.Model(c.A.Slug)), new Crumb($"{c.A.Name} vs {c.B.Name}", c.CanonicalPath)],
            JsonLd = [StructuredData.FaqPage(c.Faq)],
            NoIndex = _nonDefaultQuery,
        }
        : new PageMeta
        {
            Title = "Comparison not found",
            Description = "No comparison exists at this address; here are the closest models.",
            CanonicalPath = Urls.Home,
            NoIndex = true,
        };

    private PageResult NotFoundPage(CatalogSnapshot snapshot, IEnumerable<string> requested)
    {
        Unknown = [.. requested.Distinct(StringComparer.Ordinal).Take(2).Select(r => (r, ModelSearch.Suggest(snapshot, r)))];
        PopularPairs = [.. site.Current.PopularPairs.Take(6)];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
