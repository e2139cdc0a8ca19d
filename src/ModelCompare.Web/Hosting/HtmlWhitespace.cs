using System.Buffers;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Takes the Razor templates' indentation out of a rendered page: every run of whitespace that holds a line
/// break becomes one line break. A browser shows any run of whitespace between words or tags as one space
/// (none of the site's pages has a <c>pre</c> or <c>textarea</c>, the only places it would keep them), so
/// the page reads and renders the same, about a tenth smaller.
/// </summary>
internal static class HtmlWhitespace
{
    private static readonly SearchValues<byte> Spaces = SearchValues.Create(" \t\n\r"u8);

    /// <summary>Collapses <paramref name="html"/> (UTF-8) in place; returns its new length.</summary>
    /// <remarks>Text and whitespace are found a run at a time with vectorized searches, not byte by byte.</remarks>
    public static int Collapse(Span<byte> html)
    {
        var write = 0;
        var read = 0;
        while (read < html.Length)
        {
            var text = html[read..].IndexOfAny(Spaces);
            if (text < 0)
            {
                text = html.Length - read;
            }

            // Copying within the span is safe: the write position never passes the read position.
            html.Slice(read, text).CopyTo(html[write..]);
            write += text;
            read += text;
            if (read == html.Length)
            {
                break;
            }

            var space = html[read..].IndexOfAnyExcept(Spaces);
            if (space < 0)
            {
                space = html.Length - read;
            }

            var run = html.Slice(read, space);
            if (run.Contains((byte)'\n'))
            {
                html[write++] = (byte)'\n';
            }
            else
            {
                // A run on one line (the spaces between words) is kept as it is.
                run.CopyTo(html[write..]);
                write += space;
            }

            read += space;
        }

        return write;
    }
}
