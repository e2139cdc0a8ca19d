using System.Collections.Immutable;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages;

/// <summary>The page for error status codes and unhandled exceptions; it never shows a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(SiteData site) : PageModel, IHasPageMeta
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The page could not be shown. Please try again in a moment.";

    public bool IsNotFound { get; private set; }

    /// <summary>Words from the requested address, offered as a search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>Models whose names resemble the requested address.</summary>
    public ImmutableArray<Model> Suggestions { get; private set; } = [];

    public PageMeta Meta => new()
    {
        Title = Title,
        Description = Message,
        CanonicalPath = Urls.Home,
        NoIndex = true,
    };

    public void OnGet(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    public void OnPost(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. It may have moved, or the address may be mistyped."),
            StatusCodes.Status400BadRequest => ("Bad request", "The address or its query string could not be understood."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This page can only be read."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Please wait a moment before trying again."),
            _ => (Title, Message),
        };
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (reExecute is null && code is >= 400 and < 500)
        {
            Response.StatusCode = code;
        }

        if (code == StatusCodes.Status404NotFound)
        {
            IsNotFound = true;
            var path = reExecute?.OriginalPath ?? string.Empty;
            var query = reExecute?.OriginalQueryString ?? string.Empty;
            SearchText = Words(path, query);
            Suggestions = SearchText.Length == 0 ? [] : ModelSearch.Suggest(site.Current.Snapshot, SearchText, 6);
        }
    }

    /// <summary>"claude sonnet 9" from "/models/claude-sonnet-9" or "/compare?a=claude-sonnet-9&amp;b=x".</summary>
    private static string Words(string path, string query)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ("models" or "providers" or "benchmarks" or "compare"))
            .SelectMany(p => p.Split("-vs-", StringSplitOptions.RemoveEmptyEntries))
            .Concat(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).SelectMany(kv => kv.Value.Select(v => v ?? string.Empty)));
        var text = string.Join(' ', parts.Select(p => Uri.UnescapeDataString(p).Replace('-', ' ').Replace(',', ' '))).Trim();
        return text.Length > ModelSearch.MaxQueryLength ? text[..ModelSearch.MaxQueryLength] : text;
    }
}
