using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ModelCompare.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests;

/// <summary>
/// What search engines are asked to index, over the real catalog: every sitemap URL is a 200 that is
/// indexable and canonical to itself, within three clicks of the home page; pages left out of the
/// sitemap say noindex; addresses that are not canonical reach the canonical one in a single 301.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class IndexingTests(SiteFactory site, ITestOutputHelper output)
{
    private const string Origin = "http://localhost:5080";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Every_sitemap_url_is_indexable_canonical_and_within_three_clicks_of_the_home_page()
    {
        using var client = site.CreatePlainClient();
        var listed = await SitemapUrlsAsync(client);
        var byType = listed.GroupBy(Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"Sitemap URLs: {listed.Count} ({string.Join(", ", byType)})");

        // Breadth first from "/": pair pages are leaves here (their links are not needed to reach anything),
        // so only the pages two clicks deep or less are fetched.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { ["/"] = 0 };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            if (depth[url] >= 3 || IsPair(url))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var doc = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var link in doc.QuerySelectorAll("a[href]").Select(a => Internal(a.GetAttribute("href")!)).OfType<string>())
            {
                if (depth.TryAdd(link, depth[url] + 1))
                {
                    queue.Enqueue(link);
                }
            }
        }

        var deep = listed.Where(u => !depth.TryGetValue(u, out var d) || d > 3).ToList();
        output.WriteLine($"Reached {depth.Count} addresses within three clicks; sitemap URLs deeper or unreached: {deep.Count}");
        Assert.True(deep.Count == 0, "Not within three clicks of /: " + string.Join(", ", deep.Take(10)));

        // Every non-pair URL and an even spread of the pairs: 200, no noindex, canonical to itself.
        var pairs = listed.Where(IsPair).ToList();
        var checkedUrls = listed.Where(u => !IsPair(u)).Concat(Enumerable.Range(0, Math.Min(150, pairs.Count)).Select(i => pairs[i * pairs.Count / Math.Min(150, pairs.Count)]));
        var wrong = new List<string>();
        var titles = new List<int>();
        foreach (var url in checkedUrls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                wrong.Add($"{(int)response.StatusCode} {url}");
                continue;
            }

            var doc = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            titles.Add(doc.Title?.Length ?? 0);
            if (doc.Title is not { Length: >= 20 and <= 65 })
            {
                wrong.Add($"{url}: title \"{doc.Title}\" is {doc.Title?.Length ?? 0} characters, not 20 to 65");
            }

            var robots = doc.QuerySelector("meta[name=robots]")?.GetAttribute("content");
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            if (robots is not null || canonical != Origin + url)
            {
                wrong.Add($"{url}: robots {robots ?? "(none)"}, canonical {canonical ?? "(none)"}");
            }
        }

        titles.Sort();
        output.WriteLine($"Title lengths of {titles.Count} indexed pages: min {titles[0]}, median {titles[titles.Count / 2]}, max {titles[^1]}; over 65: {titles.Count(t => t > 65)}");
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_popular_comparison_on_the_home_page_is_in_the_sitemap()
    {
        using var client = site.CreatePlainClient();
        var listed = (await SitemapUrlsAsync(client)).ToHashSet(StringComparer.Ordinal);
        var home = await Parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var popular = home.QuerySelectorAll("[data-testid=popular-comparisons] a[href]").Select(a => Internal(a.GetAttribute("href")!)).OfType<string>().Where(IsPair).ToList();

        Assert.NotEmpty(popular);
        Assert.All(popular, url => Assert.Contains(url, listed));
    }

    [Fact]
    public async Task A_pair_left_out_of_the_sitemap_is_noindex_follow_with_no_canonical_elsewhere()
    {
        using var client = site.CreatePlainClient();
        var listed = (await SitemapUrlsAsync(client)).ToHashSet(StringComparer.Ordinal);
        var models = listed.Where(u => u.StartsWith("/models/", StringComparison.Ordinal)).Select(u => u["/models/".Length..]).Order(StringComparer.Ordinal).ToList();
        var pairs = models.SelectMany(a => models.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => $"/compare/{a}-vs-{b}")).ToList();
        var left = pairs.Where(p => !listed.Contains(p)).ToList();
        output.WriteLine($"Pairs of indexed models: {pairs.Count}; in the sitemap: {pairs.Count - left.Count}; left out: {left.Count}");
        Assert.NotEmpty(left);

        foreach (var url in Enumerable.Range(0, 20).Select(i => left[i * left.Count / 20]))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            Assert.Equal("noindex, follow", doc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Null(doc.QuerySelector("link[rel=canonical]"));
        }

        // A variant of an indexed pair (another traffic) says the same, and names no canonical elsewhere either.
        var indexed = listed.First(IsPair);
        using var variant = await client.GetAsync(new Uri(indexed + "?preset=chat", UriKind.Relative));
        var vdoc = await Parser.ParseDocumentAsync(await variant.Content.ReadAsStringAsync());
        Assert.Equal("noindex, follow", vdoc.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(vdoc.QuerySelector("link[rel=canonical]"));
    }

    [Theory]
    [InlineData("/models/")]
    [InlineData("/providers/")]
    [InlineData("/Benchmarks/")]
    [InlineData("/DATA")]
    public async Task Hub_addresses_with_a_trailing_slash_or_capitals_answer_one_301(string path)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var target = response.Headers.Location!.OriginalString;
        Assert.Equal(path.ToLowerInvariant().TrimEnd('/'), target);
        using var final = await client.GetAsync(new Uri(target, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
    }

    [Fact]
    public async Task Detail_addresses_spelled_any_other_way_reach_the_canonical_one_in_a_single_301()
    {
        using var client = site.CreatePlainClient();
        var listed = await SitemapUrlsAsync(client);
        var model = listed.First(u => u.StartsWith("/models/", StringComparison.Ordinal));
        var provider = listed.First(u => u.StartsWith("/providers/", StringComparison.Ordinal));
        var benchmark = listed.First(u => u.StartsWith("/benchmarks/", StringComparison.Ordinal));
        var pair = listed.First(IsPair);
        var (a, b) = (pair["/compare/".Length..].Split("-vs-")[0], pair["/compare/".Length..].Split("-vs-")[1]);

        var cases = new (string Asked, string Canonical)[]
        {
            (model + "/", model),
            (model.ToUpperInvariant() + "/", model),
            (provider + "/", provider),
            (benchmark.ToUpperInvariant(), benchmark),
            (pair + "/", pair),
            ($"/compare/{b}-vs-{a}".ToUpperInvariant() + "/", pair),
            ($"/compare/{b}-vs-{a}?preset=chat", pair + "?preset=chat"),
        };
        foreach (var (asked, canonical) in cases)
        {
            using var response = await client.GetAsync(new Uri(asked, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{asked} answered {(int)response.StatusCode}");
            Assert.Equal(canonical, response.Headers.Location!.OriginalString);
            using var final = await client.GetAsync(new Uri(canonical, UriKind.Relative));
            Assert.True(final.StatusCode == HttpStatusCode.OK, $"{asked} -> {canonical} answered {(int)final.StatusCode}, not one hop to a page");
        }
    }

    [Fact]
    public async Task A_list_page_past_the_last_is_a_404_and_search_is_not_in_the_sitemap()
    {
        using var client = site.CreatePlainClient();
        using var past = await client.GetAsync(new Uri("/models?page=999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);

        var listed = await SitemapUrlsAsync(client);
        Assert.DoesNotContain(listed, u => u.StartsWith("/search", StringComparison.Ordinal));
        Assert.Contains("/models", listed);
    }

    [Fact]
    public async Task Robots_keep_crawlers_off_pair_variants_but_not_off_share_images()
    {
        using var client = site.CreatePlainClient();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Disallow: /compare/*?\n", robots, StringComparison.Ordinal);
        Assert.Contains("Allow: /compare/*/preview.png\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structured_data_is_only_what_is_valid_and_meaningful()
    {
        using var client = site.CreatePlainClient();
        var listed = await SitemapUrlsAsync(client);
        var profile = await Parser.ParseDocumentAsync(await client.GetStringAsync(new Uri(listed.First(u => u.StartsWith("/models/", StringComparison.Ordinal)), UriKind.Relative)));
        var home = await Parser.ParseDocumentAsync(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        var profileData = string.Join("\n", profile.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        Assert.Contains("\"SoftwareApplication\"", profileData, StringComparison.Ordinal);
        Assert.DoesNotContain("\"offers\"", profileData, StringComparison.Ordinal);
        Assert.Contains("\"BreadcrumbList\"", profileData, StringComparison.Ordinal);
        // Home alone is no trail.
        Assert.DoesNotContain(home.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("\"BreadcrumbList\"", StringComparison.Ordinal));
    }

    private static string Kind(string url) => url switch
    {
        _ when IsPair(url) => "pairs",
        _ when url.StartsWith("/models/", StringComparison.Ordinal) => "models",
        _ when url.StartsWith("/providers/", StringComparison.Ordinal) => "providers",
        _ when url.StartsWith("/benchmarks/", StringComparison.Ordinal) => "benchmarks",
        _ => "hubs",
    };

    private static bool IsPair(string url) => url.StartsWith("/compare/", StringComparison.Ordinal) && url.Contains("-vs-", StringComparison.Ordinal);

    private static string? Internal(string href)
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

    private static async Task<List<string>> SitemapUrlsAsync(HttpClient client)
    {
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = new List<string>();
        foreach (var child in index.Root!.Elements(Ns + "sitemap").Select(s => Internal(s.Element(Ns + "loc")!.Value)!))
        {
            using var response = await client.GetAsync(new Uri(child, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            urls.AddRange(xml.Root!.Elements(Ns + "url").Select(u => Internal(u.Element(Ns + "loc")!.Value)!));
        }

        return urls;
    }
}
