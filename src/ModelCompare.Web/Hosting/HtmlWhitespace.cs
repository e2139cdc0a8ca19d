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
    /// <remarks>
    /// Only a run that holds a line break changes, so the search goes from line break to line break (a vectorized
    /// search over the text between) and widens each to its run; the text between two runs moves in one copy.
    /// Searching run by run instead spent most of its time starting searches for the single spaces between words.
    /// </remarks>
    public static int Collapse(Span<byte> html)
    {
        var write = 0;
        var read = 0;
        while (read < html.Length)
        {
            var lineBreak = html[read..].IndexOf((byte)'\n');
            if (lineBreak < 0)
            {
                break;
            }

            lineBreak += read;
            // The run around the line break: back over the spaces before it (the text since the last run ends in
            // something other than whitespace, so the run starts at or after read), then on past every space after it.
            var start = lineBreak;
            while (start > read && Spaces.Contains(html[start - 1]))
            {
                start--;
            }

            var after = html[(lineBreak + 1)..].IndexOfAnyExcept(Spaces);
            var end = after < 0 ? html.Length : lineBreak + 1 + after;

            // Copying within the span is safe: the write position never passes the read position.
            html[read..start].CopyTo(html[write..]);
            write += start - read;
            html[write++] = (byte)'\n';
            read = end;
        }

        html[read..].CopyTo(html[write..]);
        return write + (html.Length - read);
    }
}
