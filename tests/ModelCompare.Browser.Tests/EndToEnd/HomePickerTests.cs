using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed partial class HomePickerTests(BrowserSite site)
{
    [Theory]
    [InlineData("deepseek-v3-2", "gpt-4o", true)]
    [InlineData("gpt-4o", "deepseek-v3-2", true)]
    [InlineData("gpt-4o", "deepseek-v3-2", false)]
    public async Task Picking_two_models_lands_on_their_canonical_pair_page(string first, string second, bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/");
        var picker = page.GetByTestId("model-picker");

        await picker.GetByTestId("picker-a").SelectOptionAsync(first);
        await picker.GetByTestId("picker-b").SelectOptionAsync(second);
        await picker.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CanonicalPair());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("DeepSeek V3.2 vs GPT-4o");
    }

    [Fact]
    public async Task The_picker_works_from_the_keyboard_alone()
    {
        await using var context = await site.NewContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/");
        var firstFilter = page.GetByTestId("model-picker").Locator("input[type=search]").First;
        await Expect(firstFilter).ToBeAttachedAsync();

        // Tab from the top of the page until the first filter box has focus, as a keyboard user would.
        await TabUntilAsync(page, firstFilter);
        await page.Keyboard.TypeAsync("DeepSeek V3.2");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("picker-a")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("picker-a")).ToHaveValueAsync("deepseek-v3-2");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("GPT-4o");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("picker-b")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("picker-b")).ToHaveValueAsync("gpt-4o");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("model-picker").GetByRole(AriaRole.Button, new() { Name = "Compare" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(CanonicalPair());
    }

    private static async Task TabUntilAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("Forty presses of Tab never reached the picker's first filter box.");
    }

    [GeneratedRegex("/compare/deepseek-v3-2-vs-gpt-4o$")]
    private static partial Regex CanonicalPair();
}
