using AngleSharp.Dom;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>
/// What a pair page claims about benchmarks agrees with the scores the same page shows. The pairs are found in
/// the catalog the site serves, by what they share, so a data refresh changes the pairs, not the checks.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class ClaimsPageTests(SiteFactory site)
{
    /// <summary>
    /// A pair that shares a benchmark on which one model has only independent runs and the other only its maker's
    /// claims, so the page's row sets scores of two kinds side by side; and that benchmark's name.
    /// </summary>
    private (string Path, string Benchmark) MixedKinds()
    {
        var catalog = site.Catalog();
        foreach (var benchmark in catalog.Benchmarks)
        {
            var byModel = catalog.ScoresOn(benchmark.Slug).GroupBy(s => s.ModelSlug, StringComparer.Ordinal).ToList();
            var independent = byModel.Where(g => g.All(s => !s.SelfReported && s.ReportedBy is null)).Select(g => catalog.FindModel(g.Key)!).Take(3);
            var claimed = byModel.Where(g => g.All(s => s.SelfReported)).Select(g => catalog.FindModel(g.Key)!).Take(3).ToList();
            foreach (var (a, b) in independent.SelectMany(a => claimed.Select(b => (a, b))))
            {
                var comparison = site.Engine().Compare(a, b, TrafficProfile.Default);
                if (comparison.Benchmarks.Shared.Any(r => r.BenchmarkSlug == benchmark.Slug && r.A.SelfReported != r.B.SelfReported))
                {
                    return (comparison.CanonicalPath, benchmark.Name);
                }
            }
        }

        throw new InvalidOperationException("No pair in the catalog sets an independent run against a maker's claim.");
    }

    /// <summary>
    /// A pair whose shared coding rows one model leads and the other leads none, the other being tagged for coding
    /// when any such pair has that; the leader first.
    /// </summary>
    private (string Path, string Leader, string Other) CodingLead()
    {
        var engine = site.Engine();
        var (catalog, plan) = (engine.Catalog, engine.IndexPlan);
        var coders = catalog.Models
            .Where(m => plan.Models.Contains(m.Slug) && catalog.ScoresFor(m.Slug).Any(s => catalog.FindBenchmark(s.BenchmarkSlug)?.Category == BenchmarkCategory.Coding))
            .Select(m => engine.Describe(m, TrafficProfile.Default))
            .ToList();
        (string, string, string)? fallback = null;
        for (var i = 0; i < coders.Count; i++)
        {
            for (var j = i + 1; j < coders.Count; j++)
            {
                var c = engine.Compare(coders[i], coders[j]);
                var coding = c.Benchmarks.Shared.Where(r => r.Category == BenchmarkCategory.Coding).ToList();
                var (a, b) = (coding.Count(r => r.Leader == Side.A), coding.Count(r => r.Leader == Side.B));
                if ((a == 0) == (b == 0))
                {
                    continue;
                }

                var (leader, other) = a > 0 ? (c.A, c.B) : (c.B, c.A);
                if (other.DecisionFit.Contains(DecisionFit.Coding))
                {
                    return (c.CanonicalPath, leader.Name, other.Name);
                }

                fallback ??= (c.CanonicalPath, leader.Name, other.Name);
            }
        }

        return fallback ?? throw new InvalidOperationException("No pair in the catalog has a model leading the shared coding scores.");
    }

    [Fact]
    public async Task A_benchmark_row_names_a_leader_only_for_scores_of_one_kind_and_says_why_it_names_none()
    {
        var (path, mixed) = MixedKinds();
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync(path);

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

        // The row that sets a maker's claim against an independent run names no leader, and says why.
        var mixedRow = rows.Single(r => Name(r) == mixed);
        Assert.StartsWith("Not compared: ", mixedRow.QuerySelectorAll("td")[2].Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(" leads", mixedRow.Text(), StringComparison.Ordinal);
    }

    private static string Name(IElement row) => row.QuerySelector("th a")!.Text();

    private static string? Configuration(IElement cell) => cell.QuerySelector(".muted")?.Text();

    [Fact]
    public async Task No_tag_calls_a_model_the_only_fit_for_coding_while_the_other_leads_the_shared_coding_scores()
    {
        var (path, leader, other) = CodingLead();
        var coding = site.Catalog().Benchmarks
            .Where(b => b.Category == BenchmarkCategory.Coding).Select(b => "/benchmarks/" + b.Slug).ToHashSet(StringComparer.Ordinal);
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync(path);

        var codingRows = document.QuerySelectorAll("[data-testid^='shared-benchmarks'] tbody tr")
            .Where(r => r.QuerySelector("th a")!.GetAttribute("href") is { } href && coding.Contains(href))
            .Select(r => r.QuerySelectorAll("td")[2].Text())
            .ToList();
        Assert.Contains($"{leader} leads", codingRows);
        Assert.DoesNotContain($"{other} leads", codingRows);

        Assert.DoesNotContain($"Only {other} is a fit for coding", document.ByTestId("tradeoffs").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain($"Only {other} is a fit for coding", document.ByTestId("verdict").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain($"{other} for coding", document.Body!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mixed kinds")]
    [InlineData("coding lead")]
    [InlineData("/compare/{model}-vs-{model2}")]
    public async Task The_verdict_is_said_once_on_the_first_screen_and_later_sections_add_evidence(string pair)
    {
        var url = pair switch
        {
            "mixed kinds" => MixedKinds().Path,
            "coding lead" => CodingLead().Path,
            _ => site.Resolve(pair),
        };
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
