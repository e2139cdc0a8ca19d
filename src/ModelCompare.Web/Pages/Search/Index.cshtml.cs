using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Search;

/// <summary>
/// /search?q=: models by name, alias, API id or maker; exact matches first, then newer models. Two
/// models joined by "vs", "versus", "or" or "compared to" go straight to their pair page (302); when a
/// side matches nothing, the page names it and offers the closest pairs that exist.
/// </summary>
[EnableRateLimiting(ModelCompareHost.SearchPolicy)]
[OutputCache(PolicyName = "search")]
public sealed class IndexModel(SiteData site) : PageModel, IHasPageMeta
{
    public SiteView View { get; } = site.Current;

    public string Query { get; private set; } = string.Empty;

    public ImmutableArray<SearchHit> Hits { get; private set; } = [];

    /// <summary>A search for two models that did not resolve to a pair page; null for a plain search.</summary>
    public PairSearch? Pair { get; private set; }

    /// <summary>Models whose names are close to a query that matched none as typed: "did you mean".</summary>
    public ImmutableArray<Model> DidYouMean { get; private set; } = [];

    /// <summary>Every hit matched only with a typo: the results are the closest names, not matches.</summary>
    public bool OnlyTypos => !Hits.IsEmpty && Hits.All(h => h.Rank == MatchRank.Typo);

    /// <summary>The tasks the query names in a reader's words ("best coding model").</summary>
    public ImmutableArray<ReaderTask> Tasks { get; private set; } = [];

    /// <summary>For a <see cref="Pair"/> with a side that names a family: that family's models, each paired with the other side.</summary>
    public ImmutableArray<FamilyChoice> Choices { get; private set; } = [];

    /// <summary>For <see cref="Pair"/>: the closest pairs that exist.</summary>
    public ImmutableArray<PairLink> PairSuggestions { get; private set; } = [];

    public PageMeta Meta => new()
    {
        Title = Query.Length == 0 ? "Search models" : $"Search results for “{Query}”",
        Description = "Search large language models by name, alias, API model id or maker, or two models at once (“gpt-4o vs deepseek”).",
        CanonicalPath = Urls.Search,
        NoIndex = true,
        Breadcrumbs = [new Crumb("Search", Urls.Search)],
    };

    public IActionResult OnGet(string? q)
    {
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > ModelSearch.MaxQueryLength)
        {
            Query = Query[..ModelSearch.MaxQueryLength];
        }

        if (PairQuery.Resolve(View.Snapshot, Query) is { } pair)
        {
            if (pair.PairPath is { } path && !pair.IsAmbiguous)
            {
                return Redirect(path);
            }

            if (pair.IsAmbiguous)
            {
                // "gpt-4o vs deepseek": the pair it was read as first, the family's other models beside it.
                Pair = pair;
                Choices = PairQuery.ChoiceRows(pair, m => View.Facts.GetValueOrDefault(m.Slug)?.Price);
                Hits = [];
                return Page();
            }

            if (pair.IsSameModel)
            {
                return Redirect(Urls.Model(pair.Left!.Slug));
            }

            Pair = pair;
            PairSuggestions = View.Engine.SuggestPairs(pair.LeftText, pair.RightText);
        }

        Hits = ModelSearch.Search(View.Snapshot, Query);
        Tasks = ReaderTasks.Matching(View.Tasks, Query);
        if (Hits.IsEmpty && Pair is null && Query.Length > 0)
        {
            DidYouMean = ModelSearch.Suggest(View.Snapshot, Query, 5);
        }

        return Page();
    }
}
