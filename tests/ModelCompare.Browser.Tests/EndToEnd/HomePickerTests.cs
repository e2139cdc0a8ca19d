using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed partial class HomePickerTests(BrowserSite site)
{
    [Theory]
    [InlineData("Alder V3.2", "Birch-4o", true)]
    [InlineData("Birch-4o", "Alder V3.2", true)]
    [InlineData("Birch-4o", "Alder V3.2", false)]
    public async Task Picking_two_models_lands_on_their_canonical_pair_page(string first, string second, bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/");
        var picker = page.GetByTestId("model-picker");

        await picker.GetByTestId("picker-a").FillAsync(first);
        await picker.GetByTestId("picker-b").FillAsync(second);
        await picker.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CanonicalPair());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alder V3.2 vs Birch-4o");
    }

    [Fact]
    public async Task The_picker_works_from_the_keyboard_alone()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/");
        var first = page.GetByTestId("picker-a");

        // Tab from the top of the page until the first field has focus, as a keyboard user would.
        await TabUntilAsync(page, first);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Alder V3.2");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("picker-b")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Birch-4o");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("model-picker").GetByRole(AriaRole.Button, new() { Name = "Compare" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(CanonicalPair());
    }

    [Fact]
    public async Task The_names_list_is_fetched_when_a_field_is_first_used()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/");
        var list = page.Locator("datalist#picker-models option");
        await Expect(list).ToHaveCountAsync(0);

        await page.GetByTestId("picker-a").FocusAsync();

        await Expect(list.First).ToBeAttachedAsync();
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

        Assert.Fail("Forty presses of Tab never reached the picker's first field.");
    }

    [GeneratedRegex("/compare/alder-v3-2-vs-birch-4o$")]
    private static partial Regex CanonicalPair();
}
