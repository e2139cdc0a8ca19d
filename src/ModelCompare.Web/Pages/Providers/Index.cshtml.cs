using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Providers;

/// <summary>/providers: every maker and host, with how many models each makes and serves.</summary>
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    /// <summary>The engine's rows, by name, ready to print.</summary>
    public ImmutableArray<ProviderListRow> Rows => View.Engine.Providers();

    public PageMeta Meta => new()
    {
        Title = "LLM providers: makers and API hosts",
        Description = $"{Formatting.Plural(View.Snapshot.Providers.Length, "provider")} that make or host large language models, with their models, prices and the models each is cheapest for.",
        CanonicalPath = Urls.Providers,
        Image = PreviewImages.HubShare(View, "providers"),
        Breadcrumbs = [new Crumb("Providers", Urls.Providers)],
        JsonLd = [StructuredData.ItemList(site.Origin, "LLM providers", View.Snapshot.Providers.Select(p => (p.Name, Urls.Provider(p.Slug))))],
    };
}
