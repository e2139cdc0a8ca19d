using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace ModelCompare.Web.Site;

/// <summary>A step of the breadcrumb trail; the home page is implied before the first.</summary>
public sealed record Crumb(string Name, string Path);

/// <summary>
/// What the layout needs to describe a page to browsers, search engines and link previews: title,
/// description, canonical address, breadcrumbs, structured data and paging links.
/// </summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The site path (with any query that belongs to the canonical address) of the page.</summary>
    public required string CanonicalPath { get; init; }
    public string OgType { get; init; } = "website";
    /// <summary>The trail after "Home"; the last crumb is this page.</summary>
    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];
    /// <summary>Structured data besides the BreadcrumbList the layout always writes.</summary>
    public ImmutableArray<JsonObject> JsonLd { get; init; } = [];
    public bool NoIndex { get; init; }
    public string? PrevPath { get; init; }
    public string? NextPath { get; init; }
    /// <summary>The page's share image (og:image), or null for a page without one.</summary>
    public ShareImage? Image { get; init; }
}

/// <summary>A 1200x630 PNG that link previews show, and its description.</summary>
/// <param name="Path">The site path of the image, with the data version as <c>?v=</c>.</param>
/// <param name="Alt">What the image shows, in words.</param>
public sealed record ShareImage(string Path, string Alt)
{
    public const int Width = 1200;
    public const int Height = 630;
}

/// <summary>A page that tells the layout how to describe it.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
