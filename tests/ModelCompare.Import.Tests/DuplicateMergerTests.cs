using ModelCompare.Import.Building;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Output;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Tests;

public class DuplicateMergerTests
{
    private static ModelCandidate Canonical(string key, string maker, string id, string name, DateOnly? released = null) =>
        new(key, maker, new ModelsDevModel { Id = id, Name = name, ReleaseDate = released }, $"https://example.test/{id}", true, [id]);

    private static ModelCandidate Hosted(string key, string maker, string id, string name, DateOnly? released = null) =>
        new(key, maker, new ModelsDevModel { Id = id, ProviderId = "host", Name = name, ReleaseDate = released }, $"https://example.test/{id}", false, []);

    private static MergeResult Merge(params ModelCandidate[] candidates) =>
        DuplicateMerger.Merge(candidates, new Dictionary<string, int>(), report: new ImportReport());

    private static MergeResult Merge(Dictionary<string, int> providers, params ModelCandidate[] candidates) =>
        DuplicateMerger.Merge(candidates, providers, report: new ImportReport());

    [Fact]
    public void A_hosts_dated_id_named_like_the_undated_model_joins_the_snapshot_of_its_date()
    {
        var result = Merge(
            Canonical("gpt-4o", "openai", "openai/gpt-4o", "GPT-4o") with { SnapshotDate = null },
            Canonical("gpt-4o-2024-11-20", "openai", "openai/gpt-4o-2024-11-20", "GPT-4o (2024-11-20)") with { SnapshotDate = "20241120" },
            Hosted("openai-gpt-4o-2024-11-20", "openai", "openai-gpt-4o-2024-11-20", "GPT-4o") with { SnapshotDate = "20241120" });

        Assert.Equal(["gpt-4o", "gpt-4o-2024-11-20"], result.Kept.Select(c => c.Key));
        Assert.Equal("gpt-4o-2024-11-20", result.Redirects["openai-gpt-4o-2024-11-20"]);
        Assert.DoesNotContain("openai-gpt-4o-2024-11-20", result.Kept.Single(c => c.Key == "gpt-4o").MergedKeys);
    }

    [Fact]
    public void An_experimental_release_and_its_preview_of_one_checkpoint_are_one_model()
    {
        var day = new DateOnly(2025, 3, 25);
        var result = Merge(
            Canonical("gemini-2-5-pro-exp-03-25", "google", "google/gemini-2.5-pro-exp-03-25", "Gemini 2.5 Pro Experimental 0325", day),
            Canonical("gemini-2-5-pro-preview-03-25", "google", "google/gemini-2.5-pro-preview-03-25", "Gemini 2.5 Pro Preview 0325", day));

        Assert.Equal("gemini-2-5-pro-preview-03-25", Assert.Single(result.Kept).Key);
        Assert.Equal("gemini-2-5-pro-preview-03-25", result.Redirects["gemini-2-5-pro-exp-03-25"]);
    }

    [Fact]
    public void A_zero_suffixed_latest_record_merges_into_the_undated_model()
    {
        var result = Merge(
            Canonical("claude-opus-4", "anthropic", "anthropic/claude-opus-4-20250514", "Claude Opus 4"),
            Canonical("claude-opus-4-0", "anthropic", "anthropic/claude-opus-4-0", "Claude Opus 4 (latest)"));

        var kept = Assert.Single(result.Kept);
        Assert.Equal("claude-opus-4", kept.Key);
        Assert.Equal("Claude Opus 4", kept.Name);
        Assert.Equal(["anthropic/claude-opus-4-20250514", "anthropic/claude-opus-4-0"], kept.CanonicalIds);
        Assert.Equal(["claude-opus-4-0"], kept.MergedKeys);
        Assert.Equal(new Dictionary<string, string> { ["claude-opus-4-0"] = "claude-opus-4" }, result.Redirects);
    }

    [Fact]
    public void A_latest_record_merges_into_the_model_with_its_name_without_latest()
    {
        var result = Merge(
            Canonical("devstral-2512", "mistral", "mistral/devstral-2512", "Devstral 2", new DateOnly(2025, 12, 9)),
            Canonical("devstral-medium-latest", "mistral", "mistral/devstral-medium-latest", "Devstral 2 (latest)", new DateOnly(2025, 12, 2)));

        Assert.Equal("devstral-2512", Assert.Single(result.Kept).Key);
        Assert.Equal("devstral-2512", result.Redirects["devstral-medium-latest"]);
    }

    [Fact]
    public void A_latest_record_merges_into_the_dated_snapshot_released_the_same_day()
    {
        var day = new DateOnly(2024, 11, 1);
        var result = Merge(
            Canonical("mistral-large-2411", "mistral", "mistral/mistral-large-2411", "Mistral Large 2.1", new DateOnly(2024, 11, 18)),
            Canonical("mistral-large-2512", "mistral", "mistral/mistral-large-2512", "Mistral Large 3", day),
            Canonical("mistral-large-latest", "mistral", "mistral/mistral-large-latest", "Mistral Large (latest)", day));

        Assert.Equal(["mistral-large-2411", "mistral-large-2512"], result.Kept.Select(c => c.Key));
        Assert.Equal("mistral-large-2512", result.Redirects["mistral-large-latest"]);
    }

    [Fact]
    public void Among_same_day_models_the_one_with_fewest_extra_words_is_the_target_and_gets_the_canonical_facts()
    {
        var day = new DateOnly(2025, 9, 25);
        var result = Merge(
            Hosted("gemini-2-5-flash-preview-09-2025", "google", "gemini-2.5-flash-preview-09-2025", "Gemini 2.5 Flash Preview (09/2025)", day),
            Hosted("gemini-2-5-flash-lite-preview-09-2025", "google", "gemini-2.5-flash-lite-preview-09-2025", "Gemini 2.5 Flash Lite Preview (09-2025)", day),
            Canonical("gemini-flash-latest", "google", "google/gemini-flash-latest", "Gemini Flash Latest", day));

        Assert.Equal("gemini-2-5-flash-preview-09-2025", result.Redirects["gemini-flash-latest"]);
        var kept = result.Kept.Single(c => c.Key == "gemini-2-5-flash-preview-09-2025");
        Assert.True(kept.IsCanonical);
        Assert.Equal("google/gemini-flash-latest", kept.Facts.Id);
        Assert.Equal("Gemini 2.5 Flash Preview (09/2025)", kept.Name);
        Assert.Equal(["gemini-2.5-flash-preview-09-2025"], kept.ExtraApiIds);
    }

    [Fact]
    public void A_latest_record_with_no_other_model_is_kept_under_the_key_without_latest()
    {
        var result = Merge(
            Canonical("gpt-5", "openai", "openai/gpt-5", "GPT-5", new DateOnly(2025, 8, 7)),
            Canonical("gpt-5-chat-latest", "openai", "openai/gpt-5-chat-latest", "GPT-5 Chat (latest)", new DateOnly(2025, 8, 7)));

        Assert.Equal(["gpt-5", "gpt-5-chat"], result.Kept.Select(c => c.Key));
        var chat = result.Kept.Single(c => c.Key == "gpt-5-chat");
        Assert.Equal("GPT-5 Chat", chat.Name);
        Assert.Equal(["gpt-5-chat-latest"], chat.MergedKeys);
        Assert.Equal("gpt-5-chat", result.Redirects["gpt-5-chat-latest"]);
    }

    [Fact]
    public void The_same_name_from_one_maker_merges_into_the_canonical_record()
    {
        var result = Merge(
            new Dictionary<string, int> { ["mistral-nemo-instruct-2407"] = 6, ["mistral-nemo"] = 3 },
            Hosted("mistral-nemo-instruct-2407", "mistral", "mistralai/Mistral-Nemo-Instruct-2407", "Mistral Nemo"),
            Canonical("mistral-nemo", "mistral", "mistral/mistral-nemo", "Mistral Nemo"));

        var kept = Assert.Single(result.Kept);
        Assert.Equal("mistral-nemo", kept.Key);
        Assert.Equal(["mistralai/Mistral-Nemo-Instruct-2407"], kept.ExtraApiIds);
        Assert.Equal("mistral-nemo", result.Redirects["mistral-nemo-instruct-2407"]);
    }

    [Fact]
    public void Without_a_canonical_record_the_undated_then_the_shorter_key_is_kept()
    {
        var result = Merge(
            new Dictionary<string, int> { ["grok-4-0709"] = 9, ["grok-4"] = 1, ["kimi-k2-instruct-0905"] = 9, ["kimi-k2-0905"] = 1 },
            Hosted("grok-4-0709", "xai", "grok-4-0709", "Grok 4"),
            Hosted("grok-4", "xai", "x-ai/grok-4", "Grok 4"),
            Hosted("kimi-k2-instruct-0905", "moonshotai", "moonshotai/kimi-k2-instruct-0905", "Kimi K2 0905"),
            Hosted("kimi-k2-0905", "moonshotai", "moonshotai/kimi-k2-0905", "Kimi K2 0905"));

        Assert.Equal(["grok-4", "kimi-k2-0905"], result.Kept.Select(c => c.Key));
        Assert.Equal("grok-4", result.Redirects["grok-4-0709"]);
        Assert.Equal("kimi-k2-0905", result.Redirects["kimi-k2-instruct-0905"]);
    }

    [Fact]
    public void One_name_on_two_dated_snapshots_is_told_apart_by_the_date_not_merged()
    {
        var result = Merge(
            Hosted("kimi-k2-0711", "moonshotai", "kimi-k2-0711", "Kimi K2"),
            Hosted("kimi-k2-0905", "moonshotai", "kimi-k2-0905", "Kimi K2"));

        Assert.Empty(result.Redirects);
        Assert.Equal(["Kimi K2 0711", "Kimi K2 0905"], result.Kept.Select(c => c.Name));
    }

    [Fact]
    public void One_name_from_two_makers_is_told_apart_by_the_maker()
    {
        var result = Merge(
            Hosted("nova-pro", "amazon", "nova-pro", "Nova Pro"),
            Hosted("nova-pro-ai", "novaai", "nova-pro-ai", "Nova Pro"));

        Assert.Empty(result.Redirects);
        Assert.Equal(["Nova Pro (amazon)", "Nova Pro (novaai)"], result.Kept.Select(c => c.Name));
    }

    [Fact]
    public void A_latest_suffix_on_a_distinct_product_is_not_merged_into_a_different_model()
    {
        var result = Merge(
            Canonical("codestral-2501", "mistral", "mistral/codestral-2501", "Codestral 25.01", new DateOnly(2025, 1, 1)),
            Canonical("codestral-latest", "mistral", "mistral/codestral-latest", "Codestral (latest)", new DateOnly(2024, 5, 29)));

        Assert.Equal(["codestral", "codestral-2501"], result.Kept.Select(c => c.Key));
        Assert.Equal("Codestral", result.Kept[0].Name);
    }

    [Fact]
    public void Merged_slugs_are_written_as_aliases_of_the_kept_model()
    {
        var model = new CatalogModel { Slug = "claude-opus-4", Key = "claude-opus-4", Maker = "anthropic", Name = "Claude Opus 4", LastReviewed = new DateOnly(2026, 7, 1) };
        model.MergedSlugs.Add("claude-opus-4-0");
        var catalog = new Building.Catalog
        {
            Providers = [new CatalogProvider { Slug = "anthropic", Name = "Anthropic", Sources = [], LastReviewed = new DateOnly(2026, 7, 1) }],
            Models = [model],
            Routes = [],
            Benchmarks = [],
        };
        var dir = Path.Combine(Path.GetTempPath(), "mc-merge-" + Guid.NewGuid().ToString("N"));
        try
        {
            DataWriter.Write(catalog, dir);
            var text = File.ReadAllText(Path.Combine(dir, "models", "anthropic", "claude-opus-4.md"));
            Assert.Contains("aliases: [claude-opus-4-0]\n", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public class IdentityRuleTests
{
    private static ModelCandidate Canonical(string key, string maker, string name, IReadOnlyList<string>? weights = null) =>
        new(key, maker, new ModelsDevModel { Id = $"{maker}/{key}", Name = name, Weights = weights ?? [] }, $"https://example.test/{key}", true, [$"{maker}/{key}"]);

    private static ModelCandidate Hosted(string key, string maker, string name) =>
        new(key, maker, new ModelsDevModel { Id = key, ProviderId = "host", Name = name }, $"https://example.test/{key}", false, []);

    private static ModelsDevModel Offer(string provider, string id, decimal input, decimal output, long context) =>
        new() { Id = id, ProviderId = provider, Name = id, Cost = new Price(input, output, null, null), Context = context, MaxOutput = 8192 };

    [Fact]
    public void A_floating_name_follows_the_only_model_its_maker_sells_at_its_price_and_limits()
    {
        var entries = new Dictionary<string, ModelsDevModel>
        {
            ["deepseek-chat"] = Offer("deepseek", "deepseek-chat", 0.14m, 0.28m, 1_000_000),
            ["deepseek-v4-flash"] = Offer("deepseek", "deepseek-v4-flash", 0.14m, 0.28m, 1_000_000),
            ["deepseek-v4-pro"] = Offer("deepseek", "deepseek-v4-pro", 0.435m, 0.87m, 1_000_000),
        };
        var result = DuplicateMerger.Merge(
            [Canonical("deepseek-chat", "deepseek", "DeepSeek Chat"), Canonical("deepseek-v4-flash", "deepseek", "DeepSeek V4 Flash"), Canonical("deepseek-v4-pro", "deepseek", "DeepSeek V4 Pro")],
            new Dictionary<string, int>(), entries);

        Assert.Equal("deepseek-v4-flash", result.Redirects["deepseek-chat"]);
        Assert.Equal<string>(["non-thinking"], result.Kept.Single(c => c.Key == "deepseek-v4-flash").Modes);
        Assert.Contains("deepseek-chat", result.Pointers);
    }

    [Fact]
    public void A_floating_name_whose_terms_several_models_share_falls_back_to_its_stem()
    {
        var entries = new Dictionary<string, ModelsDevModel>
        {
            ["claude-opus-4-0"] = Offer("anthropic", "claude-opus-4-0", 15m, 75m, 200_000),
            ["claude-opus-4"] = Offer("anthropic", "claude-opus-4-20250514", 15m, 75m, 200_000),
            ["claude-opus-4-1"] = Offer("anthropic", "claude-opus-4-1", 15m, 75m, 200_000),
        };
        var result = DuplicateMerger.Merge(
            [Canonical("claude-opus-4-0", "anthropic", "Claude Opus 4 (latest)"), Canonical("claude-opus-4", "anthropic", "Claude Opus 4"), Canonical("claude-opus-4-1", "anthropic", "Claude Opus 4.1")],
            new Dictionary<string, int>(), entries);

        Assert.Equal("claude-opus-4", result.Redirects["claude-opus-4-0"]);
    }

    [Fact]
    public void Candidates_whose_weights_are_one_repository_are_one_model_kept_under_the_canonical_record()
    {
        var report = new ImportReport();
        var result = DuplicateMerger.Merge(
            [
                Canonical("llama-4-maverick-17b-instruct", "meta", "Llama 4 Maverick 17B Instruct", ["meta-llama/Llama-4-Maverick-17B-128E-Instruct"]),
                Hosted("llama-4-maverick-17b-128e-instruct", "meta", "Llama 4 Maverick 17B 128E Instruct"),
                Hosted("llama-4-maverick", "meta", "Llama 4 Maverick"),
            ],
            new Dictionary<string, int>(), openRouter: [new OpenRouterModel("meta-llama/llama-4-maverick", "Llama 4 Maverick", null) { HuggingFaceId = "meta-llama/Llama-4-Maverick-17B-128E-Instruct" }],
            report: report);

        Assert.Equal("llama-4-maverick-17b-instruct", Assert.Single(result.Kept).Key);
        Assert.Equal("llama-4-maverick-17b-instruct", result.Redirects["llama-4-maverick"]);
        Assert.Equal("llama-4-maverick-17b-instruct", result.Redirects["llama-4-maverick-17b-128e-instruct"]);
        Assert.All(report.Lines(ImportReport.MergesHeading), l => Assert.Contains("the same weights, meta-llama/Llama-4-Maverick-17B-128E-Instruct", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_reasoning_and_a_non_reasoning_id_at_one_price_are_one_model_with_two_modes()
    {
        var entries = new Dictionary<string, ModelsDevModel>
        {
            ["grok-4-fast-reasoning"] = Offer("xai", "grok-4-fast-reasoning", 0.2m, 0.5m, 2_000_000),
            ["grok-4-fast-non-reasoning"] = Offer("xai", "grok-4-fast-non-reasoning", 0.2m, 0.5m, 2_000_000),
        };
        var result = DuplicateMerger.Merge(
            [Hosted("grok-4-fast-reasoning", "xai", "Grok 4 Fast (Reasoning)"), Hosted("grok-4-fast-non-reasoning", "xai", "Grok 4 Fast (Non-Reasoning)")],
            new Dictionary<string, int>(), entries);

        var kept = Assert.Single(result.Kept);
        Assert.Equal(("grok-4-fast", "Grok 4 Fast"), (kept.Key, kept.Name));
        Assert.Equal<string>(["non-thinking", "thinking"], kept.Modes);
    }

    [Fact]
    public void An_instruct_twin_is_merged_except_for_openai_whose_instruct_models_differ()
    {
        var result = DuplicateMerger.Merge(
            [
                Hosted("llama-3-2-3b", "meta", "Llama 3.2 3B"), Hosted("llama-3-2-3b-instruct", "meta", "Llama 3.2 3B Instruct"),
                Hosted("gpt-3-5-turbo", "openai", "GPT-3.5 Turbo"), Hosted("gpt-3-5-turbo-instruct", "openai", "GPT-3.5 Turbo Instruct"),
            ],
            new Dictionary<string, int>());

        Assert.Equal(["gpt-3-5-turbo", "gpt-3-5-turbo-instruct", "llama-3-2-3b"], result.Kept.Select(c => c.Key));
    }
}

public class RouteVariantAndSettingTests
{
    [Theory]
    [InlineData("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "anthropic.claude-sonnet-4-5-20250929", "regional:us:US endpoint")]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct-FP8", "Llama-3.1-8B-Instruct", "quantized:fp8:FP8")]
    [InlineData("route/glm-5.1-6bit", "glm-5.1", "quantized:6bit:6-bit")]
    [InlineData("openai/gpt-oss-120b:free", "gpt-oss-120b", "plan:free:free tier")]
    [InlineData("anthropic/claude-opus-4.6:thinking:low", "claude-opus-4.6", "other:thinking-low:thinking mode, low effort")]
    [InlineData("TEE/glm-4.7", "glm-4.7", "other:tee:confidential computing (TEE)")]
    [InlineData("coding-xiaomi-mimo-v2.5", "xiaomi-mimo-v2.5", "plan:coding-plan:coding plan")]
    [InlineData("gpt-4o", "gpt-4o", "")]
    public void A_provider_id_names_its_variant(string id, string modelId, string variant)
    {
        var split = RouteVariants.Split(id);

        Assert.Equal(modelId, split.ModelId);
        Assert.Equal(variant, split.Variant is { } v ? $"{v.Kind}:{v.Slug}:{v.Detail}" : "");
    }

    [Fact]
    public void A_trailing_speed_word_is_a_variant_only_if_the_model_without_it_exists()
    {
        var split = RouteVariants.Split("claude-opus-4-7-fast");

        Assert.Null(split.Variant);
        Assert.Equal(("claude-opus-4-7", "other:fast:fast tier"), (split.SoftModelId, $"{split.SoftVariant!.Kind}:{split.SoftVariant.Slug}:{split.SoftVariant.Detail}"));
    }

    [Theory]
    [InlineData("GPT-5 - Diamond thinking no tools", "no tools, thinking", "GPT-5 - Diamond thinking no tools")]
    [InlineData("Pass@1 (Reasoning Mode w/o Tool Use)", "pass@1, no tools, thinking", "Pass@1 (Reasoning Mode w/o Tool Use)")]
    [InlineData("3-shot CoT", "3-shot, chain-of-thought", "3-shot CoT")]
    [InlineData("GPT-4o without thinking mode - Multimodal spatial reasoning.", "no thinking", "GPT-4o without thinking mode - Multimodal spatial reasoning.")]
    [InlineData("Graduate-level reasoning", null, "Graduate-level reasoning")]
    [InlineData("Accuracy", null, null)]
    [InlineData("pass@1", "pass@1", null)]
    public void Free_text_becomes_a_setting_and_notes(string text, string? setting, string? notes)
    {
        Assert.Equal(new NormalizedSetting(setting, notes), SettingNormalizer.FromText(text));
    }

    [Theory]
    [InlineData("high", "high effort")]
    [InlineData("minimal", "minimal effort")]
    [InlineData("16k", "16K thinking budget")]
    [InlineData("thinking", "thinking")]
    [InlineData("unknown", null)]
    public void An_epoch_suffix_becomes_a_setting_part(string suffix, string? part)
    {
        Assert.Equal(part, SettingNormalizer.FromEffortSuffix(suffix));
    }
}
