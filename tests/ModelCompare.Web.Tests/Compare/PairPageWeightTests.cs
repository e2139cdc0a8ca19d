using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>
/// What keeps a pair page light without losing what it says: columns that are the same on every page are labelled
/// once in the stylesheet rather than in each cell, a source, date or status shared by a whole table is said once,
/// and every pair page of the fixture catalog stays under a byte budget.
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed partial class PairPageWeightTests(FixtureCatalogSite site)
{
    /// <summary>
    /// The largest pair page of the fixture catalog was 44,012 bytes before these cuts and is 35,613 after; the budget
    /// leaves room for a sentence or two, not for a section printed twice or a list copied into every page.
    /// </summary>
    private const int PairPageBudget = 38_000;

    private CatalogSnapshot Catalog => site.Services.GetRequiredService<ICatalogAccessor>().Current;

    /// <summary>Every pair of the fixture catalog, each once, at its canonical address.</summary>
    private IEnumerable<string> Pairs()
    {
        var slugs = Catalog.Models.Select(m => m.Slug).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < slugs.Length; i++)
        {
            for (var j = i + 1; j < slugs.Length; j++)
            {
                yield return $"/compare/{slugs[i]}-vs-{slugs[j]}";
            }
        }
    }

    [GeneratedRegex("""table\.stack\.(?<table>[a-z]+) > tbody > tr > td:nth-of-type\((?<n>\d+)\)::before \{ content: "(?<label>[^"]*)"; \}""")]
    private static partial Regex CellLabel();

    /// <summary>The labels the stylesheet gives each column of a table class, by the cell's place among the row's td.</summary>
    private static async Task<Dictionary<string, Dictionary<int, string>>> LabelsAsync(HttpClient client)
    {
        var css = await client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        var labels = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        foreach (Match m in CellLabel().Matches(css))
        {
            var table = labels.TryGetValue(m.Groups["table"].Value, out var found) ? found : labels[m.Groups["table"].Value] = [];
            table[int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)] = m.Groups["label"].Value.Replace("\\D7 ", "×", StringComparison.Ordinal);
        }

        return labels;
    }

    [Fact]
    public async Task On_a_phone_each_cell_of_a_price_bill_or_benchmark_table_is_labelled_with_its_columns_header()
    {
        using var client = site.CreatePlainClient();
        var labels = await LabelsAsync(client);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var pair in Pairs())
        {
            var document = await client.GetDocumentAsync(pair);
            foreach (var kind in new[] { "prices", "bill", "bench" })
            {
                foreach (var table in document.QuerySelectorAll($"table.stack.{kind}"))
                {
                    seen.Add(kind);
                    var headers = table.QuerySelectorAll(":scope > thead th").Select(th => th.Text()).ToArray();
                    foreach (var row in table.QuerySelectorAll(":scope > tbody > tr"))
                    {
                        var cells = row.QuerySelectorAll(":scope > td").ToArray();
                        Assert.Equal(headers.Length - 1, cells.Length);
                        for (var i = 0; i < cells.Length; i++)
                        {
                            // A cell is labelled by its own data-label (a model's name) or by the stylesheet, in the header's words.
                            var label = cells[i].GetAttribute("data-label") ?? labels[kind].GetValueOrDefault(i + 1);
                            Assert.True(label == headers[i + 1], $"{pair}: cell {i + 1} of a {kind} table is labelled \"{label}\" under the header \"{headers[i + 1]}\".");
                        }
                    }
                }
            }
        }

        Assert.Equal(["bench", "bill", "prices"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Only_a_benchmark_tables_model_columns_carry_a_data_label()
    {
        using var client = site.CreatePlainClient();
        foreach (var pair in Pairs())
        {
            var document = await client.GetDocumentAsync(pair);
            Assert.All(document.QuerySelectorAll("[data-label]"), cell => Assert.True(cell.Closest("table.bench") is not null, $"{pair}: {cell.OuterHtml}"));
        }
    }

    [Fact]
    public async Task A_bill_whose_lines_share_one_source_names_it_once_and_a_bill_with_several_names_each_lines()
    {
        using var client = site.CreatePlainClient();
        var once = 0;
        var each = 0;
        // Cedar Pro's one-hour cache writes are priced on a page of their own, its other prices on another.
        foreach (var pair in Pairs().Append("/compare/birch-4o-vs-cedar-pro?cache=50&ttl=1h"))
        {
            var document = await client.GetDocumentAsync(pair);
            foreach (var bill in document.QuerySelectorAll("[data-testid=bill-lines]"))
            {
                var note = bill.QuerySelector("[data-testid=bill-source-once]");
                var rows = bill.QuerySelectorAll("tbody tr").ToArray();
                if (note is null)
                {
                    // Each line names where its price came from, in its own cell.
                    each++;
                    Assert.Equal("Price from", bill.QuerySelectorAll("thead th")[^1].Text());
                    Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.QuerySelectorAll("td")[^1].Text())));
                }
                else
                {
                    once++;
                    Assert.DoesNotContain(bill.QuerySelectorAll("thead th"), th => th.Text() == "Price from");
                    Assert.StartsWith("http", note.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
                    Assert.Matches(@", checked \d{4}-\d{2}-\d{2}\.$", note.Text());
                    Assert.All(rows, r => Assert.Null(r.QuerySelector("a")));
                }
            }
        }

        Assert.True(once > 0 && each > 0, $"{once} bills with one source, {each} with several: the fixture no longer shows both.");
    }

    [Fact]
    public async Task A_price_table_read_on_one_day_dates_it_once_in_its_caption()
    {
        using var client = site.CreatePlainClient();
        var dated = 0;
        foreach (var pair in Pairs())
        {
            var document = await client.GetDocumentAsync(pair);
            foreach (var table in document.QuerySelectorAll("table.prices"))
            {
                var rowDates = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("time")?.GetAttribute("datetime")).ToArray();
                var captionDate = table.QuerySelector(":scope > caption > time")?.GetAttribute("datetime");
                if (captionDate is not null)
                {
                    dated++;
                    Assert.All(rowDates, Assert.Null);
                }
                else
                {
                    Assert.All(rowDates, d => Assert.NotNull(d));
                    Assert.True(rowDates.Length == 1 || rowDates.Distinct().Count() > 1, $"{pair}: rows of one date each repeat it.");
                }
            }
        }

        Assert.True(dated > 0, "No fixture price table has rows of one date.");
    }

    [Fact]
    public async Task A_price_table_of_active_routes_says_so_once_and_one_with_another_status_names_each_rows()
    {
        using var folder = new FixtureFolder();
        const string Pair = "/compare/deepseek-v3-2-vs-gpt-4o";

        static async Task<AngleSharp.Dom.IElement> DeepSeekPricesAsync(FixtureFolder folder)
        {
            using var host = folder.Start();
            using var client = host.CreatePlainClient();
            return (await client.GetDocumentAsync(Pair)).ByTestId("pricing-deepseek-v3-2");
        }

        // Both of DeepSeek V3.2's routes are active: the caption says so, and no column repeats "Active".
        var active = await DeepSeekPricesAsync(folder);
        Assert.Contains(", every route active", active.QuerySelector("caption")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(active.QuerySelectorAll("thead th"), th => th.Text() == "Status");

        // One in preview: each row names its status, in the last column.
        folder.Replace("routes/openrouter/deepseek-v3-2.yaml", "checked: 2026-06-15", "checked: 2026-06-15\nstatus: preview");
        var mixed = await DeepSeekPricesAsync(folder);
        Assert.DoesNotContain("every route active", mixed.QuerySelector("caption")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Status", mixed.QuerySelectorAll("thead th")[^1].Text());
        var statuses = mixed.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[^1].Text()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Active", "Preview"], statuses);
    }

    [GeneratedRegex("&#x(?<code>[0-9A-Fa-f]+);")]
    private static partial Regex CharacterReference();

    [Fact]
    public async Task A_dash_or_a_times_sign_is_written_as_itself_not_as_a_character_reference()
    {
        using var client = site.CreatePlainClient();
        foreach (var pair in Pairs().Take(3))
        {
            var html = await client.GetStringAsync(new Uri(pair, UriKind.Relative));

            // Only the characters HTML gives a meaning to (an apostrophe, a plus in the JSON-LD's type) stay escaped.
            var escaped = CharacterReference().Matches(html).Select(m => int.Parse(m.Groups["code"].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
            Assert.All(escaped, code => Assert.True(code < 0x80, $"{pair} writes U+{code:X4} as a character reference."));
            Assert.Contains("×", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_pair_page_of_the_fixture_catalog_stays_under_its_byte_budget()
    {
        using var client = site.CreatePlainClient();
        var sizes = new List<(string Pair, int Bytes)>();
        foreach (var pair in Pairs())
        {
            var bytes = await client.GetByteArrayAsync(new Uri(pair, UriKind.Relative));
            sizes.Add((pair, bytes.Length));
        }

        var largest = sizes.MaxBy(s => s.Bytes);
        Assert.True(largest.Bytes <= PairPageBudget, $"{largest.Pair} is {largest.Bytes:N0} bytes, over the {PairPageBudget:N0}-byte budget.");
    }
}
