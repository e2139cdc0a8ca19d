using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed partial class ModelListTests(BrowserSite site)
{
    [Fact]
    public async Task Sorting_by_context_puts_the_largest_windows_first()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/models");

        await page.GetByTestId("sort-context").ClickAsync();

        var header = page.GetByTestId("model-table").Locator("th", new() { Has = page.GetByTestId("sort-context") });
        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        var windows = (await page.GetByTestId("model-row").GetByTestId("context").AllInnerTextsAsync())
            .Select(Tokens).Where(t => t is not null).Select(t => t!.Value).ToArray();
        Assert.True(windows.Length > 1, "The sorted list shows no context windows.");
        Assert.Equal(windows.OrderDescending(), windows);
    }

    [Fact]
    public async Task Filtering_by_maker_shows_only_that_makers_models()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/models");
        var filters = page.GetByTestId("model-filters");

        await filters.Locator("select[name=maker]").SelectOptionAsync("birch");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(MakerQuery());
        var makers = await page.GetByTestId("model-row").GetByTestId("maker").AllInnerTextsAsync();
        Assert.NotEmpty(makers);
        Assert.All(makers, m => Assert.Equal("Birch", m.Trim()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ticking_two_models_and_comparing_lands_on_their_canonical_pair_page(bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/models");
        var rows = page.GetByTestId("model-row");
        var slugs = new[] { await rows.Nth(1).GetAttributeAsync("data-slug"), await rows.Nth(0).GetAttributeAsync("data-slug") };

        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("compare-ticked").ClickAsync();

        var expected = string.CompareOrdinal(slugs[0], slugs[1]) < 0 ? $"/compare/{slugs[0]}-vs-{slugs[1]}" : $"/compare/{slugs[1]}-vs-{slugs[0]}";
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(expected) + "$"));
        await Expect(page.GetByTestId("verdict")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ticking_three_models_shows_them_side_by_side(bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/models");
        var rows = page.GetByTestId("model-row");

        for (var i = 0; i < 3; i++)
        {
            // The label around each checkbox is the target a finger hits.
            await rows.Nth(i).Locator("label.tick").ClickAsync();
        }

        await page.GetByTestId("compare-ticked").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/compare\?models=[^&]+&models=[^&]+&models=[^&]+$"));
        await Expect(page.GetByTestId("pair-links").GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task With_scripts_a_wrong_count_is_explained_before_leaving_the_page()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/models");
        var rows = page.GetByTestId("model-row");

        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(page.GetByTestId("tick-status")).ToHaveTextAsync("1 model ticked: tick at least one more.");
        await page.GetByTestId("compare-ticked").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/models$"));
        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(page.GetByTestId("tick-status")).ToHaveTextAsync("2 models ticked: Compare opens their comparison page.");
    }

    [Fact]
    public async Task Without_scripts_a_wrong_count_is_answered_by_the_server()
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = false });
        var page = await BrowserSite.OpenAsync(context, "/models");

        await page.GetByTestId("model-row").Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("compare-ticked").ClickAsync();

        await Expect(page.GetByTestId("compare-problem")).ToHaveTextAsync("Tick or list 2 to 4 models to compare; 1 was given.");
    }

    // Scrolls the page a window at a time and, at each stop, names every link or control outside the compare bar
    // that the bar's box covers; then the document's width against the window's.
    private const string CoveredByTheBar = """
        async () => {
            const bar = document.querySelector('.compare-bar');
            const problems = [];
            const step = Math.max(100, Math.floor(innerHeight * 0.6));
            for (let y = 0; y <= document.scrollingElement.scrollHeight; y += step) {
                scrollTo(0, y);
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                const b = bar.getBoundingClientRect();
                for (const e of document.querySelectorAll('a, button, input, select, label.tick')) {
                    if (bar.contains(e) || e.getClientRects().length === 0) continue;
                    const q = e.getBoundingClientRect();
                    if (q.left < b.right - 0.5 && b.left < q.right - 0.5 && q.top < b.bottom - 0.5 && b.top < q.bottom - 0.5)
                        problems.push(`at ${y} px the bar covers "${(e.textContent || e.getAttribute('name') || e.tagName).trim().slice(0, 40)}"`);
                }
            }
            scrollTo(0, 0);
            const doc = document.scrollingElement;
            if (doc.scrollWidth > doc.clientWidth) problems.push(`the page is ${doc.scrollWidth} px wide in a ${doc.clientWidth} px window`);
            return [...new Set(problems)].slice(0, 10);
        }
        """;

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task The_compare_bar_covers_no_link_and_the_list_does_not_scroll_sideways_until_a_model_is_ticked(int width, int height)
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, IsMobile = width < 600, HasTouch = width < 600 });
        var page = await BrowserSite.OpenAsync(context, PageTypes.Named(site, "models").Path);

        var problems = await page.EvaluateAsync<string[]>(CoveredByTheBar);
        Assert.True(problems.Length == 0, $"/models at {width} x {height}: " + string.Join("; ", problems));

        // Once a model is ticked the bar is pinned to the window's foot, so Compare is in reach from anywhere in the list.
        var rows = page.GetByTestId("model-row");
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(await rows.CountAsync() / 2).ScrollIntoViewIfNeededAsync();
        var bar = await page.Locator(".compare-bar").EvaluateAsync<double[]>("b => [b.getBoundingClientRect().top, b.getBoundingClientRect().bottom, innerHeight]");
        Assert.True(bar[0] >= 0 && bar[1] <= bar[2] + 0.5, $"with a model ticked the compare bar sits at {bar[0]:0}-{bar[1]:0} px in a {bar[2]:0} px window");
    }

    /// <summary>Reads "131K", "1.05M" or "2M tokens" as a token count; null for a missing value.</summary>
    private static decimal? Tokens(string text)
    {
        var match = TokenCount().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "K" => value * 1_000m,
            "M" => value * 1_000_000m,
            "B" => value * 1_000_000_000m,
            _ => value,
        };
    }

    [GeneratedRegex(@"([\d.,]+)\s*([KMB]?)")]
    private static partial Regex TokenCount();

    [GeneratedRegex(@"/models\?(.*&)?maker=birch(&|$)")]
    private static partial Regex MakerQuery();
}
