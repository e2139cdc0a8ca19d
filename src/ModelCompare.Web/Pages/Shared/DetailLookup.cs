using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Pages;

/// <summary>
/// The one way a detail page (a profile, a provider, a leaderboard) answers its address: 404 for a blank or
/// unknown slug, one 301 to the canonical address for any other spelling (capitals, an old slug), and
/// otherwise the page, once the engine's result is read.
/// </summary>
public static class DetailLookup
{
    public static IActionResult Answer<T>(PageModel page, string? slug, Func<string, T?> find, Func<T, string> canonicalPath, Action<T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(canonicalPath);
        ArgumentNullException.ThrowIfNull(read);

        // Model binding turns a blank segment (/models/%20) into null: no page has a blank slug.
        if (string.IsNullOrWhiteSpace(slug) || find(slug.ToLowerInvariant()) is not { } found)
        {
            return page.NotFound();
        }

        var canonical = canonicalPath(found);
        if (!string.Equals(page.Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return page.RedirectPermanent(LocalRedirect.Location(new PathString(canonical), page.Request.QueryString));
        }

        read(found);
        return page.Page();
    }
}
