using System.Globalization;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

/// <summary>The /models addresses of a <see cref="ModelListQuery"/>: its query string, with defaults left out.</summary>
public static class ModelListLinks
{
    /// <summary>The page that answers a reader's task: a filtered, sorted listing, or an upgrade's pair page.</summary>
    public static string TaskPath(ReaderTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Kind switch
        {
            ReaderTaskKind.CheapestWith => new ModelListQuery { Capability = task.Capability, Sort = ModelSort.Input }.Path(),
            ReaderTaskKind.BestUnder => new ModelListQuery { Benchmark = task.Benchmark, MaxOutput = task.MaxOutput, Sort = ModelSort.Score, Descending = true }.Path(),
            ReaderTaskKind.OpenLargestContext => new ModelListQuery { OpenOnly = true, Sort = ModelSort.Context, Descending = true }.Path(),
            _ => task.Pair?.Path ?? Urls.Models,
        };
    }

    /// <summary>The query string for this listing with some values changed; defaults are left out.</summary>
    public static string Path(this ModelListQuery query, ModelSort? sort = null, bool? descending = null, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var so = sort ?? query.Sort;
        var de = descending ?? (sort is { } changed && changed != query.Sort ? ModelListQuery.DefaultDescending(changed) : query.Descending);
        var pg = page ?? query.Page;
        var parts = new List<string>();
        if (so != query.DefaultSort)
        {
            parts.Add("sort=" + so.ToString().ToLowerInvariant());
        }

        if (de != ModelListQuery.DefaultDescending(so))
        {
            parts.Add("dir=" + (de ? "desc" : "asc"));
        }

        if (query.Maker is not null)
        {
            parts.Add("maker=" + Uri.EscapeDataString(query.Maker));
        }

        if (query.Capability is { } c)
        {
            parts.Add("capability=" + CapabilityNames.UrlKey(c));
        }

        if (query.OpenOnly)
        {
            parts.Add("open=true");
        }

        if (query.MaxInput is { } maxIn)
        {
            parts.Add("maxin=" + maxIn.ToString(CultureInfo.InvariantCulture));
        }

        if (query.MaxOutput is { } maxOut)
        {
            parts.Add("maxout=" + maxOut.ToString(CultureInfo.InvariantCulture));
        }

        if (query.MinContext is { } context)
        {
            parts.Add("context=" + context.ToString(CultureInfo.InvariantCulture));
        }

        if (query.Benchmark is { } benchmark)
        {
            parts.Add("bench=" + Uri.EscapeDataString(benchmark.Slug));
        }

        if (pg > 1)
        {
            parts.Add("page=" + pg.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? Urls.Models : Urls.Models + "?" + string.Join("&", parts);
    }
}
