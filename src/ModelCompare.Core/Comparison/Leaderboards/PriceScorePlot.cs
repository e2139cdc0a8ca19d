using System.Collections.Immutable;

namespace ModelCompare.Comparison;

/// <summary>
/// The geometry of a price against score chart, in viewBox units: fixed axes, so where a model sits depends on its
/// own price and score and on nothing else. The price axis is a log scale over fixed decades
/// (<see cref="MinBlend"/> to <see cref="MaxBlend"/> per 1M tokens), the score axis the benchmark's own scale; neither
/// moves when another model's price or score changes. So a pair page can draw its two points over the benchmark's
/// shared chart file and stay the same when a price elsewhere on the chart changes.
/// </summary>
public static class PriceScorePlot
{
    public const int Width = 400;
    public const int Height = 336;
    public const int Left = 48;
    public const int Right = 10;

    /// <summary>Room above the plot for the score axis's title.</summary>
    public const int Top = 26;
    public const int Bottom = 52;
    public const int PlotWidth = Width - Left - Right;
    public const int PlotHeight = Height - Top - Bottom;

    /// <summary>Text size in viewBox units.</summary>
    public const int FontSize = 14;

    /// <summary>The price axis's ends (70/30 blend per 1M tokens): every catalog price so far lies between them; one outside sits at the edge.</summary>
    public const decimal MinBlend = 0.01m;

    /// <inheritdoc cref="MinBlend"/>
    public const decimal MaxBlend = 1000m;

    /// <summary>Farther than this from its point, a label gets a line to it.</summary>
    public const decimal LeaderDistance = 12m;

    /// <summary>A point of the page's pair; any other model's point is <see cref="OtherRadius"/>.</summary>
    public const decimal PairRadius = 7m;

    public const decimal OtherRadius = 3.5m;

    private static readonly double LogMin = Math.Log10((double)MinBlend);
    private static readonly double LogMax = Math.Log10((double)MaxBlend);
    private static readonly decimal[] RoundSteps = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>The x of a price, on the log scale; a price outside the axis sits at its edge.</summary>
    public static decimal X(decimal blend)
    {
        var clamped = Math.Clamp(blend, MinBlend, MaxBlend);
        return Left + ((decimal)((Math.Log10((double)clamped) - LogMin) / (LogMax - LogMin)) * PlotWidth);
    }

    /// <summary>The y of a score on the benchmark's scale (best at the top); a score outside the scale sits at its edge.</summary>
    public static decimal Y(decimal score, decimal scaleMin, decimal scaleMax, bool higherIsBetter)
    {
        var span = scaleMax > scaleMin ? scaleMax - scaleMin : 1m;
        var share = Math.Clamp((score - scaleMin) / span, 0m, 1m);
        return Top + ((higherIsBetter ? 1 - share : share) * PlotHeight);
    }

    /// <summary>The price axis's ticks: each decade from $0.01 to $1,000.</summary>
    public static ImmutableArray<decimal> PriceTicks { get; } = [0.01m, 0.1m, 1m, 10m, 100m, 1000m];

    /// <summary>Four or five round score ticks over the benchmark's scale, its ends included.</summary>
    public static IEnumerable<decimal> ScoreTicks(decimal scaleMin, decimal scaleMax)
    {
        if (scaleMax <= scaleMin)
        {
            yield return scaleMin;
            yield break;
        }

        var raw = (scaleMax - scaleMin) / 5;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var step = RoundSteps.Select(s => s * magnitude).First(s => s >= raw);
        for (var tick = Math.Ceiling(scaleMin / step) * step; tick <= scaleMax; tick += step)
        {
            yield return tick;
        }
    }

    /// <summary>The width of a bold label, estimated at 0.64 em a character (the site's sans-serif runs a little narrower).</summary>
    public static decimal TextWidth(string text) => (decimal)(text ?? string.Empty).Length * FontSize * 0.64m;

    /// <summary>Where labels may sit: inside the plot, clear of the axes and of the score axis's title above it.</summary>
    public static ChartBox LabelBounds { get; } = new(Left + 2, Top, Width - Right, Top + PlotHeight - 2);

    /// <summary>The score axis's title, above the plot at the drawing's left edge: "GPQA Diamond score, best at the top".</summary>
    public static string ScoreAxisTitle(string benchmarkName) => $"{Trim(benchmarkName ?? string.Empty, 24)} score, best at the top";

    /// <summary>The baseline of <see cref="ScoreAxisTitle"/>; its box ends above the top tick's label.</summary>
    public const int ScoreAxisTitleBaseline = 14;

    /// <summary>Where a label may go, nearest first: beside the point on either side, then above and below, then a line further out.</summary>
    public static IEnumerable<ChartBox> LabelPlaces(decimal x, decimal y, decimal width)
    {
        const decimal Gap = 9m, H = FontSize + 4;
        foreach (var dy in new[] { 0m, -H, H, -2 * H, 2 * H, -3 * H, 3 * H })
        {
            var top = y - (H / 2) + dy;
            yield return new ChartBox(x + Gap, top, x + Gap + width, top + H);
            yield return new ChartBox(x - Gap - width, top, x - Gap, top + H);
            if (dy != 0m)
            {
                yield return new ChartBox(x - (width / 2), top, x + (width / 2), top + H);
            }
        }
    }

    /// <summary>
    /// Where a label goes: the nearest place inside the plot that touches neither a placed label nor a point; when
    /// none does and <paramref name="must"/> is set, the nearest place anywhere in the plot clear of the labels and
    /// points, then the nearest clear of the labels alone (a line joins a far label to its point), else the nearest
    /// at all. Null when nothing fits and the label may be left out.
    /// </summary>
    public static ChartBox? PlaceLabel(decimal x, decimal y, decimal width, IReadOnlyCollection<ChartBox> labels, IReadOnlyCollection<ChartBox> points, bool must)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(points);
        var candidates = LabelPlaces(x, y, width).Select(b => b.Within(LabelBounds)).ToList();
        var clear = Nearest(candidates.Where(b => !labels.Any(b.Overlaps) && !points.Any(b.Overlaps)), x, y);
        if (clear is not null || !must)
        {
            return clear;
        }

        var anywhere = FarPlaces(width).ToList();
        return Nearest(anywhere.Where(b => !labels.Any(b.Overlaps) && !points.Any(b.Overlaps)), x, y)
            ?? Nearest(candidates.Concat(anywhere).Where(b => !labels.Any(b.Overlaps)), x, y)
            ?? candidates[0];
    }

    /// <summary>Every place in the plot a label of <paramref name="width"/> can take, on a grid of half a line.</summary>
    private static IEnumerable<ChartBox> FarPlaces(decimal width)
    {
        const decimal H = FontSize + 4, Step = H / 2;
        var bounds = LabelBounds;
        for (var top = bounds.Y1; top + H <= bounds.Y2; top += Step)
        {
            for (var left = bounds.X1; left + width <= bounds.X2; left += Step)
            {
                yield return new ChartBox(left, top, left + width, top + H);
            }
        }
    }

    private static ChartBox? Nearest(IEnumerable<ChartBox> boxes, decimal x, decimal y) =>
        boxes.Select(b => (Box: b, Distance: b.Distance(x, y))).OrderBy(b => b.Distance).Select(b => b.Box).FirstOrDefault();

    /// <summary>
    /// The labels a leaderboard's chart file draws: the pair's (on a chart that highlights one) always, then those of
    /// the models that give the most for their price, cheapest first, where one fits clear of every point and label.
    /// Worked out once per chart, so a pair page can keep its own labels clear of them (<see cref="PairMarks"/>).
    /// </summary>
    public static ImmutableArray<ChartMark> BoardLabels(PriceScoreChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Points
            .Select(p => ChartBox.Around(X(p.Blend), Y(p.Score, chart.ScaleMin, chart.ScaleMax, chart.HigherIsBetter), p.Role == ChartRole.Other ? OtherRadius : PairRadius))
            .ToList();
        var labels = new List<ChartBox>();
        var marks = ImmutableArray.CreateBuilder<ChartMark>();
        foreach (var p in chart.Points.Where(p => p.Role != ChartRole.Other).OrderBy(p => p.Role).Concat(chart.Points.Where(p => p.Role == ChartRole.Other && p.GivesMostForPrice)))
        {
            var isPair = p.Role != ChartRole.Other;
            var text = isPair ? PairLabel(p) : Trim(p.ModelName, 22);
            var (x, y) = (X(p.Blend), Y(p.Score, chart.ScaleMin, chart.ScaleMax, chart.HigherIsBetter));
            if (PlaceLabel(x, y, TextWidth(text), labels, points, must: isPair) is { } box)
            {
                labels.Add(box);
                marks.Add(new ChartMark(p, x, y, 0m, text, box));
            }
        }

        return marks.ToImmutable();
    }

    /// <summary>
    /// The pair's own points, drawn over the benchmark's chart file: each at its price and score on the fixed axes,
    /// larger than the file's points, and labelled with its name, score and price clear of the pair's points, of each
    /// other and of the labels the file draws (<paramref name="fileLabels"/>, <see cref="BoardLabels"/>). A label the
    /// file draws for one of the pair is covered over (<see cref="PairMarksResult.Covered"/>), so each of the pair is
    /// named once. No other model's price or score is read: only where the file's labels sit.
    /// </summary>
    public static PairMarksResult PairMarks(IReadOnlyList<PriceScorePoint> pair, decimal scaleMin, decimal scaleMax, bool higherIsBetter, IEnumerable<ChartMark> fileLabels)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(fileLabels);
        var centres = pair.Select(p => (Point: p, X: X(p.Blend), Y: Y(p.Score, scaleMin, scaleMax, higherIsBetter))).ToList();
        var points = centres.Select(c => ChartBox.Around(c.X, c.Y, PairRadius)).ToList();
        var own = fileLabels.ToLookup(l => pair.Any(p => p.ModelSlug == l.Point.ModelSlug));
        var labels = own[false].Select(l => l.LabelBox).ToList();
        var marks = ImmutableArray.CreateBuilder<ChartMark>(pair.Count);
        foreach (var (p, x, y) in centres)
        {
            var text = PairLabel(p);
            var box = PlaceLabel(x, y, TextWidth(text), labels, points, must: true)!;
            labels.Add(box);
            marks.Add(new ChartMark(p, x, y, PairRadius, text, box));
        }

        return new PairMarksResult(marks.MoveToImmutable(), [.. own[true]]);
    }

    /// <summary>How far a cover reaches past the label it hides, for text a little wider than its estimate.</summary>
    public const decimal CoverMargin = 2m;

    /// <summary>A pair's label: "GPT-4o: 49.1%, $4.75".</summary>
    private static string PairLabel(PriceScorePoint p) => $"{Trim(p.ModelName, 20)}: {p.ScoreText}, {p.PriceText}";

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>The pair's points and labels over a chart file, and the file's own labels of the pair, which the page covers over.</summary>
public sealed record PairMarksResult(ImmutableArray<ChartMark> Marks, ImmutableArray<ChartMark> Covered);

/// <summary>A rectangle in viewBox units.</summary>
public sealed record ChartBox(decimal X1, decimal Y1, decimal X2, decimal Y2)
{
    /// <summary>The box with <paramref name="margin"/> more on every side.</summary>
    public ChartBox Grown(decimal margin) => new(X1 - margin, Y1 - margin, X2 + margin, Y2 + margin);

    /// <summary>The square a circle of <paramref name="radius"/> at (x, y) fills.</summary>
    public static ChartBox Around(decimal x, decimal y, decimal radius) => new(x - radius, y - radius, x + radius, y + radius);

    public bool Overlaps(ChartBox other) => other is not null && X1 < other.X2 && other.X1 < X2 && Y1 < other.Y2 && other.Y1 < Y2;

    /// <summary>Moved (never shrunk) to lie inside <paramref name="bounds"/> where it can.</summary>
    public ChartBox Within(ChartBox bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var dx = X1 < bounds.X1 ? bounds.X1 - X1 : X2 > bounds.X2 ? bounds.X2 - X2 : 0m;
        var dy = Y1 < bounds.Y1 ? bounds.Y1 - Y1 : Y2 > bounds.Y2 ? bounds.Y2 - Y2 : 0m;
        return new ChartBox(X1 + dx, Y1 + dy, X2 + dx, Y2 + dy);
    }

    /// <summary>The point of the box nearest to (x, y).</summary>
    public (decimal X, decimal Y) Nearest(decimal x, decimal y) => (Math.Clamp(x, X1, X2), Math.Clamp(y, Y1, Y2));

    public decimal Distance(decimal x, decimal y)
    {
        var (nx, ny) = Nearest(x, y);
        return (decimal)Math.Sqrt((double)(((nx - x) * (nx - x)) + ((ny - y) * (ny - y))));
    }

    /// <summary>Where a label's text is anchored: the side of its box nearest its point, so a label narrower than its estimate still sits beside the point.</summary>
    public (LabelAnchor Anchor, decimal X) AnchorFor(decimal x) =>
        X2 <= x ? (LabelAnchor.End, X2) : X1 >= x ? (LabelAnchor.Start, X1) : (LabelAnchor.Middle, (X1 + X2) / 2);
}

/// <summary>Which end of a label's text sits at its anchor.</summary>
public enum LabelAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>One model's point on a price against score chart with its label: the centre, radius and label box in viewBox units.</summary>
public sealed record ChartMark(PriceScorePoint Point, decimal X, decimal Y, decimal Radius, string Label, ChartBox LabelBox)
{
    /// <summary>The label sits beyond <see cref="PriceScorePlot.LeaderDistance"/>, so a line joins it to the point.</summary>
    public bool NeedsLeader => LabelBox.Distance(X, Y) > PriceScorePlot.LeaderDistance;

    /// <summary>Where the leader line meets the label.</summary>
    public (decimal X, decimal Y) LeaderEnd => LabelBox.Nearest(X, Y);

    /// <summary>The label's anchor and its x.</summary>
    public (LabelAnchor Anchor, decimal X) Anchor => LabelBox.AnchorFor(X);

    /// <summary>The baseline of the label's text.</summary>
    public decimal Baseline => LabelBox.Y2 - 3;
}
