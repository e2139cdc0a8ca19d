using System.Globalization;
using AngleSharp.Dom;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Charts;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Charts;

[Collection(SharedSite.Name)]
public sealed class ChartTests(SiteFactory site)
{
    /// <summary>A chart's box on a 390 px wide page: the page less its 1rem padding either side.</summary>
    private const double PhoneChartWidth = 390 - 32;

    private static readonly ComparisonEngine Engine = new();

    /// <summary>The benchmark whose main leaderboard charts the most models, and that chart.</summary>
    private (Benchmark Benchmark, Leaderboard Board, PriceScoreChart Chart) BiggestChart()
    {
        var catalog = site.Catalog();
        return catalog.Benchmarks
            .Select(b => (Benchmark: b, Board: Leaderboards.For(catalog, b).FirstOrDefault()))
            .Where(x => x.Board is not null)
            .Select(x => (x.Benchmark, x.Board!, Chart: Leaderboards.PriceScore(catalog, x.Benchmark, x.Board!)))
            .Where(x => x.Chart is not null)
            .OrderByDescending(x => x.Chart!.Points.Length)
            .ThenBy(x => x.Benchmark.Slug, StringComparer.Ordinal)
            .Select(x => (x.Benchmark, x.Item2, x.Chart!))
            .First();
    }

    private PairComparison PairOnChart()
    {
        var catalog = site.Catalog();
        var (_, _, chart) = BiggestChart();
        var a = catalog.FindModel(chart.Points[0].ModelSlug)!;
        var b = catalog.FindModel(chart.Points[^1].ModelSlug)!;
        return Engine.Compare(catalog, a, b, TrafficProfile.Default);
    }

    [Fact]
    public async Task Every_chart_scales_with_the_page_and_its_text_is_at_least_12_px_on_a_390_px_phone()
    {
        var (benchmark, _, _) = BiggestChart();
        var pair = PairOnChart();
        var catalog = site.Catalog();
        var withHistory = catalog.Models.First(m => ComparisonEngine.PriceOf(catalog, m).ListRoute?.Route.History.Length > 1);
        using var client = site.CreatePlainClient();

        var charts = new List<IElement>();
        foreach (var url in new[] { pair.CanonicalPath, $"/benchmarks/{benchmark.Slug}", $"/models/{withHistory.Slug}" })
        {
            charts.AddRange((await client.GetDocumentAsync(url)).QuerySelectorAll("svg.chart"));
        }

        // The price against score chart is a file of its own, which both pages link as an image.
        charts.AddRange(await ChartFileAsync(client, ChartFiles.PathOf(benchmark.Slug)));
        Assert.True(charts.Count >= 4, $"expected the pair's bars, the leaderboard's bars, the price history and the price against score file, found {charts.Count}");
        foreach (var svg in charts)
        {
            Assert.Null(svg.GetAttribute("width"));
            Assert.Null(svg.GetAttribute("height"));
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            var viewBoxWidth = double.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
            var texts = svg.QuerySelectorAll("text");
            Assert.NotEmpty(texts);
            foreach (var text in texts)
            {
                var px = FontSize(text) * PhoneChartWidth / viewBoxWidth;
                Assert.True(px >= 12, $"\"{text.TextContent}\" is {px:0.0} px at 390 px wide");
            }
        }
    }

    [Fact]
    public async Task A_pair_page_links_the_leaderboards_chart_file_and_says_where_the_pair_sits_on_it()
    {
        var pair = PairOnChart();
        var chart = pair.PriceScore!;
        var (benchmark, _, board) = BiggestChart();
        using var client = site.CreatePlainClient();

        var figure = (await client.GetDocumentAsync(pair.CanonicalPath)).ByTestId("benchmarks").ByTestId("price-score-chart");

        // No inline drawing and no table of every model's price: an image of the shared file, without ?v= (a price edit elsewhere leaves the page as it is).
        Assert.Empty(figure.QuerySelectorAll("svg, table"));
        var img = figure.QuerySelector("img")!;
        Assert.Equal(ChartFiles.PathOf(benchmark.Slug), img.GetAttribute("src"));
        Assert.Equal(chart.Alt, img.GetAttribute("alt"));
        Assert.Equal(
            [$"{pair.A.Name}: {chart.Pair[0].ScoreText} at {chart.Pair[0].PriceText} ({chart.Pair[0].BasisName}).", $"{pair.B.Name}: {chart.Pair[1].ScoreText} at {chart.Pair[1].PriceText} ({chart.Pair[1].BasisName})."],
            figure.ByTestId("price-score-pair").QuerySelectorAll("li").Select(li => li.Text()));
        Assert.Contains(chart.Caption, figure.Text(), StringComparison.Ordinal);
        Assert.Contains(figure.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/benchmarks/{benchmark.Slug}");

        // The file draws every model of the leaderboard's chart, with its own colours (an image reads no page stylesheet).
        var svg = Assert.Single(await ChartFileAsync(client, img.GetAttribute("src")!));
        Assert.Equal(board.Points.Length, svg.QuerySelectorAll("circle.point").Length);
        Assert.Contains("--role-other", svg.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_file_has_an_etag_is_immutable_at_its_versioned_link_and_revalidated_at_its_plain_one()
    {
        var (benchmark, _, _) = BiggestChart();
        using var client = site.CreatePlainClient();
        var versioned = (await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}")).ByTestId("price-score-chart").QuerySelector("img")!.GetAttribute("src")!;
        Assert.StartsWith(ChartFiles.PathOf(benchmark.Slug) + "?v=", versioned, StringComparison.Ordinal);

        using var plain = await client.GetAsync(new Uri(ChartFiles.PathOf(benchmark.Slug), UriKind.Relative));
        using var pinned = await client.GetAsync(new Uri(versioned, UriKind.Relative));
        using var stale = await client.GetAsync(new Uri(ChartFiles.PathOf(benchmark.Slug) + "?v=0000", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/charts/no-such-benchmark.svg", UriKind.Relative));

        Assert.Equal(("image/svg+xml", "public, no-cache"), (plain.Content.Headers.ContentType!.MediaType, plain.Headers.CacheControl!.ToString()));
        Assert.Equal("public, max-age=31536000, immutable", pinned.Headers.CacheControl!.ToString());
        Assert.Equal("public, no-cache", stale.Headers.CacheControl!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        var etag = plain.Headers.ETag!;
        Assert.Equal($"\"{versioned.Split("?v=")[1]}\"", etag.Tag);
        using var request = new HttpRequestMessage(HttpMethod.Get, ChartFiles.PathOf(benchmark.Slug));
        request.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task The_pairs_bars_use_the_two_model_colours_and_a_leaderboards_bars_use_the_other_model_colour()
    {
        var pair = PairOnChart();
        var (benchmark, _, _) = BiggestChart();
        using var client = site.CreatePlainClient();

        var bars = (await client.GetDocumentAsync(pair.CanonicalPath)).ByTestId("benchmark-chart");
        var board = (await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}")).QuerySelector("[data-testid='leaderboard'] svg.bar-chart")!;

        Assert.Equal(pair.Benchmarks.Shared.Length, bars.QuerySelectorAll("rect.role-a").Length);
        Assert.Equal(pair.Benchmarks.Shared.Length, bars.QuerySelectorAll("rect.role-b").Length);
        Assert.Equal([pair.A.Name, pair.B.Name], bars.QuerySelectorAll(".legend li").Select(li => li.Text()));
        Assert.NotEmpty(board.QuerySelectorAll("rect.role-other"));
        Assert.Empty(board.QuerySelectorAll("rect.role-a, rect.role-b"));
    }

    [Fact]
    public async Task Each_leaderboard_row_shows_the_models_list_or_market_price_with_its_basis()
    {
        var catalog = site.Catalog();
        var (benchmark, board, chart) = BiggestChart();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}");

        var main = doc.QuerySelectorAll("[data-testid='leaderboard']").First(s => s.Closest("details") is null);
        var cells = main.QuerySelectorAll("[data-testid='leaderboard-table'] [data-testid='leaderboard-price']").Select(c => c.Text()).ToList();
        var expected = board.Entries.Select(e => ComparisonEngine.PriceOf(catalog, e.Model)).Select(p => p.Reference is { Input: { } i, Output: { } o }
            ? $"{Formatting.PricePerMillion(i)} in {Formatting.PricePerMillion(o)} out {p.BasisName}"
            : "— no price");
        Assert.Equal(expected, cells);
        var src = main.ByTestId("price-score-chart").QuerySelector("img")!.GetAttribute("src")!;
        Assert.Equal(chart.Points.Length, Assert.Single(await ChartFileAsync(client, src)).QuerySelectorAll("circle.point").Length);
    }

    [Fact]
    public async Task The_profile_price_history_charts_the_list_route()
    {
        var catalog = site.Catalog();
        var model = catalog.Models.First(m => ComparisonEngine.PriceOf(catalog, m).ListRoute?.Route.History.Length > 1);
        var list = ComparisonEngine.PriceOf(catalog, model).ListRoute!;
        using var client = site.CreatePlainClient();

        var history = (await client.GetDocumentAsync($"/models/{model.Slug}")).ByTestId("price-history");

        Assert.Contains(list.RouteName, history.QuerySelector("svg.chart")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(list.Route.History.Length, history.QuerySelectorAll("[data-testid='price-history-table'] tbody tr").Length);
    }

    /// <summary>The chart file at <paramref name="url"/>, parsed.</summary>
    private static async Task<IEnumerable<IElement>> ChartFileAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(svg).QuerySelectorAll("svg.chart");
    }

    /// <summary>The font-size attribute on the element or its nearest SVG ancestor that sets one.</summary>
    private static double FontSize(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("font-size") is { } size)
            {
                return double.Parse(size, CultureInfo.InvariantCulture);
            }
        }

        Assert.Fail($"\"{element.TextContent}\" has no font size");
        return 0;
    }
}
