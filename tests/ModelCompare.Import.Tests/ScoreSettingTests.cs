using ModelCompare.Import.Building;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Tests;

/// <summary>
/// What a source says about how a score was run reaches the setting: the harness from Epoch AI's Terminal-Bench table and
/// models.dev, the mode of a plain run beside thinking runs (ARC-AGI), and the sampling from LLM Stats' words.
/// </summary>
public sealed class ScoreSettingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mc-settings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static CatalogModel Model(string key, string maker) => new() { Slug = key, Key = key, Maker = maker, Name = key };

    private static readonly CatalogModel[] Models = [Model("claude-sonnet-4-5", "anthropic"), Model("gpt-5", "openai"), Model("kimi-k2-5", "moonshotai")];

    private IReadOnlyList<CatalogBenchmark> Import(IReadOnlyList<ModelsDevModel>? canonical = null, LlmStatsData? llmStats = null, ImportReport? report = null)
    {
        var epoch = EpochReader.Read(_root);
        var stats = llmStats ?? new LlmStatsData
        {
            Models = [], Scores = [], Benchmarks = new Dictionary<string, LlmStatsBenchmark>(), Organizations = new Dictionary<string, LlmStatsOrganization>(),
        };
        return new BenchmarkBuilder(new Matching.ModelIndex(Models), report ?? new ImportReport()).Build(epoch, stats, canonical ?? []);
    }

    private static LlmStatsModel StatsModel(string id, string organization) =>
        new() { Id = id, Name = id, OrganizationId = organization, ModelJsonUrl = "https://example.org/m", BenchmarksJsonUrl = "https://example.org/b" };

    [Fact]
    public void A_makers_own_agent_named_only_in_a_note_is_the_harness_of_that_maker()
    {
        // LLM Stats' Terminal-Bench claims: Kimi K2.5 in Moonshot's "Inhouse Framework", GPT-5 in OpenAI's "internal
        // harness", Claude Sonnet 4.5 "Agentic terminal coding" (no agent named). Neither in-house run is ranked against the other.
        var stats = new LlmStatsData
        {
            Models = [StatsModel("kimi-k2.5", "moonshotai"), StatsModel("gpt-5", "openai"), StatsModel("claude-sonnet-4-5", "anthropic")],
            Scores =
            [
                new LlmStatsScore("kimi-k2.5", "terminal-bench", 0.30m, true, "Inhouse Framework"),
                new LlmStatsScore("gpt-5", "terminal-bench", 0.40m, true, "full subset, internal harness"),
                new LlmStatsScore("claude-sonnet-4-5", "terminal-bench", 0.50m, true, "Agentic terminal coding"),
            ],
            Benchmarks = new Dictionary<string, LlmStatsBenchmark> { ["terminal-bench"] = new("terminal-bench", "Terminal-Bench", ["agents"], 1m, null) },
            Organizations = new Dictionary<string, LlmStatsOrganization>(),
        };
        var report = new ImportReport();

        var scores = Import(llmStats: stats, report: report).Single(b => b.Slug == "terminal-bench").Scores;

        Assert.Equal(
            ["claude-sonnet-4-5:(none):Agentic terminal coding", "gpt-5:openai in-house harness:full subset, internal harness", "kimi-k2-5:moonshotai in-house harness:Inhouse Framework"],
            scores.Select(s => $"{s.Model}:{s.Setting ?? "(none)"}:{s.Notes}").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, report.Lines(BenchmarkBuilder.HarnessFromNotes).Count);
    }

    private void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.Combine(_root, "epoch-ai-benchmarks"));
        File.WriteAllText(Path.Combine(_root, "epoch-ai-benchmarks", file), text);
    }

    [Fact]
    public void The_agent_a_terminal_bench_run_used_is_part_of_its_setting()
    {
        // Epoch's table spells one agent " Terminus 2     " and "Terminus 2"; GPT-5 ran in two agents, Kimi K2.5 in one.
        Write("terminalbench_external.csv", """
            Model version,Agent,Accuracy mean,Release date,Source,Source Link,Run date
            gpt-5,Codex CLI,0.496,2025-08-07,Terminal-Bench v2 Leaderboard,https://www.tbench.ai/leaderboard/terminal-bench/2.0,2025-11-01
            gpt-5, Terminus 2     ,0.352,2025-08-07,Terminal-Bench v2 Leaderboard,https://www.tbench.ai/leaderboard/terminal-bench/2.0,2025-11-01
            kimi-k2.5,Terminus 2,0.43,2026-01-27,Terminal-Bench v2 Leaderboard,https://www.tbench.ai/leaderboard/terminal-bench/2.0,2026-02-01
            """);

        var scores = Import().Single(b => b.Slug == "terminal-bench-2").Scores;

        Assert.Equal(
            ["gpt-5:35.2:Terminus 2 harness", "gpt-5:49.6:Codex CLI harness", "kimi-k2-5:43:Terminus 2 harness"],
            scores.Select(s => $"{s.Model}:{s.Value:0.##}:{s.Setting}").Order(StringComparer.Ordinal).ToArray());
        Assert.All(scores, s => Assert.Null(s.Notes));
    }

    [Fact]
    public void Terminal_bench_rows_without_a_source_are_the_leaderboards_and_a_repeated_run_is_read_once()
    {
        // The second GPT-5 row repeats the first without its source; Kimi K2.5's run is only in a row without one.
        Write("terminalbench_external.csv", """
            Model version,Agent,Accuracy mean,Release date,Source,Source Link,Run date
            gpt-5, Terminus 2     ,0.352,2025-08-07,Terminal-Bench v2 Leaderboard,https://www.tbench.ai/leaderboard/terminal-bench/2.0,2025-11-01
            gpt-5,Terminus 2,0.35200000000000004,2025-08-07,,,2025-11-01
            kimi-k2.5,Terminus 2,0.43,2026-01-27,,,2026-02-01
            """);

        var scores = Import().Single(b => b.Slug == "terminal-bench-2").Scores;

        Assert.Equal(
            ["gpt-5:35.2:Terminal-Bench v2 Leaderboard", "kimi-k2-5:43:Terminal-Bench v2 Leaderboard"],
            scores.Select(s => $"{s.Model}:{s.Value:0.##}:{s.Source}").Order(StringComparer.Ordinal).ToArray());
        Assert.All(scores, s => Assert.Equal("https://www.tbench.ai/leaderboard/terminal-bench/2.0", s.SourceUrl));
    }

    [Fact]
    public void A_plain_run_beside_thinking_runs_of_a_model_that_thinks_only_when_asked_is_the_run_without_thinking()
    {
        Write("arc_agi_external.csv", """
            Model version,Score,Release date,Name
            claude-sonnet-4-5_32K,0.6367,2025-09-29,Claude Sonnet 4.5 (Thinking 32K)
            claude-sonnet-4-5,0.255,2025-09-29,Claude Sonnet 4.5
            gpt-5_high,0.657,2025-08-07,GPT-5 (High)
            gpt-5,0.5,2025-08-07,GPT-5
            """);

        var scores = Import().Single(b => b.Slug == "arc-agi").Scores;

        Assert.Equal("no thinking", scores.Single(s => s is { Model: "claude-sonnet-4-5", Value: 25.5m }).Setting);
        Assert.Equal("32K thinking budget", scores.Single(s => s is { Model: "claude-sonnet-4-5", Value: 63.67m }).Setting);
        // OpenAI's API thinks by default: a plain GPT-5 run states no mode.
        Assert.Null(scores.Single(s => s is { Model: "gpt-5", Value: 50m }).Setting);
    }

    [Fact]
    public void A_models_dev_harness_or_agent_is_part_of_the_setting()
    {
        var canonical = new ModelsDevModel
        {
            Id = "openai/gpt-5", Name = "GPT-5",
            Benchmarks =
            [
                new ModelsDevBenchmark("Terminal-Bench", 40m, "pass@1", "https://artificialanalysis.ai/evaluations/terminalbench", null, "medium", "Claude Code", null, "2.1"),
                new ModelsDevBenchmark("Terminal-Bench", 38m, "success rate", "https://artificialanalysis.ai/evaluations/terminalbench", null, "Terminus-2", null, null, "2.1"),
            ],
        };

        var scores = Import([canonical]).Single(b => b.Slug == "terminal-bench-2-1").Scores;

        Assert.Equal(["Terminus 2 harness", "pass@1, Claude Code harness, medium effort"], scores.Select(s => s.Setting ?? "(none)").Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("Cons@64", "maj@64", "Cons@64")]
    [InlineData("Avg@64", "avg@64", null)]
    [InlineData("Diamond Avg@8", "avg@8", "Diamond Avg@8")]
    [InlineData("Agentic Coding - Single Attempt", "pass@1", "Agentic Coding - Single Attempt")]
    [InlineData("Parallel test-time compute (footnotes 4, 5)", "multiple attempts", "Parallel test-time compute (footnotes 4, 5)")]
    [InlineData("No extended thinking. Terminus 1 averaged over 5 trials.", "Terminus 1 harness, no thinking", "No extended thinking. Terminus 1 averaged over 5 trials.")]
    [InlineData("OpenHands v0.34.0", "OpenHands harness", "OpenHands v0.34.0")]
    [InlineData("accuracy", null, null)]
    public void Sampling_and_harness_words_become_the_setting(string method, string? setting, string? notes) =>
        Assert.Equal(new NormalizedSetting(setting, notes), SettingNormalizer.FromText(method));
}
