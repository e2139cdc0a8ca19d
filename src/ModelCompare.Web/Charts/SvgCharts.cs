using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Charts;

/// <summary>One bar: a label, its length as a share of the axis (0..1) and the value as printed.</summary>
public sealed record Bar(string Label, decimal Fraction, string ValueText, bool Highlight = false);

/// <summary>
/// Charts drawn on the server as inline SVG: no script, readable without CSS, and each one sits beside a
/// table holding the same figures for screen readers and print.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Horizontal bars, one per row, with the label on the left and the value at the bar's end.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int Row = 24, LabelWidth = 220, ValueWidth = 80, Top = 4;
        var height = Top + (bars.Count * Row) + 4;
        var plot = Width - LabelWidth - ValueWidth;
        var svg = Open(title, height, "bar-chart");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * Row);
            var length = Math.Max(1m, Math.Clamp(bar.Fraction, 0m, 1m) * plot);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Text(Trim(bar.Label, 32))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bar.Highlight ? "bar-b" : "bar-a")}\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{N(length)}\" height=\"{Row - 8}\" rx=\"2\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(LabelWidth + length + 6)}\" y=\"{y + 16}\">{Text(bar.ValueText)}</text>");
        }

        return Close(svg);
    }

    /// <summary>
    /// A step line per price (input and output) from the first step to <paramref name="until"/>; a price
    /// holds until the next step, and a withdrawn route leaves a gap.
    /// </summary>
    public static IHtmlContent PriceSteps(string title, IReadOnlyList<PriceStep> steps, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(steps);
        const int Height = 260, Left = 64, Right = 16, Top = 16, Bottom = 40;
        var svg = Open(title, Height, "step-chart");
        if (steps.Count == 0)
        {
            return Close(svg);
        }

        var start = steps[0].From.DayNumber;
        var end = Math.Max(until.DayNumber, start + 1);
        var max = steps.SelectMany(s => new[] { s.Input, s.Output }).OfType<decimal>().DefaultIfEmpty(1m).Max();
        max = max <= 0m ? 1m : max * 1.1m;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        decimal X(int day) => Left + ((decimal)(day - start) / (end - start) * plotW);
        decimal Y(decimal price) => Top + plotH - (price / max * plotH);

        // Axes with the top and bottom price and the first and last date.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - Right}\" y2=\"{Top + plotH}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotH}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{Text(Formatting.PricePerMillion(max))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + plotH}\" text-anchor=\"end\">$0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 20}\">{Text(Formatting.Date(steps[0].From))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 20}\" text-anchor=\"end\">{Text(Formatting.Date(until))}</text>");

        foreach (var (name, pick, css) in new (string, Func<PriceStep, decimal?>, string)[] { ("Input", s => s.Input, "line-a"), ("Output", s => s.Output, "line-b") })
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
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"{css}\" d=\"{path}\" fill=\"none\" stroke-width=\"2.5\"><title>{name} price</title></path>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"line-a\" x=\"{Left}\" y=\"{Height - 12}\" width=\"12\" height=\"4\"></rect><text x=\"{Left + 16}\" y=\"{Height - 6}\">Input</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"line-b\" x=\"{Left + 80}\" y=\"{Height - 12}\" width=\"12\" height=\"4\"></rect><text x=\"{Left + 96}\" y=\"{Height - 6}\">Output</text>");
        return Close(svg);
    }

    private static StringBuilder Open(string title, int height, string css)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart {css}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Text(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Text(title)}</title>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string N(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Inv);
}
