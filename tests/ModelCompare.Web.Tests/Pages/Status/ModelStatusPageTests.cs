using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Status;

/// <summary>
/// A model its maker retired, on the fixture catalog: Birch-3, retired on Jun 6, 2025 by its maker's deprecations
/// page (read Jul 1, 2025), with Birch-4o as its successor. The site judges it on the clock's day.
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed class ModelStatusPageTests(FixtureCatalogSite site)
{
    private const string Pair = "/compare/alder-v3-2-vs-birch-3";

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.Text())];

    [Fact]
    public async Task The_pair_page_says_first_that_the_retired_model_is_retired_and_recommends_the_other()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(Pair);

        Assert.Equal(["Status", "Active", "Retired on Jun 6, 2025"], Cells(doc.ByTestId("summary-status")));
        // The upgrade it names is a model that is still sold, however far down the line of successors.
        var note = doc.ByTestId("status-note").Text();
        Assert.StartsWith("Birch-3 was retired on Jun 6, 2025; its nearest active successor is Birch-4o", note, StringComparison.Ordinal);
        Assert.Equal("Choose Alder V3.2: Birch-3 is retired, so its routes may stop answering.", doc.ByTestId("verdict-line").Text());
        Assert.DoesNotContain("Choose Birch-3", doc.Body!.TextContent, StringComparison.Ordinal);
        // "Continue comparing" never suggests a model retired today.
        var retired = site.Catalog().Models.Where(m => ModelLifecycle.IsRetired(m, DateOnly.FromDateTime(DateTime.UtcNow))).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        // Each link pairs one of the page's models with a suggestion: the suggestion is the other slug.
        var suggested = doc.ByTestId("related").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith("/compare/", StringComparison.Ordinal))
            .SelectMany(href => href["/compare/".Length..].Split("-vs-"))
            .Where(slug => slug is not ("alder-v3-2" or "birch-3"))
            .ToList();
        Assert.NotEmpty(suggested);
        Assert.DoesNotContain(suggested, retired.Contains);
    }

    [Fact]
    public async Task Before_its_retirement_day_the_same_page_says_it_retires_and_lets_the_other_rules_decide()
    {
        await using var factory = SiteFactory.For(SiteOptions.Fixture(FixtureCatalogSite.Folder));
        await using var before = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero)))));
        using var client = before.CreateClient();

        var doc = await client.GetDocumentAsync(Pair);

        Assert.StartsWith("Birch-3 retires on Jun 6, 2025", doc.ByTestId("status-note").Text(), StringComparison.Ordinal);
        Assert.Equal(["Status", "Active", "Deprecated, retires on Jun 6, 2025"], Cells(doc.ByTestId("summary-status")));
        Assert.DoesNotContain("is retired, so its routes may stop answering", doc.ByTestId("verdict-line").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_the_model_list_and_the_open_data_show_the_status_with_its_source()
    {
        using var client = site.CreatePlainClient();

        var profile = await client.GetDocumentAsync("/models/birch-3");
        var said = profile.ByTestId("retirement");
        Assert.Equal("retired", said.GetAttribute("data-status"));
        Assert.StartsWith("Birch-3 was retired on Jun 6, 2025. Source: Birch deprecations, checked Jul 1, 2025.", said.Text(), StringComparison.Ordinal);
        Assert.Equal("https://birch.example/deprecations", said.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(profile.ByTestId("specs").QuerySelectorAll("tr"), r => Cells(r).SequenceEqual(["Status", "Retired on Jun 6, 2025"]));

        var list = await client.GetDocumentAsync("/models");
        var row = list.QuerySelector("[data-testid='model-row'][data-slug='birch-3']")!;
        Assert.Equal("retired", row.ByTestId("status-badge").Text());
        Assert.Null(list.QuerySelector("[data-testid='model-row'][data-slug='birch-4o'] [data-testid='status-badge']"));

        var csv = await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative));
        var lines = csv.Split('\n');
        var header = lines[0].Split(',');
        var birch = lines.Single(l => l.StartsWith("birch-3,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("retired", "2025-06-06"), (birch[Array.IndexOf(header, "status")], birch[Array.IndexOf(header, "retirement_date")]));

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));
        var model = json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "birch-3");
        Assert.Equal(("retired", "birch-4o"), (model.GetProperty("status").GetString(), model.GetProperty("successor").GetString()));
        Assert.Equal("2025-07-01", model.GetProperty("status_source").GetProperty("checked").GetString());
    }

    [Fact]
    public async Task The_home_pages_popular_comparisons_leave_out_retired_models()
    {
        using var client = site.CreatePlainClient();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var retired = site.Catalog().Models.Where(m => ModelLifecycle.IsRetired(m, today)).Select(m => m.Slug).ToList();

        var doc = await client.GetDocumentAsync("/");

        Assert.NotEmpty(retired);
        var links = doc.ByTestId("popular-comparisons").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, href => retired.Any(slug => href.EndsWith("-vs-" + slug, StringComparison.Ordinal) || href.Contains("/" + slug + "-vs-", StringComparison.Ordinal)));
    }
}

/// <summary>
/// Facts the importer decides by the order of its sources, on the real catalog's pages: these name the models
/// whose sources disagree, so they are checks of today's data rather than of page behaviour.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class SourceOrderFactsTests(SiteFactory site)
{
    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.Text())];

    [Fact]
    public async Task Facts_decided_by_source_order_read_right_on_their_pages()
    {
        using var client = site.CreatePlainClient();

        // Grok 4 reads images, so it has vision; Magistral Medium is API-only; Grok 4 Fast writes 30K, not its 2M context.
        var grok = await client.GetDocumentAsync("/compare/gpt-5-vs-grok-4");
        Assert.DoesNotContain("Grok 4 does not", grok.Body!.TextContent, StringComparison.Ordinal);
        var magistral = await client.GetDocumentAsync("/models/magistral-medium");
        Assert.Contains(magistral.ByTestId("specs").QuerySelectorAll("tr"), r => Cells(r).SequenceEqual(["License", "Proprietary"]));
        var fast = await client.GetDocumentAsync("/models/grok-4-fast");
        Assert.Contains(fast.ByTestId("specs").QuerySelectorAll("tr"), r => Cells(r)[0] == "Max output" && Cells(r)[1].StartsWith("30K tokens", StringComparison.Ordinal));
    }
}
