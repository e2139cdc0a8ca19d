using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>
/// Full-page screenshots of every page type (<see cref="PageTypes.All"/>) at phone (390 px) and desktop (1366 px)
/// width, light and dark, kept under TestResults/screenshots/ for review; at both widths the page must not scroll
/// sideways.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public const int Phone = 390;
    public const int Desktop = 1366;

    // The outermost elements whose right edge passes the viewport, named by tag, id and class.
    private const string WiderThanViewport = """
        () => {
            const limit = document.documentElement.clientWidth;
            const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > limit + 0.5);
            return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5).map(e =>
                e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
        }
        """;

    public static TheoryData<string, int, ColorScheme> Shots()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var (name, _, _) in PageTypes.All)
        {
            foreach (var width in new[] { Phone, Desktop })
            {
                data.Add(name, width, ColorScheme.Light);
                data.Add(name, width, ColorScheme.Dark);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Every_page_type_is_captured_and_fits_the_width(string pageType, int width, ColorScheme scheme)
    {
        var (_, path, status) = PageTypes.Named(site, pageType);
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width == Phone ? 844 : 900 },
            DeviceScaleFactor = 1,
            IsMobile = width == Phone,
            HasTouch = width == Phone,
            ColorScheme = scheme,
        });
        var page = await BrowserSite.OpenAsync(context, path, status);

        Directory.CreateDirectory(Repository.ScreenshotsFolder);
        var file = Path.Combine(Repository.ScreenshotsFolder, $"{pageType}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] > widths[1])
        {
            var culprits = await page.EvaluateAsync<string[]>(WiderThanViewport);
            Assert.Fail($"{path} scrolls sideways at {width} px: the document is {widths[0]} px wide in a {widths[1]} px viewport. "
                + $"Elements reaching past the edge: {string.Join("; ", culprits)}. See {file}.");
        }
    }
}
