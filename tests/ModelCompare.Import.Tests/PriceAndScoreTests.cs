using System.Text.Json;
using ModelCompare.Import.Building;
using ModelCompare.Import.Output;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Tests;

public class PriceAndScoreTests
{
    private static ModelsDevModel Entry(string provider, string id, Price? cost) => new()
    {
        Id = id, ProviderId = provider, Name = id, Cost = cost, Output = ["text"], Input = ["text"],
    };

    private static ModelsDevData Data(params ModelsDevModel[] routes) => Data([], routes);

    private static ModelsDevData Data(IReadOnlyList<PriceHistoryRow> history, params ModelsDevModel[] routes) => new()
    {
        Providers = new Dictionary<string, ModelsDevProvider>(),
        Canonical = [],
        Routes = routes,
        History = history,
        OpenRouter = [],
    };

    private static CatalogModel Model(string key) => new() { Slug = key, Key = key, Maker = "openai", Name = key };

    private static CatalogRoute BuildOne(ModelsDevModel entry, params PriceHistoryRow[] history)
    {
        var model = Model("gpt-oss-120b");
        var routeKeys = new Dictionary<string, RouteMatch> { [ModelSelector.RouteId(entry)] = new RouteMatch(entry, model.Key, null, model.Key) };
        var routes = new RouteBuilder(Data(history, entry), new ImportReport())
            .Build(new Dictionary<string, CatalogModel> { [model.Key] = model }, routeKeys);
        return Assert.Single(routes);
    }

    [Fact]
    public void A_route_is_checked_no_earlier_than_its_last_recorded_change()
    {
        var price = new Price(0.15m, 0.6m, null, null);
        var entry = Entry("groq", "openai/gpt-oss-120b", price);

        var before = BuildOne(entry, new PriceHistoryRow("groq", "openai/gpt-oss-120b", new DateOnly(2025, 8, 6), "1", "added", price));
        var after = BuildOne(entry, new PriceHistoryRow("groq", "openai/gpt-oss-120b", new DateOnly(2026, 7, 2), "1", "added", price));

        Assert.Equal(ModelsDevData.Snapshot, before.Checked);
        Assert.Equal(new DateOnly(2026, 7, 2), after.Checked);
    }

    [Fact]
    public void A_genai_prices_check_older_than_the_last_change_does_not_date_the_route()
    {
        var price = new Price(0.15m, 0.6m, null, null);
        var entry = Entry("groq", "openai/gpt-oss-120b", price);
        var changed = BuildOne(entry, new PriceHistoryRow("groq", "openai/gpt-oss-120b", new DateOnly(2026, 5, 27), "1", "changed", price));
        var unchanged = BuildOne(entry, new PriceHistoryRow("groq", "openai/gpt-oss-120b", new DateOnly(2025, 8, 1), "1", "added", price));
        var index = new Matching.ModelIndex([Model("gpt-oss-120b")]);

        new PriceCrossCheck(new ImportReport()).Apply([new GenAiPriceEntry("groq", "gpt-oss-120b", price, new DateOnly(2025, 8, 6))], [changed], index);
        new PriceCrossCheck(new ImportReport()).Apply([new GenAiPriceEntry("groq", "gpt-oss-120b", price, new DateOnly(2025, 8, 6))], [unchanged], index);

        Assert.Equal(ModelsDevData.Snapshot, changed.Checked);
        Assert.Equal(new DateOnly(2025, 8, 6), unchanged.Checked);
    }

    [Fact]
    public void A_route_priced_at_zero_is_a_free_tier_without_a_price()
    {
        var route = BuildOne(Entry("nvidia", "openai/gpt-oss-120b", new Price(0, 0, null, null)));

        Assert.True(route.FreeTier);
        Assert.Null(route.Price);
    }

    [Fact]
    public void A_paid_route_keeps_its_price_and_is_not_free()
    {
        var route = BuildOne(Entry("groq", "openai/gpt-oss-120b", new Price(0.15m, 0.6m, 0.075m, null)));

        Assert.False(route.FreeTier);
        Assert.Equal(new Price(0.15m, 0.6m, 0.075m, null), route.Price);
    }

    [Fact]
    public void The_odd_cache_keys_are_read_as_cache_read_and_cache_write()
    {
        using var doc = JsonDocument.Parse("""{"input": 1.1, "output": 4.4, "cached_input": 0.275, "cached_write": 1.5}""");

        Assert.Equal(new Price(1.1m, 4.4m, 0.275m, 1.5m), ModelsDevReader.ReadPrice(doc.RootElement));
    }

    [Fact]
    public void Floating_point_noise_in_prices_is_rounded_away()
    {
        Assert.Equal(0.05m, ModelsDevReader.Round(0.049999999999999996m));
    }

    [Fact]
    public void Epoch_fractions_become_percent_and_a_run_without_a_start_time_has_no_date()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var epoch = Directory.CreateDirectory(Path.Combine(dir.FullName, "epoch-ai-benchmarks")).FullName;
            foreach (var table in EpochReader.Tables)
            {
                File.WriteAllText(Path.Combine(epoch, table.File), $"Model version,{table.ScoreColumn}\n");
            }

            File.WriteAllText(Path.Combine(epoch, "gpqa_diamond.csv"),
                "Model version,mean_score,Release date,Started at\n" +
                "gpt-5.4-nano-2026-03-17_high,0.7847,2026-03-17,2026-04-14T15:07:20.513Z\n" +
                "o3-mini_medium,0.8358585858585859,2025-01-31,\n");

            var scores = EpochReader.Read(dir.FullName);

            Assert.Equal(2, scores.Count);
            Assert.Equal(78.47m, scores[0].Value);
            Assert.Equal(new DateOnly(2026, 4, 14), scores[0].Date);
            Assert.False(scores[0].SelfReported);
            Assert.Equal(83.59m, scores[1].Value);
            Assert.Null(scores[1].Date);
            Assert.Equal(new DateOnly(2025, 1, 31), scores[1].ReleaseDate);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void LLM_Stats_hallucination_rates_and_placeholder_zeros_are_left_out_and_near_zero_benchmarks_say_so()
    {
        var model = Model("gpt-5");
        var stats = new LlmStatsData
        {
            Models = [new LlmStatsModel { Id = "gpt-5", Name = "GPT-5", OrganizationId = "openai", ModelJsonUrl = "https://example.org/m", BenchmarksJsonUrl = "https://example.org/b" }],
            Scores =
            [
                new LlmStatsScore("gpt-5", "factscore", 0.01m, true, "Measured hallucination rate on open-source prompts."),
                new LlmStatsScore("gpt-5", "mmmu", 0m, false, "Accuracy"),
                new LlmStatsScore("gpt-5", "mathvista", 0.72m, false, "Accuracy"),
                new LlmStatsScore("gpt-5", "arc-agi-v2", 0.009m, false, null),
            ],
            Benchmarks = new[] { "factscore", "mmmu", "mathvista", "arc-agi-v2" }.ToDictionary(id => id, id => new LlmStatsBenchmark(id, id, ["reasoning"], 1m, null)),
            Organizations = new Dictionary<string, LlmStatsOrganization>(),
        };
        var report = new ImportReport();

        var benchmarks = new BenchmarkBuilder(new Matching.ModelIndex([model]), report) { Models = [model] }.Build([], stats, []);

        var kept = benchmarks.Where(b => b.Scores.Count > 0).ToDictionary(b => b.Slug, b => Assert.Single(b.Scores).Value);
        Assert.Equal(2, kept.Count);
        Assert.Equal(72m, kept["mathvista"]);
        Assert.Equal(0.9m, kept["arc-agi-2"]);
        Assert.True(benchmarks.Single(b => b.Slug == "arc-agi-2").ExpectedLow);
        Assert.False(benchmarks.Single(b => b.Slug == "mathvista").ExpectedLow);
    }

    [Fact]
    public void Yaml_quotes_strings_that_would_read_as_other_types_and_trims_numbers()
    {
        var yaml = new YamlOutputMap().Add("name", "2025").Add("flag", "true").Add("price", 2.50m).Add("sdk", "@ai-sdk/openai").Add("skip", null).ToYaml();

        Assert.Equal("name: \"2025\"\nflag: \"true\"\nprice: 2.5\nsdk: '@ai-sdk/openai'\n", yaml);
    }
}
