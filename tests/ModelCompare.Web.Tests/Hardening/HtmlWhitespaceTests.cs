using System.Text;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>How a rendered page's whitespace is collapsed: a run with a line break becomes one line break, any other run stays.</summary>
public sealed class HtmlWhitespaceTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("<p>plain</p>", "<p>plain</p>")]
    [InlineData("a b  c\td", "a b  c\td")]
    [InlineData("<ul>\n    <li>x</li>\n    <li>y</li>\n</ul>\n", "<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n")]
    [InlineData("  \r\n\t <p>", "\n<p>")]
    [InlineData("<p>one  \n  two</p>   ", "<p>one\ntwo</p>   ")]
    [InlineData(" \n \n \n", "\n")]
    [InlineData("   ", "   ")]
    public void A_run_of_whitespace_with_a_line_break_becomes_one_line_break(string html, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(html);

        var length = HtmlWhitespace.Collapse(bytes);

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes, 0, length));
    }

    [Fact]
    public void A_long_page_collapses_as_its_lines_do_one_by_one()
    {
        // Longer than the vectors the search reads at a time, with text and whitespace runs of every length up to them.
        var page = new StringBuilder();
        var expected = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            var word = new string((char)('a' + (i % 26)), i % 70);
            page.Append(new string(' ', i % 40)).Append('\n').Append(new string('\t', i % 9)).Append('<').Append(word).Append('>').Append(new string(' ', i % 3)).Append('x');
            expected.Append('\n').Append('<').Append(word).Append('>').Append(new string(' ', i % 3)).Append('x');
        }

        var bytes = Encoding.UTF8.GetBytes(page.ToString());
        var length = HtmlWhitespace.Collapse(bytes);

        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(bytes, 0, length));
    }

    [Fact]
    public void Any_text_collapses_as_the_rule_written_as_a_regular_expression_says()
    {
        // The rule stated once more, as a pattern: a run of whitespace holding a line break becomes one line break.
        var rule = new System.Text.RegularExpressions.Regex("[ \t\r\n]*\n[ \t\r\n]*");
        var random = new Random(25);
        const string alphabet = "ab<> \t\r\n\n";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var bytes = Encoding.UTF8.GetBytes(text);

            var length = HtmlWhitespace.Collapse(bytes);

            Assert.Equal(rule.Replace(text, "\n"), Encoding.UTF8.GetString(bytes, 0, length));
        }
    }
}
