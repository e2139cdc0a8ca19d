using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Charts;

/// <summary>One bar: a label, its length as a share of the axis (0..1), the value as printed and what it stands for.</summary>
public sealed record Bar(string Label, decimal Fraction, string ValueText, ChartRole Role = ChartRole.Other, bool SelfReported = false);

/// <summary>One entry of a chart's legend: the role's colour and what it stands for.</summary>
public sealed record LegendItem(string Css, string Text);

/// <summary>
/// Every chart of the site, drawn on the server as inline SVG: no script, readable without CSS, and each one sits
/// beside a table holding the same figures for screen readers and print.
/// </summary>
/// <remarks>
/// Charts scale with the page: a <see cref="ViewWidth"/>-wide viewBox drawn at 100% of its box. The text is
/// <see cref="FontSize"/> viewBox units, so on a 390 px wide phone (a <see cref="NarrowestWidth"/> px box) it is
/// 14 × 358 / 400 ≈ 12.5 px; wider screens turn it down in CSS. Colours come from CSS by role
/// (<see cref="RoleClass"/>): one colour per role across the site, light and dark.
/// </remarks>
public static class SvgCharts
{
    /// <summary>The viewBox width of every chart.</summary>
    public const int ViewWidth = PriceScorePlot.Width;

    /// <summary>Text size in viewBox units; no chart text is smaller.</summary>
    public const int FontSize = PriceScorePlot.FontSize;

    /// <summary>The chart box on a 390 px wide page: the page less its 1rem padding either side.</summary>
    public const int NarrowestWidth = 358;

    private const int Line = 18;
    private const int BarHeight = 14;
    private const int ValueRoom = 72;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The CSS class of a role's colour.</summary>
    public static string RoleClass(ChartRole role) => role switch
    {
        ChartRole.A => "role-a",
        ChartRole.B => "role-b",
        _ => "role-other",
    };

    /// <summary>Horizontal bars, each under its label, with the value at the bar's end.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int Row = Line + BarHeight + 10;
        var svg = Open(title, (bars.Count * Row) + 4, "bar-chart");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * Row;
            svg.Append(Inv, $"<text x=\"0\" y=\"{y + FontSize}\">{Text(Trim(bars[i].Label, 48))}</text>");
            DrawBar(svg, bars[i], y + Line);
        }

        return Close(svg);
    }

    /// <summary>A pair's shared benchmarks: per benchmark its name, then a bar for each model, each scaled to the benchmark's range.</summary>
    public static IHtmlContent PairBars(string title, IReadOnlyList<BenchmarkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        const int Row = Line + (2 * (BarHeight + 4)) + 12;
        var svg = Open(title, (rows.Count * Row) + 4, "bar-chart");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = i * Row;
            var name = row.Variant is null ? row.Name : $"{row.Name} ({row.Variant})";
            svg.Append(Inv, $"<text x=\"0\" y=\"{y + FontSize}\">{Text(Trim(name, 48))}</text>");
            DrawBar(svg, new Bar(name, row.A.BarFraction, row.A.ValueText, ChartRole.A, row.A.SelfReported), y + Line);
            DrawBar(svg, new Bar(name, row.B.BarFraction, row.B.ValueText, ChartRole.B, row.B.SelfReported), y + Line + BarHeight + 4);
        }

        return Close(svg);
    }

    /// <summary>The legend of a chart as an HTML list, so long names wrap with the page's text.</summary>
    public static IHtmlContent Legend(IReadOnlyList<LegendItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var html = new StringBuilder("<ul class=\"legend\">");
        foreach (var item in items)
        {
            html.Append(Inv, $"<li><span class=\"swatch {item.Css}\" aria-hidden=\"true\"></span>{Text(item.Text)}</li>");
        }

        return new HtmlString(html.Append("</ul>").ToString());
    }

    /// <summary>
    /// A step line per price (input and output) from the first step to <paramref name="until"/>; a price
    /// holds until the next step, and a withdrawn route leaves a gap. The latest prices are labelled.
    /// </summary>
    public static IHtmlContent PriceSteps(string title, IReadOnlyList<PriceStep> steps, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(steps);
        const int Height = 240, Left = 60, Right = 8, Top = 24, Bottom = 48;
        var svg = Open(title, Height, "step-chart");
        if (steps.Count == 0)
        {
            return Close(svg);
        }

        var start = steps[0].From.DayNumber;
        var end = Math.Max(until.DayNumber, start + 1);
        var max = steps.SelectMany(s => new[] { s.Input, s.Output }).OfType<decimal>().DefaultIfEmpty(1m).Max();
        max = max <= 0m ? 1m : max * 1.1m;
        const int PlotW = ViewWidth - Left - Right;
        const int PlotH = Height - Top - Bottom;
        decimal X(int day) => Left + ((decimal)(day - start) / (end - start) * PlotW);
        decimal Y(decimal price) => Top + PlotH - (price / max * PlotH);

        // Axes with the top and bottom price and the first and last date.
        svg.Append(Inv, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + PlotH}\" x2=\"{ViewWidth - Right}\" y2=\"{Top + PlotH}\"></line>");
        svg.Append(Inv, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotH}\"></line>");
        svg.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{Top + 5}\" text-anchor=\"end\">{Text(Formatting.PricePerMillion(max))}</text>");
        svg.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{Top + PlotH}\" text-anchor=\"end\">$0</text>");
        svg.Append(Inv, $"<text x=\"{Left}\" y=\"{Top + PlotH + Line}\">{Text(Formatting.Date(steps[0].From))}</text>");
        svg.Append(Inv, $"<text x=\"{ViewWidth - Right}\" y=\"{Top + PlotH + Line}\" text-anchor=\"end\">{Text(Formatting.Date(until))}</text>");

        var legendX = Left;
        foreach (var (name, pick, css) in new (string, Func<PriceStep, decimal?>, string)[] { ("Input", s => s.Input, "role-input"), ("Output", s => s.Output, "role-output") })
        {
            var path = new StringBuilder();
            for (var i = 0; i < steps.Count; i++)
            {
                if (pick(steps[i]) is not { } price)
                {
                    continue;
                }

                var x1 = X(steps[i].From.DayNumber);
                var x2 = X(i + 1 < steps.Count ? steps[i + 1].From.DayNumber : end);
                var y = Y(price);
                var joined = i > 0 && pick(steps[i - 1]) is not null;
                path.Append(joined ? $"V{N(y)}H{N(x2)}" : $"M{N(x1)} {N(y)}H{N(x2)}");
            }

            if (path.Length > 0)
            {
                svg.Append(Inv, $"<path class=\"line {css}\" d=\"{path}\" fill=\"none\" stroke-width=\"2.5\"><title>{name} price</title></path>");
            }

            // The legend names each line with its latest price, so the figure a reader wants is on the chart.
            var latest = pick(steps[^1]) is { } now ? $"{name}: {Formatting.PricePerMillion(now)} now" : $"{name}: withdrawn";
            svg.Append(Inv, $"<rect class=\"{css}\" x=\"{legendX}\" y=\"{Height - 12}\" width=\"12\" height=\"4\"></rect><text x=\"{legendX + 16}\" y=\"{Height - 6}\">{Text(latest)}</text>");
            legendX += 160;
        }

        return Close(svg);
    }

    /// <summary>The legend's words for the models a price against score chart names (<see cref="PriceScorePoint.GivesMostForPrice"/>).</summary>
    public const string NamedLegend = "Named, where there is room: no cheaper model scores better";

    /// <summary>The viewBox height of a price against score chart.</summary>
    public const int PriceScoreHeight = PriceScorePlot.Height;

    /// <summary>
    /// A leaderboard's price against score chart as a file of its own (<c>/charts/{benchmark}.svg</c>), which pages link
    /// with <c>&lt;img&gt;</c>: the same drawing, with its colours, light and dark, in a stylesheet of its own, since an
    /// image reads none of the page's.
    /// </summary>
    public static byte[] PriceScoreFile(PriceScoreChart chart) => Encoding.UTF8.GetBytes(DrawPriceScore(chart, FileStyle));

    /// <summary>The rules of <c>wwwroot/css/site.css</c> that a price against score chart uses, for the chart as a file.</summary>
    private const string FileStyle =
        ":root{--bg:#fff;--text:#1b1f24;--muted:#4d5560;--border:#d5d9df;--role-a:#0b57d0;--role-b:#a14f00;--role-other:#6b7280}"
        + "@media (prefers-color-scheme:dark){:root{--bg:#111418;--text:#e8eaed;--muted:#b0b7c0;--border:#39414b;--role-a:#8ab4f8;--role-b:#f6ad55;--role-other:#9aa3ad}}"
        + "svg{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}"
        + "text{fill:var(--text)}"
        + ".role-a{--role:var(--role-a)}.role-b{--role:var(--role-b)}.role-other{--role:var(--role-other)}"
        + ".role-a,.role-b,.role-other{fill:var(--role);stroke:var(--role)}"
        + "circle.point{fill-opacity:.85;stroke-width:1.5}circle.point.pair{fill-opacity:1;stroke:var(--bg);stroke-width:2}"
        + "line.leader{stroke-width:1;opacity:.7}circle.hollow{fill:var(--bg);fill-opacity:1;stroke-width:2}circle.point.pair.hollow{stroke:var(--role);stroke-width:3}"
        + ".grid{stroke:var(--border);stroke-width:.5}.axis{stroke:var(--muted);stroke-width:1}"
        + "text.label{font-weight:600;paint-order:stroke;stroke:var(--bg);stroke-width:3px}";

    /// <summary>
    /// Price (log scale, x) against score (y, turned over when lower is better) on the fixed axes of
    /// <see cref="PriceScorePlot"/>. Models are grey, and the ones that give the most for their price are labelled where
    /// a label fits (a highlighted pair, if a chart has one, is drawn large and always labelled). A market price is a
    /// hollow point, a list price a filled one.
    /// </summary>
    private static string DrawPriceScore(PriceScoreChart chart, string? style)
    {
        ArgumentNullException.ThrowIfNull(chart);
        const int Left = PriceScorePlot.Left, Top = PriceScorePlot.Top, PlotW = PriceScorePlot.PlotWidth, PlotH = PriceScorePlot.PlotHeight;
        var svg = Open(chart.Title, PriceScoreHeight, "scatter-chart");
        if (style is not null)
        {
            svg.Append("<style>").Append(style).Append("</style>");
        }

        decimal Y(decimal score) => PriceScorePlot.Y(score, chart.ScaleMin, chart.ScaleMax, chart.HigherIsBetter);
        svg.Append(Inv, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + PlotH}\" x2=\"{Left + PlotW}\" y2=\"{Top + PlotH}\"></line>");
        svg.Append(Inv, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotH}\"></line>");
        var ticks = PriceScorePlot.PriceTicks;
        for (var i = 0; i < ticks.Length; i++)
        {
            var x = PriceScorePlot.X(ticks[i]);
            // The last tick's label ends at the viewBox's edge, so it is not cut off.
            var (anchor, labelX) = i == ticks.Length - 1 ? ("end", (decimal)ViewWidth) : ("middle", x);
            svg.Append(Inv, $"<line class=\"grid\" x1=\"{N(x)}\" y1=\"{Top}\" x2=\"{N(x)}\" y2=\"{Top + PlotH}\"></line>");
            svg.Append(Inv, $"<text x=\"{N(labelX)}\" y=\"{Top + PlotH + Line}\" text-anchor=\"{anchor}\">{Text(Formatting.PricePerMillion(ticks[i]))}</text>");
        }

        foreach (var tick in PriceScorePlot.ScoreTicks(chart.ScaleMin, chart.ScaleMax))
        {
            var y = Y(tick);
            svg.Append(Inv, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{N(y)}\" x2=\"{Left + PlotW}\" y2=\"{N(y)}\"></line>");
            svg.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{N(Math.Clamp(y + 5, FontSize, Top + PlotH + 5))}\" text-anchor=\"end\">{Text(tick.ToString("#,0.##", Inv))}</text>");
        }

        // Axis titles stay inside the viewBox even on a phone; the 70/30 blend is said in the caption.
        svg.Append(Inv, $"<text class=\"axis-title\" x=\"{Left + (PlotW / 2)}\" y=\"{PriceScoreHeight - 6}\" text-anchor=\"middle\">Price per 1M tokens (log scale)</text>");
        svg.Append(Inv, $"<text class=\"axis-title\" x=\"4\" y=\"{PriceScorePlot.ScoreAxisTitleBaseline}\">{Text(PriceScorePlot.ScoreAxisTitle(chart.BenchmarkName))}</text>");

        // Others first, so the pair is drawn on top, larger and ringed.
        foreach (var p in chart.Points.OrderBy(p => p.Role == ChartRole.Other ? 0 : 1))
        {
            Point(svg, p, PriceScorePlot.X(p.Blend), Y(p.Score), p.Role == ChartRole.Other ? PriceScorePlot.OtherRadius : PriceScorePlot.PairRadius);
        }

        // Labels (PriceScorePlot.BoardLabels): the pair's always, others' (the ones that give most for their price)
        // only where they touch neither a point nor a label; one that cannot sit beside its point gets a leader line.
        foreach (var mark in chart.Labels.IsDefaultOrEmpty ? PriceScorePlot.BoardLabels(chart) : chart.Labels)
        {
            Label(svg, mark);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The pair's two points and labels (<see cref="PairPriceScore.Marks"/>) as a drawing of the chart's size, laid over
    /// the chart file on a pair page: larger than the file's points, ringed, and labelled. Hidden from screen readers,
    /// since the caption says the same in words.
    /// </summary>
    public static IHtmlContent PairOverlay(PairPriceScore chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"chart scatter-chart chart-overlay\" viewBox=\"0 0 {ViewWidth} {PriceScoreHeight}\" font-size=\"{FontSize}\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        // The file's own labels of the pair are covered in the page's background: the overlay names each of the pair once.
        foreach (var covered in chart.Covered)
        {
            var box = covered.LabelBox.Grown(PriceScorePlot.CoverMargin);
            if (covered.NeedsLeader)
            {
                var (lx, ly) = covered.LeaderEnd;
                svg.Append(Inv, $"<line class=\"cover\" x1=\"{N(covered.X)}\" y1=\"{N(covered.Y)}\" x2=\"{N(lx)}\" y2=\"{N(ly)}\"></line>");
            }

            svg.Append(Inv, $"<rect class=\"cover\" data-for=\"{Text(covered.Point.ModelSlug)}\" x=\"{N(box.X1)}\" y=\"{N(box.Y1)}\" width=\"{N(box.X2 - box.X1)}\" height=\"{N(box.Y2 - box.Y1)}\"></rect>");
        }

        foreach (var mark in chart.Marks)
        {
            Point(svg, mark.Point, mark.X, mark.Y, mark.Radius);
        }

        foreach (var mark in chart.Marks)
        {
            Label(svg, mark);
        }

        return Close(svg);
    }

    private static void Point(StringBuilder svg, PriceScorePoint p, decimal x, decimal y, decimal radius)
    {
        var fill = p.Basis == PriceBasis.Market ? " hollow" : string.Empty;
        var ring = p.Role == ChartRole.Other ? string.Empty : " pair";
        svg.Append(Inv, $"<circle class=\"point {RoleClass(p.Role)}{fill}{ring}\" data-slug=\"{Text(p.ModelSlug)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\"><title>{Text($"{p.ModelName}: {p.ScoreText} at {p.PriceText} ({p.BasisName})")}</title></circle>");
    }

    /// <summary>A label at its box, anchored at the side nearest its point, with a leader line when it sits far from it.</summary>
    private static void Label(StringBuilder svg, ChartMark mark)
    {
        if (mark.NeedsLeader)
        {
            var (lx, ly) = mark.LeaderEnd;
            svg.Append(Inv, $"<line class=\"leader {RoleClass(mark.Point.Role)}\" x1=\"{N(mark.X)}\" y1=\"{N(mark.Y)}\" x2=\"{N(lx)}\" y2=\"{N(ly)}\"></line>");
        }

        var (anchor, ax) = mark.Anchor;
        var attribute = anchor switch
        {
            LabelAnchor.End => " text-anchor=\"end\"",
            LabelAnchor.Middle => " text-anchor=\"middle\"",
            _ => string.Empty,
        };
        svg.Append(Inv, $"<text class=\"label\" data-for=\"{Text(mark.Point.ModelSlug)}\" x=\"{N(ax)}\" y=\"{N(mark.Baseline)}\"{attribute}>{Text(mark.Label)}</text>");
    }

    /// <summary>A bar from the left edge at <paramref name="top"/>, with its value just past its end.</summary>
    private static void DrawBar(StringBuilder svg, Bar bar, int top)
    {
        const int Plot = ViewWidth - ValueRoom;
        var length = Math.Max(1m, Math.Clamp(bar.Fraction, 0m, 1m) * Plot);
        var css = RoleClass(bar.Role) + (bar.SelfReported ? " self-reported" : string.Empty);
        svg.Append(Inv, $"<rect class=\"{css}\" x=\"0\" y=\"{top}\" width=\"{N(length)}\" height=\"{BarHeight}\" rx=\"2\"></rect>");
        svg.Append(Inv, $"<text x=\"{N(length + 6)}\" y=\"{top + BarHeight - 2}\">{Text(bar.ValueText)}</text>");
    }

    private static StringBuilder Open(string title, int height, string css)
    {
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"chart {css}\" viewBox=\"0 0 {ViewWidth} {height}\" font-size=\"{FontSize}\" role=\"img\" aria-label=\"{Text(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Inv, $"<title>{Text(title)}</title>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string N(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Inv);
}
