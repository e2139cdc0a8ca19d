using System.Text.Json.Nodes;
using ModelCompare.Catalog;
using ModelCompare.Import.Building;
using ModelCompare.Import.Output;
using DataSet = ModelCompare.Data.DataSet;
using DataSetReader = ModelCompare.Data.DataSetReader;

namespace ModelCompare.Import.Tests;

/// <summary>
/// The fact rules of docs/import.md, each on the fixture datasets with one small edit: status from the maker's own
/// LiteLLM key (never a cloud's), a deprecated maker's route and OpenRouter's expiration date; open weights and license
/// decided together; capabilities following the modalities; max output outliers; cutoffs after the release; and
/// editors' corrections that survive the import.
/// </summary>
public sealed class FactRulesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mc-facts-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A copy of the fixture datasets, edited, imported (once or twice) and read back by the site's reader.</summary>
    private (DataSet Data, ImportReport Report) Import(Action<string>? edit = null, string? correctionsYaml = null, int runs = 1)
    {
        var datasets = Path.Combine(_root, "datasets");
        if (!Directory.Exists(datasets))
        {
            Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "datasets"), datasets);
            edit?.Invoke(datasets);
        }

        var data = Path.Combine(_root, "data");
        var corrections = Path.Combine(data, "corrections");
        if (correctionsYaml is not null)
        {
            Directory.CreateDirectory(corrections);
            File.WriteAllText(Path.Combine(corrections, "facts.yaml"), correctionsYaml);
        }

        var licenses = LicenseTable.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "licenses.yaml"));
        ImportReport report = new();
        for (var i = 0; i < runs; i++)
        {
            report = new ImportReport();
            var catalog = DatasetCatalogBuilder.Build(datasets, licenses, report, Corrections.Load(corrections));
            DataWriter.Write(catalog, data);
        }

        return (DataSetReader.Read(data), report);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    /// <summary>Edits models.dev's flattened catalog: <paramref name="edit"/> gets the canonical models and the routes.</summary>
    private static void EditModelsDev(string datasets, Action<JsonObject, JsonArray> edit)
    {
        var path = Path.Combine(datasets, "models-dev", "derived", "catalog.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(root["models"]!.AsObject(), root["routes"]!.AsArray());
        File.WriteAllText(path, root.ToJsonString());
    }

    private static JsonObject Route(JsonArray routes, string provider, string id) =>
        routes.OfType<JsonObject>().Single(r => (string?)r["provider_id"] == provider && (string?)r["model_id"] == id);

    private static Model Model(DataSet data, string slug) => data.Models.Single(m => m.Slug == slug);

    [Fact]
    public void Status_comes_from_the_makers_own_litellm_key_a_deprecated_maker_route_and_openrouters_expiry_never_a_clouds_key()
    {
        var (data, report) = Import(datasets =>
        {
            var lite = Path.Combine(datasets, "litellm", "model_prices_and_context_window.json");
            var map = JsonNode.Parse(File.ReadAllText(lite))!.AsObject();
            map["gpt-4o-2024-05-13"] = new JsonObject { ["mode"] = "chat", ["litellm_provider"] = "openai", ["deprecation_date"] = "2026-03-01" };
            // A cloud's key and a region's key for the same snapshot, with their own dates: not the maker's word.
            map["azure/gpt-4o-2024-05-13"] = new JsonObject { ["mode"] = "chat", ["litellm_provider"] = "azure", ["deprecation_date"] = "2025-01-01" };
            map["gpt-4o-2024-08-06"] = new JsonObject { ["mode"] = "chat", ["litellm_provider"] = "vertex_ai-openai_models", ["deprecation_date"] = "2025-02-02" };
            File.WriteAllText(lite, map.ToJsonString());

            var openRouter = Path.Combine(datasets, "models-dev", "models.json");
            var list = JsonNode.Parse(File.ReadAllText(openRouter))!.AsObject();
            list["data"]!.AsArray().OfType<JsonObject>().Single(m => (string?)m["id"] == "openai/gpt-4o")["expiration_date"] = "2026-09-01";
            File.WriteAllText(openRouter, list.ToJsonString());

            EditModelsDev(datasets, (_, routes) => Route(routes, "mistral", "mistral-large-2512")["status"] = "deprecated");
        });

        Assert.Empty(data.Problems);
        var snapshot = Model(data, "gpt-4o-2024-05-13");
        Assert.Equal(new DateOnly(2026, 3, 1), snapshot.RetirementDate);
        Assert.StartsWith("LiteLLM's entry for the maker's own API (gpt-4o-2024-05-13)", snapshot.StatusSource!.Name, StringComparison.Ordinal);

        // The cloud's date for gpt-4o-2024-08-06 is ignored; OpenRouter's expiry, a reseller's date, is the only one.
        var gpt = Model(data, "gpt-4o");
        Assert.Equal(new DateOnly(2026, 9, 1), gpt.RetirementDate);
        Assert.StartsWith("OpenRouter model list (openai/gpt-4o expiration_date)", gpt.StatusSource!.Name, StringComparison.Ordinal);

        // A deprecated maker's route with no date marks the model deprecated, and the conflict is counted.
        var large = Model(data, "mistral-large-2512");
        Assert.Equal((ModelStatus.Deprecated, (DateOnly?)null), (large.Status, large.RetirementDate));
        Assert.Contains(report.Lines(StatusBuilder.MakerRouteHeading), l => l.StartsWith("mistral-large-2512:", StringComparison.Ordinal));
        Assert.Equal(ModelStatus.Active, Model(data, "llama-3-1-8b-instruct").Status);
        Assert.Null(Model(data, "llama-3-1-8b-instruct").StatusSource);
    }

    [Fact]
    public void Open_weights_follow_the_makers_lab_record_over_its_route_and_an_open_license_on_closed_weights_gives_way()
    {
        var (data, report) = Import(datasets =>
        {
            EditModelsDev(datasets, (models, _) => models["mistral/magistral-medium-latest"]!["open_weights"] = false);
            var stats = Path.Combine(datasets, "llm-stats", "data", "organizations", "mistral", "models", "magistral-medium", "model.json");
            File.WriteAllText(stats, File.ReadAllText(stats).Replace("\"license_id\": \"proprietary\"", "\"license_id\": \"mit\"", StringComparison.Ordinal));
        });

        var magistral = Model(data, "magistral-medium");
        Assert.Equal((false, "Proprietary"), (magistral.OpenWeights, magistral.License));
        var weights = magistral.SourcesDiffer.Single(d => d.Field == "open_weights");
        Assert.Equal(("false", true), (weights.Values[0].Value, weights.Values[0].Maker));
        Assert.Contains(report.Lines(ModelFactsBuilder.WeightsConflict), l => l.StartsWith("magistral-medium: took closed (models.dev); against it mistral, LLM Stats license", StringComparison.Ordinal));
        Assert.Contains("magistral-medium: MIT on closed weights", report.Lines(ModelFactsBuilder.OpenLicenseOnClosedWeights));
        Assert.DoesNotContain(data.Warnings, w => w.Path.Contains("magistral", StringComparison.Ordinal));
    }

    [Fact]
    public void Vision_follows_image_input_and_max_output_drops_the_context_restated_and_outliers()
    {
        var (data, report) = Import(datasets => EditModelsDev(datasets, (models, routes) =>
        {
            // The lab record says text only; every route, the maker's first, reads images too.
            models["openai/gpt-4o"]!["modalities"] = new JsonObject { ["input"] = new JsonArray("text"), ["output"] = new JsonArray("text") };
            foreach (var (provider, id) in new[] { ("openai", "gpt-4o"), ("openrouter", "openai/gpt-4o") })
            {
                Route(routes, provider, id)["modalities"] = new JsonObject { ["input"] = new JsonArray("text", "image"), ["output"] = new JsonArray("text") };
            }

            // One host restates the context window as the output limit, another writes 65,536 (8x the 8,192 most give).
            Route(routes, "openrouter", "meta-llama/llama-3.1-8b-instruct")["limit"] = new JsonObject { ["context"] = 131072, ["output"] = 131072 };
            Route(routes, "amazon-bedrock", "meta.llama-3.1-8b-instruct")["limit"] = new JsonObject { ["context"] = 131072, ["output"] = 65536 };
        }));

        var gpt = Model(data, "gpt-4o");
        Assert.Equal([Modality.Text, Modality.Image], gpt.Modalities.Input.ToArray());
        Assert.True(gpt.Capabilities[Capability.Vision]);
        Assert.Contains("gpt-4o vision: true (image input), not false", report.Lines(ModelFactsBuilder.CapabilityConflict));

        var llama = Model(data, "llama-3-1-8b-instruct");
        Assert.Equal(8192, llama.MaxOutput);
        Assert.Contains(report.Lines(ModelFactsBuilder.OutputIsContext), l => l.StartsWith("llama-3-1-8b-instruct: 131072 (the context window) left out", StringComparison.Ordinal));
        Assert.Contains("llama-3-1-8b-instruct: 65536 left out, more than 4x 8192 (the median)", report.Lines(ModelFactsBuilder.OutputOutlier));
        Assert.Empty(data.Problems);
    }

    [Fact]
    public void Max_output_without_the_makers_route_takes_the_makers_own_litellm_entry_before_hosts_and_never_a_clouds()
    {
        // OpenAI's route gives no output limit; its own LiteLLM key says 4,096, a cloud's key 2,048, the hosts 16,384.
        var (data, report) = Import(datasets =>
        {
            EditModelsDev(datasets, (_, routes) => Route(routes, "openai", "gpt-4o")["limit"] = new JsonObject { ["context"] = 128000 });
            var lite = Path.Combine(datasets, "litellm", "model_prices_and_context_window.json");
            var map = JsonNode.Parse(File.ReadAllText(lite))!.AsObject();
            map["gpt-4o"]!["max_output_tokens"] = 4096;
            map["azure/gpt-4o"] = new JsonObject { ["mode"] = "chat", ["litellm_provider"] = "azure", ["max_output_tokens"] = 2048 };
            File.WriteAllText(lite, map.ToJsonString());
        });

        Assert.Empty(data.Problems);
        var gpt = Model(data, "gpt-4o");
        Assert.Equal(4096, gpt.MaxOutput);
        var dispute = gpt.SourcesDiffer.Single(d => d.Field == "max_output");
        Assert.Equal(("4096", true, "LiteLLM's entry for the maker's own API (gpt-4o)"), (dispute.Values[0].Value, dispute.Values[0].Maker, dispute.Values[0].Sources.Single()));
        Assert.DoesNotContain(dispute.Values, v => v.Value == "2048");
        Assert.Contains(report.Lines(ModelFactsBuilder.OutputFromMakerEntry), l => l.StartsWith("gpt-4o: 4096 from LiteLLM's entry for the maker's own API (gpt-4o); also 16384", StringComparison.Ordinal));

        // With the maker's route giving the limit, the route is the maker's word and the entry is not heard.
        using var fresh = new FactRulesTests();
        var (plain, plainReport) = fresh.Import(datasets =>
        {
            var lite = Path.Combine(datasets, "litellm", "model_prices_and_context_window.json");
            var map = JsonNode.Parse(File.ReadAllText(lite))!.AsObject();
            map["gpt-4o"]!["max_output_tokens"] = 4096;
            File.WriteAllText(lite, map.ToJsonString());
        });
        Assert.Equal(16384, Model(plain, "gpt-4o").MaxOutput);
        Assert.Empty(plainReport.Lines(ModelFactsBuilder.OutputFromMakerEntry));

        // An entry that restates the context window as the output limit is not an output limit.
        using var restating = new FactRulesTests();
        var (restated, _) = restating.Import(datasets =>
        {
            EditModelsDev(datasets, (_, routes) => Route(routes, "openai", "gpt-4o")["limit"] = new JsonObject { ["context"] = 128000 });
            var lite = Path.Combine(datasets, "litellm", "model_prices_and_context_window.json");
            var map = JsonNode.Parse(File.ReadAllText(lite))!.AsObject();
            map["gpt-4o"]!["max_output_tokens"] = 128000;
            File.WriteAllText(lite, map.ToJsonString());
        });
        Assert.Equal(16384, Model(restated, "gpt-4o").MaxOutput);
    }

    [Fact]
    public void A_model_known_from_hosts_alone_takes_the_makers_own_litellm_flags_and_output_over_the_hosts()
    {
        // Magistral Small 2506: the hosts say not reasoning, 32,768 context and 4,096 output; Mistral's own LiteLLM key
        // says reasoning and 40,000 output; Mistral's card says 128K context (an editor's correction).
        const string corrections = """
            - model: magistral-small-2506
              field: context_window
              value: "128000"
              source: https://huggingface.co/mistralai/Magistral-Small-2506
              checked: 2026-12-04
              reason: The model card says 128K.
            """;
        var (data, report) = Import(
            datasets =>
            {
                EditModelsDev(datasets, (_, routes) =>
                {
                    // Six hosts, enough for a model known from routes alone.
                    foreach (var provider in new[] { "togetherai", "fireworks-ai", "io-net", "nvidia", "nano-gpt", "deepinfra" })
                    {
                        routes.Add(new JsonObject
                        {
                            ["name"] = "Magistral Small 2506", ["release_date"] = "2025-06-10", ["last_updated"] = "2025-06-10",
                            ["open_weights"] = true, ["attachment"] = false, ["reasoning"] = false, ["tool_call"] = true,
                            ["modalities"] = new JsonObject { ["input"] = new JsonArray("text"), ["output"] = new JsonArray("text") },
                            ["limit"] = new JsonObject { ["context"] = 32768, ["output"] = 4096 },
                            ["provider_id"] = provider, ["model_id"] = "mistralai/Magistral-Small-2506", ["cost"] = new JsonObject { ["input"] = 0.5, ["output"] = 1.5 },
                        });
                    }
                });
                var catalog = Path.Combine(datasets, "models-dev", "derived", "catalog.json");
                var root = JsonNode.Parse(File.ReadAllText(catalog))!.AsObject();
                foreach (var (id, name) in new[] { ("io-net", "IO.NET"), ("nvidia", "Nvidia"), ("nano-gpt", "NanoGPT"), ("deepinfra", "Deep Infra") })
                {
                    root["providers"]![id] = new JsonObject { ["name"] = name, ["npm"] = "@ai-sdk/openai-compatible", ["doc"] = $"https://{id}.example.com/docs" };
                }

                File.WriteAllText(catalog, root.ToJsonString());
                var lite = Path.Combine(datasets, "litellm", "model_prices_and_context_window.json");
                var map = JsonNode.Parse(File.ReadAllText(lite))!.AsObject();
                map["mistral/magistral-small-2506"] = new JsonObject
                {
                    ["mode"] = "chat", ["litellm_provider"] = "mistral", ["max_input_tokens"] = 40000, ["max_output_tokens"] = 40000,
                    ["supports_reasoning"] = true, ["supports_function_calling"] = true,
                };
                map["gpt-4o"]!["supports_reasoning"] = true;
                File.WriteAllText(lite, map.ToJsonString());
            },
            correctionsYaml: corrections);

        Assert.Empty(data.Problems);
        var magistral = Model(data, "magistral-small-2506");
        Assert.True(magistral.Capabilities[Capability.Reasoning]);
        Assert.Contains("magistral-small-2506 reasoning: true (LiteLLM's entry for the maker's own API (mistral/magistral-small-2506)), not false", report.Lines(ModelFactsBuilder.CapabilityConflict));
        Assert.Equal((128000L, 40000L), (magistral.ContextWindow, magistral.MaxOutput));

        // The maker's route still comes first: OpenAI's route says gpt-4o does not reason, whatever its LiteLLM key says.
        Assert.False(Model(data, "gpt-4o").Capabilities[Capability.Reasoning]);
    }

    [Fact]
    public void A_hosts_cutoff_for_a_model_known_from_routes_alone_comes_after_llm_stats()
    {
        // Llama 3.1 8B has no lab record: its record is a host's route, which says 2023-11; LLM Stats, an independent
        // record, says 2023-12-01.
        var (data, report) = Import(datasets =>
        {
            EditModelsDev(datasets, (_, routes) =>
            {
                foreach (var route in routes.OfType<JsonObject>().Where(r => ((string?)r["model_id"])!.Contains("llama-3.1-8b", StringComparison.OrdinalIgnoreCase)))
                {
                    route["knowledge"] = "2023-11";
                }
            });
            var stats = Path.Combine(datasets, "llm-stats", "data", "organizations", "meta", "models", "llama-3.1-8b-instruct", "model.json");
            File.WriteAllText(stats, File.ReadAllText(stats).Replace("\"knowledge_cutoff\": null", "\"knowledge_cutoff\": \"2023-12-01\"", StringComparison.Ordinal));
        });

        Assert.Empty(data.Problems);
        Assert.Equal("2023-12-01", Model(data, "llama-3-1-8b-instruct").KnowledgeCutoff?.ToString());
        Assert.Empty(report.Lines(ModelFactsBuilder.CutoffAfterRelease));
    }

    [Fact]
    public void A_cutoff_in_the_release_month_is_dropped_for_the_next_source()
    {
        var (data, report) = Import(datasets => EditModelsDev(datasets, (_, routes) => Route(routes, "mistral", "mistral-large-2512")["knowledge"] = "2025-12"));

        var large = Model(data, "mistral-large-2512");
        Assert.NotEqual("2025-12", large.KnowledgeCutoff?.ToString());
        Assert.Contains(report.Lines(ModelFactsBuilder.CutoffAfterRelease), l => l.StartsWith("mistral-large-2512: 2025-12 from the maker's route", StringComparison.Ordinal));
        Assert.True(ModelFactsBuilder.OnOrAfter("2025-12", new DateOnly(2025, 12, 2)));
        Assert.False(ModelFactsBuilder.OnOrAfter("2025-11-30", new DateOnly(2025, 12, 2)));
        Assert.True(ModelFactsBuilder.OnOrAfter("2025-12-02", new DateOnly(2025, 12, 2)));
    }

    [Fact]
    public void A_day_in_the_month_a_higher_source_gave_on_the_release_is_dropped_with_it()
    {
        var (data, report) = Import(datasets => EditModelsDev(datasets, (models, routes) =>
        {
            var route = Route(routes, "mistral", "mistral-large-2512");
            route["release_date"] = "2025-12-10";
            route["knowledge"] = "2025-12";
            models["mistral/mistral-large-2512"]!["release_date"] = "2025-12-10";
            models["mistral/mistral-large-2512"]!["knowledge"] = "2025-12-01";
        }));

        var large = Model(data, "mistral-large-2512");
        Assert.Equal(new DateOnly(2025, 12, 10), large.ReleaseDate);
        Assert.Null(large.KnowledgeCutoff);
        Assert.Contains(report.Lines(ModelFactsBuilder.CutoffAfterRelease), l => l.StartsWith("mistral-large-2512: 2025-12-01 from the model's record, the month a higher-ranked source gave", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_count_for_closed_weights_from_llm_stats_alone_is_left_out()
    {
        var (data, report) = Import(datasets =>
        {
            var path = Path.Combine(datasets, "llm-stats", "data", "organizations", "mistral", "models", "magistral-medium", "model.json");
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"param_count\": null", "\"param_count\": 24000000000", StringComparison.Ordinal));
        }, correctionsYaml: """
            - model: magistral-medium
              field: open_weights
              value: "false"
              source: https://example.test/magistral
              checked: 2026-12-04
              reason: A test's closed weights.
            """);

        var medium = Model(data, "magistral-medium");
        Assert.False(medium.OpenWeights);
        Assert.Null(medium.Parameters);
        Assert.Contains("magistral-medium: 24B from LLM Stats", report.Lines(ModelFactsBuilder.ClosedParameters));
        Assert.Equal(8m, Model(data, "llama-3-1-8b-instruct").Parameters?.TotalBillions);
    }

    private const string CorrectionsYaml = """
        # Kept by hand; the import reads this file and never writes it.
        - model: llama-3-1-8b-instruct
          field: release_date
          value: 2024-07-24
          source: https://ai.meta.com/blog/meta-llama-3-1/
          checked: 2026-12-04
          reason: A test's correction of the release date.
        - model: mistral-large-2512
          field: context_window
          value: 128000
          source: https://docs.mistral.ai/getting-started/models/
          checked: 2026-12-04
          reason: The datasets already agree.
        - model: magistral-medium
          field: open_weights
          value: "false"
          source: https://mistral.ai/news/magistral
          checked: 2026-12-04
          reason: API only.
        - model: no-such-model
          field: status
          value: retired
          source: https://example.com/retired
          checked: 2026-12-04
          reason: A model the catalog does not have.
        """;

    [Fact]
    public void A_correction_survives_the_import_and_the_report_says_which_the_datasets_agree_with()
    {
        var (before, _) = Import();
        Assert.NotEqual(new DateOnly(2024, 7, 24), Model(before, "llama-3-1-8b-instruct").ReleaseDate);
        Assert.True(Model(before, "magistral-medium").OpenWeights);

        // The same import, twice over the same data folder, with the corrections in place.
        var (data, report) = Import(correctionsYaml: CorrectionsYaml, runs: 2);

        Assert.Equal(new DateOnly(2024, 7, 24), Model(data, "llama-3-1-8b-instruct").ReleaseDate);
        Assert.Equal((false, "Proprietary"), (Model(data, "magistral-medium").OpenWeights, Model(data, "magistral-medium").License));
        Assert.Equal(CorrectionsYaml, File.ReadAllText(Path.Combine(_root, "data", "corrections", "facts.yaml")));
        Assert.Contains(report.Lines(Building.Corrections.AgreedHeading), l => l.StartsWith("mistral-large-2512 context_window: 128000", StringComparison.Ordinal));
        Assert.Contains(report.Lines(Building.Corrections.ContradictedHeading), l => l.StartsWith("llama-3-1-8b-instruct release_date: 2024-07-24 from https://ai.meta.com/blog/meta-llama-3-1/", StringComparison.Ordinal));
        Assert.Contains(report.Lines(Building.Corrections.UnusedHeading), l => l.StartsWith("no-such-model status", StringComparison.Ordinal));
        // The site's reader accepts the folder with the corrections in it, and the corrected files agree with themselves.
        Assert.Empty(data.Problems);
        Assert.DoesNotContain(data.Warnings, w => w.Path.Contains("llama-3-1-8b", StringComparison.Ordinal) || w.Path.Contains("magistral", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correction_without_its_source_or_of_an_unknown_fact_stops_the_import_with_where()
    {
        var folder = Path.Combine(_root, "bad");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), "- model: m\n  field: price\n  value: 1\n  source: https://example.com\n  checked: 2026-12-04\n  reason: no\n");
        var unknown = Assert.Throws<InvalidDataException>(() => Building.Corrections.Load(folder));
        Assert.Contains("a.yaml:1: cannot correct price", unknown.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder, "a.yaml"), "- model: m\n  field: max_output\n  value: 1000\n  checked: 2026-12-04\n  reason: no\n");
        Assert.Contains("the correction needs source", Assert.Throws<InvalidDataException>(() => Building.Corrections.Load(folder)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Claude Sonnet 3.5 v2", "3.5", "claude sonnet")]
    [InlineData("Claude Sonnet 3.7", "3.7", "claude sonnet")]
    [InlineData("Kimi K2 0905", "2", "kimi k")]
    [InlineData("Kimi K2.5", "2.5", "kimi k")]
    [InlineData("Gemini 2.5 Pro Preview 05-06", "2.5", "gemini pro")]
    [InlineData("Llama 3.1 8B Instruct", "3.1", "llama 8b")]
    [InlineData("GLM-4.5V", "4.5", "glm v")]
    public void The_successor_rule_reads_a_version_and_a_line_from_the_name(string name, string version, string line)
    {
        var parsed = SuccessorRule.Parse(name);

        Assert.Equal((decimal.Parse(version, System.Globalization.CultureInfo.InvariantCulture), line), parsed);
    }

    [Fact]
    public void A_name_ending_in_a_month_and_day_takes_the_one_sources_date_on_that_day()
    {
        // OpenAI's gpt-3.5-turbo-0125 is the 25 January 2024 snapshot; LLM Stats dates it to the first GPT-3.5 Turbo.
        var (data, report) = Import(datasets =>
        {
            EditModelsDev(datasets, (models, routes) =>
            {
                var record = JsonNode.Parse("""
                    {"name": "GPT-3.5 Turbo 0125", "release_date": "2024-01-25", "last_updated": "2024-01-25", "open_weights": false, "attachment": false,
                     "reasoning": false, "tool_call": true, "modalities": {"input": ["text"], "output": ["text"]}, "limit": {"context": 16385, "output": 4096},
                     "id": "openai/gpt-3.5-turbo-0125"}
                    """)!.AsObject();
                models["openai/gpt-3.5-turbo-0125"] = record.DeepClone();
                var route = record.DeepClone().AsObject();
                route["id"] = "openai/gpt-3.5-turbo-0125";
                route["provider_id"] = "openrouter";
                route["model_id"] = "openai/gpt-3.5-turbo-0125";
                route["cost"] = new JsonObject { ["input"] = 0.5, ["output"] = 1.5 };
                routes.Add(route);
            });
            var stats = Path.Combine(datasets, "llm-stats", "data", "organizations", "openai", "models", "gpt-3.5-turbo-0125");
            Directory.CreateDirectory(stats);
            File.WriteAllText(Path.Combine(stats, "model.json"), """
                {"model_id": "gpt-3.5-turbo-0125", "name": "GPT-3.5 Turbo", "organization_id": "openai", "release_date": "2023-03-21",
                 "announcement_date": "2023-03-21", "license_id": "proprietary", "param_count": null, "knowledge_cutoff": null}
                """);
        });

        Assert.Empty(data.Problems);
        Assert.Equal(new DateOnly(2024, 1, 25), Model(data, "gpt-3-5-turbo-0125").ReleaseDate);
        Assert.Contains(report.Lines(ModelFactsBuilder.ReleaseVsIdDate), l => l.StartsWith("gpt-3-5-turbo-0125: 2023-03-21 replaced by 2024-01-25", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ending_in_a_month_and_day_no_source_gives_takes_the_year_of_the_sources_date_when_close()
    {
        // OpenAI's gpt-4-0314 is the 14 March 2023 snapshot; the datasets date it to a listing on 2023-05-28.
        var (data, report) = Import(datasets => EditModelsDev(datasets, (models, routes) =>
        {
            var record = JsonNode.Parse("""
                {"name": "GPT-4 0314", "release_date": "2023-05-28", "last_updated": "2023-05-28", "open_weights": false, "attachment": false,
                 "reasoning": false, "tool_call": true, "modalities": {"input": ["text"], "output": ["text"]}, "limit": {"context": 8191, "output": 4096},
                 "id": "openai/gpt-4-0314"}
                """)!.AsObject();
            models["openai/gpt-4-0314"] = record.DeepClone();
            var route = record.DeepClone().AsObject();
            route["id"] = "openai/gpt-4-0314";
            route["provider_id"] = "openrouter";
            route["model_id"] = "openai/gpt-4-0314";
            route["cost"] = new JsonObject { ["input"] = 30, ["output"] = 60 };
            routes.Add(route);
        }));

        Assert.Empty(data.Problems);
        Assert.Equal(new DateOnly(2023, 3, 14), Model(data, "gpt-4-0314").ReleaseDate);
        Assert.Contains(report.Lines(ModelFactsBuilder.ReleaseVsIdDate), l => l.StartsWith("gpt-4-0314: 2023-05-28 replaced by 2023-03-14", StringComparison.Ordinal));

        // Only a day close before the sources' date is taken: never a day after it, nor one a season earlier.
        Assert.Equal(new DateOnly(2023, 12, 31), ModelFactsBuilder.SnapshotDayBefore(new DateOnly(2024, 1, 5), (12, 31)));
        Assert.Null(ModelFactsBuilder.SnapshotDayBefore(new DateOnly(2023, 9, 1), (3, 14)));
    }

    [Fact]
    public void A_model_that_runs_in_a_thinking_mode_reasons_whatever_its_non_reasoning_id_says()
    {
        // DeepSeek's deepseek-chat and deepseek-reasoner are one model's two modes; here the maker's routes all say
        // reasoning: false, as xAI's grok-4.20-0309-non-reasoning does for Grok 4.20.
        var (data, report) = Import(datasets => EditModelsDev(datasets, (_, routes) =>
        {
            foreach (var route in routes.OfType<JsonObject>().Where(r => (string?)r["provider_id"] == "deepseek"))
            {
                route["reasoning"] = false;
            }
        }));

        var thinking = data.Models.Where(m => m.Modes.Contains("thinking")).ToList();
        Assert.NotEmpty(thinking);
        Assert.All(thinking, m => Assert.True(m.Capabilities[Capability.Reasoning], $"{m.Slug} thinks but reads as not reasoning"));
        Assert.Contains(report.Lines(ModelFactsBuilder.CapabilityConflict), l => l.EndsWith("reasoning: true (a thinking mode), not false", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_version_of_the_same_line_released_later_is_the_successor()
    {
        static CatalogModel M(string slug, string name, string family, string released) => new()
        {
            Slug = slug, Key = slug, Maker = "lab", Name = name, Family = family, ReleaseDate = DateOnly.Parse(released, System.Globalization.CultureInfo.InvariantCulture),
        };
        var models = new[]
        {
            M("s35", "Claude Sonnet 3.5 v2", "claude-sonnet", "2024-10-22"),
            M("s37", "Claude Sonnet 3.7", "claude-sonnet", "2025-02-19"),
            M("s4", "Claude Sonnet 4", "claude-sonnet", "2025-05-22"),
            M("h35", "Claude Haiku 3.5", "claude-haiku", "2024-10-22"),
            M("s36-early", "Claude Sonnet 3.6", "claude-sonnet", "2024-01-01"), // a higher version released earlier: never a successor
        };
        var report = new ImportReport();

        SuccessorRule.Apply(models, report);

        Assert.Equal(["s37", "s4", null, null, "s37"], models.Select(m => m.Successor));
        Assert.Contains("s35 -> s37 (Claude Sonnet 3.5 v2 2024-10-22, Claude Sonnet 3.7 2025-02-19)", report.Lines(SuccessorRule.Heading));
    }
}
