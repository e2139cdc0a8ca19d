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
