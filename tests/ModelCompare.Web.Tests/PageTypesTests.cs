using System.Net;
using AngleSharp.Dom;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class PageTypesTests(SiteFactory site)
{
    [Theory]
    [InlineData("/", 200, "text/html")]
    [InlineData("/models", 200, "text/html")]
    [InlineData("/models?page=2", 200, "text/html")]
    [InlineData("/models/{model}", 200, "text/html")]
    [InlineData("/providers", 200, "text/html")]
    [InlineData("/providers/{provider}", 200, "text/html")]
    [InlineData("/benchmarks", 200, "text/html")]
    [InlineData("/benchmarks/{benchmark}", 200, "text/html")]
    [InlineData("/compare", 200, "text/html")]
    [InlineData("/compare?models={model},{model2},{model3}", 200, "text/html")]
    [InlineData("/compare?models={model}", 400, "text/html")]
    [InlineData("/models/{model}/preview.png", 200, "image/png")]
    [InlineData("/compare/{model}-vs-{model2}/preview.png", 200, "image/png")]
    [InlineData("/search", 200, "text/html")]
    [InlineData("/search?q=gpt", 200, "text/html")]
    [InlineData("/data", 200, "text/html")]
    [InlineData("/error/404", 404, "text/html")]
    [InlineData("/models/no-such-model-anywhere", 404, "text/html")]
    [InlineData("/providers/no-such-provider", 404, "text/html")]
    [InlineData("/benchmarks/no-such-benchmark", 404, "text/html")]
    [InlineData("/sitemap.xml", 200, "application/xml")]
    [InlineData("/sitemaps/pages.xml", 200, "application/xml")]
    [InlineData("/sitemaps/models.xml", 200, "application/xml")]
    [InlineData("/sitemaps/compare-1.xml", 200, "application/xml")]
    [InlineData("/sitemaps/compare-999.xml", 404, "text/html")]
    [InlineData("/robots.txt", 200, "text/plain")]
    [InlineData("/feed.xml", 200, "application/atom+xml")]
    [InlineData("/data/catalog.json", 200, "application/json")]
    [InlineData("/data/models.csv", 200, "text/csv")]
    [InlineData("/data/routes.csv", 200, "text/csv")]
    [InlineData("/js/picker.js", 200, "text/javascript")]
    [InlineData("/css/site.css", 200, "text/css")]
    public async Task Every_page_type_answers_with_its_status_and_content_type(string template, int status, string contentType)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(site.Resolve(template), UriKind.Relative));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/models")]
    [InlineData("/models/{model}")]
    [InlineData("/providers")]
    [InlineData("/providers/{provider}")]
    [InlineData("/benchmarks")]
    [InlineData("/benchmarks/{benchmark}")]
    [InlineData("/data")]
    public async Task Every_indexable_page_has_one_h1_a_canonical_link_a_description_open_graph_and_breadcrumbs(string template)
    {
        using var client = site.CreatePlainClient();
        var path = site.Resolve(template);

        var doc = await client.GetDocumentAsync(path);

        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Equal("http://localhost:5080" + path, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
        // Every page below the home page has a trail; the home page alone has none to mark up.
        Assert.Equal(path != "/", doc.QuerySelectorAll("script[type='application/ld+json']").Any(s => s.TextContent.Contains("\"BreadcrumbList\"", StringComparison.Ordinal)));
        Assert.NotNull(doc.ByTestId("site-nav"));
    }

    [Fact]
    public async Task Every_table_has_a_caption_and_scoped_header_cells()
    {
        using var client = site.CreatePlainClient();
        foreach (var path in new[] { "/", "/models", site.Resolve("/models/{model}"), "/providers", site.Resolve("/benchmarks/{benchmark}"), "/data" })
        {
            var doc = await client.GetDocumentAsync(path);
            foreach (var table in doc.QuerySelectorAll("table"))
            {
                Assert.NotNull(table.QuerySelector("caption"));
                Assert.All(table.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope"), $"{path}: <th>{th.TextContent}</th> has no scope"));
            }
        }
    }

    [Fact]
    public async Task The_footer_credits_each_data_source_with_its_license()
    {
        using var client = site.CreatePlainClient();

        var footer = (await client.GetDocumentAsync("/")).ByTestId("site-footer");

        foreach (var name in new[] { "models.dev", "genai-prices", "LiteLLM", "Epoch AI", "LLM Stats" })
        {
            Assert.Contains(footer.QuerySelectorAll("a"), a => a.TextContent == name);
        }

        Assert.Contains("CC BY 4.0", footer.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_pages_popular_pairs_join_different_makers_none_in_more_than_a_quarter()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/");

        var pairs = doc.ByTestId("popular-comparisons").QuerySelectorAll("a[href^='/compare/']")
            .Select(a => a.GetAttribute("href")!["/compare/".Length..].Split("-vs-").Select(slug => catalog.FindModel(slug)!.MakerSlug).ToArray())
            .ToList();
        Assert.True(pairs.Count >= 8, $"only {pairs.Count} popular pairs");
        Assert.All(pairs, makers => Assert.NotEqual(makers[0], makers[1]));
        var busiest = pairs.SelectMany(m => m).GroupBy(m => m).Max(g => g.Count());
        Assert.True(busiest <= (pairs.Count + 3) / 4, $"one maker is in {busiest} of {pairs.Count} pairs");
    }

    [Fact]
    public async Task The_home_page_links_to_popular_comparisons_and_each_list()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/");

        Assert.NotEmpty(doc.ByTestId("popular-comparisons").QuerySelectorAll("a[href^='/compare/']"));
        Assert.NotEmpty(doc.ByTestId("newest-models").QuerySelectorAll("a[href^='/models/']"));
        Assert.NotEmpty(doc.ByTestId("cheapest-capable").QuerySelectorAll("a[href^='/models/']"));
        Assert.NotEmpty(doc.ByTestId("largest-context").QuerySelectorAll("a[href^='/models/']"));
        Assert.Equal("text", doc.ByTestId("picker-a").GetAttribute("type"));
        Assert.NotNull(doc.QuerySelector("script[src^='/js/swapper.js'][defer]"));
    }
}
