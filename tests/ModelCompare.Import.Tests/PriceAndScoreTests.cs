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

    private static ModelsDevData Data(params ModelsDevModel[] routes) => new()
    {
        Providers = new Dictionary<string, ModelsDevProvider>(),
        Canonical = [],
        Routes = routes,
        History = [],
        OpenRouter = [],
    };

    private static CatalogModel Model(string key) => new() { Slug = key, Key = key, Maker = "openai", Name = key };

    private static CatalogRoute BuildOne(ModelsDevModel entry)
    {
        var model = Model("gpt-oss-120b");
        var routeKeys = new Dictionary<string, RouteMatch> { [ModelSelector.RouteId(entry)] = new RouteMatch(entry, model.Key, null, model.Key) };
        var routes = new RouteBuilder(Data(entry), new ImportReport())
            .Build(new Dictionary<string, CatalogModel> { [model.Key] = model }, routeKeys);
        return Assert.Single(routes);
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
    public void Yaml_quotes_strings_that_would_read_as_other_types_and_trims_numbers()
    {
        var yaml = new YamlMap().Add("name", "2025").Add("flag", "true").Add("price", 2.50m).Add("sdk", "@ai-sdk/openai").Add("skip", null).ToYaml();

        Assert.Equal("name: \"2025\"\nflag: \"true\"\nprice: 2.5\nsdk: '@ai-sdk/openai'\n", yaml);
    }
}
