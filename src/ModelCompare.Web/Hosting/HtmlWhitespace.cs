namespace ModelCompare.Web.Hosting;

/// <summary>
/// Takes the Razor templates' indentation out of a rendered page: every run of whitespace that holds a line
/// break becomes one line break. A browser shows any run of whitespace between words or tags as one space
/// (none of the site's pages has a <c>pre</c> or <c>textarea</c>, the only places it would keep them), so
/// the page reads and renders the same, about a tenth smaller.
/// </summary>
internal static class HtmlWhitespace
{
    /// <summary>Collapses <paramref name="html"/> (UTF-8) in place; returns its new length.</summary>
    public static int Collapse(Span<byte> html)
    {
        var write = 0;
        var read = 0;
        while (read < html.Length)
        {
            var b = html[read];
            if (!IsSpace(b))
            {
                html[write++] = b;
                read++;
                continue;
            }

            var start = read;
            var lineBreak = false;
            while (read < html.Length && IsSpace(html[read]))
            {
                lineBreak |= html[read] == (byte)'\n';
                read++;
            }

            if (lineBreak)
            {
                html[write++] = (byte)'\n';
            }
            else
            {
                // A run on one line (the spaces between words) is kept as it is.
                html[start..read].CopyTo(html[write..]);
                write += read - start;
            }
        }

        return write;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
