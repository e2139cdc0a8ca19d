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
    public const int Height = 320;
    public const int Left = 48;
    public const int Right = 10;
    public const int Top = 10;
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

    /// <summary>Where labels may sit: inside the plot, clear of the axes.</summary>
    public static ChartBox LabelBounds { get; } = new(Left + 2, 0, Width - Right, Top + PlotHeight - 2);

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
    /// none does and <paramref name="must"/> is set, the nearest clear of the labels, else the nearest at all. Null
    /// when nothing fits and the label may be left out.
    /// </summary>
    public static ChartBox? PlaceLabel(decimal x, decimal y, decimal width, IReadOnlyCollection<ChartBox> labels, IReadOnlyCollection<ChartBox> points, bool must)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(points);
        var candidates = LabelPlaces(x, y, width).Select(b => b.Within(LabelBounds)).ToList();
        var fits = candidates.Where(b => !labels.Any(b.Overlaps) && !points.Any(b.Overlaps)).ToList();
        if (fits.Count == 0 && must)
        {
            fits = [.. candidates.Where(b => !labels.Any(b.Overlaps))];
        }

        return fits.Count > 0 ? fits.MinBy(b => b.Distance(x, y)) : must ? candidates[0] : null;
    }

    /// <summary>
    /// The pair's own points, drawn over the benchmark's chart file: each at its price and score on the fixed axes,
    /// larger than the file's points, and labelled with its name, score and price clear of the other's point and label.
    /// Nothing here reads another model's figures.
    /// </summary>
    public static ImmutableArray<ChartMark> PairMarks(IReadOnlyList<PriceScorePoint> pair, decimal scaleMin, decimal scaleMax, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var centres = pair.Select(p => (Point: p, X: X(p.Blend), Y: Y(p.Score, scaleMin, scaleMax, higherIsBetter))).ToList();
        var points = centres.Select(c => ChartBox.Around(c.X, c.Y, PairRadius)).ToList();
        var labels = new List<ChartBox>();
        var marks = ImmutableArray.CreateBuilder<ChartMark>(pair.Count);
        foreach (var (p, x, y) in centres)
        {
            var text = $"{Trim(p.ModelName, 20)}: {p.ScoreText}, {p.PriceText}";
            var box = PlaceLabel(x, y, TextWidth(text), labels, points, must: true)!;
            labels.Add(box);
            marks.Add(new ChartMark(p, x, y, PairRadius, text, box));
        }

        return marks.MoveToImmutable();
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>A rectangle in viewBox units.</summary>
public sealed record ChartBox(decimal X1, decimal Y1, decimal X2, decimal Y2)
{
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
