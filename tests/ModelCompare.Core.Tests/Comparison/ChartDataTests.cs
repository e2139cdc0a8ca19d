using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class ChartDataTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    /// <summary>
    /// Blends (0.7 × input + 0.3 × output): a $1 (list), c $2 (market: one host), b $4 (list), d $10 (list);
    /// e has no route, f is free from its maker. GPQA is scored by all six; MMLU by a, b and e only.
    /// </summary>
    private static CatalogSnapshot Catalog() => new TestCatalogBuilder()
        .Provider("x", "Maker X").Provider("host", "Host", SellerKind.Reseller).Provider("f", "Maker F")
        .Model("a", "Model A", "x").Model("b", "Model B", "x").Model("c", "Model C", "y")
        .Model("d", "Model D", "x").Model("e", "Model E", "z").Model("f", "Model F", "f")
        .Route("x", "a", 1m, 1m)
        .Route("x", "b", 4m, 4m)
        .Route("host", "b", 0.5m, 0.5m)
        .Route("host", "c", 2m, 2m, r => r with { History = [new PricePoint(new DateOnly(2025, 3, 1), PriceEvent.Added, new TokenPrices(3m, 3m)), new PricePoint(new DateOnly(2025, 9, 1), PriceEvent.Changed, new TokenPrices(2m, 2m))] })
        .Route("x", "d", 10m, 10m)
        .Route("f", "f", null, null, r => r with { IsFreeTier = true })
        .Benchmark("gpqa", "GPQA Diamond")
        .Benchmark("mmlu", "MMLU")
        .Score("gpqa", "a", 50m).Score("gpqa", "b", 70m).Score("gpqa", "c", 40m)
        .Score("gpqa", "d", 65m).Score("gpqa", "e", 90m).Score("gpqa", "f", 30m)
        .Score("mmlu", "a", 60m).Score("mmlu", "b", 80m).Score("mmlu", "e", 85m)
        .Build();

    private static PriceScoreChart Chart(CatalogSnapshot c) => Leaderboards.PriceScore(new SnapshotView(c), c.FindBenchmark("gpqa")!, Leaderboards.For(new SnapshotView(c), c.FindBenchmark("gpqa")!)[0])!;

    private static ModelFacts Facts(CatalogSnapshot c, string slug) => Engine(c).Describe(c.FindModel(slug)!, TrafficProfile.Default);

    [Fact]
    public void A_leaderboard_charts_each_model_with_a_positive_list_or_market_price_cheapest_first()
    {
        var c = Catalog();
        var benchmark = c.FindBenchmark("gpqa")!;

        var chart = Leaderboards.PriceScore(new SnapshotView(c), benchmark, Leaderboards.For(new SnapshotView(c), benchmark)[0])!;

        Assert.Equal(
            ["a $1 50% List", "c $2 40% Market", "b $4 70% List", "d $10 65% List"],
            chart.Points.Select(p => $"{p.ModelSlug} {p.PriceText} {p.ScoreText} {p.Basis}"));
        Assert.Equal((1m, 10m, 40m, 70m), (chart.MinBlend, chart.MaxBlend, chart.MinScore, chart.MaxScore));
        Assert.Equal("Price against GPQA Diamond score for 4 models", chart.Title);
        Assert.Equal("Models up and to the left give more for less.", chart.Caption);
    }

    [Fact]
    public void Models_no_cheaper_model_outscores_are_marked_as_giving_the_most_for_their_price()
    {
        var c = Catalog();
        var benchmark = c.FindBenchmark("gpqa")!;

        var chart = Leaderboards.PriceScore(new SnapshotView(c), benchmark, Leaderboards.For(new SnapshotView(c), benchmark)[0])!;

        Assert.Equal(["a", "b"], chart.Points.Where(p => p.GivesMostForPrice).Select(p => p.ModelSlug));
    }

    [Fact]
    public void The_market_price_is_charted_never_a_resellers_cheaper_route()
    {
        var c = Catalog();
        var benchmark = c.FindBenchmark("gpqa")!;

        var b = Leaderboards.PriceScore(new SnapshotView(c), benchmark, Leaderboards.For(new SnapshotView(c), benchmark)[0])!.Points.Single(p => p.ModelSlug == "b");

        Assert.Equal((4m, PriceBasis.List, "list price"), (b.Blend, b.Basis, b.BasisName));
    }

    [Fact]
    public void A_leaderboard_with_fewer_than_three_priced_models_has_no_chart()
    {
        var c = Catalog();
        var benchmark = c.FindBenchmark("mmlu")!;

        Assert.Null(Leaderboards.PriceScore(new SnapshotView(c), benchmark, Leaderboards.For(new SnapshotView(c), benchmark)[0]));
    }

    [Fact]
    public void Leaderboard_entries_carry_the_list_or_market_price()
    {
        var c = Catalog();
        var benchmark = c.FindBenchmark("gpqa")!;

        var entries = Leaderboards.For(new SnapshotView(c), benchmark)[0].Entries;

        Assert.Equal(
            ["e None", "b List 4", "d List 10", "a List 1", "c Market 2", "f List 0"],
            entries.Select(e => $"{e.Model.Slug} {e.Price!.Basis}{(e.Price.ReferenceBlend is { } blend ? " " + blend.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "")}"));
    }

    [Fact]
    public void A_pair_chart_uses_the_shared_benchmark_with_the_most_charted_models_and_gives_the_pairs_own_points()
    {
        var c = Catalog();

        var chart = Engine(c).Compare(Facts(c, "b"), Facts(c, "a")).PriceScore!;

        Assert.Equal("gpqa", chart.BenchmarkSlug);
        // Only the pair's own points, first model (in the page's order) first: the other models are in the chart's file, not on the page.
        Assert.Equal(["a A $1 50%", "b B $4 70%"], chart.Pair.Select(p => $"{p.ModelSlug} {p.Role} {p.PriceText} {p.ScoreText}"));
        // A is the cheapest on the chart and gives the most for its price there; the page does not say so, as it depends on other models' prices.
        Assert.DoesNotContain(chart.Pair, p => p.GivesMostForPrice);
        Assert.Equal("Price against GPQA Diamond score, each model on the leaderboard with a list or market price", chart.Alt);
        Assert.Equal("Model A: 50% at $1 (list price).", Sentences.PriceScorePlace(chart.Pair[0].ModelName, chart.Pair[0].ScoreText, chart.Pair[0].PriceText, chart.Pair[0].BasisName));
        Assert.Empty(chart.Notes);
    }

    /// <summary>A ($1, 50%), B ($4, 70%), C ($2, 40%) and D at <paramref name="d"/> (65%).</summary>
    private static CatalogSnapshot FourWithD(decimal d) => new TestCatalogBuilder()
        .Provider("x", "Maker X")
        .Model("a", "Model A", "x").Model("b", "Model B", "x").Model("c", "Model C", "x").Model("d", "Model D", "x")
        .Route("x", "a", 1m, 1m).Route("x", "b", 4m, 4m).Route("x", "c", 2m, 2m).Route("x", "d", d, d)
        .Benchmark("gpqa", "GPQA Diamond")
        .Score("gpqa", "a", 50m).Score("gpqa", "b", 70m).Score("gpqa", "c", 40m).Score("gpqa", "d", 65m)
        .Build();

    [Fact]
    public void A_pair_chart_is_the_same_whatever_another_model_on_it_costs_while_the_files_labels_stay_put()
    {
        var (before, after) = (FourWithD(10m), FourWithD(8m));

        var x = Engine(before).Compare(Facts(before, "a"), Facts(before, "b")).PriceScore!;
        var y = Engine(after).Compare(Facts(after, "a"), Facts(after, "b")).PriceScore!;

        // D moves on the chart's file but still gives less for more than B, so the file names the same models in the same places.
        Assert.NotEqual(Chart(before).Points, Chart(after).Points);
        Assert.Equal(["a", "b"], Chart(after).Labels.Select(l => l.Point.ModelSlug));
        Assert.Equal(Chart(before).Labels.Select(l => l.LabelBox), Chart(after).Labels.Select(l => l.LabelBox));
        Assert.Equal((x.BenchmarkSlug, x.Alt, x.Caption), (y.BenchmarkSlug, y.Alt, y.Caption));
        Assert.Equal(x.Pair.ToArray(), y.Pair.ToArray());
        // Where the page draws the pair's points and labels over the file does not move either.
        Assert.Equal(2, x.Marks.Length);
        Assert.Equal(x.Marks.ToArray(), y.Marks.ToArray());
    }

    [Fact]
    public void The_pairs_labels_keep_clear_of_the_labels_the_chart_file_draws()
    {
        var (before, after) = (FourWithD(10m), FourWithD(0.5m));

        var x = Engine(before).Compare(Facts(before, "a"), Facts(before, "b")).PriceScore!;
        var y = Engine(after).Compare(Facts(after, "a"), Facts(after, "b")).PriceScore!;

        // D at $0.50 and 65% now gives the most for its price, so the file names it first, 9 units right of its point:
        // x = 48 + 342 × (log10(0.5) + 2) / 5 = 164.21, y = 26 + 0.35 × 258 = 116.3; "Model D" is 7 × 14 × 0.64 = 62.72 wide.
        var fileLabels = Chart(after).Labels;
        Assert.Equal(["d", "b"], fileLabels.Select(l => l.Point.ModelSlug));
        var d = fileLabels[0].LabelBox;
        Assert.Equal((173.21m, 107.3m, 235.93m, 125.3m), (Math.Round(d.X1, 2), d.Y1, Math.Round(d.X2, 2), d.Y2));
        // B's label, right of its point at x 235.0, would touch D's; it moves, and neither of the pair's labels covers one of the file's.
        Assert.True(x.Marks[1].LabelBox.Overlaps(d), "B's label beside its point would cover D's label");
        Assert.NotEqual(x.Marks[1].LabelBox, y.Marks[1].LabelBox);
        // The file's own label of B is covered over, so B is named once, by the page; D's label stays in view.
        Assert.Equal(["b"], y.Covered.Select(l => l.Point.ModelSlug));
        Assert.All(y.Marks, m => Assert.DoesNotContain(fileLabels.Where(f => f.Point.ModelSlug == "d"), f => f.LabelBox.Overlaps(m.LabelBox)));
        Assert.False(y.Marks[0].LabelBox.Overlaps(y.Marks[1].LabelBox));
        Assert.All(y.Marks, m => Assert.True(m.NeedsLeader || m.LabelBox.Distance(m.X, m.Y) <= PriceScorePlot.LeaderDistance, m.Label));
    }

    [Fact]
    public void The_pairs_points_sit_on_fixed_axes_from_their_own_price_and_score_with_labels_beside_them()
    {
        var c = Catalog();

        var marks = Engine(c).Compare(Facts(c, "a"), Facts(c, "b")).PriceScore!.Marks;

        // x: 48 + 342 × (log10(blend) + 2) / 5 on the $0.01-$1,000 axis; y: 26 + (1 - score / 100) × 258.
        // A ($1, 50%): 48 + 342 × 2/5 = 184.8, 26 + 0.5 × 258 = 155. B ($4, 70%): 48 + 342 × 2.60206/5 = 225.98, 26 + 0.3 × 258 = 103.4.
        Assert.Equal(["a 184.8 155.0 7", "b 226.0 103.4 7"], marks.Select(m => FormattableString.Invariant($"{m.Point.ModelSlug} {m.X:0.0} {m.Y:0.0} {m.Radius}")));
        // Each label is 9 units right of its point, centred on it: "Model A: 50%, $1" is 16 characters, 16 × 14 × 0.64 = 143.36 wide.
        Assert.Equal(["Model A: 50%, $1", "Model B: 70%, $4"], marks.Select(m => m.Label));
        Assert.Equal(new ChartBox(193.8m, 146m, 337.16m, 164m), marks[0].LabelBox with { X1 = Math.Round(marks[0].LabelBox.X1, 2), X2 = Math.Round(marks[0].LabelBox.X2, 2) });
        Assert.All(marks, m => Assert.Equal((LabelAnchor.Start, false), (m.Anchor.Anchor, m.NeedsLeader)));
    }

    [Fact]
    public void Two_points_at_the_same_place_get_labels_apart_from_each_other_and_from_both_points()
    {
        var c = new TestCatalogBuilder()
            .Provider("x", "Maker X")
            .Model("a", "Model A", "x").Model("b", "Model B", "x").Model("c", "Model C", "x")
            .Route("x", "a", 3m, 3m).Route("x", "b", 3m, 3m).Route("x", "c", 1m, 1m)
            .Benchmark("gpqa", "GPQA Diamond")
            .Score("gpqa", "a", 99m).Score("gpqa", "b", 98.5m).Score("gpqa", "c", 40m)
            .Build();

        var marks = Engine(c).Compare(Facts(c, "a"), Facts(c, "b")).PriceScore!.Marks;

        var points = marks.Select(m => ChartBox.Around(m.X, m.Y, m.Radius)).ToList();
        Assert.False(marks[0].LabelBox.Overlaps(marks[1].LabelBox));
        Assert.All(marks, m => Assert.DoesNotContain(points, m.LabelBox.Overlaps));
        // Both inside the plot (the top point's label cannot go above the drawing) and each beside its point or joined to it by a line.
        Assert.All(marks, m => Assert.True(m.LabelBox.Y1 >= 0m && m.LabelBox.X2 <= PriceScorePlot.Width - PriceScorePlot.Right, $"{m.Label} at {m.LabelBox}"));
        Assert.All(marks, m => Assert.True(m.NeedsLeader || m.LabelBox.Distance(m.X, m.Y) <= PriceScorePlot.LeaderDistance, m.Label));
    }

    [Theory]
    [InlineData(0.01, 48)]
    [InlineData(0.001, 48)]
    [InlineData(1, 184.8)]
    [InlineData(1000, 390)]
    [InlineData(5000, 390)]
    public void The_price_axis_is_a_log_scale_over_fixed_decades_and_a_price_outside_sits_at_its_edge(double blend, double x) =>
        Assert.Equal((decimal)x, Math.Round(PriceScorePlot.X((decimal)blend), 6));

    [Theory]
    [InlineData(100, 0, 100, true, 26)]
    [InlineData(0, 0, 100, true, 284)]
    [InlineData(25, 0, 100, false, 90.5)]
    [InlineData(1500, 0, 3000, true, 155)]
    [InlineData(3200, 0, 3000, true, 26)]
    public void The_score_axis_is_the_benchmarks_scale_best_at_the_top(double score, double min, double max, bool higherIsBetter, double y) =>
        Assert.Equal((decimal)y, PriceScorePlot.Y((decimal)score, (decimal)min, (decimal)max, higherIsBetter));

    [Fact]
    public void The_axes_ticks_are_the_decades_and_round_steps_of_the_benchmarks_scale()
    {
        Assert.Equal([0.01m, 0.1m, 1m, 10m, 100m, 1000m], PriceScorePlot.PriceTicks.ToArray());
        Assert.Equal([0m, 20m, 40m, 60m, 80m, 100m], PriceScorePlot.ScoreTicks(0m, 100m));
        Assert.Equal([0m, 1000m, 2000m, 3000m], PriceScorePlot.ScoreTicks(0m, 3000m));
    }

    [Fact]
    public void A_pair_model_without_a_price_is_named_in_a_note_and_a_free_one_is_said_to_be_free()
    {
        var c = Catalog();

        var chart = Engine(c).Compare(Facts(c, "e"), Facts(c, "f")).PriceScore!;

        Assert.Empty(chart.Pair);
        Assert.Equal(2, chart.Notes.Length);
        Assert.Equal("Model E has no list or market price, so it is not on the chart.", chart.Notes[0]);
        Assert.Equal("Model F is free from its maker, so it has no place on the chart's price scale.", chart.Notes[1]);
    }

    [Fact]
    public void A_pair_that_shares_no_charted_benchmark_has_no_chart()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x")
            .Route("x", "a", 1m, 1m).Route("x", "b", 2m, 2m)
            .Benchmark("gpqa", "GPQA Diamond")
            .Score("gpqa", "a", 50m).Score("gpqa", "b", 60m)
            .Build();

        Assert.Null(Engine(c).Compare(Facts(c, "a"), Facts(c, "b")).PriceScore);
    }

    [Theory]
    [InlineData(true, "Models up and to the left give more for less.")]
    [InlineData(false, "Lower scores are better here, so the score axis is turned over: models up and to the left give more for less.")]
    public void The_caption_says_which_corner_gives_more_for_less(bool higherIsBetter, string expected) =>
        Assert.Equal(expected, Sentences.PriceScoreCaption(higherIsBetter));

    [Fact]
    public void The_title_names_the_protocol_and_counts_one_model_in_the_singular() =>
        Assert.Equal("Price against GPQA Diamond score (no tools) for 1 model", Sentences.PriceScoreTitle("GPQA Diamond", "no tools", 1, null, null));

    [Fact]
    public void A_list_price_history_charts_the_list_route_and_not_a_longer_resellers_history()
    {
        var c = new TestCatalogBuilder()
            .Provider("x", "Maker X").Provider("host", "Host")
            .Model("a", "Model A", "x")
            .Route("x", "a", 1m, 1m, r => r with { History = [new PricePoint(new DateOnly(2025, 1, 1), PriceEvent.Added, new TokenPrices(1m, 1m))] })
            .Route("host", "a", 0.5m, 0.5m, r => r with
            {
                History = [new PricePoint(new DateOnly(2024, 1, 1), PriceEvent.Added, new TokenPrices(2m, 2m)), new PricePoint(new DateOnly(2024, 6, 1), PriceEvent.Changed, new TokenPrices(0.5m, 0.5m))],
            })
            .Build();

        var history = ProfileFacts.History(c, Facts(c, "a"));

        Assert.Equal(("x", "Maker X (x)", 1), (history.Chart!.ProviderSlug, history.Chart.RouteName, history.Chart.Steps.Length));
        Assert.Null(history.Note);
        Assert.Empty(history.HostChanges);
    }

    [Fact]
    public void A_list_route_without_recorded_changes_says_so_and_draws_nothing()
    {
        var c = Catalog();

        var history = ProfileFacts.History(c, Facts(c, "a"));

        Assert.Null(history.Chart);
        Assert.Equal("No change to the list price on Maker X (x) is on record.", history.Note);
    }

    [Fact]
    public void A_market_price_has_no_single_history_and_lists_each_hosts_changes_newest_first()
    {
        var c = Catalog();

        var history = ProfileFacts.History(c, Facts(c, "c"));

        Assert.Null(history.Chart);
        Assert.Equal("The market price is the median of 1 host's prices, so it has no single history. Each host's recorded changes follow.", history.Note);
        Assert.Equal(["2025-09-01 Changed 2", "2025-03-01 Added 3"], history.HostChanges.Select(h => $"{h.Step.From:yyyy-MM-dd} {h.Step.Event} {h.Step.Input:0.##}"));
    }

    [Fact]
    public void A_model_without_a_price_has_no_history_and_says_why()
    {
        var c = Catalog();

        var history = ProfileFacts.History(c, Facts(c, "e"));

        Assert.Equal((null, "Model E has no list or market price, so it has no price history."), (history.Chart, history.Note));
    }

    [Theory]
    [InlineData(3, 0, "The market price is the median of 3 hosts' prices, so it has no single history. No host's price change is on record.")]
    [InlineData(2, 4, "The market price is the median of 2 hosts' prices, so it has no single history. Each host's recorded changes follow.")]
    public void The_market_history_note_counts_hosts(int hosts, int changes, string expected) =>
        Assert.Equal(expected, Sentences.MarketPriceHistory(hosts, changes));
}
