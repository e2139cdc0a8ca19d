using System.Collections.Immutable;
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

    public ModelFacts Facts { get; private set; } = null!;

    public Model Subject => Facts.Model;

    public ImmutableArray<string> Tldr { get; private set; } = [];

    public PricingTiers? Tiers { get; private set; }

    public ModelPricing Pricing { get; private set; } = null!;

    public PriceHistorySection History { get; private set; } = null!;

    public ImmutableArray<Model> Peers { get; private set; } = [];

    public ImmutableArray<PeerBenchmarkRow> PeerRows { get; private set; } = [];

    public ImmutableArray<FaqItem> Faq { get; private set; } = [];

    public ImmutableArray<RelatedLink> Comparisons { get; private set; } = [];

    public Model? Successor { get; private set; }

    public ImmutableArray<Model> Predecessors { get; private set; } = [];

    public string? RetirementText { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public PageMeta Meta => new()
    {
        Title = $"{Facts.Name}: price, context window, benchmarks and providers",
        Description = Description,
        CanonicalPath = Urls.Model(Facts.Slug),
        OgType = "article",
        Breadcrumbs = [new Crumb("Models", Urls.Models), new Crumb(Facts.Name, Urls.Model(Facts.Slug))],
        JsonLd = Faq.IsEmpty
            ? [StructuredData.Model(site.Origin, Facts, Description)]
            : [StructuredData.Model(site.Origin, Facts, Description), StructuredData.FaqPage(Faq)],
        Image = SharePreviews.Profile(Facts, TrafficProfile.Default) is var preview ? new ShareImage(PreviewImages.Versioned(PreviewImages.ModelPath(Facts.Slug), preview), preview.AltText) : null,
    };

    public IActionResult OnGet(string? slug)
    {
        // Model binding turns a blank segment (/models/%20) into null: no page has a blank slug.
        if (string.IsNullOrWhiteSpace(slug))
        {
            return NotFound();
        }

        var model = Catalog.FindModelOrAlias(slug.ToLowerInvariant());
        if (model is null)
        {
            return NotFound();
        }

        if (!string.Equals(model.Slug, slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(Urls.Model(model.Slug));
        }

        Facts = _view.Facts[model.Slug];
        Description = ProfileFacts.MetaDescription(Facts);
        Tldr = ProfileFacts.Tldr(Catalog, Facts);
        Tiers = ProfileFacts.Tiers(Catalog, Facts);
        Pricing = ComparisonEngine.PricingFor(Facts);
        History = ProfileFacts.History(Catalog, Facts);
        Peers = ProfileFacts.Peers(Catalog, model);
        PeerRows = ProfileFacts.PeerBenchmarks(Catalog, Facts, Peers);
        Faq = ProfileFacts.Faq(Catalog, Facts);
        Comparisons = site.Engine.Alternatives(Catalog, model, count: ProfileFacts.ComparisonCount);
        Successor = ProfileFacts.Successor(Catalog, model);
        Predecessors = ProfileFacts.Predecessors(Catalog, model);
        RetirementText = model.RetirementDate is { } r ? Sentences.Retirement(model.Name, r, DateOnly.FromDateTime(Catalog.Version.BuiltAt.UtcDateTime)) : null;
        return Page();
    }
}
