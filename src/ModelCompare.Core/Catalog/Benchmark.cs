namespace ModelCompare.Catalog;

public sealed record Benchmark
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required BenchmarkCategory Category { get; init; }
    /// <summary>What a score counts, such as "percent" or "Elo".</summary>
    public required string Unit { get; init; }
    public required decimal ScaleMin { get; init; }
    public required decimal ScaleMax { get; init; }
    public bool HigherIsBetter { get; init; } = true;
    public string? Description { get; init; }
    public required SourceRef Source { get; init; }
}

public enum BenchmarkCategory
{
    Knowledge,
    Reasoning,
    Math,
    Coding,
    Agents,
    Multimodal,
    Writing,
    LongContext,
    Factuality,
    General,
}

/// <summary>One model's result on one benchmark.</summary>
public sealed record BenchmarkScore
{
    public required string BenchmarkSlug { get; init; }
    public required string ModelSlug { get; init; }
    public required decimal Value { get; init; }
    /// <summary>
    /// The setting the score was measured in, in the vocabulary of <see cref="BenchmarkSetting"/> ("0-shot, no tools,
    /// high effort"); null when the source states none. Scores are compared when their protocol parts are the same.
    /// </summary>
    public string? Variant
    {
        get => _variant;
        init
        {
            _variant = value;
            Setting = BenchmarkSetting.Read(value);
        }
    }

    private readonly string? _variant;

    /// <summary><see cref="Variant"/> read into its protocol and configuration once, when the score is built.</summary>
    public BenchmarkSetting Setting { get; private init; } = BenchmarkSetting.None;
    /// <summary>The source's own words about the run (a harness, a subset, a description); shown, never compared.</summary>
    public string? Notes { get; init; }
    /// <summary>Who published the number (such as "Epoch AI" or "LLM Stats").</summary>
    public required string SourceName { get; init; }
    public required string SourceUrl { get; init; }
    /// <summary>The date of the run, when the source gives one; null when it does not ("date not given").</summary>
    public DateOnly? Date { get; init; }
    /// <summary>True when the model's maker published the number; false when measured independently.</summary>
    public required bool SelfReported { get; init; }
    /// <summary>What the run cost, as its source measured it (same source and date as the score); null when not measured.</summary>
    public RunCost? Cost { get; init; }
    /// <summary>
    /// Who published a figure that is neither the maker's claim nor a third party's run: another maker's slug (a
    /// rival's announcement quoting this model's score) or a paper's host; null otherwise.
    /// </summary>
    public string? ReportedBy { get; init; }
    /// <summary>The kind of source: the maker's claim, another party's report, or an independent run.</summary>
    public ScoreKind Kind => SelfReported ? ScoreKind.MakersClaim : ReportedBy is null ? ScoreKind.Independent : ScoreKind.Reported;
    /// <summary>True for a run by a third party that ran the model itself.</summary>
    public bool Independent => Kind == ScoreKind.Independent;
}

/// <summary>A measured cost of running a benchmark, in US dollars, per the unit its source states.</summary>
public sealed record RunCost(decimal Usd, RunCostUnit Per);

/// <summary>What one <see cref="RunCost"/> covers.</summary>
public enum RunCostUnit
{
    /// <summary>The average over the benchmark's tasks (SWE-bench's "Avg. Cost ($)").</summary>
    Task,
    /// <summary>One run of the benchmark, as the source defines a run (WeirdML's "Cost per run").</summary>
    Run,
    /// <summary>The whole suite, every task once.</summary>
    Suite,
}

/// <summary>Who stands behind a score, relative to the model's maker.</summary>
public enum ScoreKind
{
    /// <summary>A third party that ran the model.</summary>
    Independent,
    /// <summary>The model's maker, about its own model.</summary>
    MakersClaim,
    /// <summary>Someone else who quotes the figure without being an independent evaluator: a rival maker's comparison, an unattributed paper.</summary>
    Reported,
}
