using System.Globalization;
using System.Text;
using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>
/// How long a pair page is on a phone: the five pairs the home page lists first (the makers' flagships against
/// each other), measured at 390x844 with everything folded as it loads. Each must fit in
/// <see cref="MaxScreens"/> screens and say its verdict sentence once. The figures are written to
/// TestResults/page-length.md for the record.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PageLengthTests(BrowserSite site)
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;
    public const int MaxScreens = 8;

    private const string Measure = """
        () => {
            const text = document.body.innerText;
            const verdict = (document.querySelector('[data-testid=verdict-line]')?.innerText ?? '').trim();
            let times = 0;
            if (verdict.length > 0) {
                for (let at = text.indexOf(verdict); at >= 0; at = text.indexOf(verdict, at + verdict.length)) times++;
            }
            return [document.documentElement.scrollHeight, text.split(/\s+/).filter(w => w.length > 0).length, times];
        }
        """;

    private const string Sections = """
        () => [...document.querySelectorAll('body > *, main > *')].filter(e => e.tagName !== 'MAIN' && e.offsetHeight > 0)
            .map(e => (e.dataset.testid || e.id || e.tagName.toLowerCase()) + ' ' + e.offsetHeight)
        """;

    [Fact]
    public async Task Flagship_pair_pages_fit_in_eight_phone_screens_and_say_the_verdict_once()
    {
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight },
            DeviceScaleFactor = 1,
            IsMobile = true,
            HasTouch = true,
        });
        var home = await BrowserSite.OpenAsync(context, "/");
        var pairs = await home.Locator("[data-testid=popular-comparisons] a[href^='/compare/']").EvaluateAllAsync<string[]>("links => links.slice(0, 5).map(a => a.getAttribute('href'))");
        Assert.Equal(5, pairs.Length);

        var report = new StringBuilder("| pair | height (px) | phone screens | words | verdict sentence |\n|---|---:|---:|---:|---:|\n");
        var failures = new List<string>();
        var sections = new StringBuilder("\nHeight of each part of the page (px):\n");
        foreach (var path in pairs)
        {
            var page = await BrowserSite.OpenAsync(context, path);
            var figures = await page.EvaluateAsync<int[]>(Measure);
            var (height, words, verdicts) = (figures[0], figures[1], figures[2]);
            var screens = (double)height / PhoneHeight;
            report.Append(CultureInfo.InvariantCulture, $"| {path} | {height} | {screens:0.0} | {words} | {verdicts} |\n");
            sections.Append(path).Append(": ").AppendJoin(", ", await page.EvaluateAsync<string[]>(Sections)).Append('\n');
            if (height > MaxScreens * PhoneHeight || verdicts != 1)
            {
                failures.Add($"{path}: {height} px ({screens:0.0} screens), verdict sentence {verdicts} times");
            }

            await page.CloseAsync();
        }

        Directory.CreateDirectory(Path.Combine(Repository.Root, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(Repository.Root, "TestResults", "page-length.md"), report.Append(sections).ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
    }
}
