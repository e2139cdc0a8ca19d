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
        await using var context = await site.NewContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/models");

        await page.GetByTestId("sort-context").ClickAsync();

        var header = page.GetByTestId("model-table").Locator("th", new() { Has = page.GetByTestId("sort-context") });
        await Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        var windows = (await page.GetByTestId("model-row").Locator("td:nth-of-type(3)").AllInnerTextsAsync())
            .Select(Tokens).Where(t => t is not null).Select(t => t!.Value).ToArray();
        Assert.True(windows.Length > 1, "The sorted list shows no context windows.");
        Assert.Equal(windows.OrderDescending(), windows);
    }

    [Fact]
    public async Task Filtering_by_maker_shows_only_that_makers_models()
    {
        await using var context = await site.NewContextAsync();
        var page = await BrowserSite.OpenAsync(context, "/models");
        var filters = page.GetByTestId("model-filters");

        await filters.Locator("select[name=maker]").SelectOptionAsync("openai");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(MakerQuery());
        var makers = await page.GetByTestId("model-row").Locator("td:nth-of-type(1)").AllInnerTextsAsync();
        Assert.NotEmpty(makers);
        Assert.All(makers, m => Assert.Equal("OpenAI", m.Trim()));
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

    [GeneratedRegex(@"/models\?(.*&)?maker=openai(&|$)")]
    private static partial Regex MakerQuery();
}
