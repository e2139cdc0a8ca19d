using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

/// <summary>/models: every model in a sortable, filterable, paged table.</summary>
[OutputCache(PolicyName = "models")]
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    /// <summary>The capabilities the table shows, as the ones readers filter by most.</summary>
    public static readonly ImmutableArray<Capability> KeyCapabilities =
        [Capability.Vision, Capability.Reasoning, Capability.FunctionCalling, Capability.StructuredOutputs, Capability.PromptCaching];

    public SiteView View { get; } = site.Current;

    /// <summary>The day each row's status is judged on (the engine's clock).</summary>
    public DateOnly Today { get; } = site.Engine.Today();

    public ModelListQuery Query { get; private set; } = new();

    public ImmutableArray<ModelFacts> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount { get; private set; }

    public ImmutableArray<string> Notes { get; private set; } = [];

    public PageMeta Meta => new()
    {
        // A sorted or filtered list repeats the plain list's models in another order: noindex, follow, as every variant.
        NoIndex = Response.StatusCode == StatusCodes.Status404NotFound || Query.Path(page: Query.Page) != new ModelListQuery { Page = Query.Page }.Path(),
        Title = Query.Page > 1 ? $"All large language models, page {Query.Page} of {PageCount}" : "All large language models: prices, context and capabilities",
        Description = $"Every model in the catalog ({Formatting.Count(View.Snapshot.Models.Length)}): maker, release date, context window, list or market price, cheapest route, open weights and key capabilities.",
        CanonicalPath = Query.IsFiltered ? Urls.Models : new ModelListQuery { Page = Query.Page }.Path(),
        Image = PreviewImages.HubShare(View, "models"),
        Breadcrumbs = [new Crumb("Models", Urls.Models)],
        PrevPath = Query.Page > 1 ? Query.Path(page: Query.Page - 1) : null,
        NextPath = Query.Page < PageCount ? Query.Path(page: Query.Page + 1) : null,
        JsonLd = [StructuredData.ItemList(site.Origin, "Large language models", Rows.Select(f => (f.Name, Urls.Model(f.Slug))))],
    };

    /// <summary>Each listed model's place on the chosen benchmark, when one is chosen.</summary>
    public ImmutableDictionary<string, (int Board, LeaderboardEntry Entry)> Scores { get; private set; } = ImmutableDictionary<string, (int, LeaderboardEntry)>.Empty;

    /// <summary>The benchmarks the filter offers: those worth a leaderboard page, by category.</summary>
    public IEnumerable<IGrouping<BenchmarkCategory, Benchmark>> BenchmarkChoices =>
        View.Snapshot.Benchmarks
            .Where(b => ComparisonEngine.IndexPlanOf(View.Snapshot).Benchmarks.Contains(b.Slug) || b.Slug == Query.Benchmark?.Slug)
            .OrderBy(b => b.Category).ThenBy(b => b.Name, StringComparer.OrdinalIgnoreCase)
            .GroupBy(b => b.Category);

    /// <summary>
    /// When the list is ranked by a benchmark a reader task offers (<see cref="ReaderTask.Boards"/>), the task's
    /// other benchmarks, each of which ranks the same list on its own; empty otherwise.
    /// </summary>
    public ImmutableArray<Benchmark> OtherBoards =>
        Query.Benchmark is { } ranked
            ? [.. View.Tasks.Where(t => t.Boards.Any(b => b.Slug == ranked.Slug)).SelectMany(t => t.Boards).Where(b => b.Slug != ranked.Slug).DistinctBy(b => b.Slug)]
            : [];

    public IActionResult OnGet(string? sort, string? dir, string? maker, string? capability, string? open, string? maxin, string? maxout, string? context, string? bench)
    {
        // "page" is the route value Razor Pages uses to name the page, so it cannot be a bound parameter.
        Query = ModelListQuery.Read(View.Snapshot, new ModelListText(sort, dir, maker, capability, open, Request.Query["page"].FirstOrDefault())
        {
            MaxInput = maxin,
            MaxOutput = maxout,
            Context = context,
            Bench = bench,
        });
        Scores = Query.Scores(View);
        var all = Query.Apply(View).ToList();
        Total = all.Count;
        PageCount = Math.Max(1, (Total + ModelListQuery.PageSize - 1) / ModelListQuery.PageSize);
        var notes = Query.Notes.ToList();
        if (Query.Page > PageCount)
        {
            // A page past the last is no page: a 404 that links the last one, so no crawler keeps counting.
            Response.StatusCode = StatusCodes.Status404NotFound;
            notes.Add($"Page {Query.Page} does not exist; showing page {PageCount}, the last.");
            Query = Query with { Page = PageCount };
        }

        Notes = [.. notes];
        Rows = [.. all.Skip((Query.Page - 1) * ModelListQuery.PageSize).Take(ModelListQuery.PageSize)];
        return Page();
    }

    /// <summary>"List", "Market (7 providers)", "Free from its maker", or a dash.</summary>
    public static string BasisText(ModelPrice price) => Sentences.PriceBasisCell(price);

    /// <summary>"$0.43 / $2.14 on QiHang", "Same as list", or a dash.</summary>
    public static string CheapestText(ModelPrice price) => price.Cheapest switch
    {
        null => Formatting.Missing,
        { } c when c.Key == price.ListRoute?.Key => "The list price",
        { IsFreeFromMaker: true } c => $"Free on {c.ProviderName}",
        { } c => $"{Formatting.PricePerMillion(c.Route.Price!.Input!.Value)} / {Formatting.PricePerMillion(c.Route.Price.Output!.Value)} on {c.ProviderName}",
    };

    public static string KeyCapabilitiesText(Model model) =>
        string.Join(", ", KeyCapabilities.Where(model.Capabilities.Has).Select(Formatting.CapabilityName)) is { Length: > 0 } text ? text : Formatting.Missing;
}
