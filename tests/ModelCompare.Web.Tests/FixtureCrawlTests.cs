using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests;

/// <summary>
/// The whole fixture catalog crawled as a search engine would, from <c>/</c> and the sitemap, following every
/// internal link: every sitemap URL answers 200, indexable and canonical to itself, within three clicks of
/// the home page; no other page the crawl reaches is indexable; every redirect is a single hop; a trailing
/// slash answers one 301.
/// </summary>
public sealed class FixtureCrawlTests(ITestOutputHelper output)
{
    private const string Origin = "http://localhost:5080";
    private const int MaxFetches = 3000;
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private sealed record Fetched(int Status, int Depth, string? Location, string? Robots, string? Canonical, bool IsHtml);

    [Fact]
    public async Task Every_sitemap_url_is_indexable_canonical_and_near_home_and_nothing_else_the_crawl_reaches_is_indexable()
    {
        await using var site = SiteFactory.For(SiteOptions.Fixture("export").With(("ModelCompare:QueryPagePermitsPerMinute", "100000")));
        using var client = site.CreatePlainClient();
        var parser = new HtmlParser();

        var listed = new List<string>();
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        foreach (var child in index.Root!.Elements(Ns + "sitemap").Select(s => Local(s.Element(Ns + "loc")!.Value)!))
        {
            var xml = XDocument.Parse(await client.GetStringAsync(new Uri(child, UriKind.Relative)));
            listed.AddRange(xml.Root!.Elements(Ns + "url").Select(u => Local(u.Element(Ns + "loc")!.Value)!));
        }

        Assert.Contains(listed, u => u.StartsWith("/compare/", StringComparison.Ordinal));

        // Breadth first over every internal link (redirects followed as links one click further).
        var seen = new Dictionary<string, Fetched>(StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { ["/"] = 0 };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            Assert.True(seen.Count < MaxFetches, $"The crawl passed {MaxFetches} fetches; a page links to an unbounded set of addresses.");
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var location = response.Headers.Location?.OriginalString;
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            string? robots = null, canonical = null;
            var links = new List<string>();
            if (isHtml && response.StatusCode == HttpStatusCode.OK)
            {
                var doc = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
                robots = doc.QuerySelector("meta[name=robots]")?.GetAttribute("content");
                canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
                links.AddRange(doc.QuerySelectorAll("a[href]").Select(a => Local(a.GetAttribute("href")!)).OfType<string>());
            }

            if (location is not null && Local(location) is { } target)
            {
                links.Add(target);
            }

            seen[url] = new Fetched((int)response.StatusCode, depth[url], location, robots, canonical, isHtml);
            foreach (var link in links.Where(l => depth.TryAdd(l, depth[url] + 1)))
            {
                queue.Enqueue(link);
            }
        }

        var wrong = new List<string>();
        foreach (var url in listed)
        {
            if (!seen.TryGetValue(url, out var page))
            {
                wrong.Add($"{url}: in the sitemap, never reached from /");
                continue;
            }

            if (page.Status != 200 || page.Robots is not null || page.Canonical != Origin + url || page.Depth > 3)
            {
                wrong.Add($"{url}: {page.Status}, robots {page.Robots ?? "(none)"}, canonical {page.Canonical ?? "(none)"}, {page.Depth} clicks from /");
            }
        }

        var inSitemap = listed.ToHashSet(StringComparer.Ordinal);
        foreach (var (url, page) in seen.Where(p => p.Value is { Status: 200, IsHtml: true } && !inSitemap.Contains(p.Key)))
        {
            if (page.Robots?.Contains("noindex", StringComparison.Ordinal) != true)
            {
                wrong.Add($"{url}: reached from / and indexable ({page.Robots ?? "no robots meta"}), but not in the sitemap");
            }
        }

        foreach (var (url, page) in seen.Where(p => p.Value.Status is >= 300 and < 400))
        {
            if (Local(page.Location!) is { } target && seen.TryGetValue(target, out var next) && next.Status is >= 300 and < 400)
            {
                wrong.Add($"{url}: a redirect chain, {page.Location} redirects again to {next.Location}");
            }
        }

        foreach (var url in listed.Where(u => u != "/" && !u.Contains('?', StringComparison.Ordinal)))
        {
            using var slash = await client.GetAsync(new Uri(url + "/", UriKind.Relative));
            if (slash.StatusCode != HttpStatusCode.MovedPermanently || slash.Headers.Location?.OriginalString != url)
            {
                wrong.Add($"{url}/: {(int)slash.StatusCode} to {slash.Headers.Location?.OriginalString ?? "(nowhere)"}, not one 301 to {url}");
            }
        }

        output.WriteLine($"Sitemap URLs: {listed.Count}; addresses crawled: {seen.Count} ({seen.Count(p => p.Value.Status == 200 && p.Value.IsHtml)} pages, {seen.Count(p => p.Value.Status is >= 300 and < 400)} redirects); deepest sitemap URL: {listed.Where(seen.ContainsKey).Max(u => seen[u].Depth)} clicks");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    private static string? Local(string href)
    {
        if (href.StartsWith(Origin + "/", StringComparison.Ordinal))
        {
            href = href[Origin.Length..];
        }

        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? href[..hash] : href;
    }
}
