using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Compare;

/// <summary>
/// The "X vs Y" page. Anything but the canonical URL (reverse order, an alias, upper case) answers
/// 301 to it with the query string kept; the same model twice goes to its profile; an unknown slug is
/// a 404 that suggests the closest pairs that exist.
/// </summary>
[OutputCache(PolicyName = "pair")]
public sealed class PairModel(SiteData site, PreviewImages images) : PageModel, IHasPageMeta
{
    public const string PageName = "/Compare/Pair";

    /// <summary>Routes shown per model before the rest are folded under "Show all".</summary>
    public const int PriceRowsShown = 5;

    /// <summary>Shared benchmarks shown before the rest are folded under "Show all".</summary>
    public const int BenchmarkRowsShown = 8;

    /// <summary>The sections the "On this page" menu links to, by id, with their headings.</summary>
    public static readonly IReadOnlyList<(string Id, string Label)> Sections =
    [
        ("summary", "Summary"), ("verdict", "Verdict"), ("scorecard", "Scorecard"), ("tradeoffs", "Tradeoffs"),
        ("monthly-cost", "Monthly cost"), ("switch-friction", "Switch friction"), ("specs", "Specifications"),
        ("pricing", "Pricing"), ("capabilities", "Capabilities"), ("benchmarks", "Benchmarks"),
        ("deep-dive", "Deep dive"), ("faq", "FAQ"), ("related", "Continue comparing"),
    ];

    public PairComparison? Comparison { get; private set; }

    public ImmutableArray<string> TrafficNotes { get; private set; } = [];

    /// <summary>The notes that belong to one calculator field, shown beside it, by the field's name.</summary>
    public ImmutableDictionary<string, string> FieldNotes { get; private set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The traffic notes no field owns, shown under the bills.</summary>
    public IEnumerable<string> GeneralTrafficNotes => TrafficNotes.Where(n => !FieldNotes.ContainsValue(n));

    public ShareImage? Share { get; private set; }

    /// <summary>Notes on the price basis the query asked for: an unknown basis, a provider that does not serve both.</summary>
    public ImmutableArray<string> PriceNotes { get; private set; } = [];

    /// <summary>The query asked for something other than list prices at the default traffic.</summary>
    private bool _nonDefaultQuery;

    /// <summary>For a 404: the parts of the address that name no model.</summary>
    public ImmutableArray<string> Unknown { get; private set; } = [];

    /// <summary>For a 404: the existing pairs closest to what was asked for.</summary>
    public ImmutableArray<PairLink> Suggestions { get; private set; } = [];

    /// <summary>For a 404: the site's popular comparisons, to offer pages that do exist.</summary>
    public ImmutableArray<PairLink> PopularPairs { get; private set; } = [];

    public IActionResult OnGet(
        string? pair,
        string? input,
        string? output,
        string? cache,
        string? basis,
        string? via,
        string? preset,
        string? requests,
        [FromQuery(Name = "in_per")] string? inPer,
        [FromQuery(Name = "out_per")] string? outPer,
        string? mode,
        string? tier = null,
        string? write = null,
        string? ttl = null,
        string? thinking = null,
        string? reasoning = null,
        string? search = null)
    {
        // Model binding turns a blank segment (/models/%20) into null: no page has a blank slug.
        if (string.IsNullOrWhiteSpace(pair))
        {
            return NotFound();
        }

        var snapshot = site.Current.Snapshot;
        if (PairQuery.SplitPath(pair) is not var (left, right))
        {
            var words = pair.ToLowerInvariant().Split("-vs-", StringSplitOptions.RemoveEmptyEntries);
            return NotFoundPage(snapshot, words.FirstOrDefault() ?? pair, words.Skip(1).FirstOrDefault(), words.DefaultIfEmpty(pair.ToLowerInvariant()));
        }

        var a = snapshot.FindModelOrAlias(left);
        var b = snapshot.FindModelOrAlias(right);
        if (a is null || b is null)
        {
            return NotFoundPage(snapshot, left, right, new[] { (left, a), (right, b) }.Where(x => x.Item2 is null).Select(x => x.Item1));
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

        var traffic = TrafficProfile.FromQuery(input, output, cache, preset, requests, inPer, outPer, mode, new BillOptionsQuery(write, ttl, thinking, tier, reasoning, search));
        var choice = PriceChoice.FromQuery(basis, via);
        TrafficNotes = traffic.Notes;
        FieldNotes = traffic.FieldNotes;
        // At the default traffic both models' facts were described when the snapshot was swapped in.
        var view = site.Current;
        Comparison = traffic.Profile == TrafficProfile.Default && view.Snapshot == snapshot && view.Facts.TryGetValue(a.Slug, out var fa) && view.Facts.TryGetValue(b.Slug, out var fb)
            ? site.Engine.Compare(fa, fb, choice.Choice)
            : site.Engine.Compare(a, b, traffic.Profile, choice.Choice);
        PriceNotes = [.. choice.Notes, .. Comparison.PriceNotes];
        _nonDefaultQuery = !traffic.IsDefault || traffic.Profile.PerRequest is not null || !TrafficNotes.IsEmpty || !choice.Choice.IsDefault || !PriceNotes.IsEmpty;
        // The image shows list prices at the default traffic, so its description must too: the one its image
        // endpoint reads, from this page's own comparison when that is at the default, never a second one here.
        var preview = images.DescribePair(view, a, b, Comparison.Traffic.IsDefault && Comparison.Choice.IsDefault ? Comparison : null);
        Share = new ShareImage(PreviewImages.Versioned(PreviewImages.PairPath(a.Slug, b.Slug), preview), preview.AltText);
        return Page();
    }

    /// <summary>
    /// The address of a workload preset at the page's cache share, basis and provider, so a preset keeps
    /// the rest of the reader's choices.
    /// </summary>
    public string PresetPath(WorkloadPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var c = Comparison ?? throw new InvalidOperationException("No comparison to link from.");
        var query = new QueryString().Add("preset", preset.Key);
        // A cache share the current preset set is that preset's, not the reader's: the next preset sets its own.
        if (c.Traffic.CachePercent != TrafficProfile.DefaultCachePercent && c.Traffic.CachePercent != c.Traffic.Preset?.CachePercent)
        {
            query = query.Add("cache", c.Traffic.CachePercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (c.Choice.Basis == CostBasis.Cheapest)
        {
            query = query.Add("basis", "cheapest");
        }

        if (c.Choice.Via is { } provider)
        {
            query = query.Add("via", provider);
        }

        return c.CanonicalPath + query.ToUriComponent() + "#summary";
    }

    /// <summary>
    /// Only pairs <see cref="IndexPlan"/> indexes, at list prices and the default traffic, are indexed;
    /// any other pair, traffic, basis or provider is <c>noindex, follow</c> with no canonical link (one signal).
    /// </summary>
    public PageMeta Meta => Comparison is { } c
        ? new PageMeta
        {
            Title = c.Title,
            Description = c.MetaDescription,
            CanonicalPath = c.CanonicalPath,
            OgType = "article",
            Breadcrumbs = [new Crumb(c.A.Name, Urls.Model(c.A.Slug)), new Crumb($"{c.A.Name} vs {c.B.Name}", c.CanonicalPath)],
            NoIndex = _nonDefaultQuery || !site.Engine.IndexPlan.IsIndexed(c.A.Slug, c.B.Slug),
            Image = Share,
        }
        : new PageMeta
        {
            Title = "Comparison not found",
            Description = "No comparison exists at this address; here are the closest ones that do.",
            CanonicalPath = Urls.Home,
            NoIndex = true,
        };

    private PageResult NotFoundPage(CatalogSnapshot snapshot, string left, string? right, IEnumerable<string> unknown)
    {
        Unknown = [.. unknown.Distinct(StringComparer.Ordinal).Take(2)];
        Suggestions = site.Engine.SuggestPairs(left, right);
        PopularPairs = [.. site.Current.PopularPairs.Take(6)];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
