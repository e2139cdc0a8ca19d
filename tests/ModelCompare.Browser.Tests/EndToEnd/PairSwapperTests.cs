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
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair + "?input=50&output=10");
        var swapper = page.GetByTestId("pair-swapper");
        // The swapper sits under the title, folded into one line.
        await swapper.GetByText("Swap a model").ClickAsync();

        await swapper.GetByTestId(which).FillAsync("Alder R1");
        await swapper.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        // Swapping Alder V3.2 keeps Birch-4o; swapping Birch-4o keeps Alder V3.2. Either way Alder R1 sorts first.
        if (which == "swap-a")
        {
            await Expect(page).ToHaveURLAsync(R1VsBirch());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alder R1 vs Birch-4o");
        }
        else
        {
            await Expect(page).ToHaveURLAsync(R1VsV32());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alder R1 vs Alder V3.2");
        }

        await Expect(page.GetByTestId("swap-a")).ToHaveValueAsync("Alder R1");
    }

    [Fact]
    public async Task Using_a_field_fills_the_list_of_names_once_from_the_shared_file()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
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
        await Expect(page.Locator("datalist#swap-models option[value='Cedar Pro']")).ToHaveCountAsync(1);
        Assert.Equal(1, requests);
    }

    [GeneratedRegex(@"/compare/alder-r1-vs-birch-4o\?input=50&output=10&cache=0$")]
    private static partial Regex R1VsBirch();

    [GeneratedRegex(@"/compare/alder-r1-vs-alder-v3-2\?input=50&output=10&cache=0$")]
    private static partial Regex R1VsV32();
}
