using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Benchmarks;

[Collection(SharedSite.Name)]
public sealed class BenchmarkPageTests(SiteFactory site)
{
    [Fact]
    public async Task A_benchmark_ranks_independent_runs_first_and_the_makers_claims_apart_beneath_them()
    {
        var catalog = site.Catalog();
        var benchmark = catalog.Benchmarks
            .Where(b => catalog.ScoresOn(b.Slug).Any(s => s.SelfReported) && catalog.ScoresOn(b.Slug).Any(s => !s.SelfReported))
            .OrderByDescending(b => catalog.ScoresOn(b.Slug).Select(s => s.Setting.Protocol).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .First();
        var boards = Leaderboards.For(site.Engine().View, benchmark);
        Assert.Equal(LeaderboardKind.Independent, boards[0].Kind);
        Assert.True(boards[0].IsMain);
        Assert.Contains(boards, b => b.Kind == LeaderboardKind.MakersClaims);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}");

        var main = Assert.Single(doc.QuerySelectorAll("[data-testid='leaderboard']"));
        var claims = doc.QuerySelectorAll("[data-testid='leaderboard-claims']");
        Assert.Equal(boards.Count(b => b.Kind == LeaderboardKind.MakersClaims), claims.Length);
        Assert.NotNull(main.QuerySelector("figure"));
        // The main board is open; each board beneath it is folded to its heading, which counts its models.
        Assert.Null(main.Closest("details"));
        Assert.All(claims, c => Assert.False(Assert.IsType<AngleSharp.Html.Dom.IHtmlDetailsElement>(c.QuerySelector("details"), exactMatch: false).IsOpen));
        Assert.All(claims, c => Assert.Matches(@"\(\d+ models?\)$", c.QuerySelector("summary h2")!.Text().Trim()));
        Assert.All(claims, c => Assert.True(main.CompareDocumentPosition(c).HasFlag(AngleSharp.Dom.DocumentPositions.Following)));
        var mainRows = main.QuerySelectorAll("[data-testid='leaderboard-table'] tbody tr");
        Assert.Equal(boards[0].Entries.Length, mainRows.Length);
        Assert.All(mainRows, r => Assert.Equal("Independent", r.QuerySelectorAll("td")[4].Text()));
        Assert.All(claims.SelectMany(c => c.QuerySelectorAll("tbody tr")), r => Assert.Equal("The maker", r.QuerySelectorAll("td")[4].Text()));
        // Every ranked board holds one source (the makers' claims aside), one sampling and one harness.
        Assert.All(boards.Where(b => b.Ranked), b =>
        {
            Assert.Single(b.Entries.Select(e => BenchmarkSetting.Read(string.Join(", ", new[] { e.Score.Variant, e.Score.Configuration }.OfType<string>())).Basis).Distinct());
            Assert.True(b.Kind == LeaderboardKind.MakersClaims || b.Entries.Select(e => e.Score.SourceName).Distinct().Count() == 1);
        });
    }

    /// <summary>
    /// A benchmark scored in several settings (tools, effort) ranks each score in its own setting's table,
    /// and the first row of its main table is still the best score of the main table's kind, source,
    /// sampling and harness in any of them (GPT-5's 94.6% "no tools" on AIME 2025 once sat in a table of
    /// its own). Checked on every such benchmark of the real catalog.
    /// </summary>
    [Fact]
    public async Task The_first_row_of_a_benchmarks_main_table_is_the_best_score_it_can_be_ranked_against()
    {
        var catalog = site.Catalog();
        var checkedBoards = 0;
        using var client = site.CreatePlainClient();
        foreach (var benchmark in catalog.Benchmarks)
        {
            if (Leaderboards.For(site.Engine().View, benchmark).SingleOrDefault(b => b.IsMain) is not { } main)
            {
                continue;
            }

            var kindOfMain = main.Kind == LeaderboardKind.Independent ? ScoreKind.Independent : ScoreKind.MakersClaim;
            // The scores of the main board's kind, source, sampling and harness, in any other setting (tools, effort).
            var rankable = catalog.ScoresOn(benchmark.Slug)
                .Where(s => catalog.FindModel(s.ModelSlug) is not null && s.Kind == kindOfMain
                    && (main.Source is null || s.SourceName == main.Source) && BenchmarkSetting.Read(s.Variant).Basis == main.Basis)
                .ToList();
            if (rankable.Select(s => s.Variant ?? string.Empty).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var doc = await client.GetDocumentAsync($"/benchmarks/{benchmark.Slug}");

            // A table with a cost-to-run column has one more column before "Reported by": read the cells by their headings.
            var table = doc.ByTestId("leaderboard").QuerySelector("[data-testid='leaderboard-table']")!;
            var headings = table.QuerySelectorAll("thead th").Select(h => h.Text()).ToList();
            var first = table.QuerySelector("tbody tr")!.Children;
            var best = ComparisonEngine.ScoreText(rankable.Max(s => s.Value), benchmark.Unit);
            var shown = first[headings.IndexOf("Score")].Text();
            Assert.True(best == shown, $"/benchmarks/{benchmark.Slug}: the first row shows {shown}, the best rankable score is {best}.");
            Assert.Equal(main.Kind == LeaderboardKind.Independent ? "Independent" : "The maker", first[headings.IndexOf("Reported by")].Text());
            checkedBoards++;
        }

        Assert.True(checkedBoards > 0, "No benchmark of the catalog is scored in several settings of its main table's kind.");
    }

    [Fact]
    public async Task The_benchmarks_page_lists_every_benchmark_once_in_folded_categories_with_its_leader()
    {
        var catalog = site.Catalog();
        var index = site.Engine().BenchmarkIndex();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/benchmarks");

        var categories = doc.QuerySelectorAll("[data-testid='benchmark-category']");
        Assert.Equal(index.Categories.Length, categories.Length);
        Assert.All(categories, c => Assert.False(c.HasAttribute("open")));
        Assert.DoesNotContain("LongContext", doc.Body!.TextContent, StringComparison.Ordinal);
        var links = doc.QuerySelectorAll("[data-testid='benchmark-row'] th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(catalog.Benchmarks.Select(b => $"/benchmarks/{b.Slug}").Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        // Each leader links to the model that tops the benchmark's main leaderboard.
        var scored = catalog.Benchmarks.First(b => Leaderboards.For(site.Engine().View, b).Any(l => l.IsMain));
        var leader = Leaderboards.For(site.Engine().View, scored).First(l => l.IsMain).Entries[0].Model;
        var row = doc.QuerySelectorAll("[data-testid='benchmark-row']").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/benchmarks/{scored.Slug}");
        Assert.Equal($"/models/{leader.Slug}", row.QuerySelectorAll("td a")[0].GetAttribute("href"));
    }

    [Fact]
    public async Task A_score_without_a_run_date_says_so_and_shows_its_model_setting()
    {
        var catalog = site.Catalog();
        var score = catalog.Scores.First(s => s.Date is null && s.Setting.Configuration.Length == 0);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/benchmarks/{score.BenchmarkSlug}");

        var cells = doc.QuerySelectorAll("[data-testid='leaderboard-table'] tbody td").Select(td => td.TextContent).ToList();
        Assert.Contains(cells, c => c.EndsWith(", date not given", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.QuerySelectorAll("thead th"), th => th.TextContent == "Variant");
        Assert.Contains(doc.QuerySelectorAll("thead th"), th => th.TextContent == "Model setting");
    }

    [Fact]
    public async Task A_profile_says_where_sources_differ_and_what_the_license_allows()
    {
        var catalog = site.Catalog();
        var model = catalog.Models.First(m => m.SourcesDiffer.Any(d => d.Field == "context_window" && ComparisonEngine.RivalThatMatters(d) is not null)
            && m.CommercialUse == CommercialUse.Conditional);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models/{model.Slug}");

        var specs = doc.ByTestId("specs").TextContent;
        Assert.Contains("(sources differ: ", specs, StringComparison.Ordinal);
        Assert.Contains($"Conditional: {model.CommercialUseNote}", specs, StringComparison.Ordinal);
    }

    [Fact]
    public void No_model_names_a_license_that_contradicts_its_commercial_use()
    {
        // The old catalog showed "License: MIT + Model License (Commercial use allowed)" beside "Commercial use: Not permitted".
        Assert.All(site.Catalog().Models.Where(m => m.License is not null), m =>
        {
            Assert.DoesNotContain("commercial use allowed", m.License!, StringComparison.OrdinalIgnoreCase);
            Assert.NotEqual(CommercialUse.Unknown, m.CommercialUse);
        });
    }
}
