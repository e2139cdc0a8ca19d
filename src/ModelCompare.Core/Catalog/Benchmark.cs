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
    /// <summary>Setting the score was measured in ("pass@1", "high effort"); like-for-like needs the same variant.</summary>
    public string? Variant { get; init; }
    /// <summary>Who published the number (such as "Epoch AI" or "LLM Stats").</summary>
    public required string SourceName { get; init; }
    public required string SourceUrl { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>True when the model's maker published the number; false when measured independently.</summary>
    public required bool SelfReported { get; init; }
}
