using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.EndToEnd;

/// <summary>On a 390 × 844 phone, wide tables scroll inside their own box and the page itself never scrolls sideways.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PhoneTableTests(BrowserSite site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    [Theory]
    [InlineData("pair")]
    [InlineData("models")]
    [InlineData("benchmark")]
    public async Task No_table_makes_the_page_scroll_sideways_on_a_phone(string pageType)
    {
        await using var context = await site.NewContextAsync(Phone);
        var page = await BrowserSite.OpenAsync(context, PageTypes.Named(site, pageType).Path);

        var figures = await page.EvaluateAsync<int[]>(
            "() => [document.scrollingElement.scrollWidth, window.innerWidth, document.querySelectorAll('table').length]");
        var (scrollWidth, innerWidth, tables) = (figures[0], figures[1], figures[2]);

        Assert.True(tables > 0, $"{pageType} has no table to check.");
        Assert.True(scrollWidth <= innerWidth, $"{pageType} is {scrollWidth} px wide in a {innerWidth} px window.");
    }

    [Theory]
    [InlineData("benchmark")]
    [InlineData("models")]
    public async Task Cards_far_below_the_first_screen_are_not_rendered_until_the_reader_scrolls_to_them(string pageType)
    {
        await using var context = await site.NewContextAsync(Phone);
        var page = await BrowserSite.OpenAsync(context, PageTypes.Named(site, pageType).Path);
        // A skipped card keeps its box; what it holds is what the browser leaves out.
        const string Rendered = "r => r.firstElementChild.checkVisibility({ contentVisibilityAuto: true })";

        // A leaderboard or the model list holds dozens of cards on a phone: laying them all out cost the page a
        // second of blocked main thread. The first card is drawn once in view; the last is skipped until it comes near.
        // The page's first wide table: the main leaderboard, or the model list (the boards beneath a leaderboard are folded).
        var rows = page.Locator("table.stack").First.Locator(":scope > tbody > tr");
        Assert.True(await rows.CountAsync() > 20, $"{pageType} has too few cards to check.");
        await rows.First.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('table.stack').tBodies[0].rows[0].firstElementChild.checkVisibility({ contentVisibilityAuto: true })");
        Assert.False(await rows.Last.EvaluateAsync<bool>(Rendered), "the last card is rendered before the reader scrolls to it");

        await rows.Last.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelector('table.stack').tBodies[0].rows].at(-1).firstElementChild.checkVisibility({ contentVisibilityAuto: true })");
    }

    [Theory]
    [InlineData("pair")]
    [InlineData("benchmark")]
    public async Task Chart_text_is_at_least_12_px_on_a_phone(string pageType)
    {
        await using var context = await site.NewContextAsync(Phone);
        var page = await BrowserSite.OpenAsync(context, PageTypes.Named(site, pageType).Path);

        // The rendered height of each text's glyph box, scaled from viewBox units to CSS pixels.
        var sizes = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('svg.chart text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width)");

        Assert.NotEmpty(sizes);
        Assert.All(sizes, px => Assert.True(px >= 12, $"chart text is {px:0.0} px"));
    }

    [Theory]
    [InlineData("models", "[data-testid='model-table'] tbody tr:first-child [data-testid='input-price'] + td")]
    [InlineData("benchmark", "[data-testid='leaderboard-table'] tbody tr:first-child [data-testid='leaderboard-price']")]
    [InlineData("pair", "table[data-testid^='pricing-'] tbody tr:first-child td:nth-of-type(2)")]
    public async Task A_tables_prices_are_in_view_on_a_phone_without_scrolling(string pageType, string cell)
    {
        await using var context = await site.NewContextAsync(Phone);
        var page = await BrowserSite.OpenAsync(context, PageTypes.Named(site, pageType).Path);

        var right = await page.Locator(cell).First.EvaluateAsync<double>("e => e.getBoundingClientRect().right");

        Assert.True(right <= 390, $"{pageType}: the price column ends at {right:0} px");
    }
}
