using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>
/// The price-against-score charts as a reader sees them, measured with the browser's own text boxes: every label
/// near its point or joined to it by a line, no two labels over each other, all text inside the drawing, and the
/// page's pair drawn larger than the rest; on a pair page, the pair's own points drawn over the chart file and
/// measured the same way, together with the file's own labels.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ChartTests(BrowserSite site)
{
    /// <summary>How far (viewBox units) a label's box may sit from its point's centre without a leader line: the label gap, a point's radius, slack.</summary>
    private const double Near = 24;

    private const string Measure = """
        svg => {
            const box = svg.viewBox.baseVal;
            const problems = [];
            const centre = slug => {
                const c = svg.querySelector(`circle[data-slug="${CSS.escape(slug)}"]`);
                return c ? { x: c.cx.baseVal.value, y: c.cy.baseVal.value, r: c.r.baseVal.value } : null;
            };
            const labels = [...svg.querySelectorAll('text.label')].map(t => ({ t, b: t.getBBox(), slug: t.dataset.for }));
            for (const { t, b, slug } of labels) {
                const p = centre(slug);
                if (!p) { problems.push(`"${t.textContent}" names no point`); continue; }
                const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
                const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
                const far = Math.hypot(dx, dy);
                const leader = [...svg.querySelectorAll('line.leader')].some(l =>
                    Math.abs(l.x1.baseVal.value - p.x) < 0.6 && Math.abs(l.y1.baseVal.value - p.y) < 0.6);
                if (far > NEAR && !leader) problems.push(`"${t.textContent}" is ${far.toFixed(1)} from its point with no line to it`);
            }
            for (let i = 0; i < labels.length; i++)
                for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i].b, c = labels[j].b;
                    const w = Math.min(a.x + a.width, c.x + c.width) - Math.max(a.x, c.x);
                    const h = Math.min(a.y + a.height, c.y + c.height) - Math.max(a.y, c.y);
                    if (w > 1 && h > 1) problems.push(`"${labels[i].t.textContent}" overlaps "${labels[j].t.textContent}"`);
                }
            for (const t of svg.querySelectorAll('text')) {
                const b = t.getBBox();
                if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5)
                    problems.push(`"${t.textContent}" is cut off by the drawing's edge`);
            }
            const radii = [...svg.querySelectorAll('circle.point')].map(c => ({ pair: c.classList.contains('pair'), r: c.r.baseVal.value }));
            const others = Math.max(0, ...radii.filter(x => !x.pair).map(x => x.r));
            if (radii.some(x => x.pair && x.r <= others)) problems.push('a point of the pair is no larger than the others');
            return [String(labels.length), ...problems];
        }
        """;

    /// <summary>Copies the chart file's labels that the overlay does not cover, with their points and leader lines, into the overlay; returns how many.</summary>
    private const string CopyFileLabels = """
        async svg => {
            const img = svg.closest('.chart-stack').querySelector('img');
            const file = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
            const covered = new Set([...svg.querySelectorAll('rect.cover')].map(r => r.dataset.for));
            const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
            let count = 0;
            for (const t of file.querySelectorAll('text.label')) {
                if (covered.has(t.dataset.for)) continue;
                const c = file.querySelector(`circle[data-slug="${CSS.escape(t.dataset.for)}"]`);
                const leaders = [...file.querySelectorAll('line.leader')].filter(l => l.getAttribute('x1') === c.getAttribute('cx') && l.getAttribute('y1') === c.getAttribute('cy'));
                g.append(document.importNode(c, true), ...leaders.map(l => document.importNode(l, true)), document.importNode(t, true));
                count++;
            }
            svg.prepend(g);
            return count;
        }
        """;

    [Theory]
    [InlineData("pair", 390)]
    [InlineData("pair", 1366)]
    [InlineData("benchmark", 390)]
    [InlineData("benchmark", 1366)]
    public async Task Chart_labels_sit_at_their_points_apart_from_each_other_and_inside_the_drawing(string pageType, int width)
    {
        var (_, path, _) = PageTypes.Named(site, pageType);
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 844 } });
        var page = await BrowserSite.OpenAsync(context, path);
        // The price against score chart is a file of its own that the page links as an image: each is opened as it is drawn.
        var files = await page.Locator("figure.price-score img").EvaluateAllAsync<string[]>("imgs => imgs.map(i => i.getAttribute('src'))");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var drawing = await BrowserSite.OpenAsync(context, file);
            var chart = drawing.Locator("svg.scatter-chart");
            var result = await chart.EvaluateAsync<string[]>(Measure.Replace("NEAR", Near.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.True(int.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture) > 0, "The chart labels no point.");
            Assert.True(result.Length == 1, string.Join("\n", result.Skip(1)));
        }

        // A pair page draws its two points over the file: measured there, on the page, with the page's own fonts.
        if (pageType == "pair")
        {
            var overlay = page.Locator("figure.price-score svg.chart-overlay");
            // The benchmarks section is folded; a folded drawing has no boxes to measure.
            await overlay.EvaluateAsync("s => { for (let d = s.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true; }");
            // The file's own labels (but those of the pair, which the overlay covers over) are copied into the
            // overlay with their points and lines, so the pair's labels are measured against them too.
            var fromFile = await overlay.EvaluateAsync<int>(CopyFileLabels);
            Assert.True(fromFile > 0, "The chart file names no model.");
            var result = await overlay.EvaluateAsync<string[]>(Measure.Replace("NEAR", Near.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.True(result[0] == (2 + fromFile).ToString(System.Globalization.CultureInfo.InvariantCulture), $"The pair page labels {result[0]} points: its two and the file's {fromFile}.");
            Assert.True(result.Length == 1, string.Join("\n", result.Skip(1)));
            // The drawing covers the image exactly, so each mark lands on the file's point.
            var boxes = await page.Locator("figure.price-score .chart-stack").EvaluateAsync<double[]>(
                "s => { const i = s.querySelector('img').getBoundingClientRect(), o = s.querySelector('svg').getBoundingClientRect(); return [i.x - o.x, i.y - o.y, i.width - o.width, i.height - o.height]; }");
            Assert.All(boxes, d => Assert.True(Math.Abs(d) < 0.5, $"the pair's drawing is offset from the chart by {string.Join(", ", boxes)}"));
        }
    }
}
