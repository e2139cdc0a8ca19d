using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
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
/// Facts the importer decides by the order of its sources reach the real catalog's pages as the catalog holds
/// them: every model whose sources differ on its output limit shows the catalog's value (the maker's, or the one
/// most routes give) in its specs, its license as recorded, and is never said to lack a capability it has. The
/// models are found in the catalog, so the check holds whatever the next refresh brings; the order itself is
/// tested on fixtures in ModelCompare.Import.Tests (FactRulesTests, DuplicateMergerTests).
/// </summary>
[Collection(SharedSite.Name)]
public sealed partial class SourceOrderFactsTests(SiteFactory site)
{
    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.Text())];

    [Fact]
    public async Task Facts_decided_by_source_order_read_right_on_their_pages()
    {
        var catalog = site.Catalog();
        var disputed = catalog.Models.Where(m => !m.SourcesDiffer.IsDefaultOrEmpty && m.SourcesDiffer.Any(d => d.Field == "max_output")).ToList();
        Assert.NotEmpty(disputed);
        var capabilities = Enum.GetValues<Capability>();
        using var client = site.CreatePlainClient();

        foreach (var model in disputed)
        {
            var profile = await client.GetDocumentAsync($"/models/{model.Slug}");

            var rows = profile.ByTestId("specs").QuerySelectorAll("tr").Select(Cells).Where(c => c.Length == 2).ToList();
            Assert.Contains(rows, r => r[0] == "Max output" && r[1].StartsWith(Formatting.TokensOrUnknown(model.MaxOutput), StringComparison.Ordinal));
            Assert.Contains(rows, r => r[0] == "License" && r[1] == (string.IsNullOrWhiteSpace(model.License) ? Formatting.Unknown : model.License));
            // "It does not support audio input, audio output, or image output.": the capabilities it is said to lack.
            var lacks = LackingSentence().Matches(profile.Body!.TextContent)
                .SelectMany(m => ListSeparator().Split(m.Groups[1].Value))
                .ToHashSet(StringComparer.Ordinal);
            Assert.All(capabilities.Where(model.Capabilities.Has), c => Assert.DoesNotContain(Formatting.CapabilityPhrase(c), lacks));
        }
    }

    [GeneratedRegex(@"does not support ([^.]+)\.")]
    private static partial Regex LackingSentence();

    [GeneratedRegex(@",\s*(?:or\s+)?|\s+or\s+")]
    private static partial Regex ListSeparator();
}
