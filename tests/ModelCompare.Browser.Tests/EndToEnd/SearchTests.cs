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
        await using var context = await site.NewContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/search");
        var box = page.GetByTestId("search-form").GetByRole(AriaRole.Searchbox);

        await box.FillAsync("gpt-4o");
        await box.PressAsync("Enter");

        var hit = page.GetByTestId("search-results").Locator("[data-testid=search-hit][data-slug=gpt-4o]");
        await Expect(hit).ToBeVisibleAsync();
        await hit.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(Profile());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("GPT-4o");
    }

    [GeneratedRegex("/models/gpt-4o$")]
    private static partial Regex Profile();
}
