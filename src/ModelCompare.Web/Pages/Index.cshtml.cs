using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages;

/// <summary>The home page: the model picker and lists drawn from the data.</summary>
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public const int ListLength = 8;

    public SiteView View { get; } = site.Current;

    /// <summary>Every model for the picker, by name.</summary>
    public ImmutableArray<Model> PickerModels => [.. View.Snapshot.Models.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Slug, StringComparer.Ordinal)];

    public ImmutableArray<PairLink> Popular { get; } = CatalogHighlights.PopularPairs(site.Current.Snapshot, 12);

    /// <summary>The picker starts on the most popular pair, so submitting it untouched shows a comparison.</summary>
    public string? DefaultA => Popular.IsEmpty ? null : Popular[0].First.Slug;

    public string? DefaultB => Popular.IsEmpty ? null : Popular[0].Second.Slug;

    public ImmutableArray<Model> Newest => CatalogHighlights.Newest(View.Snapshot, ListLength);

    public ImmutableArray<PricedModel> CheapestCapable => CatalogHighlights.CheapestCapable(View.Snapshot, ListLength);

    public ImmutableArray<Model> LargestContext => CatalogHighlights.LargestContext(View.Snapshot, ListLength);

    public PageMeta Meta => new()
    {
        Title = "Compare LLMs by price, context and benchmarks | ModelCompare",
        Description = $"Compare {View.Snapshot.Models.Length} large language models from {View.Makers.Length} makers across {View.Snapshot.Providers.Length} providers: prices, context windows, capabilities and benchmarks, with sources.",
        CanonicalPath = Urls.Home,
        JsonLd = [StructuredData.WebSite(site.Origin)],
    };
}
