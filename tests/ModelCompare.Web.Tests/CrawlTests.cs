using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ModelCompare.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class CrawlTests(SiteFactory site, ITestOutputHelper output)
{
    /// <summary>
    /// Pair pages link to other pair pages, so following them all would crawl all ~50,000. Every other
    /// page is crawled in full; pair pages found on the way are fetched and checked up to this many, and
    /// only the seeded ones have their links followed.
    /// </summary>
    private const int PairPagesChecked = 400;

    /// <summary>How many model profiles and pair pages from the sitemaps seed the crawl, spread evenly.</summary>
    private const int Sample = 25;

    /// <summary>A ceiling so a link explosion fails the test instead of hanging it.</summary>
    private const int MaxFetches = 3000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Every_internal_link_from_the_home_page_and_the_sitemaps_resolves_without_a_server_error()
    {
        using var client = site.CreatePlainClient();
        var seeds = new List<string> { "/" };
        seeds.AddRange(await LocsAsync(client, "/sitemaps/pages.xml"));
        seeds.AddRange(Spread(await LocsAsync(client, "/sitemaps/models.xml"), Sample));
        seeds.AddRange(Spread(await LocsAsync(client, "/sitemaps/compare-1.xml"), Sample));

        var parser = new HtmlParser();
        var queue = new Queue<(string Url, string From)>(seeds.Select(s => (s, "sitemap")));
        var seen = new HashSet<string>(seeds, StringComparer.Ordinal);
        var broken = new List<string>();
        var seedSet = seeds.ToHashSet(StringComparer.Ordinal);
        var pairLinks = new HashSet<string>(StringComparer.Ordinal);
        var pairsChecked = 0;
        var fetched = 0;
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            var isPair = IsPairPage(url);
            if (isPair)
            {
                pairLinks.Add(url);
                if (!seedSet.Contains(url) && ++pairsChecked > PairPagesChecked)
                {
                    continue;
                }
            }

            Assert.True(++fetched <= MaxFetches, $"The crawl passed {MaxFetches} fetches; a page links to an unbounded set of addresses.");
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var status = (int)response.StatusCode;
            if (status >= 400 && !(status == 400 && url.StartsWith("/compare?", StringComparison.Ordinal)))
            {
                broken.Add($"{status} {url} (linked from {from})");
                continue;
            }

            if (status is >= 300 and < 400 || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var doc = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            if (doc.QuerySelectorAll("h1").Length != 1)
            {
                broken.Add($"{url} has {doc.QuerySelectorAll("h1").Length} <h1> elements");
            }

            if (isPair && !seedSet.Contains(url))
            {
                continue;
            }

            foreach (var href in doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Internal(href) is { } link && seen.Add(link))
                {
                    queue.Enqueue((link, url));
                }
            }
        }

        output.WriteLine($"Fetched {fetched} addresses; found {pairLinks.Count} pair-page links and checked {Math.Min(pairsChecked, PairPagesChecked)} beyond the seeds.");
        Assert.Empty(broken);
        Assert.NotEmpty(pairLinks);
    }

    private static bool IsPairPage(string url) =>
        url.StartsWith("/compare/", StringComparison.Ordinal) && url.Contains("-vs-", StringComparison.Ordinal);

    /// <summary>A site-relative link without its fragment, or null for external, mail and fragment-only links.</summary>
    private static string? Internal(string href)
    {
        if (href.StartsWith("http://localhost:5080/", StringComparison.Ordinal))
        {
            href = href["http://localhost:5080".Length..];
        }

        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? href[..hash] : href;
    }

    private static async Task<List<string>> LocsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. xml.Root!.Elements(Ns + "url").Select(u => Internal(u.Element(Ns + "loc")!.Value)!)];
    }

    private static IEnumerable<string> Spread(List<string> items, int count) =>
        items.Count <= count ? items : Enumerable.Range(0, count).Select(i => items[i * items.Count / count]);
}
