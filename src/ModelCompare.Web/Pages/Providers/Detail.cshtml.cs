using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Providers;

/// <summary>/providers/{slug}: a provider's models and prices, and the models it is the cheapest route for.</summary>
public sealed class DetailModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    /// <summary>Everything the page says, from one engine call.</summary>
    public ProviderResult Result { get; private set; } = null!;

    public Provider Provider => Result.Provider;

    public PageMeta Meta => new()
    {
        Title = Result.Title,
        Description = Result.Description,
        CanonicalPath = Urls.Provider(Provider.Slug),
        Image = PreviewImages.Share(PreviewImages.ProviderPath(Provider.Slug), SharePreviews.Provider(Result)),
        Breadcrumbs = [new Crumb("Providers", Urls.Providers), new Crumb(Provider.Name, Urls.Provider(Provider.Slug))],
        NoIndex = !View.Engine.IndexPlan.Providers.Contains(Provider.Slug),
    };

    public IActionResult OnGet(string? slug) => DetailLookup.Answer(
        this, slug, View.Snapshot.FindProvider, p => Urls.Provider(p.Slug), p => Result = View.Engine.Provider(p));
}
