using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>
/// Every table is read without scrolling sideways: on a 360 x 740 phone and a 1366 x 900 desktop, one page of each
/// type, with every folded section opened, neither the page nor any box in it (a table's container above all) is
/// wider than the space it has. The widths are printed and written to TestResults/table-widths/ for the record.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class TableFitTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>One page of each type that carries tables, and the home page.</summary>
    public static TheoryData<string> Pages => ["pair", "profile", "providers", "provider", "benchmark", "models", "home"];

    // Opens every fold, then measures: the document; every table (its container's scroll and client width, and the
    // table's own width); and any other box that scrolls or clips sideways. A visually hidden (clipped) element is
    // not a box a reader sees.
    private const string Measure = """
        async () => {
            document.querySelectorAll('details').forEach(d => d.open = true);
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            const name = e => (e.dataset.testid ? `[${e.dataset.testid}]` : '') || (e.id ? '#' + e.id : '') || e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '');
            const doc = document.scrollingElement;
            const rows = [['document', doc.scrollWidth, doc.clientWidth]];
            const seen = new Set();
            for (const table of document.querySelectorAll('table')) {
                if (table.getClientRects().length === 0) continue;
                const box = table.parentElement;
                seen.add(box);
                const label = name(table) === 'table' ? 'table in ' + name(box.closest('[data-testid],[id]') ?? box) : name(table);
                const width = Math.max(box.scrollWidth, Math.ceil(table.getBoundingClientRect().width));
                let columns = '';
                if (width > box.clientWidth + 1 && table.tHead) {
                    // Which columns take the room: each header's width, and the widest cell's first words under it.
                    columns = [...table.tHead.rows[0].cells].map((th, i) => {
                        const cells = [...table.tBodies].flatMap(b => [...b.rows]).map(r => r.cells[i]).filter(c => c);
                        const widest = cells.reduce((a, c) => (c.getBoundingClientRect().width > (a?.getBoundingClientRect().width ?? 0) ? c : a), null);
                        return `${th.innerText.trim() || '-'} ${Math.round(th.getBoundingClientRect().width)} ("${(widest?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 40)}")`;
                    }).join('; ');
                }
                rows.push([label, width, box.clientWidth, columns]);
            }
            for (const e of document.body.querySelectorAll('*')) {
                if (seen.has(e) || e.clientWidth <= 1 || e.getClientRects().length === 0) continue;
                const style = getComputedStyle(e);
                if (style.overflowX === 'visible' || style.clip !== 'auto' || e.closest('.visually-hidden')) continue;
                if (e.scrollWidth > e.clientWidth + 1) rows.push([name(e), e.scrollWidth, e.clientWidth]);
            }
            return rows.map(r => r.join('\t'));
        }
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public Task No_table_is_wider_than_a_360_px_phone(string pageType) =>
        MeasureAsync(pageType, new() { ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 1 });

    [Theory]
    [MemberData(nameof(Pages))]
    public Task No_table_is_wider_than_a_1366_px_desktop(string pageType) =>
        MeasureAsync(pageType, new() { ViewportSize = new() { Width = 1366, Height = 900 }, DeviceScaleFactor = 1 });

    private async Task MeasureAsync(string pageType, BrowserNewContextOptions options)
    {
        await using var context = await site.NewContextAsync(options);
        var path = PageTypes.Named(site, pageType).Path;
        var page = await BrowserSite.OpenAsync(context, path);
        var rows = (await page.EvaluateAsync<string[]>(Measure)).Select(r => r.Split('\t')).ToArray();

        var viewport = options.ViewportSize!.Width;
        var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{pageType} {path} at {viewport} px: scrollWidth / clientWidth\n");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (label, scroll, client) = (row[0], int.Parse(row[1], CultureInfo.InvariantCulture), int.Parse(row[2], CultureInfo.InvariantCulture));
            var fits = scroll <= client + 1;
            report.Append(CultureInfo.InvariantCulture, $"  {label}: {scroll} / {client}{(fits ? string.Empty : "  TOO WIDE")}\n");
            if (row.Length > 3 && row[3].Length > 0)
            {
                report.Append(CultureInfo.InvariantCulture, $"    columns: {row[3]}\n");
            }
            if (!fits)
            {
                failures.Add($"{label}: {scroll} px in {client} px");
            }
        }

        output.WriteLine(report.ToString());

        // A picture of the first wide table as the reader sees it (cards on the phone, columns on the desktop), for review.
        var folder = Path.Combine(Repository.Root, "TestResults", "table-widths");
        Directory.CreateDirectory(folder);
        if (await page.Locator("table.stack").CountAsync() > 0)
        {
            var first = page.Locator("table.stack").First;
            var box = await first.BoundingBoxAsync();
            if (box is not null)
            {
                await page.ScreenshotAsync(new()
                {
                    Path = Path.Combine(folder, $"{pageType}-{viewport}.png"),
                    FullPage = true,
                    Clip = new() { X = 0, Y = box.Y, Width = viewport, Height = Math.Min(box.Height, 1600) },
                });
            }
        }

        await File.WriteAllTextAsync(Path.Combine(folder, $"{pageType}-{viewport}.txt"), report.ToString());
        Assert.True(rows.Length > 1 || pageType == "home", $"{pageType} has no table to measure.");
        Assert.True(failures.Count == 0, $"{pageType} at {viewport} px scrolls sideways:\n" + string.Join("\n", failures) + "\n\n" + report);
    }
}
