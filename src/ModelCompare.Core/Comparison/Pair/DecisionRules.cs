using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Where a model stands against the rest of the catalog: its benchmark categories (like for like), the
/// share of priced models whose list or market price is higher, and the share of models with a smaller
/// context window. Shares run from 0 to 1; null when the data has no figure.
/// </summary>
public sealed record Distinctions(ImmutableArray<CategoryStanding> Categories, decimal? PriceShare, decimal? ContextShare)
{
    public static Distinctions None { get; } = new([], null, null);
}

/// <summary>
/// How decision-fit tags and the "best for" phrase are derived when an editor has not set them: from
/// what sets a model apart from its peers first, then from what it can do. An editor's
/// <see cref="Model.DecisionFit"/> and <see cref="Model.BestFor"/> always win.
/// </summary>
/// <remarks>
/// A model "ranks high" when it beats at least <see cref="TopShare"/> of the others (the top quarter).
/// Tags, each from the data alone:
/// <list type="number">
/// <item>Each benchmark category in which it ranks high on comparable scores (the mean share of models it
/// beats on that category's benchmarks, each benchmark counting by its first ranked leaderboard that holds the
/// model among at least five: one kind, one source, one sampling and harness, as the benchmark page ranks them,
/// independent runs first): coding, agents,
/// reasoning (reasoning and math), multimodal, long context, chat (writing). General, knowledge and
/// factuality benchmarks mix too many tasks to name a workload.</item>
/// <item>Budget: its list price (or market price, when the maker sells none) ranks high for cheapness.
/// Never a reseller's or an aggregator's price.</item>
/// <item>Long context: its context window ranks high.</item>
/// <item>Self-hosting: open weights.</item>
/// <item>Agents: function calling or tool use. Multimodal: vision or multimodal input, or image, audio or
/// video among the input modalities. Reasoning: the reasoning capability. RAG: a context window of at
/// least 128K tokens and prompt caching. Coding: code execution.</item>
/// <item>Chat: when nothing else applies.</item>
/// </list>
/// Best for: the first two tags in this order: the ranked ones (1 to 3) by how high they rank, then open
/// weights, then the capability tags in <see cref="BestForPriority"/> order.
/// </remarks>
public static class DecisionRules
{
    public const long RagContext = 128_000;
    public const decimal TopShare = 0.75m;

    /// <summary>The order in which capability tags name what a model is best for, after the ranked ones.</summary>
    public static ImmutableArray<DecisionFit> BestForPriority { get; } =
    [
        DecisionFit.Coding, DecisionFit.Agents, DecisionFit.Reasoning, DecisionFit.LongContext, DecisionFit.Rag,
        DecisionFit.Multimodal, DecisionFit.SelfHosting, DecisionFit.Budget, DecisionFit.Chat,
    ];

    /// <summary>The tag a benchmark category stands for; null for categories that name no one workload.</summary>
    public static DecisionFit? FitOf(BenchmarkCategory category) => category switch
    {
        BenchmarkCategory.Coding => DecisionFit.Coding,
        BenchmarkCategory.Agents => DecisionFit.Agents,
        BenchmarkCategory.Reasoning or BenchmarkCategory.Math => DecisionFit.Reasoning,
        BenchmarkCategory.Multimodal => DecisionFit.Multimodal,
        BenchmarkCategory.LongContext => DecisionFit.LongContext,
        BenchmarkCategory.Writing => DecisionFit.Chat,
        _ => null,
    };

    /// <summary>The derived tags in <see cref="BestFor(IEnumerable{DecisionFit})"/> order: what sets the model apart first.</summary>
    public static ImmutableArray<DecisionFit> Ranked(Model model, Distinctions distinctions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(distinctions);
        var ranked = new List<(DecisionFit Fit, decimal Share)>();
        foreach (var c in distinctions.Categories.Where(c => c.Share >= TopShare))
        {
            if (FitOf(c.Category) is { } fit)
            {
                ranked.Add((fit, c.Share));
            }
        }

        if (distinctions.PriceShare is { } price && price >= TopShare)
        {
            ranked.Add((DecisionFit.Budget, price));
        }

        if (distinctions.ContextShare is { } context && context >= TopShare)
        {
            ranked.Add((DecisionFit.LongContext, context));
        }

        var tags = ranked.OrderByDescending(x => x.Share).ThenBy(x => x.Fit).Select(x => x.Fit).ToList();
        if (model.OpenWeights == true)
        {
            tags.Add(DecisionFit.SelfHosting);
        }

        var caps = model.Capabilities;
        var able = new HashSet<DecisionFit>();
        if (caps.Has(Capability.CodeExecution))
        {
            able.Add(DecisionFit.Coding);
        }

        if (caps.Has(Capability.FunctionCalling) || caps.Has(Capability.ToolUse))
        {
            able.Add(DecisionFit.Agents);
        }

        if (caps.Has(Capability.Reasoning))
        {
            able.Add(DecisionFit.Reasoning);
        }

        if (model.ContextWindow >= RagContext && caps.Has(Capability.PromptCaching))
        {
            able.Add(DecisionFit.Rag);
        }

        if (caps.Has(Capability.Vision) || caps.Has(Capability.Multimodal)
            || model.Modalities.Input.Any(m => m is Modality.Image or Modality.Audio or Modality.Video))
        {
            able.Add(DecisionFit.Multimodal);
        }

        tags.AddRange(BestForPriority.Where(able.Contains));
        if (tags.Count == 0)
        {
            tags.Add(DecisionFit.Chat);
        }

        return [.. tags.Distinct()];
    }

    /// <summary>The derived decision-fit tags, in enum order.</summary>
    public static ImmutableArray<DecisionFit> Derive(Model model, Distinctions distinctions) => [.. Ranked(model, distinctions).Order()];

    /// <summary>"coding and tool-using agents": the first two of <paramref name="ranked"/>, as ranked by <see cref="Ranked"/>.</summary>
    public static string BestFor(IEnumerable<DecisionFit> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var top = ranked.Distinct().Take(2).Select(Formatting.DecisionFitPhrase).ToList();
        return top.Count == 0 ? Formatting.DecisionFitPhrase(DecisionFit.Chat) : Formatting.JoinList(top);
    }
}
