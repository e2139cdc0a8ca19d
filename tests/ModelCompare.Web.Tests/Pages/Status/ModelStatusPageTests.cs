using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Status;

/// <summary>
/// A model its maker retired, on the real catalog: Claude Sonnet 3.5 v2 (claude-3-5-sonnet-20241022), whose maker's
/// own LiteLLM entry dates its retirement Oct 1, 2025. The site judges it on the clock's day.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class ModelStatusPageTests(SiteFactory site)
{
    private const string Pair = "/compare/claude-3-5-sonnet-vs-gpt-4o";

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

        Assert.Equal(["Status", "Retired on Oct 1, 2025", "Active"], Cells(doc.ByTestId("summary-status")));
        // The upgrade it names is a model that is still sold, however far down the line of successors.
        var note = doc.ByTestId("status-note").Text();
        Assert.StartsWith("Claude Sonnet 3.5 v2 was retired on Oct 1, 2025; its nearest active successor is ", note, StringComparison.Ordinal);
        var named = note["Claude Sonnet 3.5 v2 was retired on Oct 1, 2025; its nearest active successor is ".Length..].TrimEnd('.');
        Assert.Contains(site.Catalog().Models, m => m.Name == named && ModelLifecycle.StatusOn(m, DateOnly.FromDateTime(DateTime.UtcNow)) == ModelCompare.Catalog.ModelStatus.Active);
        Assert.Equal("Choose GPT-4o: Claude Sonnet 3.5 v2 is retired, so its routes may stop answering.", doc.ByTestId("verdict-line").Text());
        Assert.DoesNotContain("Choose Claude Sonnet 3.5 v2", doc.Body!.TextContent, StringComparison.Ordinal);
        // "Continue comparing" never suggests a model retired today.
        var retired = site.Catalog().Models.Where(m => ModelLifecycle.IsRetired(m, DateOnly.FromDateTime(DateTime.UtcNow))).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        // Each link pairs one of the page's models with a suggestion: the suggestion is the other slug.
        var suggested = doc.ByTestId("related").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith("/compare/", StringComparison.Ordinal))
            .SelectMany(href => href["/compare/".Length..].Split("-vs-"))
            .Where(slug => slug is not ("claude-3-5-sonnet" or "gpt-4o"))
            .ToList();
        Assert.NotEmpty(suggested);
        Assert.DoesNotContain(suggested, retired.Contains);
    }

    [Fact]
    public async Task Before_its_retirement_day_the_same_page_says_it_retires_and_lets_the_other_rules_decide()
    {
        await using var factory = new EditableSiteFactory();
        await using var before = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero)))));
        using var client = before.CreateClient();

        var doc = await client.GetDocumentAsync(Pair);

        Assert.StartsWith("Claude Sonnet 3.5 v2 retires on Oct 1, 2025", doc.ByTestId("status-note").Text(), StringComparison.Ordinal);
        Assert.Equal(["Status", "Deprecated, retires on Oct 1, 2025", "Active"], Cells(doc.ByTestId("summary-status")));
        Assert.DoesNotContain("is retired, so its routes may stop answering", doc.ByTestId("verdict-line").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_the_model_list_and_the_open_data_show_the_status_with_its_source()
    {
        using var client = site.CreatePlainClient();

        var profile = await client.GetDocumentAsync("/models/claude-3-5-sonnet");
        var said = profile.ByTestId("retirement");
        Assert.Equal("retired", said.GetAttribute("data-status"));
        Assert.StartsWith("Claude Sonnet 3.5 v2 was retired on Oct 1, 2025. Source: LiteLLM (claude-3-5-sonnet-20241022, the maker's own entry), checked Nov 21, 2025.", said.Text(), StringComparison.Ordinal);
        Assert.StartsWith("https://github.com/BerriAI/litellm/", said.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains(profile.ByTestId("specs").QuerySelectorAll("tr"), r => Cells(r).SequenceEqual(["Status", "Retired on Oct 1, 2025"]));

        var list = await client.GetDocumentAsync("/models");
        var row = list.QuerySelector("[data-testid='model-row'][data-slug='claude-3-5-sonnet']")!;
        Assert.Equal("retired", row.ByTestId("status-badge").Text());
        Assert.Null(list.QuerySelector("[data-testid='model-row'][data-slug='claude-sonnet-4-5'] [data-testid='status-badge']"));

        var csv = await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative));
        var lines = csv.Split('\n');
        var header = lines[0].Split(',');
        var claude = lines.Single(l => l.StartsWith("claude-3-5-sonnet,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("retired", "2025-10-01"), (claude[Array.IndexOf(header, "status")], claude[Array.IndexOf(header, "retirement_date")]));

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));
        var model = json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("slug").GetString() == "claude-3-5-sonnet");
        Assert.Equal(("retired", "claude-3-7-sonnet"), (model.GetProperty("status").GetString(), model.GetProperty("successor").GetString()));
        Assert.Equal("2025-11-21", model.GetProperty("status_source").GetProperty("checked").GetString());
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
