using AngleSharp.Dom;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Benchmarks;

/// <summary>A measured cost to run a benchmark shows beside its score, in its source's unit, on leaderboards and pair pages.</summary>
[Collection(SharedSite.Name)]
public sealed class CostToRunTests(SiteFactory site)
{
    [Fact]
    public async Task A_leaderboard_with_measured_costs_shows_each_rows_cost_in_its_own_column()
    {
        var catalog = site.Catalog();
        var (benchmark, board) = catalog.Benchmarks
            .SelectMany(b => Leaderboards.For(site.Engine().View, b).Where(l => l.IsMain && l.HasRunCosts).Select(l => (b, l)))
            .First();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}");

        var table = doc.ByTestId("leaderboard").QuerySelector("[data-testid='leaderboard-table']")!;
        Assert.Contains("Cost to run", table.QuerySelector("thead")!.Text(), StringComparison.Ordinal);
        var cells = table.QuerySelectorAll("tbody [data-testid='cost-to-run']").Select(c => c.Text()).ToList();
        Assert.Equal(board.Entries.Select(e => e.Score.Cost is { } c ? Formatting.RunCost(c) : "not measured"), cells);
        Assert.Contains(cells, c => c.StartsWith('$') && (c.EndsWith(" per task", StringComparison.Ordinal) || c.EndsWith(" per run", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_leaderboard_whose_source_measured_no_cost_has_no_cost_column()
    {
        var catalog = site.Catalog();
        var benchmark = catalog.Benchmarks.First(b => Leaderboards.For(site.Engine().View, b).Any(l => l.IsMain) && catalog.ScoresOn(b.Slug).All(s => s.Cost is null));
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}");

        Assert.DoesNotContain("Cost to run", doc.ByTestId("leaderboard").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pair_row_shows_both_measured_costs_from_the_one_source_it_compares()
    {
        var catalog = site.Catalog();
        var engine = site.Engine();
        var costed = catalog.Models
            .Where(m => catalog.ScoresFor(m.Slug).Any(s => s.Cost is not null && !s.SelfReported))
            .OrderBy(m => m.Slug, StringComparer.Ordinal)
            .ToList();
        var (pair, row) = costed.SelectMany((a, i) => costed.Skip(i + 1).Select(b => engine.Compare(a, b, TrafficProfile.Default)))
            .SelectMany(p => p.Benchmarks.Shared.Select(r => (p, r)))
            .First(x => x.r.A.Cost is not null && x.r.B.Cost is not null && x.r.Basis == ScoreBasis.Independent);
        Assert.Equal(row.A.SourceName, row.B.SourceName);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(pair.CanonicalPath);

        var tr = doc.QuerySelectorAll("[data-testid^='shared-benchmarks'] tbody tr")
            .Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/benchmarks/{row.BenchmarkSlug}" && Badge(r) == row.Variant);
        var costs = tr.QuerySelectorAll("[data-testid='cost-to-run']").Select(c => c.Text()).ToList();
        Assert.Equal(["cost to run: " + row.A.CostText, "cost to run: " + row.B.CostText], costs);
        Assert.Contains(row.A.DateText, tr.Text(), StringComparison.Ordinal);
        Assert.Contains(row.A.SourceName, tr.Text(), StringComparison.Ordinal);
    }

    private static string? Badge(IElement row) => row.QuerySelector("th .badge")?.Text();
}
