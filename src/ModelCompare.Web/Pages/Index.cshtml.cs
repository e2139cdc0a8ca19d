using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages;

/// <summary>The home page: the model picker and lists drawn from the data.</summary>
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public ImmutableArray<PairLink> Popular => View.PopularPairs;

    /// <summary>The tasks readers come with, each linked to the view that answers it.</summary>
    public ImmutableArray<ReaderTask> Tasks => View.Tasks;

    /// <summary>The picker starts on the most popular pair's names, so submitting it untouched shows a comparison.</summary>
    public string? DefaultA => Popular.IsEmpty ? null : Popular[0].First.Name;

    public string? DefaultB => Popular.IsEmpty ? null : Popular[0].Second.Name;

    public ImmutableArray<Model> Newest => View.Newest;

    public ImmutableArray<PricedModel> CheapestCapable => View.CheapestCapable;

    public ImmutableArray<ContextHighlight> LargestContext => View.LargestContext;

    public PageMeta Meta => new()
    {
        Title = "Compare LLMs by price, context and benchmarks | ModelCompare",
        Description = $"Compare {View.Snapshot.Models.Length} large language models from {View.Makers.Length} makers across {View.Snapshot.Providers.Length} providers: prices, context windows, capabilities and benchmarks, with sources.",
        CanonicalPath = Urls.Home,
        Image = PreviewImages.HubShare(View, "home"),
        JsonLd = [StructuredData.WebSite(site.Origin)],
    };
}
