using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Import.Sources;

/// <summary>How one Epoch AI CSV becomes a benchmark: which column holds the score and how to scale it.</summary>
/// <remarks><paramref name="HarnessColumn"/> names the agent or scaffold a run used (Terminal-Bench's "Agent", GSO's "Scaffold"):
/// it becomes part of the score's setting, so runs in different harnesses are never set against each other.</remarks>
internal sealed record EpochTable(
    string File, string Slug, string Name, string Category, string Unit, decimal ScaleMax, string ScoreColumn,
    decimal Multiplier, string? HarnessColumn = null, string? Description = null)
{
    /// <summary>The column holding the measured cost of the run in US dollars, and what it covers, when the source measured one.</summary>
    public (string Column, RunCostUnit Per)? Cost { get; init; }

    /// <summary>
    /// The source of the table's rows that leave <c>Source</c> blank, where the table itself shows whose they are (see
    /// <see cref="EpochReader.Tables"/> for the evidence); null credits such rows to Epoch AI's hub. A blank row that
    /// repeats a sourced row (same model version, agent, score and run date) is that run, read once.
    /// </summary>
    public (string Name, string Url)? UnsourcedRowsFrom { get; init; }
}

internal sealed record EpochScore
{
    public required EpochTable Table { get; init; }
    public required string ModelVersion { get; init; }
    public required decimal Value { get; init; }
    /// <summary>Free text about the run, for the score's notes.</summary>
    public string? Notes { get; init; }
    /// <summary>The agent or scaffold the run used, from the table's harness column ("Terminus 2"); null when the table has none.</summary>
    public string? Harness { get; init; }
    public required string SourceName { get; init; }
    public required string SourceUrl { get; init; }
    /// <summary>The date of the run, when the table gives one; never the model's release date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The release date Epoch gives for the version it ran (identifies what a floating name served).</summary>
    public DateOnly? ReleaseDate { get; init; }
    public required bool SelfReported { get; init; }
    /// <summary>What the run cost, as the same source measured it; null when it gives none (or a zero, which is no measurement).</summary>
    public RunCost? Cost { get; init; }
}

/// <summary>Reads Epoch AI's own runs and the external leaderboards it collected.</summary>
internal static class EpochReader
{
    public const string HubName = "Epoch AI";
    public const string HubUrl = "https://epoch.ai/benchmarks";
    public static readonly DateOnly Snapshot = new(2026, 4, 19);

    /// <summary>The tables the catalog uses. Fractions (0 to 1) are multiplied by 100 into percent.</summary>
    public static readonly IReadOnlyList<EpochTable> Tables =
    [
        new("gpqa_diamond.csv", "gpqa-diamond", "GPQA Diamond", "reasoning", "percent", 100, "mean_score", 100,
            Description: "198 graduate-level multiple-choice questions in biology, physics and chemistry."),
        new("otis_mock_aime_2024_2025.csv", "otis-mock-aime", "OTIS Mock AIME 2024-2025", "math", "percent", 100, "mean_score", 100,
            Description: "AIME-style competition math problems from the OTIS mock exams."),
        new("math_level_5.csv", "math-level-5", "MATH Level 5", "math", "percent", 100, "mean_score", 100,
            Description: "The hardest tier of the MATH competition-mathematics dataset."),
        new("frontiermath.csv", "frontiermath", "FrontierMath (Tiers 1-3)", "math", "percent", 100, "mean_score", 100,
            Description: "Unpublished research-level mathematics problems."),
        new("frontiermath_tier_4.csv", "frontiermath-tier-4", "FrontierMath Tier 4", "math", "percent", 100, "mean_score", 100),
        new("simpleqa_verified.csv", "simpleqa-verified", "SimpleQA Verified", "factuality", "percent", 100, "mean_score", 100,
            Description: "Short fact-seeking questions with a single verified answer."),
        new("swe_bench_verified.csv", "swe-bench-verified", "SWE-bench Verified", "coding", "percent", 100, "mean_score", 100,
            Description: "Real GitHub issues from Python repositories, checked by the repositories' tests."),
        new("swe_bench_bash.csv", "swe-bench-verified-bash-only", "SWE-bench Verified (bash only)", "coding", "percent", 100, "% Resolved", 100)
        {
            Cost = ("Avg. Cost ($)", RunCostUnit.Task),
        },
        new("chess_puzzles.csv", "chess-puzzles", "Chess Puzzles", "reasoning", "percent", 100, "mean_score", 100),
        new("mmlu_external.csv", "mmlu", "MMLU", "knowledge", "percent", 100, "EM", 100,
            Description: "Multiple-choice questions across 57 academic subjects."),
        new("aider_polyglot_external.csv", "aider-polyglot", "Aider Polyglot", "coding", "percent", 100, "Percent correct", 1,
            Description: "225 hard Exercism exercises in C++, Go, Java, JavaScript, Python and Rust."),
        new("live_bench_external.csv", "livebench", "LiveBench", "general", "percent", 100, "Global average", 1),
        new("hle_external.csv", "humanitys-last-exam", "Humanity's Last Exam", "knowledge", "percent", 100, "Accuracy", 100),
        new("arc_agi_2_external.csv", "arc-agi-2", "ARC-AGI-2", "reasoning", "percent", 100, "Score", 100),
        new("arc_agi_external.csv", "arc-agi", "ARC-AGI", "reasoning", "percent", 100, "Score", 100),
        // 99 of the 172 rows leave Source blank (all added on 2026-03-06). Every one of them that names a model version
        // and agent the "Terminal-Bench v2 Leaderboard" rows also name (20 of 20) gives the same accuracy and run date,
        // and the blank rows carry the same columns (Agent, Agent Org, Accuracy SE, Run date) over the same run dates
        // (2025-10-31 to 2026-03-06): they are the same leaderboard's entries, read from it later.
        new("terminalbench_external.csv", "terminal-bench-2", "Terminal-Bench 2.0", "agents", "percent", 100, "Accuracy mean", 100, "Agent")
        {
            UnsourcedRowsFrom = ("Terminal-Bench v2 Leaderboard", "https://www.tbench.ai/leaderboard/terminal-bench/2.0"),
        },
        new("webdev_arena_external.csv", "webdev-arena", "WebDev Arena", "coding", "Elo", 3000, "Arena Score", 1),
        new("metr_time_horizons_external.csv", "metr-time-horizon", "METR Time Horizon", "agents", "hours", 100, "Time horizon", 1m / 60m,
            Description: "Length of software tasks, in human working time, that the model completes with 50% reliability."),
        new("simplebench_external.csv", "simplebench", "SimpleBench", "reasoning", "percent", 100, "Score (AVG@5)", 100),
        new("weirdml_external.csv", "weirdml", "WeirdML", "coding", "percent", 100, "Accuracy", 100)
        {
            Cost = ("Cost per run", RunCostUnit.Run),
        },
        new("gso_external.csv", "gso", "GSO", "coding", "percent", 100, "Score OPT@1", 100, "Scaffold"),
        new("fictionlivebench_external.csv", "fiction-livebench-120k", "Fiction.LiveBench (120k tokens)", "long-context", "percent", 100, "120k token score", 100),
        new("lech_mazur_writing_external.csv", "lech-mazur-creative-writing", "Creative Short-Story Writing (Lech Mazur)", "writing", "score", 10, "Mean score", 1),
        new("os_world_external.csv", "osworld", "OSWorld", "agents", "percent", 100, "Score", 1),
    ];

    /// <summary>Columns that date a run: Epoch's own start time, then the external leaderboards' evaluation dates.</summary>
    private static readonly string[] RunDateColumns = ["Started at", "Date of evaluation", "Evaluation date", "Run date", "Date run"];

    private static readonly string[] MakerPublications = ["technical report", "system card", "model card", "announcement", "annoucement", "blog"];

    public static IReadOnlyList<EpochScore> Read(string datasetsRoot)
    {
        var dir = Path.Combine(datasetsRoot, "epoch-ai-benchmarks");
        var scores = new List<EpochScore>();
        foreach (var table in Tables)
        {
            // A table missing from an export (or a smaller copy) has no scores; the others still count.
            var path = Path.Combine(dir, table.File);
            if (!File.Exists(path))
            {
                continue;
            }

            var runs = new HashSet<(string, string?, decimal, DateOnly?, string)>();
            foreach (var row in Csv.ReadFile(path))
            {
                var raw = row.GetValueOrDefault(table.ScoreColumn);
                var version = row.GetValueOrDefault("Model version");
                if (string.IsNullOrWhiteSpace(version)
                    || !decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                var (source, url, selfReported) = Provenance(row);
                if (string.IsNullOrWhiteSpace(row.GetValueOrDefault("Source")) && table.UnsourcedRowsFrom is { } from)
                {
                    (source, url) = from;
                }

                var harness = table.HarnessColumn is { } hc && row.GetValueOrDefault(hc) is { } h && !string.IsNullOrWhiteSpace(h) ? h.Trim() : null;
                var scaled = Math.Round(value * table.Multiplier, 2, MidpointRounding.AwayFromZero);
                var date = RunDateColumns.Select(c => Dates.Parse(row.GetValueOrDefault(c))).FirstOrDefault(d => d is not null);
                if (table.UnsourcedRowsFrom is not null && !runs.Add((version.Trim(), harness, scaled, date, source)))
                {
                    continue;
                }

                scores.Add(new EpochScore
                {
                    Table = table,
                    ModelVersion = version.Trim(),
                    Value = scaled,
                    Harness = harness,
                    SourceName = source,
                    SourceUrl = url,
                    Date = date,
                    ReleaseDate = Dates.Parse(row.GetValueOrDefault("Release date")),
                    SelfReported = selfReported,
                    Cost = table.Cost is { } c
                        && decimal.TryParse(row.GetValueOrDefault(c.Column), NumberStyles.Float, CultureInfo.InvariantCulture, out var usd) && usd > 0m
                            ? new RunCost(Math.Round(usd, 4, MidpointRounding.AwayFromZero), c.Per)
                            : null,
                });
            }
        }

        return scores;
    }

    /// <summary>Epoch's own runs and rows without a source are Epoch's; the others name their source.</summary>
    private static (string Source, string Url, bool SelfReported) Provenance(Dictionary<string, string> row)
    {
        var log = row.GetValueOrDefault("Log viewer");
        var source = row.GetValueOrDefault("Source")?.Trim();
        var link = row.GetValueOrDefault("Source link") ?? row.GetValueOrDefault("Source Link") ?? row.GetValueOrDefault("Source link (site from table)");
        var url = IsHttps(link) ? link!.Trim() : IsHttps(log) ? log!.Trim() : HubUrl;
        if (string.IsNullOrEmpty(source))
        {
            return (HubName, url, false);
        }

        var org = (row.GetValueOrDefault("Organization") ?? string.Empty).Split(',')[0].Trim();
        var firstWord = org.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        var lower = source.ToLowerInvariant();
        var byMaker = MakerPublications.Any(p => lower.Contains(p, StringComparison.Ordinal))
            || (firstWord is { Length: > 2 } && (lower.Contains(firstWord, StringComparison.Ordinal)
                || (url.Contains(firstWord, StringComparison.OrdinalIgnoreCase) && !url.Contains("arxiv", StringComparison.Ordinal))));
        return (source, url, byMaker);
    }

    private static bool IsHttps(string? value) => value?.Trim().StartsWith("https://", StringComparison.Ordinal) == true;
}
