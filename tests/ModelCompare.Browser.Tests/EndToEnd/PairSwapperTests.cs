using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

/// <summary>The pair page's swapper replaces either model and lands on the new pair's canonical address.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class PairSwapperTests(BrowserSite site)
{
    [Theory]
    [InlineData("swap-a", true)]
    [InlineData("swap-a", false)]
    [InlineData("swap-b", true)]
    [InlineData("swap-b", false)]
    public async Task Swapping_a_model_lands_on_the_canonical_pair_page(string which, bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, "/compare/deepseek-v3-2-vs-gpt-4o?input=50&output=10");
        var swapper = page.GetByTestId("pair-swapper");

        await swapper.GetByTestId(which).FillAsync("Claude Sonnet 4.5");
        await swapper.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        // Swapping DeepSeek V3.2 keeps GPT-4o; swapping GPT-4o keeps DeepSeek V3.2. Either way Claude sorts first.
        if (which == "swap-a")
        {
            await Expect(page).ToHaveURLAsync(ClaudeVsGpt());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Claude Sonnet 4.5 vs GPT-4o");
        }
        else
        {
            await Expect(page).ToHaveURLAsync(ClaudeVsDeepSeek());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Claude Sonnet 4.5 vs DeepSeek V3.2");
        }

        await Expect(page.GetByTestId("swap-a")).ToHaveValueAsync("Claude Sonnet 4.5");
    }

    [GeneratedRegex(@"/compare/claude-sonnet-4-5-vs-gpt-4o\?input=50&output=10&cache=0$")]
    private static partial Regex ClaudeVsGpt();

    [GeneratedRegex(@"/compare/claude-sonnet-4-5-vs-deepseek-v3-2\?input=50&output=10&cache=0$")]
    private static partial Regex ClaudeVsDeepSeek();
}
