using System.Net;
using System.Xml.Linq;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Feeds;

[Collection(SharedSite.Name)]
public sealed class SiteMapTests(SiteFactory site)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<XDocument> GetXmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sitemap_index_lists_pages_models_and_enough_pair_files_for_every_indexed_pair()
    {
        var n = (long)site.Engine().IndexPlan.PairPaths.Length;
        var pairFiles = (int)((n + 49_999) / 50_000);
        using var client = site.CreatePlainClient();

        var index = await GetXmlAsync(client, "/sitemap.xml");

        var locs = index.Root!.Elements(Ns + "sitemap").Select(e => e.Element(Ns + "loc")!.Value).ToList();
        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal(2 + pairFiles, locs.Count);
        Assert.Contains("http://localhost:5080/sitemaps/pages.xml", locs);
        Assert.Contains("http://localhost:5080/sitemaps/models.xml", locs);
        Assert.Contains($"http://localhost:5080/sitemaps/compare-{pairFiles}.xml", locs);
        Assert.All(index.Root.Elements(Ns + "sitemap"), e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.Element(Ns + "lastmod")!.Value));
        // Each child's date in the index is the newest of its own URLs' dates.
        foreach (var child in index.Root.Elements(Ns + "sitemap"))
        {
            var file = await GetXmlAsync(client, child.Element(Ns + "loc")!.Value["http://localhost:5080".Length..]);
            Assert.Equal(file.Root!.Elements(Ns + "url").Max(u => u.Element(Ns + "lastmod")!.Value), child.Element(Ns + "lastmod")!.Value);
        }
    }

    [Fact]
    public async Task The_models_sitemap_has_one_url_per_indexed_model_with_its_review_date()
    {
        var catalog = site.Catalog();
        var plan = site.Engine().IndexPlan;
        using var client = site.CreatePlainClient();

        var urls = (await GetXmlAsync(client, "/sitemaps/models.xml")).Root!.Elements(Ns + "url").ToList();

        Assert.Equal(plan.Models.Count, urls.Count);
        Assert.InRange(plan.Models.Count, 1, catalog.Models.Length);
        var first = catalog.Models.First(m => plan.Models.Contains(m.Slug));
        // The newest date in what the profile shows: its review, its routes' checks and price changes, its scores.
        var newest = catalog.RoutesFor(first.Slug).SelectMany(r => r.History.Select(h => h.Date).Append(r.Checked))
            .Concat(catalog.ScoresFor(first.Slug).Where(s => s.Date is not null).Select(s => s.Date!.Value))
            .Append(first.LastReviewed).Max();
        Assert.Contains(urls, u => u.Element(Ns + "loc")!.Value == $"http://localhost:5080/models/{first.Slug}"
            && u.Element(Ns + "lastmod")!.Value == newest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_pair_sitemaps_hold_every_indexed_pair_once_at_most_fifty_thousand_per_file()
    {
        var catalog = site.Catalog();
        var plan = site.Engine().IndexPlan;
        var pairs = plan.PairPaths.Length;
        var files = (pairs + 49_999) / 50_000;
        using var client = site.CreatePlainClient();

        var all = new List<string>();
        for (var i = 1; i <= files; i++)
        {
            var urls = (await GetXmlAsync(client, $"/sitemaps/compare-{i}.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();
            Assert.InRange(urls.Count, 1, 50_000);
            all.AddRange(urls);
        }

        // Fewer than every pair of indexed models, each once, each a pair of two indexed models.
        var n = plan.Models.Count;
        Assert.InRange(pairs, 1, (n * (n - 1) / 2) - 1);
        Assert.Equal(pairs, all.Count);
        Assert.Equal(pairs, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, url =>
        {
            var (a, b) = ModelCompare.Comparison.PairQuery.SplitPath(url["http://localhost:5080/compare/".Length..])!.Value;
            Assert.True(plan.Models.Contains(a), a);
            Assert.True(plan.Models.Contains(b), b);
        });
        using var beyond = await client.GetAsync(new Uri($"/sitemaps/compare-{files + 1}.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task The_pages_sitemap_lists_every_indexed_provider_and_benchmark_page_and_no_other()
    {
        var catalog = site.Catalog();
        var plan = site.Engine().IndexPlan;
        using var client = site.CreatePlainClient();

        var locs = (await GetXmlAsync(client, "/sitemaps/pages.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToHashSet();

        Assert.Contains("http://localhost:5080/", locs);
        Assert.All(catalog.Providers, p => Assert.Equal(plan.Providers.Contains(p.Slug), locs.Contains($"http://localhost:5080/providers/{p.Slug}")));
        Assert.All(catalog.Benchmarks, b => Assert.Equal(plan.Benchmarks.Contains(b.Slug), locs.Contains($"http://localhost:5080/benchmarks/{b.Slug}")));
        Assert.Contains(catalog.Benchmarks, b => !plan.Benchmarks.Contains(b.Slug));
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemap_index()
    {
        using var client = site.CreatePlainClient();

        var text = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost:5080/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_is_atom_with_at_most_one_hundred_entries_newest_first()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        using var client = site.CreatePlainClient();

        var feed = await GetXmlAsync(client, "/feed.xml");

        var dates = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal("feed", feed.Root.Name.LocalName);
        Assert.InRange(dates.Count, 1, 100);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task The_downloads_hold_the_whole_catalog_with_its_license()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));
        var models = (await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var routes = (await client.GetStringAsync(new Uri("/data/routes.csv", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("CC BY 4.0", json.RootElement.GetProperty("license").GetString());
        Assert.Equal(catalog.Models.Length, json.RootElement.GetProperty("models").GetArrayLength());
        Assert.Equal(catalog.Routes.Length, json.RootElement.GetProperty("routes").GetArrayLength());
        Assert.StartsWith("slug,name,maker,", models[0], StringComparison.Ordinal);
        Assert.Equal(catalog.Models.Length + 1, models.Length);
        Assert.Equal(catalog.Routes.Length + 1, routes.Length);
    }

    [Fact]
    public async Task A_repeated_download_with_its_etag_is_not_modified()
    {
        using var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sitemap.xml", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
