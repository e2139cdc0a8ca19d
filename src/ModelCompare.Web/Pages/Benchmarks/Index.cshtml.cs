using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Benchmarks;

/// <summary>/benchmarks: every benchmark by category, with its leader, number of models scored, unit and source.</summary>
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public BenchmarkIndexResult Index => View.Engine.BenchmarkIndex();

    public PageMeta Meta => new()
    {
        Title = "LLM benchmarks: leaderboards with sources",
        Description = $"{Formatting.Plural(View.Snapshot.Benchmarks.Length, "benchmark")} with leaderboards: every score names its source and date, and whether the model's maker reported it.",
        CanonicalPath = Urls.Benchmarks,
        Image = PreviewImages.HubShare(View, "benchmarks"),
        Breadcrumbs = [new Crumb("Benchmarks", Urls.Benchmarks)],
        JsonLd = [StructuredData.ItemList(site.Origin, "LLM benchmarks", View.Snapshot.Benchmarks.Select(b => (b.Name, Urls.Benchmark(b.Slug))))],
    };
}
