using System.Collections.Frozen;
using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>What a point or bar stands for on a chart; each role has one colour across the site.</summary>
public enum ChartRole
{
    /// <summary>Any model that is not one of the page's pair.</summary>
    Other,
    /// <summary>The first model of a pair.</summary>
    A,
    /// <summary>The second model of a pair.</summary>
    B,
}

/// <summary>
/// One model on a price against score chart: its reference (list or market) price as the 70/30 blend per 1M
/// tokens, with that price's basis, and its best-known score on the chart's benchmark and protocol.
/// </summary>
public sealed record PriceScorePoint(string ModelSlug, string ModelName, PriceBasis Basis, decimal Blend, string PriceText, decimal Score, string ScoreText, bool SelfReported)
{
    public ChartRole Role { get; init; }

    /// <summary>No other point on the chart costs no more and scores better: the models that give the most for their price.</summary>
    public bool GivesMostForPrice { get; init; }

    /// <summary>"list price" or "market price".</summary>
    public string BasisName => Formatting.PriceBasisName(Basis) ?? string.Empty;
}

/// <summary>
/// Price against benchmark score ("which models give more for less") for one benchmark and protocol: x is the
/// reference blend on a log scale, y the score. Points are in price order, then best score first.
/// </summary>
public sealed record PriceScoreChart(
    string BenchmarkSlug,
    string BenchmarkName,
    string? Protocol,
    bool HigherIsBetter,
    ImmutableArray<PriceScorePoint> Points,
    string Title,
    string Caption)
{
    /// <summary>Sentences about the pair's models that are not on the chart (no list or market price).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The benchmark's scale, the score axis's ends (<see cref="PriceScorePlot"/>).</summary>
    public decimal ScaleMin { get; init; }

    /// <inheritdoc cref="ScaleMin"/>
    public decimal ScaleMax { get; init; } = 100m;

    /// <summary>
    /// The labels the chart's file draws (<see cref="PriceScorePlot.BoardLabels"/>), worked out once per snapshot so a
    /// pair page can keep its own labels clear of them.
    /// </summary>
    public ImmutableArray<ChartMark> Labels { get; init; } = [];

    /// <summary>The page's pair among the points, first model first; empty on a chart that highlights none.</summary>
    public IEnumerable<PriceScorePoint> Highlighted => Points.Where(p => p.Role != ChartRole.Other).OrderBy(p => p.Role);

    public decimal MinBlend => Points.Min(p => p.Blend);
    public decimal MaxBlend => Points.Max(p => p.Blend);
    public decimal MinScore => Points.Min(p => p.Score);
    public decimal MaxScore => Points.Max(p => p.Score);
}

/// <summary>
/// What a pair page says about the price against score chart it links: the chart's benchmark (the image is that
/// leaderboard's chart, one file shared by every page that shows it), where each of the pair sits on it, and a note
/// for either that has no price. Nothing here reads another model's price; only the pair's labels keep clear of the
/// labels the file draws, so a price edit elsewhere changes the pair's page only when it moves one of those.
/// </summary>
public sealed record PairPriceScore(
    string BenchmarkSlug,
    string BenchmarkName,
    string? Protocol,
    bool HigherIsBetter,
    ImmutableArray<PriceScorePoint> Pair,
    ImmutableArray<string> Notes,
    string Alt,
    string Caption)
{
    /// <summary>
    /// The pair's points and labels on the chart's fixed axes (<see cref="PriceScorePlot"/>), which the page draws over
    /// the chart file: where they sit follows from the pair's own prices and scores and the benchmark's scale alone.
    /// </summary>
    public ImmutableArray<ChartMark> Marks { get; init; } = [];

    /// <summary>The labels the chart file draws for the pair, which the page covers in its background so each is named once.</summary>
    public ImmutableArray<ChartMark> Covered { get; init; } = [];
}

/// <summary>
/// Builds the price against score charts. Only models with a positive list or market price are drawn (a log
/// scale has no place for $0), never at a reseller's price; a chart needs <see cref="MinPoints"/> of them.
/// </summary>
public static class PriceScoreCharts
{
    public const int MinPoints = 3;

    /// <summary>The chart of one leaderboard, or null when fewer than <see cref="MinPoints"/> of its models have a price.</summary>
    public static PriceScoreChart? ForBoard(Benchmark benchmark, Leaderboard board, IReadOnlyDictionary<string, ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(prices);
        var points = board.Entries
            .Select(e => (Entry: e, Price: prices.GetValueOrDefault(e.Model.Slug)))
            .Where(x => x.Price is { ReferenceBlend: > 0m })
            .Select(x => new PriceScorePoint(x.Entry.Model.Slug, x.Entry.Model.Name, x.Price!.Basis, x.Price.ReferenceBlend!.Value,
                Formatting.PricePerMillion(x.Price.ReferenceBlend.Value), x.Entry.Score.Value, x.Entry.Score.ValueText, x.Entry.Score.SelfReported))
            .OrderBy(p => p.Blend)
            .ThenByDescending(p => benchmark.HigherIsBetter ? p.Score : -p.Score)
            .ThenBy(p => p.ModelSlug, StringComparer.Ordinal)
            .ToList();
        if (points.Count < MinPoints)
        {
            return null;
        }

        var best = (decimal?)null;
        for (var i = 0; i < points.Count; i++)
        {
            var score = points[i].Score;
            if (best is null || (benchmark.HigherIsBetter ? score > best : score < best))
            {
                points[i] = points[i] with { GivesMostForPrice = true };
                best = score;
            }
        }

        var chart = new PriceScoreChart(benchmark.Slug, benchmark.Name, board.Variant, benchmark.HigherIsBetter, [.. points],
            Sentences.PriceScoreTitle(benchmark.Name, board.Variant, points.Count, null, null),
            Sentences.PriceScoreCaption(benchmark.HigherIsBetter))
        {
            ScaleMin = benchmark.ScaleMin,
            ScaleMax = benchmark.ScaleMax,
        };
        return chart with { Labels = PriceScorePlot.BoardLabels(chart) };
    }

    /// <summary>
    /// The chart a pair page links: of the benchmarks the pair shares, the one whose main leaderboard charts the
    /// most models (then the benchmark's slug), with the pair's own points. Null when no shared benchmark has a chart.
    /// </summary>
    internal static PairPriceScore? ForPair(CatalogStats stats, ModelFacts a, ModelFacts b, BenchmarkSection benchmarks)
    {
        var chart = Choose(stats.PriceScores, benchmarks.Shared.Select(r => r.BenchmarkSlug));
        return chart is null ? null : Highlight(chart, a, b);
    }

    /// <summary>Of the charts of the given benchmarks' main leaderboards, the one with the most points (then the benchmark's slug).</summary>
    public static PriceScoreChart? Choose(IReadOnlyDictionary<string, PriceScoreChart> charts, IEnumerable<string> benchmarkSlugs)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(benchmarkSlugs);
        return benchmarkSlugs
            .Select(slug => charts.GetValueOrDefault(BoardKey(slug, null)))
            .OfType<PriceScoreChart>()
            .OrderByDescending(c => c.Points.Length)
            .ThenBy(c => c.BenchmarkSlug, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The pair's points on <paramref name="chart"/>, <paramref name="a"/> first, and a note for either that has no price on it.</summary>
    public static PairPriceScore Highlight(PriceScoreChart chart, ModelFacts a, ModelFacts b)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pair = new[] { (Facts: a, Role: ChartRole.A), (Facts: b, Role: ChartRole.B) }
            .Select(x => chart.Points.FirstOrDefault(p => p.ModelSlug == x.Facts.Slug) is { } p ? p with { Role = x.Role, GivesMostForPrice = false } : null)
            .OfType<PriceScorePoint>()
            .ToImmutableArray();
        var notes = new[] { a, b }
            .Where(m => !pair.Any(p => p.ModelSlug == m.Slug))
            .Select(m => m.Price.ReferenceBlend == 0m ? Sentences.PriceScoreFree(m.Name) : Sentences.PriceScoreMissing(m.Name))
            .ToImmutableArray();
        var marks = PriceScorePlot.PairMarks(pair, chart.ScaleMin, chart.ScaleMax, chart.HigherIsBetter, chart.Labels);
        return new PairPriceScore(chart.BenchmarkSlug, chart.BenchmarkName, chart.Protocol, chart.HigherIsBetter, pair, notes,
            Sentences.PriceScoreAlt(chart.BenchmarkName, chart.Protocol), chart.Caption)
        {
            Marks = marks.Marks,
            Covered = marks.Covered,
        };
    }

    /// <summary>The key of one benchmark's leaderboard for one protocol ("gpqa-diamond|no tools"; "gpqa-diamond|" for none stated).</summary>
    public static string BoardKey(string benchmarkSlug, string? protocol) => benchmarkSlug + "|" + protocol;

    internal static FrozenDictionary<string, PriceScoreChart> Build(CatalogSnapshot catalog, FrozenDictionary<string, ImmutableArray<Leaderboard>> boards, IReadOnlyDictionary<string, ModelPrice> prices) =>
        boards
            .SelectMany(kv => kv.Value.Where(board => board.IsMain).Select(board => (Key: BoardKey(kv.Key, board.Variant), Chart: ForBoard(catalog.FindBenchmark(kv.Key)!, board, prices))))
            .Where(x => x.Chart is not null)
            .ToFrozenDictionary(x => x.Key, x => x.Chart!, StringComparer.Ordinal);
}
