using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class ModelListingTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static CatalogSnapshot Catalog() => new TestCatalogBuilder()
        .Provider("openai", "OpenAI")
        .Provider("acme", "Acme")
        .Model("alpha", "Alpha", "openai", m => m with
        {
            ReleaseDate = new DateOnly(2025, 1, 1),
            ContextWindow = 128_000,
            OpenWeights = false,
            Capabilities = TestCatalogBuilder.Caps((Capability.Vision, true)),
        })
        .Model("beta", "Beta", "acme", m => m with { ReleaseDate = new DateOnly(2025, 6, 1), ContextWindow = 1_000_000, OpenWeights = true })
        .Model("gamma", "Gamma", "acme", m => m with { Status = ModelStatus.Retired, RetirementDate = new DateOnly(2026, 1, 1) })
        .Model("delta", "Delta", "openai", m => m with { ReleaseDate = new DateOnly(2024, 3, 1), ContextWindow = 32_000 })
        .Model("epsilon", "Epsilon", "acme", m => m with { ReleaseDate = new DateOnly(2025, 3, 1), ContextWindow = 200_000 })
        .Route("openai", "alpha", 1m, 4m)
        .Route("acme", "beta", 0.5m, 2m)
        .Route("openai", "delta", 3m, 12m)
        .Route("acme", "epsilon", 0.2m, 0.8m)
        .Benchmark("mmlu", "MMLU")
        .Benchmark("tiny", "Tiny", BenchmarkCategory.Coding)
        .Score("mmlu", "alpha", 80m)
        .Score("mmlu", "beta", 70m)
        .Score("mmlu", "delta", 90m)
        .Score("mmlu", "epsilon", 60m)
        .Score("mmlu", "gamma", 95m, selfReported: true, source: "Acme")
        .Score("tiny", "alpha", 10m)
        .Build();

    private static ModelListing Listing(CatalogSnapshot? catalog = null) => new(new SnapshotView(catalog ?? Catalog()), Today, []);

    private static IEnumerable<string> Slugs(ModelListResult result) => result.Rows.Select(r => r.Slug);

    [Fact]
    public void Filters_by_maker_and_output_price_ceiling_and_leave_out_unpriced_models()
    {
        var result = Listing().List(new ModelListQuery { Maker = "acme", MaxOutput = 2m });

        Assert.Equal(["beta", "epsilon"], Slugs(result));
        Assert.Equal(2, result.Total);
        Assert.Equal("Acme", result.Rows[0].MakerName);
        Assert.Equal(0.5m, result.Rows[0].Price.Reference?.Input);
    }

    [Fact]
    public void Filters_by_capability_open_weights_and_context_minimum()
    {
        var listing = Listing();

        Assert.Equal(["alpha"], Slugs(listing.List(new ModelListQuery { Capability = Capability.Vision })));
        Assert.Equal(["beta"], Slugs(listing.List(new ModelListQuery { OpenOnly = true })));
        Assert.Equal(["beta", "epsilon"], Slugs(listing.List(new ModelListQuery { MinContext = 200_000 })));
    }

    [Fact]
    public void Prices_sort_either_way_with_unpriced_models_last()
    {
        var listing = Listing();

        Assert.Equal(["epsilon", "beta", "alpha", "delta", "gamma"], Slugs(listing.List(new ModelListQuery { Sort = ModelSort.Input })));
        Assert.Equal(["delta", "alpha", "beta", "epsilon", "gamma"], Slugs(listing.List(new ModelListQuery { Sort = ModelSort.Input, Descending = true })));
        Assert.Equal(["beta", "epsilon", "alpha", "delta", "gamma"], Slugs(listing.List(new ModelListQuery { Sort = ModelSort.Release, Descending = true })));
    }

    [Fact]
    public void A_benchmark_ranks_independent_runs_first_and_a_makers_claim_after_them_either_way()
    {
        var catalog = Catalog();
        var listing = Listing(catalog);
        var mmlu = catalog.FindBenchmark("mmlu")!;

        var best = listing.List(new ModelListQuery { Benchmark = mmlu, Sort = ModelSort.Score, Descending = true });
        var worst = listing.List(new ModelListQuery { Benchmark = mmlu, Sort = ModelSort.Score, Descending = false });

        Assert.Equal(["delta", "alpha", "beta", "epsilon", "gamma"], Slugs(best));
        Assert.Equal(["epsilon", "beta", "alpha", "delta", "gamma"], Slugs(worst));
        Assert.Equal((0, 1), (best.Rows[0].Place!.Board, best.Rows[0].Place!.Entry.Rank));
        Assert.True(best.Rows[4].Place!.Board > 0);
        Assert.True(best.Rows[4].Place!.Entry.Score.SelfReported);
    }

    [Fact]
    public void Rows_carry_each_models_status_on_the_listings_day()
    {
        var rows = Listing().List(new ModelListQuery()).Rows;

        var gamma = Assert.Single(rows, r => r.Slug == "gamma");
        Assert.Equal(ModelStatus.Retired, gamma.Status);
        Assert.Equal(Sentences.StatusCell(gamma.Model, Today), gamma.StatusNote);
        Assert.All(rows.Where(r => r.Slug != "gamma"), r => Assert.Null(r.StatusNote));
    }

    [Fact]
    public void A_page_past_the_last_gives_the_last_page_with_a_note()
    {
        var result = Listing().List(new ModelListQuery { Page = 3 });

        Assert.True(result.PastLastPage);
        Assert.Equal(1, result.Query.Page);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(5, result.Rows.Length);
        Assert.Equal<string>(["Page 3 does not exist; showing page 1, the last."], result.Notes);
    }

    [Fact]
    public void Reading_drops_each_value_it_cannot_use_with_a_note()
    {
        var query = Listing().Read(new ModelListText("price1", "up", "nobody", "telepathy", "maybe", "0") { Bench = "nope", MaxInput = "cheap", Context = "-5" });

        Assert.Equal(new ModelListQuery { Notes = query.Notes }, query);
        Assert.Equal<string>(
            [
                "Benchmark \"nope\" is not in the catalog; no scores are shown.",
                "Sort \"price1\" is not one of name, release, context, input, output or score; sorted by name.",
                "Input price \"cheap\" is not a price in dollars per 1M tokens; showing every price.",
                "Context \"-5\" is not a number of tokens; showing every context window.",
                "Direction \"up\" is not asc or desc; using asc.",
                "Maker \"nobody\" makes no model in the catalog; showing every maker.",
                "Capability \"telepathy\" is not one the catalog tracks; showing every model.",
                "Open \"maybe\" is not true or false; showing every model.",
                "Page \"0\" is not a page number; showing page 1.",
            ],
            query.Notes);
    }

    [Fact]
    public void Reading_a_benchmark_sorts_by_its_score_best_first()
    {
        var query = Listing().Read(new ModelListText(null, null, "ACME", "function_calling", "true", "2") { Bench = "MMLU", MaxOutput = "$2.5" });

        Assert.Equal(ModelSort.Score, query.Sort);
        Assert.True(query.Descending);
        Assert.Equal("acme", query.Maker);
        Assert.Equal(Capability.FunctionCalling, query.Capability);
        Assert.True(query.OpenOnly);
        Assert.Equal(2.5m, query.MaxOutput);
        Assert.Equal("mmlu", query.Benchmark?.Slug);
        Assert.Equal(2, query.Page);
        Assert.Empty(query.Notes);
    }

    [Fact]
    public void The_benchmark_choices_are_the_views_and_a_chosen_benchmark_without_a_leaderboard_page_joins_them()
    {
        var catalog = Catalog();
        var listing = Listing(catalog);

        var choices = Assert.Single(listing.BenchmarkChoices);
        Assert.Equal(BenchmarkCategory.Reasoning, choices.Category);
        Assert.Equal(["mmlu"], choices.Benchmarks.Select(b => b.Slug));

        // The view's list itself, not one worked out again for the request.
        Assert.Equal(listing.BenchmarkChoices, listing.List(new ModelListQuery { Benchmark = catalog.FindBenchmark("mmlu") }).BenchmarkChoices);
        Assert.Equal(listing.BenchmarkChoices, listing.List(new ModelListQuery()).BenchmarkChoices);

        var withTiny = listing.List(new ModelListQuery { Benchmark = catalog.FindBenchmark("tiny") }).BenchmarkChoices;
        Assert.Equal([(BenchmarkCategory.Reasoning, "mmlu"), (BenchmarkCategory.Coding, "tiny")], withTiny.SelectMany(g => g.Benchmarks.Select(b => (g.Category, b.Slug))));
    }

    [Fact]
    public void Other_boards_are_the_other_benchmarks_of_the_task_that_ranks_by_the_chosen_one()
    {
        var catalog = Catalog();
        var mmlu = catalog.FindBenchmark("mmlu")!;
        var tiny = catalog.FindBenchmark("tiny")!;
        var task = new ReaderTask("Best reasoning models", ReaderTaskKind.BestUnder) { Benchmark = mmlu, Boards = [mmlu, tiny] };
        var listing = new ModelListing(new SnapshotView(catalog), Today, [task]);

        Assert.Equal(["tiny"], listing.List(new ModelListQuery { Benchmark = mmlu }).OtherBoards.Select(b => b.Slug));
        Assert.Empty(listing.List(new ModelListQuery()).OtherBoards);
    }
}
