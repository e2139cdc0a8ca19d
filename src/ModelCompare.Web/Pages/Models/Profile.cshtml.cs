using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

/// <summary>/models/{slug}: one model's profile. Old slugs redirect to the current one.</summary>
public sealed class ProfileModel(SiteData site) : PageModel, IHasPageMeta
{
    private readonly SiteView _view = site.Current;

    public CatalogSnapshot Catalog => _view.Snapshot;

    /// <summary>Everything the page says, from one engine call.</summary>
    public ProfileResult Result { get; private set; } = null!;

    public ModelFacts Facts => Result.Facts;

    public PageMeta Meta => new()
    {
        Title = Sentences.ProfileTitle(Facts.Name),
        Description = Result.Description,
        CanonicalPath = Urls.Model(Facts.Slug),
        OgType = "article",
        Breadcrumbs = [new Crumb("Models", Urls.Models), new Crumb(Facts.Name, Urls.Model(Facts.Slug))],
        JsonLd = Result.Faq.IsEmpty
            ? [StructuredData.Model(site.Origin, Facts, Result.Description)]
            : [StructuredData.Model(site.Origin, Facts, Result.Description), StructuredData.FaqPage(Result.Faq)],
        NoIndex = !_view.Engine.IndexPlan.Models.Contains(Facts.Slug),
        Image = SharePreviews.Profile(Facts, TrafficProfile.Default) is var preview ? new ShareImage(PreviewImages.Versioned(PreviewImages.ModelPath(Facts.Slug), preview), preview.AltText) : null,
    };

    public IActionResult OnGet(string? slug) => DetailLookup.Answer(
        this, slug, Catalog.FindModelOrAlias, m => Urls.Model(m.Slug), m => Result = _view.Engine.Profile(_view.Facts[m.Slug]));
}
