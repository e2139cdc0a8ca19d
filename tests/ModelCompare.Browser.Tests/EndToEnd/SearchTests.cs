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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Searching_two_models_opens_their_pair_page(bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/search");
        var box = page.GetByTestId("search-form").GetByRole(AriaRole.Searchbox);

        await box.FillAsync("GPT-4o vs DeepSeek");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(DeepSeekPair());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("GPT-4o");
        await Expect(page.GetByTestId("verdict")).ToBeVisibleAsync();
    }

    [GeneratedRegex("/compare/deepseek-[a-z0-9-]+-vs-gpt-4o$")]
    private static partial Regex DeepSeekPair();

    [GeneratedRegex("/models/gpt-4o$")]
    private static partial Regex Profile();
}
