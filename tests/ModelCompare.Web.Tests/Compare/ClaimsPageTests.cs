using AngleSharp.Dom;
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
}
