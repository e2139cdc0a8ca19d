using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Charts;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Benchmarks;

/// <summary>/benchmarks/{slug}: the main leaderboard (independent runs) with a bar chart of the leaders, and the makers' own claims ranked apart beneath it.</summary>
public sealed class DetailModel(SiteData site) : PageModel, IHasPageMeta
{
    /// <summary>How many leaders the bar chart draws; the table lists everyone.</summary>
    public const int ChartRows = LeaderboardResult.ChartRows;

    public SiteView View { get; } = site.Current;

    /// <summary>Everything the page says, from one engine call.</summary>
    public LeaderboardResult Result { get; private set; } = null!;

    public Benchmark Benchmark => Result.Benchmark;

    public ImmutableArray<Leaderboard> Boards => Result.Boards;

    public PageMeta Meta => new()
    {
        Title = Result.Title,
        Description = Result.Description,
        CanonicalPath = Urls.Benchmark(Benchmark.Slug),
        Image = PreviewImages.Share(PreviewImages.BenchmarkPath(Benchmark.Slug), SharePreviews.Leaderboard(Result)),
        Breadcrumbs = [new Crumb("Benchmarks", Urls.Benchmarks), new Crumb(Benchmark.Name, Urls.Benchmark(Benchmark.Slug))],
        NoIndex = !View.Engine.IndexPlan.Benchmarks.Contains(Benchmark.Slug),
    };

    public IActionResult OnGet(string? slug) => DetailLookup.Answer(
        this, slug, View.Snapshot.FindBenchmark, b => Urls.Benchmark(b.Slug), b => Result = View.Engine.Leaderboard(b));

    public static IReadOnlyList<Bar> Bars(Leaderboard board) =>
        [.. board.Entries.Take(ChartRows).Select(e => new Bar(e.Model.Name, e.Score.BarFraction, e.Score.ValueText + (e.Score.SelfReported ? " *" : string.Empty), ChartRole.Other, e.Score.SelfReported))];
}
