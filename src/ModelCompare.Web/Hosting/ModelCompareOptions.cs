namespace ModelCompare.Web.Hosting;

/// <summary>The site's settings, bound from the <c>ModelCompare</c> configuration section.</summary>
public sealed class ModelCompareOptions
{
    public const string Section = "ModelCompare";

    /// <summary>The folder holding the editors' data files; found by walking up from the working folder when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Where the built SQLite catalog is written; defaults to <c>.modelcompare/catalog.db</c> beside the data folder.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The absolute origin used in canonical links, sitemaps and feeds.</summary>
    public Uri PublicOrigin { get; set; } = new("http://localhost:5080");

    /// <summary>Whether the running site watches the data folder and puts valid changes live.</summary>
    public bool WatchData { get; set; } = true;

    /// <summary>Whether rendered pages are kept in the output cache (keyed by data version and query).</summary>
    public bool CacheOutput { get; set; } = true;

    /// <summary>Requests a minute one client may make to the pages that compute from their query (search, multi-compare).</summary>
    public int QueryPagePermitsPerMinute { get; set; } = 60;
}
