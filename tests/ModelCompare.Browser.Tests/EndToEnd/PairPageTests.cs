using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ModelCompare.Browser.Tests.EndToEnd;

[Collection(SharedBrowser.Name)]
public sealed partial class PairPageTests(BrowserSite site)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Lowering_the_traffic_in_the_calculator_lowers_the_monthly_cost(bool javaScript)
    {
        await using var context = await site.NewFixtureContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        var cost = page.GetByTestId("monthly-cost");
        var amount = cost.GetByTestId("cost-birch-4o").GetByTestId("amount");
        var before = Money.Parse(await amount.InnerTextAsync());
        var calculator = page.GetByTestId("calculator");
        await page.GetByTestId("calculator-box").Locator("summary").ClickAsync();

        await calculator.Locator("[name=input]").FillAsync("10");
        await calculator.Locator("[name=output]").FillAsync("2");
        await calculator.Locator("[name=cache]").FillAsync("0");
        await calculator.Locator("[name=cache]").PressAsync("Enter");

        await Expect(cost.GetByTestId("traffic")).ToHaveTextAsync("10M input and 2M output tokens a month");
        var after = Money.Parse(await amount.InnerTextAsync());
        Assert.True(after < before, $"The cost went from {before} to {after} when the traffic fell a hundredfold.");
        if (!javaScript)
        {
            // Without scripts the form itself carries the traffic, so the result has a shareable address.
            await Expect(page).ToHaveURLAsync(TrafficQuery());
        }
    }

    [Fact]
    public async Task A_continue_comparing_link_opens_another_pair_page()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        // Continue comparing is folded to its heading, like every section after the answer.
        await page.GetByTestId("related").Locator("summary").ClickAsync();
        var link = page.GetByTestId("related").GetByRole(AriaRole.Link).First;
        var label = await link.InnerTextAsync();
        var href = await link.GetAttributeAsync("href");

        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href!) + "$"));
        Assert.Matches(PairPath(), new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(label);
    }

    [Fact]
    public async Task A_model_profile_opens_from_the_pair_page()
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Alder V3.2" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/models/alder-v3-2$"));
        await Expect(page.GetByTestId("model-profile")).ToHaveAttributeAsync("data-slug", "alder-v3-2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alder V3.2");
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task Printing_a_pair_page_gives_a_one_page_summary_with_the_site_name_and_the_address(string paper)
    {
        await using var context = await site.NewFixtureContextAsync();
        var page = await BrowserSite.OpenAsync(context, PageTypes.FixturePair);
        var source = page.GetByTestId("print-source");
        await Expect(source).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(source).ToBeVisibleAsync();
        await Expect(source).ToContainTextAsync("ModelCompare");
        await Expect(source).ToContainTextAsync("http://localhost:5080" + PageTypes.FixturePair);
        foreach (var shown in new[] { "verdict", "scorecard", "monthly-cost" })
        {
            await Expect(page.GetByTestId(shown)).ToBeVisibleAsync();
        }

        foreach (var hidden in new[] { "site-nav", "calculator", "specs", "pricing", "capabilities", "benchmarks", "faq", "related" })
        {
            await Expect(page.GetByTestId(hidden)).ToBeHiddenAsync();
        }

        var pdf = await page.PdfAsync(new() { Format = paper });
        Assert.True(PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf)) == 1, $"The printout on {paper} paper is not one page long.");
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();

    // The form also carries its mode, the empty per-request figures, the basis and the provider choice.
    [GeneratedRegex(@"[?&]mode=monthly&input=10&output=2&requests=&in_per=&out_per=&cache=0&write=&ttl=5m&tier=standard&reasoning=&search=&basis=list&via=(#summary)?$")]
    private static partial Regex TrafficQuery();

    [GeneratedRegex("^/compare/[a-z0-9-]+-vs-[a-z0-9-]+$")]
    private static partial Regex PairPath();
}
