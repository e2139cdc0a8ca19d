using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

/// <summary>The answer first: the pair summary on the first screen, and the journey to it from the home page.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class SummaryTests(BrowserSite site)
{
    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Both_monthly_costs_and_the_verdict_line_are_inside_the_first_screen(int width, int height)
    {
        await using var context = await site.NewFixtureContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        var summary = page.GetByTestId("summary");

        foreach (var part in new[] { summary.GetByTestId("summary-cost-alder-v3-2"), summary.GetByTestId("summary-cost-birch-4o"), summary.GetByTestId("verdict-line"), summary.GetByTestId("summary-traffic") })
        {
            await Expect(part).ToBeVisibleAsync();
            var box = await part.BoundingBoxAsync() ?? throw new InvalidOperationException("No box for a visible element.");
            Assert.True(
                box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width && box.Y + box.Height <= height,
                $"At {width}x{height}, {await part.GetAttributeAsync("data-testid")} is at ({box.X}, {box.Y}) and {box.Width}x{box.Height}: not inside the first screen.");
        }

        // Nothing scrolls sideways to get there.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The page scrolls sideways at {width}px.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task From_the_home_page_one_model_against_a_maker_at_50M_and_10M_takes_four_actions(bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await BrowserSite.OpenAsync(context, "/");
        var actions = 0;

        // 1: ask for the pair in the search box every page's header carries.
        var box = page.GetByTestId("site-search").GetByRole(AriaRole.Searchbox);
        await box.FillAsync("birch-4o vs alder");
        await box.PressAsync("Enter");
        actions++;

        // 2: "alder" names a maker: take the closest of its models the search lists.
        await page.GetByTestId("family-best").ClickAsync();
        actions++;
        await Expect(page).ToHaveURLAsync(AlderPair());

        // 3: open the traffic controls, folded into one line under the bills.
        await page.GetByTestId("calculator-box").Locator("summary").ClickAsync();
        actions++;

        // 4: state the traffic and submit.
        var calculator = page.GetByTestId("calculator");
        await calculator.Locator("[name=input]").FillAsync("50");
        await calculator.Locator("[name=output]").FillAsync("10");
        await calculator.Locator("[name=output]").PressAsync("Enter");
        actions++;

        await Expect(page).ToHaveURLAsync(FiftyTen());
        var summary = page.GetByTestId("summary");
        await Expect(summary.GetByTestId("summary-traffic-text")).ToHaveTextAsync("50M input and 10M output tokens a month");
        await Expect(page.GetByTestId("monthly-cost").GetByTestId("traffic")).ToHaveTextAsync("50M input and 10M output tokens a month");
        var costs = summary.Locator("[data-testid^=summary-cost-]");
        await Expect(costs).ToHaveCountAsync(2);
        foreach (var cost in await costs.AllAsync())
        {
            Money.Parse(await cost.InnerTextAsync());
        }

        await Expect(summary.GetByTestId("verdict-line")).ToHaveTextAsync(StartsWithChoose());
        Assert.True(actions <= 4, $"The answer took {actions} actions.");
    }

    [Fact]
    public async Task With_scripts_the_whole_page_follows_the_typed_traffic_as_the_server_renders_it()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        var summary = page.GetByTestId("summary");
        var birch = summary.GetByTestId("summary-cost-birch-4o");
        var before = await birch.InnerTextAsync();
        await page.GetByTestId("calculator-box").Locator("summary").ClickAsync();

        // Only the chosen way of stating traffic shows its fields.
        await Expect(summary.Locator("[name=requests]")).ToBeHiddenAsync();
        await summary.Locator("input[name=mode][value=request]").CheckAsync();
        await Expect(summary.Locator("[name=input]")).ToBeHiddenAsync();
        await summary.Locator("[name=requests]").FillAsync("50000");
        await summary.Locator("[name=in_per]").FillAsync("1000");
        await summary.Locator("[name=out_per]").FillAsync("200");

        await Expect(summary.GetByTestId("summary-traffic-text")).ToHaveTextAsync("50M input and 10M output tokens a month");
        await Expect(birch).Not.ToHaveTextAsync(before);
        await Expect(page).ToHaveURLAsync(PerRequestAddress());
        // The field typed in last keeps focus, and the cost section below follows too.
        await Expect(summary.Locator("[name=out_per]")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("monthly-cost").GetByTestId("traffic")).ToHaveTextAsync("50M input and 10M output tokens a month");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated" })).ToHaveCountAsync(1);
        var shown = await page.Locator("main").InnerTextAsync();

        // The server's page for the same address says the same, word for word.
        var served = await BrowserSite.OpenAsync(context, new Uri(page.Url).PathAndQuery);
        await served.GetByTestId("calculator-box").Locator("summary").ClickAsync();
        Assert.Equal(shown, await served.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_workload_preset_is_one_click_and_its_address_is_shareable()
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = false });
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);

        await page.GetByTestId("calculator-box").Locator("summary").ClickAsync();
        await page.GetByTestId("presets").GetByRole(AriaRole.Link, new() { Name = "RAG over documents" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?preset=rag#summary$"));
        await Expect(page.GetByTestId("summary-traffic-text")).ToHaveTextAsync("1,600M input and 80M output tokens a month");
        await Expect(page.GetByTestId("per-request")).ToContainTextAsync("RAG over documents: 200,000 requests a month");
    }

    [Fact]
    public async Task The_section_menu_reaches_the_faq_without_scripts_and_answers_open_on_demand()
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });

        await menu.GetByText("On this page").ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "FAQ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("#faq$"));
        await Expect(page.GetByTestId("faq")).ToBeInViewportAsync();
        // The menu's link opens the folded section it points at; each answer then opens on demand.
        var first = page.GetByTestId("faq").Locator("details.faq").First;
        await Expect(first.Locator("p")).ToBeHiddenAsync();
        await first.Locator("summary").ClickAsync();
        await Expect(first.Locator("p")).ToBeVisibleAsync();
        // Scrolled down, the menu is still at hand.
        await Expect(menu.GetByText("On this page")).ToBeInViewportAsync();
    }

    [GeneratedRegex("/compare/alder-[a-z0-9-]+-vs-birch-4o")]
    private static partial Regex AlderPair();

    [GeneratedRegex(@"/compare/alder-[a-z0-9-]+-vs-birch-4o\?(.*&)?input=50&output=10(&.*)?(#summary)?$")]
    private static partial Regex FiftyTen();

    [GeneratedRegex(@"[?&]mode=request&input=1000&output=200&requests=50000&in_per=1000&out_per=200&cache=0&ttl=5m&tier=standard&basis=list#summary$")]
    private static partial Regex PerRequestAddress();

    [GeneratedRegex("^Choose |^Little separates|^The catalog shows nothing")]
    private static partial Regex StartsWithChoose();
}
