using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

/// <summary>/models: every model in a sortable, filterable, paged table, as the view's <see cref="ModelListing"/> lists it.</summary>
[OutputCache(PolicyName = "models")]
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    /// <summary>The capabilities the table shows, as the ones readers filter by most.</summary>
    public static readonly ImmutableArray<Capability> KeyCapabilities =
        [Capability.Vision, Capability.Reasoning, Capability.FunctionCalling, Capability.StructuredOutputs, Capability.PromptCaching];

    public SiteView View { get; } = site.Current;

    /// <summary>The list the engine gave for this query; an empty first page until <see cref="OnGet"/> runs.</summary>
    public ModelListResult Result { get; private set; } = null!;

    public ModelListQuery Query => Result.Query;

    public PageMeta Meta => new()
    {
        // A sorted or filtered list repeats the plain list's models in another order: noindex, follow, as every variant.
        NoIndex = Result.PastLastPage || Query.Path(page: Query.Page) != new ModelListQuery { Page = Query.Page }.Path(),
        Title = Query.Page > 1 ? $"All large language models, page {Query.Page} of {Result.PageCount}" : "All large language models: prices, context and capabilities",
        Description = $"Every model in the catalog ({Formatting.Count(View.Snapshot.Models.Length)}): maker, release date, context window, list or market price, cheapest route, open weights and key capabilities.",
        CanonicalPath = Query.IsFiltered ? Urls.Models : new ModelListQuery { Page = Query.Page }.Path(),
        Image = PreviewImages.HubShare(View, "models"),
        Breadcrumbs = [new Crumb("Models", Urls.Models)],
        PrevPath = Query.Page > 1 ? Query.Path(page: Query.Page - 1) : null,
        NextPath = Query.Page < Result.PageCount ? Query.Path(page: Query.Page + 1) : null,
        JsonLd = [StructuredData.ItemList(site.Origin, "Large language models", Result.Rows.Select(r => (r.Name, Urls.Model(r.Slug))))],
    };

    public IActionResult OnGet(string? sort, string? dir, string? maker, string? capability, string? open, string? maxin, string? maxout, string? context, string? bench)
    {
        // "page" is the route value Razor Pages uses to name the page, so it cannot be a bound parameter.
        var query = View.ModelList.Read(new ModelListText(sort, dir, maker, capability, open, Request.Query["page"].FirstOrDefault())
        {
            MaxInput = maxin,
            MaxOutput = maxout,
            Context = context,
            Bench = bench,
        });
        Result = View.ModelList.List(query);
        if (Result.PastLastPage)
        {
            // A page past the last is no page: a 404 that links the last one, so no crawler keeps counting.
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>"List", "Market (7 providers)", "Free from its maker", or a dash.</summary>
    public static string BasisText(ModelPrice price) => Sentences.PriceBasisCell(price);

    /// <summary>"$0.43 / $2.14 on QiHang", "Same as list", or a dash.</summary>
    public static string CheapestText(ModelPrice price) => price.Cheapest switch
    {
        null => Formatting.Missing,
        { } c when c.Key == price.ListRoute?.Key => "The list price",
        { IsFreeFromMaker: true } c => $"Free on {c.ProviderName}",
        { } c => $"{Formatting.PricePerMillion(c.Route.Price!.Input!.Value)} / {Formatting.PricePerMillion(c.Route.Price.Output!.Value)} on {c.ProviderName}",
    };

    public static string KeyCapabilitiesText(Model model) =>
        string.Join(", ", KeyCapabilities.Where(model.Capabilities.Has).Select(Formatting.CapabilityName)) is { Length: > 0 } text ? text : Formatting.Missing;
}
