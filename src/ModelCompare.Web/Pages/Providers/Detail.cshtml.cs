using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Providers;

/// <summary>/providers/{slug}: a provider's models and prices, and the models it is the cheapest route for.</summary>
public sealed class DetailModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public Provider Provider { get; private set; } = null!;

    /// <summary>The provider's routes, as the price rules see them, with the model each serves, by model name.</summary>
    public ImmutableArray<(RouteStanding Route, Model Model)> Routes { get; private set; } = [];

    public ImmutableArray<Model> Made { get; private set; } = [];

    public ImmutableArray<Model> CheapestFor { get; private set; } = [];

    public PageMeta Meta => new()
    {
        Title = $"{Provider.Name}: models and prices",
        Description = $"{Provider.Name} {(Routes.IsEmpty ? "makes" : "serves")} {Formatting.Plural(Math.Max(Routes.Length, Made.Length), "model")}; it is the cheapest route for {Formatting.Plural(CheapestFor.Length, "model")}. Prices per 1M tokens with sources.",
        CanonicalPath = Urls.Provider(Provider.Slug),
        Breadcrumbs = [new Crumb("Providers", Urls.Providers), new Crumb(Provider.Name, Urls.Provider(Provider.Slug))],
    };

    public IActionResult OnGet(string? slug)
    {
        // Model binding turns a blank segment (/models/%20) into null: no page has a blank slug.
        if (string.IsNullOrWhiteSpace(slug))
        {
            return NotFound();
        }

        var provider = View.Snapshot.FindProvider(slug.ToLowerInvariant());
        if (provider is null)
        {
            return NotFound();
        }

        if (!string.Equals(provider.Slug, slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(Urls.Provider(provider.Slug));
        }

        Provider = provider;
        Routes = [.. View.Snapshot.RoutesAt(provider.Slug)
            .Select(r => (Route: r, Model: View.Snapshot.FindModel(r.ModelSlug)))
            .Where(x => x.Model is not null)
            .Select(x => (View.Facts[x.Model!.Slug].Price.Standing(x.Route.Key)!, x.Model!))
            .OrderBy(x => x.Item2.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(x => x.Item1.Key, StringComparer.Ordinal)];
        Made = [.. View.Snapshot.ModelsMadeBy(provider.Slug).OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
        CheapestFor = View.CheapestRouteFor.GetValueOrDefault(provider.Slug, []);
        return Page();
    }
}
