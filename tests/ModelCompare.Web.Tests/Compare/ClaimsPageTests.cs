using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>What a pair page claims about benchmarks agrees with the scores the same page shows.</summary>
[Collection(SharedSite.Name)]
public sealed class ClaimsPageTests(SiteFactory site)
{
    /// <summary>o3 and o4-mini share SWE-bench Verified with scores of both kinds: an independent run of o3 and both makers' own claims.</summary>
    private const string MixedKinds = "/compare/o3-vs-o4-mini";

    [Fact]
    public async Task A_benchmark_row_names_a_leader_only_for_scores_of_one_kind_and_says_why_it_names_none()
    {
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync(MixedKinds);

        var rows = document.QuerySelectorAll("[data-testid^='shared-benchmarks'] tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").ToList();
            var (a, b, leader) = (cells[0], cells[1], cells[2].Text());
            var selfA = a.QuerySelector(".badge") is not null;
            var selfB = b.QuerySelector(".badge") is not null;
            var sources = cells[3].QuerySelectorAll("a").Select(x => x.Text()).ToList();
            if (leader.StartsWith("Not compared: ", StringComparison.Ordinal))
            {
                Assert.True(selfA != selfB || sources[0] != sources[1] || Configuration(a) != Configuration(b), $"{Name(row)} is said not to compare although its scores agree");
                continue;
            }

            Assert.Equal(selfA, selfB);
            Assert.Equal(selfA, leader.EndsWith(", by the makers' own claims", StringComparison.Ordinal));
            if (!selfA)
            {
                Assert.Equal(sources[0], sources[1]);
            }
        }

        var swe = rows.Single(r => Name(r) == "SWE-bench Verified");
        Assert.DoesNotContain("o4-mini leads", swe.Text(), StringComparison.Ordinal);
    }

    private static string Name(IElement row) => row.QuerySelector("th a")!.Text();

    private static string? Configuration(IElement cell) => cell.QuerySelector(".muted")?.Text();

    /// <summary>GPT-5 leads Grok 4 on the coding benchmarks both were run on by one source.</summary>
    [Fact]
    public async Task No_tag_calls_a_model_the_only_fit_for_coding_while_the_other_leads_the_shared_coding_scores()
    {
        var coding = site.Services.GetRequiredService<ICatalogAccessor>().Current.Benchmarks
            .Where(b => b.Category == BenchmarkCategory.Coding).Select(b => "/benchmarks/" + b.Slug).ToHashSet(StringComparer.Ordinal);
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync("/compare/gpt-5-vs-grok-4");

        var codingRows = document.QuerySelectorAll("[data-testid^='shared-benchmarks'] tbody tr")
            .Where(r => r.QuerySelector("th a")!.GetAttribute("href") is { } href && coding.Contains(href))
            .Select(r => r.QuerySelectorAll("td")[2].Text())
            .ToList();
        Assert.Contains("GPT-5 leads", codingRows);
        Assert.DoesNotContain("Grok 4 leads", codingRows);

        Assert.DoesNotContain("Only Grok 4 is a fit for coding", document.ByTestId("tradeoffs").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Only Grok 4 is a fit for coding", document.ByTestId("verdict").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Grok 4 for coding", document.Body!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MixedKinds)]
    [InlineData("/compare/gpt-5-vs-grok-4")]
    [InlineData("/compare/deepseek-v3-2-vs-gpt-4o")]
    public async Task The_verdict_is_said_once_on_the_first_screen_and_later_sections_add_evidence(string url)
    {
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync(url);

        var line = document.ByTestId("verdict-line").Text();
        Assert.StartsWith("Choose", line, StringComparison.Ordinal);
        var body = document.Body!.Text();
        Assert.Equal(1, Occurrences(body, line));
        foreach (var section in new[] { "verdict", "deep-dive", "tradeoffs" })
        {
            Assert.DoesNotContain("Choose ", document.ByTestId(section).Text(), StringComparison.Ordinal);
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
