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
        // The swapper sits under the title, folded into one line.
        await swapper.GetByText("Swap a model").ClickAsync();

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

    [Fact]
    public async Task Using_a_field_fills_the_list_of_names_once_from_the_shared_file()
    {
        await using var context = await site.NewContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/compare/deepseek-v3-2-vs-gpt-4o");
        var options = page.Locator("datalist#swap-models option");
        var requests = 0;
        page.Request += (_, request) => requests += request.Url.EndsWith("/data/model-names.json", StringComparison.Ordinal) ? 1 : 0;
        // Nothing is fetched until a field is used.
        Assert.Equal(0, await options.CountAsync());
        await page.GetByTestId("pair-swapper").GetByText("Swap a model").ClickAsync();

        await page.GetByTestId("swap-a").FocusAsync();
        await page.GetByTestId("swap-b").FocusAsync();

        var names = (await (await context.APIRequest.GetAsync("/data/model-names.json")).JsonAsync())!.Value;
        Assert.True(names.GetArrayLength() > 2);
        await Expect(options).ToHaveCountAsync(names.GetArrayLength());
        await Expect(page.Locator("datalist#swap-models option[value='Claude Sonnet 4.5']")).ToHaveCountAsync(1);
        Assert.Equal(1, requests);
    }

    [GeneratedRegex(@"/compare/claude-sonnet-4-5-vs-gpt-4o\?input=50&output=10&cache=0$")]
    private static partial Regex ClaudeVsGpt();

    [GeneratedRegex(@"/compare/claude-sonnet-4-5-vs-deepseek-v3-2\?input=50&output=10&cache=0$")]
    private static partial Regex ClaudeVsDeepSeek();
}
