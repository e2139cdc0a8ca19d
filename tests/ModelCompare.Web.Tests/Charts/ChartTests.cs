using System.Globalization;
using AngleSharp.Dom;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
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

        Assert.True(charts.Count >= 5, $"expected the pair's two charts, the leaderboard's two and the price history, found {charts.Count}");
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
    public async Task A_pair_page_charts_price_against_score_with_the_pair_highlighted_and_labelled_and_a_table_of_the_same_points()
    {
        var pair = PairOnChart();
        var chart = pair.PriceScore!;
        using var client = site.CreatePlainClient();

        var figure = (await client.GetDocumentAsync(pair.CanonicalPath)).ByTestId("benchmarks").ByTestId("price-score-chart");

        var svg = figure.QuerySelector("svg.chart")!;
        Assert.Equal(chart.Title, svg.GetAttribute("aria-label"));
        Assert.Equal(chart.Points.Length, svg.QuerySelectorAll("circle.point").Length);
        Assert.Single(svg.QuerySelectorAll("circle.role-a"));
        Assert.Single(svg.QuerySelectorAll("circle.role-b"));
        var labels = svg.QuerySelectorAll("text.label").Select(t => t.TextContent).ToList();
        var a = chart.Points.Single(p => p.Role == ChartRole.A);
        Assert.Contains(labels, l => l.EndsWith($": {a.ScoreText}, {a.PriceText}", StringComparison.Ordinal));
        Assert.Contains(chart.Caption, figure.Text(), StringComparison.Ordinal);
        var rows = figure.QuerySelector("details")!.QuerySelectorAll("[data-testid='price-score-table'] tbody tr");
        Assert.Equal(chart.Points.Select(p => $"{p.ModelName} {p.PriceText} {p.BasisName}"), rows.Select(r => string.Join(' ', r.Children.Take(3).Select(c => c.Text()))));
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
        Assert.Equal(chart.Points.Length, main.ByTestId("price-score-chart").QuerySelectorAll("circle.point").Length);
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
