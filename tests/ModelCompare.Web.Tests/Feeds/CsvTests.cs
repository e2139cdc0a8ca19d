using System.Text;
using ModelCompare.Web.Feeds;

namespace ModelCompare.Web.Tests.Feeds;

public sealed class CsvTests
{
    private static string Line(params string?[] fields)
    {
        var csv = new StringBuilder();
        OpenData.Row(csv, fields);
        return csv.ToString();
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted() =>
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\r\n", Line("plain", "a,b", "say \"hi\"", null));

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"\r\n")]
    [InlineData("+1", "'+1\r\n")]
    [InlineData("-1", "'-1\r\n")]
    [InlineData("@SUM(A1)", "'@SUM(A1)\r\n")]
    public void A_field_a_spreadsheet_would_run_as_a_formula_is_defused(string field, string expected) =>
        Assert.Equal(expected, Line(field));
}
