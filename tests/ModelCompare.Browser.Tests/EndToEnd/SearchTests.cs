using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed partial class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task Searching_by_name_finds_the_model_and_opens_its_profile()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/search");
        var box = page.GetByTestId("search-form").GetByRole(AriaRole.Searchbox);

        await box.FillAsync("birch-4o");
        await box.PressAsync("Enter");

        var hit = page.GetByTestId("search-results").Locator("[data-testid=search-hit][data-slug=birch-4o]");
        await Expect(hit).ToBeVisibleAsync();
        await hit.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(Profile());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Birch-4o");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Searching_a_model_against_a_maker_lists_its_models_then_opens_the_pair(bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/search");
        var box = page.GetByTestId("search-form").GetByRole(AriaRole.Searchbox);

        await box.FillAsync("Birch-4o vs Alder");
        await box.PressAsync("Enter");

        // "Alder" names a maker: its models are listed, the closest one first.
        await Expect(page.GetByTestId("family-choice").First).ToBeVisibleAsync();
        await page.GetByTestId("family-best").ClickAsync();

        await Expect(page).ToHaveURLAsync(AlderPair());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Birch-4o");
        await Expect(page.GetByTestId("verdict")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_misspelt_name_in_the_header_search_says_did_you_mean()
    {
        await using var context = await site.NewFixtureContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await BrowserSite.OpenAsync(context, "/");
        var box = page.GetByTestId("site-search").GetByRole(AriaRole.Searchbox);

        await box.FillAsync("cedr pro");
        await box.PressAsync("Enter");

        await Expect(page.GetByTestId("did-you-mean")).ToContainTextAsync("Cedar");
        await Expect(page.GetByTestId("search-hit").First).ToContainTextAsync("Cedar Pro");
    }

    [GeneratedRegex("/compare/alder-[a-z0-9-]+-vs-birch-4o$")]
    private static partial Regex AlderPair();

    [GeneratedRegex("/models/birch-4o$")]
    private static partial Regex Profile();
}
