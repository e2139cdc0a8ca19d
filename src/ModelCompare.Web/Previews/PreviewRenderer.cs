using System.Collections.Concurrent;
using ModelCompare.Comparison;
using SkiaSharp;

namespace ModelCompare.Web.Previews;

/// <summary>
/// Draws a <see cref="SharePreview"/> as a 1200x630 PNG with SkiaSharp, in the site's light colours and
/// the DejaVu Sans font bundled in this assembly (never the system's fonts). Sizes are chosen to stay
/// legible as a 500px-wide thumbnail; text that does not fit shrinks to a floor, then ends in "…".
/// Thread-safe: the typefaces and fonts are shared and only read, every call draws on its own surface.
/// </summary>
public static class PreviewRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 56f;
    private const float ContentWidth = Width - (2 * Margin);

    // The site's light palette (wwwroot/css/site.css).
    private static readonly SKColor Background = SKColor.Parse("#ffffff");
    private static readonly SKColor Surface = SKColor.Parse("#f5f6f8");
    private static readonly SKColor Text = SKColor.Parse("#1b1f24");
    private static readonly SKColor Muted = SKColor.Parse("#4d5560");
    private static readonly SKColor Border = SKColor.Parse("#d5d9df");
    private static readonly SKColor Accent = SKColor.Parse("#0b57d0");
    private static readonly SKColor Warning = SKColor.Parse("#b3261e");
    private static readonly SKColor[] SideColours = [SKColor.Parse("#0b57d0"), SKColor.Parse("#b3261e"), SKColor.Parse("#146c2e")];

    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    private static readonly SKTypeface Regular = LoadFont("DejaVuSans.ttf");
    private static readonly SKTypeface Bold = LoadFont("DejaVuSans-Bold.ttf");

    /// <summary>
    /// One font per typeface and size, built on first use and kept: an image measures and draws a few
    /// dozen runs of text at a handful of sizes, and building a native font for each was a tenth of its cost.
    /// </summary>
    private static readonly ConcurrentDictionary<(SKTypeface Typeface, float Size), SKFont> Fonts = new();

    /// <summary>The PNG bytes of the preview.</summary>
    public static byte[] Render(SharePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };

        fill.Color = Accent;
        canvas.DrawRect(0, 0, Width, 12, fill);
        Draw(canvas, "ModelCompare", Margin, 66, Bold, 30, Accent);

        // A title too long for one line at 40px takes two; the cards move down to make room.
        var cardsTop = 180f;
        var title = Fit(preview.Title, Bold, 60, 40, ContentWidth, ellipsize: false);
        if (title.Text is not null)
        {
            Draw(canvas, title.Text, Margin, 146, Bold, title.Size, Text);
        }
        else
        {
            var lines = Wrap(preview.Title, Bold, 40, ContentWidth, 2);
            for (var i = 0; i < lines.Count; i++)
            {
                Draw(canvas, lines[i], Margin, 122 + (i * 48), Bold, 40, Text);
            }

            cardsTop = 196f;
        }

        if (preview.Subtitle is { } subtitle)
        {
            var sub = Fit(subtitle, Regular, 30, 22, ContentWidth);
            Draw(canvas, sub.Text!, Margin, cardsTop + 12, Regular, sub.Size, Muted);
            cardsTop += 42;
        }

        const float Gap = 32f;
        const float CardHeight = 250f;
        var count = preview.Cards.Length;
        var cardWidth = count == 0 ? ContentWidth : (ContentWidth - (Gap * (count - 1))) / count;
        for (var i = 0; i < count; i++)
        {
            var left = Margin + (i * (cardWidth + Gap));
            DrawCard(canvas, preview.Cards[i], new SKRect(left, cardsTop, left + cardWidth, cardsTop + CardHeight), SideColours[i % SideColours.Length]);
        }

        var captionTop = cardsTop + CardHeight + 50;
        var captionLines = Math.Clamp((int)((Height - 72 - captionTop) / 40) + 1, 1, 2);
        foreach (var line in Wrap(preview.Caption, Regular, 30, ContentWidth, captionLines))
        {
            Draw(canvas, line, Margin, captionTop, Regular, 30, Text);
            captionTop += 40;
        }

        var footnote = Fit(preview.Footnote, Regular, 24, 18, ContentWidth);
        Draw(canvas, footnote.Text!, Margin, Height - 32, Regular, footnote.Size, Muted);

        // Encoding is most of the cost: one cheap row filter and light compression (bench/png/run). Over 60 pair
        // previews: Sub at zlib 3 took 7.2 ms and 77 KiB per image, the default (every filter, zlib 6) 19.9 ms and
        // 63 KiB, Sub at zlib 6 10.8 ms and 64 KiB, zlib 1 saved 3% of the time for 4% more bytes. A palette PNG
        // would change the image: each holds about 1,200 colours (anti-aliased text). Opaque: no alpha channel.
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("The preview could not be encoded as PNG.");
        return png.ToArray();
    }

    private static void DrawCard(SKCanvas canvas, PreviewCard card, SKRect box, SKColor side)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Surface };
        canvas.DrawRoundRect(box, 16, 16, paint);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = card.Highlight ? 5 : 2;
        paint.Color = card.Highlight ? Accent : Border;
        canvas.DrawRoundRect(box, 16, 16, paint);

        var inner = box.Width - 56;
        var x = box.Left + 28;
        if (card.Heading is null)
        {
            // A figure card: the figure large, what it measures under it (two lines at most).
            var big = Fit(card.Figure, Bold, 60, 32, inner);
            Draw(canvas, big.Text!, x, box.Top + 120, Bold, big.Size, Text);
            var below = box.Top + 168;
            foreach (var line in Wrap(card.FigureCaption, Regular, 26, inner, 2))
            {
                Draw(canvas, line, x, below, Regular, 26, Muted);
                below += 34;
            }

            return;
        }

        // A model card: a stripe in the side's colour, name (two lines when long), maker, the figure
        // with its unit, a detail.
        paint.Style = SKPaintStyle.Fill;
        paint.Color = side;
        canvas.DrawRect(x, box.Top + 24, 56, 6, paint);
        if (card.Highlight)
        {
            Draw(canvas, "\u2713 Verdict", box.Right - 28, box.Top + 40, Bold, 24, Accent, SKTextAlign.Right);
        }

        var nameWidth = inner - (card.Highlight ? 150 : 0);
        var name = Fit(card.Heading, Bold, 36, 28, nameWidth, ellipsize: false);
        var y = box.Top + 74;
        if (name.Text is not null)
        {
            Draw(canvas, name.Text, x, y, Bold, name.Size, Text);
        }
        else
        {
            var lines = Wrap(card.Heading, Bold, 26, nameWidth, 2);
            y = box.Top + 64;
            for (var i = 0; i < lines.Count; i++)
            {
                Draw(canvas, lines[i], x, y + (i * 30), Bold, 26, Text);
            }

            y += (lines.Count - 1) * 30;
        }

        if (card.Subheading is { } maker)
        {
            var sub = Fit(maker, Regular, 26, 20, inner);
            Draw(canvas, sub.Text!, x, y + 34, Regular, sub.Size, Muted);
        }

        var unit = Fit(card.FigureCaption, Regular, 26, 20, inner / 2);
        var unitWidth = Measure(unit.Text!, Regular, unit.Size) + 14;
        var figure = Fit(card.Figure, Bold, 64, 32, inner - unitWidth);
        var figureBase = Math.Max(box.Top + 180, y + 100);
        Draw(canvas, figure.Text!, x, figureBase, Bold, figure.Size, Text);
        Draw(canvas, unit.Text!, x + Measure(figure.Text!, Bold, figure.Size) + 14, figureBase, Regular, unit.Size, Muted);
        if (card.Detail is { } detail)
        {
            // A deprecated or retired model's status takes the detail line, in bold in the warning colour.
            var face = card.Warning ? Bold : Regular;
            var d = Fit(detail, face, 26, 20, inner);
            Draw(canvas, d.Text!, x, box.Bottom - 22, face, d.Size, card.Warning ? Warning : Text);
        }
    }

    private static void Draw(SKCanvas canvas, string text, float x, float y, SKTypeface typeface, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = colour };
        canvas.DrawText(text, x, y, align, Font(typeface, size), paint);
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        Fonts.GetOrAdd((typeface, size), key => new SKFont(key.Typeface, key.Size) { Edging = SKFontEdging.Antialias, Subpixel = true });

    private static float Measure(string text, SKTypeface typeface, float size) => Font(typeface, size).MeasureText(text);

    /// <summary>
    /// The largest size from <paramref name="max"/> down to <paramref name="min"/> at which the text fits
    /// on one line; at the floor the text is cut with "…", or is null when <paramref name="ellipsize"/> is false.
    /// </summary>
    private static (string? Text, float Size) Fit(string text, SKTypeface typeface, float max, float min, float width, bool ellipsize = true)
    {
        for (var size = max; size >= min; size -= 2)
        {
            if (Measure(text, typeface, size) <= width)
            {
                return (text, size);
            }
        }

        return (ellipsize ? Ellipsize(text, typeface, min, width) : null, min);
    }

    private static string Ellipsize(string text, SKTypeface typeface, float size, float width)
    {
        var cut = text;
        while (cut.Length > 1 && Measure(cut + "\u2026", typeface, size) > width)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + "\u2026";
    }

    /// <summary>Greedy word wrap into at most <paramref name="maxLines"/> lines, the last cut with "…" when text remains.</summary>
    private static List<string> Wrap(string text, SKTypeface typeface, float size, float width, int maxLines)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = string.Empty;
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (current.Length == 0 || Measure(candidate, typeface, size) <= width)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                lines.Add(Ellipsize(string.Join(' ', words.Skip(i).Prepend(current)), typeface, size, width));
                return lines;
            }

            lines.Add(current);
            current = words[i];
        }

        if (current.Length > 0)
        {
            lines.Add(Measure(current, typeface, size) <= width ? current : Ellipsize(current, typeface, size, width));
        }

        return lines;
    }

    private static SKTypeface LoadFont(string file)
    {
        var name = $"ModelCompare.Web.Previews.Fonts.{file}";
        using var stream = typeof(PreviewRenderer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the site's assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {name} could not be read.");
    }
}
