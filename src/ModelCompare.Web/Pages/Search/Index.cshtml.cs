using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Search;

/// <summary>/search?q=: models by name, alias, API id or maker; exact matches first.</summary>
[EnableRateLimiting(ModelCompareHost.SearchPolicy)]
[OutputCache(PolicyName = "search")]
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public string Query { get; private set; } = string.Empty;

    public ImmutableArray<SearchHit> Hits { get; private set; } = [];

    public PageMeta Meta => new()
    {
        Title = Query.Length == 0 ? "Search models" : $"Search results for “{Query}”",
        Description = "Search large language models by name, alias, API model id or maker.",
        CanonicalPath = Urls.Search,
        NoIndex = Query.Length > 0,
        Breadcrumbs = [new Crumb("Search", Urls.Search)],
    };

    public void OnGet(string? q)
    {
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > ModelSearch.MaxQueryLength)
        {
            Query = Query[..ModelSearch.MaxQueryLength];
        }

        Hits = ModelSearch.Search(View.Snapshot, Query);
    }
}
