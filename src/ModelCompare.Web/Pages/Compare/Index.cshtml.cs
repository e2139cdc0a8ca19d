using System.Collections.Immutable;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Compare;

/// <summary>
/// <c>/compare</c>: sends the home page's picker and the pair page's swapper (<c>?a=&amp;b=</c>) and two ticked models
/// (<c>?models=a&amp;models=b</c> or <c>?models=a,b</c>) to the canonical pair page, and shows three or
/// four models side by side (<c>?models=a,b,c</c>, or the same slugs as repeated <c>models</c> values,
/// as the /models page's checkboxes send them, or <c>?a=&amp;b=&amp;c=</c> from this page's own picker).
/// </summary>
[EnableRateLimiting(ModelCompareHost.ComparePolicy)]
[OutputCache(PolicyName = "compare")]
public sealed partial class IndexModel(SiteData site, ILogger<IndexModel> logger) : PageModel, IHasPageMeta
{
    /// <summary>The fewest models the page compares; two go to their pair page.</summary>
    public const int MinModels = ModelSelection.MinModels;
    public const int MaxModels = ModelSelection.MaxModels;

    /// <summary>The query names of this page's model pickers, one per model it compares.</summary>
    public static readonly ImmutableArray<string> PickerNames = ["a", "b", "c", "d"];

    public SiteView View { get; } = site.Current;

    /// <summary>Why no comparison is shown; null when <see cref="Result"/> holds the models.</summary>
    public string? Problem { get; private set; }

    /// <summary>Suggestions for slugs the catalog does not know.</summary>
    public ImmutableArray<Model> Suggestions { get; private set; } = [];

    public TrafficQuery Traffic { get; private set; } = new(TrafficProfile.Default, []);

    public string? ModelsQuery { get; private set; }

    /// <summary>The side-by-side comparison; null when <see cref="Problem"/> says why there is none.</summary>
    public MultiComparison? Result { get; private set; }

    /// <summary>Every model as the picker offers it.</summary>
    public ImmutableArray<PickerEntry> PickerEntries => View.Engine.PickerEntries();

    public PageMeta Meta => new()
    {
        Title = Result?.Title ?? "Compare models side by side",
        Description = Result?.Description ?? "Compare three or four large language models side by side: specs, prices, capabilities and shared benchmarks.",
        CanonicalPath = Urls.Compare,
        NoIndex = true,
        Breadcrumbs = [new Crumb("Compare", Urls.Compare)],
    };

    public IActionResult OnGet(string? a, string? b, string? c, string? d, string[]? models, string? input, string? output, string? cache)
    {
        // The side-by-side picker names its models a to d: a third or fourth makes it a list, not a pair.
        if (!string.IsNullOrWhiteSpace(c) || !string.IsNullOrWhiteSpace(d))
        {
            models = [.. new[] { a, b, c, d }.OfType<string>(), .. models ?? []];
        }
        else if (a is not null || b is not null)
        {
            return Pick(a, b, TrafficQuery(input, output, cache));
        }

        var listed = string.Join(',', (models ?? []).Where(m => !string.IsNullOrWhiteSpace(m)));
        if (listed.Length == 0 && models is not { Length: > 0 })
        {
            return Page();
        }

        ModelsQuery = listed.Length == 0 ? null : listed;
        var selection = View.Engine.SelectModels(listed);
        if (selection.Problem is { } problem)
        {
            Suggestions = selection.Suggestions;
            return Refuse(problem);
        }

        if (selection.IsPair)
        {
            return Redirect(Urls.Pair(selection.Models[0].Slug, selection.Models[1].Slug) + TrafficQuery(input, output, cache));
        }

        Traffic = TrafficProfile.FromQuery(input, output, cache);
        Result = View.Engine.CompareMany(selection.Models, Traffic.Profile);
        return Page();
    }

    private RedirectResult Pick(string? a, string? b, string traffic)
    {
        // A slug, or a name typed into the pair page's swapper: the best match, exact names first, then the
        // closest name. Text like no model's name goes to search, which names it and offers the closest pairs.
        var first = Closest(a);
        var second = Closest(b);
        if (first is null || second is null)
        {
            LogUnknownPick(logger, a, b);
            return Redirect(Urls.SearchFor($"{(a ?? string.Empty).Trim()} vs {(b ?? string.Empty).Trim()}"));
        }

        return first.Slug == second.Slug
            ? Redirect(Urls.Model(first.Slug))
            : Redirect(Urls.Pair(first.Slug, second.Slug) + traffic);
    }

    private Model? Closest(string? text) =>
        ModelSearch.Best(View.Snapshot, text) ?? (string.IsNullOrWhiteSpace(text) ? null : ModelSearch.Suggest(View.Snapshot, text, 1).FirstOrDefault());

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        return Page();
    }

    /// <summary>The traffic a side-by-side request carried, passed on to the pair page it becomes.</summary>
    private static string TrafficQuery(string? input, string? output, string? cache)
    {
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (name, value) in new[] { ("input", input), ("output", output), ("cache", cache) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name, value);
            }
        }

        return query.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Picker asked for unknown models {A} and {B}")]
    private static partial void LogUnknownPick(ILogger logger, string? a, string? b);
}
