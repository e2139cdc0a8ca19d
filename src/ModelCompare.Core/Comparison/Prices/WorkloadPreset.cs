using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>Traffic stated per request: requests a month, and input and output tokens per request.</summary>
public sealed record RequestShape(decimal Requests, decimal InputTokens, decimal OutputTokens)
{
    /// <summary>Input tokens a month, in millions: requests × input tokens per request ÷ 1M.</summary>
    public decimal InputMillions => Requests * InputTokens / 1_000_000m;

    /// <summary>Output tokens a month, in millions.</summary>
    public decimal OutputMillions => Requests * OutputTokens / 1_000_000m;
}

/// <summary>
/// A named workload a buyer can start from (<c>?preset=rag</c>). The figures are documented in
/// <c>docs/traffic.md</c>; a change here changes that page's table too.
/// </summary>
public sealed record WorkloadPreset(string Key, string Name, string Description, RequestShape Shape)
{
    /// <summary>The share of input served from a prompt cache, % (0 unless the workload re-reads the same context).</summary>
    public decimal CachePercent { get; init; }

    /// <summary>Output is billed in thinking mode.</summary>
    public bool Thinking { get; init; }

    /// <summary>The service tier the workload is sent on.</summary>
    public ServiceTier Tier { get; init; } = ServiceTier.Standard;

    /// <summary>Where the cache share comes from, when the preset sets one.</summary>
    public string? CacheSource { get; init; }

    /// <summary>Chat assistant: 1M messages a month, each with 2,000 tokens of conversation in and a 500-token reply.</summary>
    public static WorkloadPreset Chat { get; } = new(
        "chat", "Chat assistant", "1M messages a month, each sending 2,000 tokens of conversation and getting a 500-token reply", new RequestShape(1_000_000m, 2_000m, 500m));

    /// <summary>RAG over documents: 200,000 questions a month, each with 8,000 tokens of retrieved passages and a 400-token answer.</summary>
    public static WorkloadPreset Rag { get; } = new(
        "rag", "RAG over documents", "200,000 questions a month, each sending 8,000 tokens of retrieved passages and getting a 400-token answer", new RequestShape(200_000m, 8_000m, 400m));

    /// <summary>Coding agent: 100,000 agent steps a month, each re-reading 30,000 tokens of code and history and writing 1,500.</summary>
    public static WorkloadPreset Agent { get; } = new(
        "agent", "Coding agent", "100,000 agent steps a month, each re-reading 30,000 tokens of code and history and writing 1,500", new RequestShape(100_000m, 30_000m, 1_500m))
    {
        // 84.2M of 100.3M input tokens over 1,289 Claude Code requests were read from the cache (measured, read 2026-12-04).
        CachePercent = 84m,
        CacheSource = "https://docs.bswen.com/blog/2026-03-10-prompt-caching-claude-code",
    };

    /// <summary>Batch pipeline: 5M documents a month, each 1,000 tokens in and 200 tokens of extracted fields out.</summary>
    public static WorkloadPreset Batch { get; } = new(
        "batch", "Batch pipeline", "5M documents a month, each sending 1,000 tokens and getting 200 tokens of extracted fields", new RequestShape(5_000_000m, 1_000m, 200m))
    {
        Tier = ServiceTier.Batch,
    };

    /// <summary>Every preset, in the order a page offers them.</summary>
    public static ImmutableArray<WorkloadPreset> All { get; } = [Chat, Rag, Agent, Batch];

    /// <summary>The preset with this key (any case), or null.</summary>
    public static WorkloadPreset? Find(string? key) =>
        All.FirstOrDefault(p => string.Equals(p.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
