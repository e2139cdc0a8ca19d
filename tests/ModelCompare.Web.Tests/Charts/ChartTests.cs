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

    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog);

    /// <summary>The benchmark whose main leaderboard charts the most models, and that chart.</summary>
    private (Benchmark Benchmark, Leaderboard Board, PriceScoreChart Chart) BiggestChart()
    {
        var catalog = site.Catalog();
        return catalog.Benchmarks
            .Select(b => (Benchmark: b, Board: Leaderboards.For(site.Engine().View, b).FirstOrDefault()))
            .Where(x => x.Board is not null)
            .Select(x => (x.Benchmark, x.Board!, Chart: Leaderboards.PriceScore(site.Engine().View, x.Benchmark, x.Board!)))
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
        return Engine(catalog).Compare(a, b, TrafficProfile.Default);
    }

    [Fact]
    public async Task Every_chart_scales_with_the_page_and_its_text_is_at_least_12_px_on_a_390_px_phone()
    {
        var (benchmark, _, _) = BiggestChart();
        var pair = PairOnChart();
        var catalog = site.Catalog();
        var withHistory = catalog.Models.First(m => site.Engine().PriceOf(m).ListRoute?.Route.History.Length > 1);
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
            if (svg.ClassList.Contains("chart-overlay"))
            {
                // The pair's points over a chart file: the figure's caption says the same in words.
                Assert.Equal("true", svg.GetAttribute("aria-hidden"));
            }
            else
            {
                Assert.Equal("img", svg.GetAttribute("role"));
                Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            }

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

        // No table of every model's price and no drawing of them: an image of the shared file, without ?v= (a price edit
        // elsewhere leaves the page as it is), with only the pair's own points drawn over it.
        Assert.Empty(figure.QuerySelectorAll("table"));
        var overlay = Assert.Single(figure.QuerySelectorAll("svg"));
        Assert.Equal(".chart-stack", "." + overlay.ParentElement!.ClassName);
        Assert.Equal($"0 0 {SvgCharts.ViewWidth} {SvgCharts.PriceScoreHeight}", overlay.GetAttribute("viewBox"));
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

        // The overlay marks the pair where the file draws them: same centres, larger, ringed, in the pair's colours, each labelled.
        var marks = overlay.QuerySelectorAll("circle.point").ToList();
        Assert.Equal([(pair.A.Slug, "role-a"), (pair.B.Slug, "role-b")], marks.Select(c => (c.GetAttribute("data-slug")!, c.ClassList.Contains("role-a") ? "role-a" : c.ClassList.Contains("role-b") ? "role-b" : "")));
        foreach (var mark in marks)
        {
            var under = svg.QuerySelector($"circle.point[data-slug='{mark.GetAttribute("data-slug")}']")!;
            Assert.Equal((under.GetAttribute("cx"), under.GetAttribute("cy")), (mark.GetAttribute("cx"), mark.GetAttribute("cy")));
            Assert.True(Number(mark, "r") > Number(under, "r"), $"{mark.GetAttribute("data-slug")} is no larger than in the file");
            Assert.Contains("pair", mark.ClassList);
        }

        Assert.Equal([pair.A.Slug, pair.B.Slug], overlay.QuerySelectorAll("text.label").Select(t => t.GetAttribute("data-for")!));
        // A legend for every encoding: the pair's colours (larger, ringed), the others', a hollow market price, a named point.
        Assert.Equal([pair.A.Name, pair.B.Name, "Other models", "Hollow: market price (no list price)", SvgCharts.NamedLegend], figure.QuerySelectorAll(".legend li").Select(li => li.Text()));
        Assert.Equal(["swatch role-a pair", "swatch role-b pair"], figure.QuerySelectorAll(".legend .swatch").Take(2).Select(s => s.ClassName!));
    }

    [Fact]
    public async Task The_pairs_labels_sit_beside_their_points_apart_from_each_other_and_from_the_chart_files_labels_and_inside_the_chart()
    {
        var catalog = site.Catalog();
        var (_, _, chart) = BiggestChart();
        // Pairs of the chart's cheapest, dearest, best and worst scored models, two neighbours on it (far apart and
        // close together), and pairs of the models the file itself names, whose labels crowd the same corner.
        var byScore = chart.Points.OrderBy(p => p.Score).ToList();
        var named = chart.Points.Where(p => p.GivesMostForPrice).ToList();
        var slugs = new[] { (chart.Points[0], chart.Points[^1]), (byScore[0], byScore[^1]), (chart.Points[0], chart.Points[1]), (byScore[^2], byScore[^1]) }
            .Concat(named.Zip(named.Skip(1)))
            .Where(x => x.Item1.ModelSlug != x.Item2.ModelSlug)
            .ToList();
        using var client = site.CreatePlainClient();

        foreach (var (a, b) in slugs)
        {
            var comparison = Engine(catalog).Compare(catalog.FindModel(a.ModelSlug)!, catalog.FindModel(b.ModelSlug)!, TrafficProfile.Default);
            var figure = (await client.GetDocumentAsync(comparison.CanonicalPath)).QuerySelector("[data-testid='price-score-chart']")!;
            var overlay = figure.QuerySelector("svg.chart-overlay")!;
            var points = overlay.QuerySelectorAll("circle.point").Select(c => (Slug: c.GetAttribute("data-slug")!, X: Number(c, "cx"), Y: Number(c, "cy"), R: Number(c, "r"))).ToList();
            var labels = overlay.QuerySelectorAll("text.label").Select(t => (Slug: t.GetAttribute("data-for")!, Box: LabelBox(t))).ToList();
            Assert.Equal(2, labels.Count);
            Assert.False(Overlap(labels[0].Box, labels[1].Box), $"{comparison.CanonicalPath}: the two labels overlap");

            // The overlay lies over the chart file: its labels must not cover the file's own, but for the file's labels
            // of the pair, which the overlay covers over (in the page's background) so each of the pair is named once.
            var file = Assert.Single(await ChartFileAsync(client, figure.QuerySelector("img")!.GetAttribute("src")!));
            var fileLabels = file.QuerySelectorAll("text.label").Select(t => (Slug: t.GetAttribute("data-for")!, Text: t.TextContent, Box: LabelBox(t))).ToList();
            Assert.NotEmpty(fileLabels);
            var covers = overlay.QuerySelectorAll("rect.cover").Select(r => (Slug: r.GetAttribute("data-for")!, Box: (X1: Number(r, "x"), Y1: Number(r, "y"), X2: Number(r, "x") + Number(r, "width"), Y2: Number(r, "y") + Number(r, "height")))).ToList();
            var pairSlugs = new[] { comparison.A.Slug, comparison.B.Slug };
            Assert.Equal(fileLabels.Where(f => pairSlugs.Contains(f.Slug)).Select(f => f.Slug), covers.Select(c => c.Slug));
            foreach (var f in fileLabels.Where(f => pairSlugs.Contains(f.Slug)))
            {
                var cover = covers.Single(c => c.Slug == f.Slug).Box;
                Assert.True(cover.X1 <= f.Box.X1 && cover.Y1 <= f.Box.Y1 && cover.X2 >= f.Box.X2 && cover.Y2 >= f.Box.Y2, $"{comparison.CanonicalPath}: the file's label \"{f.Text}\" is not covered");
            }

            foreach (var (slug, box) in labels)
            {
                Assert.All(fileLabels.Where(f => !pairSlugs.Contains(f.Slug)), f => Assert.False(Overlap(box, f.Box), $"{comparison.CanonicalPath}: {slug}'s label covers the file's label \"{f.Text}\""));
            }

            foreach (var (slug, box) in labels)
            {
                var p = points.Single(p => p.Slug == slug);
                var far = Distance(box, p.X, p.Y);
                var leader = overlay.QuerySelectorAll("line.leader").Any(l => Number(l, "x1") == p.X && Number(l, "y1") == p.Y);
                Assert.True(far <= 24 || leader, $"{comparison.CanonicalPath}: {slug}'s label is {far:0.0} from its point with no line to it");
                Assert.All(points, q => Assert.False(Overlap(box, (q.X - q.R, q.Y - q.R, q.X + q.R, q.Y + q.R)), $"{comparison.CanonicalPath}: {slug}'s label covers {q.Slug}'s point"));
                Assert.True(box.X1 >= 0 && box.Y1 >= 0 && box.X2 <= SvgCharts.ViewWidth && box.Y2 <= SvgCharts.PriceScoreHeight, $"{comparison.CanonicalPath}: {slug}'s label leaves the chart");
            }
        }
    }

    /// <summary>A label's box from its anchor, estimated as the engine estimates it (0.64 em a character, one line of 18 units).</summary>
    private static (double X1, double Y1, double X2, double Y2) LabelBox(IElement text)
    {
        var (x, baseline) = (Number(text, "x"), Number(text, "y"));
        var width = text.TextContent.Length * SvgCharts.FontSize * 0.64;
        var x1 = text.GetAttribute("text-anchor") switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
        return (x1, baseline + 3 - 18, x1 + width, baseline + 3);
    }

    private static bool Overlap((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b) =>
        a.X1 < b.X2 - 0.2 && b.X1 < a.X2 - 0.2 && a.Y1 < b.Y2 - 0.2 && b.Y1 < a.Y2 - 0.2;

    private static double Distance((double X1, double Y1, double X2, double Y2) box, double x, double y) =>
        Math.Sqrt(Math.Pow(Math.Max(0, Math.Max(box.X1 - x, x - box.X2)), 2) + Math.Pow(Math.Max(0, Math.Max(box.Y1 - y, y - box.Y2)), 2));

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

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
        var expected = board.Entries.Select(e => site.Engine().PriceOf(e.Model)).Select(p => p.Reference is { Input: { } i, Output: { } o }
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
        var model = catalog.Models.First(m => site.Engine().PriceOf(m).ListRoute?.Route.History.Length > 1);
        var list = site.Engine().PriceOf(model).ListRoute!;
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
