using System.Globalization;
using System.Text;
using System.Xml;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Feeds;

/// <summary>
/// The sitemap index and its children: the site's pages, the model profiles, and every pair page split
/// into files of at most <see cref="MaxUrlsPerFile"/> URLs. Written with <see cref="XmlWriter"/> into
/// bytes that <see cref="FeedEndpoints"/> keeps for the life of the snapshot.
/// </summary>
public static class SiteMaps
{
    public const int MaxUrlsPerFile = 50_000;
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>The pair pages the sitemap lists: those <see cref="IndexPlan"/> indexes.</summary>
    public static long PairCount(SiteView view) => view.Engine.IndexPlan.PairPaths.Length;

    public static int PairFileCount(SiteView view) => (int)((PairCount(view) + MaxUrlsPerFile - 1) / MaxUrlsPerFile);

    /// <summary>
    /// The canonical non-model, non-pair pages worth indexing with the date each last changed: hubs, the
    /// model list's pages, providers and benchmarks that <see cref="IndexPlan"/> indexes. Search results are not listed.
    /// </summary>
    public static IEnumerable<(string Path, DateOnly LastModified)> Pages(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var snap = view.Snapshot;
        var newest = view.NewestDate;
        yield return (Urls.Home, newest);
        yield return (Urls.Models, newest);
        var modelPages = (snap.Models.Length + ModelPageSize - 1) / ModelPageSize;
        for (var page = 2; page <= modelPages; page++)
        {
            yield return ($"{Urls.Models}?page={page.ToString(CultureInfo.InvariantCulture)}", newest);
        }

        var plan = view.Engine.IndexPlan;
        yield return (Urls.Providers, newest);
        foreach (var p in snap.Providers.Where(p => plan.Providers.Contains(p.Slug)))
        {
            yield return (Urls.Provider(p.Slug), view.ProviderLastModified(p));
        }

        yield return (Urls.Benchmarks, view.LastReviewed);
        foreach (var b in snap.Benchmarks.Where(b => plan.Benchmarks.Contains(b.Slug)))
        {
            yield return (Urls.Benchmark(b.Slug), view.LastModifiedOf(Urls.Benchmark(b.Slug)));
        }

        yield return (Urls.Data, newest);
    }

    private const int ModelPageSize = ModelListQuery.PageSize;

    public static byte[] Index(SiteView view, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", Namespace);
            // Each child's lastmod is the newest of its own URLs' dates.
            Sitemap(xml, Urls.Absolute(origin, "/sitemaps/pages.xml"), Pages(view).Max(p => p.LastModified));
            Sitemap(xml, Urls.Absolute(origin, "/sitemaps/models.xml"), Models(view).Select(m => m.LastModified).DefaultIfEmpty(view.LastReviewed).Max());
            for (var i = 1; i <= PairFileCount(view); i++)
            {
                Sitemap(xml, Urls.Absolute(origin, $"/sitemaps/compare-{i.ToString(CultureInfo.InvariantCulture)}.xml"), Pairs(view, origin, i).Max(p => p.LastModified));
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    public static byte[] PagesFile(SiteView view, Uri origin) =>
        UrlSet(Pages(view).Select(p => (Urls.Absolute(origin, p.Path), p.LastModified)));

    public static byte[] ModelsFile(SiteView view, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(view);
        return UrlSet(Models(view).Select(m => (Urls.Absolute(origin, m.Path), m.LastModified)));
    }

    /// <summary>The indexed models' profiles, each dated by <see cref="SiteView.ModelLastModified"/>.</summary>
    private static IEnumerable<(string Path, DateOnly LastModified)> Models(SiteView view)
    {
        var plan = view.Engine.IndexPlan;
        return view.Snapshot.Models.Where(m => plan.Models.Contains(m.Slug)).Select(m => (Urls.Model(m.Slug), view.ModelLastModified[m.Slug]));
    }

    /// <summary>Pair file <paramref name="file"/> (1-based); false when there is no such file.</summary>
    public static bool HasPairFile(SiteView view, int file) => file >= 1 && file <= PairFileCount(view);

    public static byte[] PairsFile(SiteView view, Uri origin, int file)
    {
        ArgumentNullException.ThrowIfNull(view);
        return UrlSet(Pairs(view, origin, file));
    }

    /// <summary>The indexed pairs of file <paramref name="file"/>, in canonical path order, each dated by the newer of its two models.</summary>
    private static IEnumerable<(string Url, DateOnly LastModified)> Pairs(SiteView view, Uri origin, int file)
    {
        var prefix = Urls.Absolute(origin, "/compare/");
        foreach (var path in view.Engine.IndexPlan.PairPaths.Skip((file - 1) * MaxUrlsPerFile).Take(MaxUrlsPerFile))
        {
            var pair = path["/compare/".Length..];
            yield return (prefix + pair, view.LastModifiedOf(path));
        }
    }

    private static byte[] UrlSet(IEnumerable<(string Url, DateOnly LastModified)> urls)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, lastmod) in urls)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, url);
                xml.WriteElementString("lastmod", Namespace, Iso(lastmod));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    private static void Sitemap(XmlWriter xml, string url, DateOnly lastmod)
    {
        xml.WriteStartElement("sitemap", Namespace);
        xml.WriteElementString("loc", Namespace, url);
        xml.WriteElementString("lastmod", Namespace, Iso(lastmod));
        xml.WriteEndElement();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
