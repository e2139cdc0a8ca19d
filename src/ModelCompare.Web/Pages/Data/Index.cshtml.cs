using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Data;

/// <summary>/data: the open-data downloads, their license and attribution.</summary>
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public IReadOnlyList<DataSourceCredit> Credits => View.Snapshot.Credits.IsDefaultOrEmpty ? ModelCompare.Data.DataSourceCredits.All : View.Snapshot.Credits;

    public const string Description = "The ModelCompare catalog of large language models, providers, prices and benchmark scores as JSON and CSV, with an Atom feed of price changes.";

    public PageMeta Meta => new()
    {
        Title = "Open data: download the model catalog",
        Description = Description,
        CanonicalPath = Urls.Data,
        Image = PreviewImages.HubShare(View, "data"),
        Breadcrumbs = [new Crumb("Data", Urls.Data)],
        JsonLd =
        [
            StructuredData.Dataset(
                site.Origin,
                "ModelCompare LLM catalog",
                Description,
                View.LastReviewed,
                [("application/json", Urls.CatalogJson), ("text/csv", Urls.ModelsCsv), ("text/csv", Urls.RoutesCsv)],
                Credits.Select(c => (c.Name, c.Url))),
        ],
    };
}
