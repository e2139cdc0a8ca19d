using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// How decision-fit tags and the "best for" phrase are derived when an editor has not set them.
/// An editor's <see cref="Model.DecisionFit"/> and <see cref="Model.BestFor"/> always win.
/// </summary>
/// <remarks>
/// Derived tags, each from the data alone:
/// <list type="bullet">
/// <item>Coding: code execution, or a coding benchmark score at or above the catalog median on that benchmark and variant.</item>
/// <item>Agents: function calling or tool use.</item>
/// <item>RAG: a context window of at least 128K tokens and prompt caching.</item>
/// <item>Long context: a context window of at least 200K tokens.</item>
/// <item>Multimodal: vision or multimodal input, or image, audio or video among the input modalities.</item>
/// <item>Reasoning: the reasoning capability.</item>
/// <item>Budget: a 70/30 blended price of at most $1 per 1M tokens.</item>
/// <item>Self-hosting: open weights.</item>
/// <item>Chat: when nothing else applies.</item>
/// </list>
/// Best for: the phrases of the first two tags in <see cref="BestForPriority"/> order, joined with "and".
/// </remarks>
public static class DecisionRules
{
    public const long RagContext = 128_000;
    public const long LongContext = 200_000;
    public const decimal BudgetBlend = 1m;

    /// <summary>The order in which tags name what a model is best for.</summary>
    public static ImmutableArray<DecisionFit> BestForPriority { get; } =
    [
        DecisionFit.Coding, DecisionFit.Agents, DecisionFit.Reasoning, DecisionFit.LongContext, DecisionFit.Rag,
        DecisionFit.Multimodal, DecisionFit.SelfHosting, DecisionFit.Budget, DecisionFit.Chat,
    ];

    public static ImmutableArray<DecisionFit> Derive(Model model, decimal? blendedPrice, bool strongOnCodingBenchmark)
    {
        ArgumentNullException.ThrowIfNull(model);
        var caps = model.Capabilities;
        var tags = new List<DecisionFit>();
        if (caps.Has(Capability.CodeExecution) || strongOnCodingBenchmark)
        {
            tags.Add(DecisionFit.Coding);
        }

        if (caps.Has(Capability.FunctionCalling) || caps.Has(Capability.ToolUse))
        {
            tags.Add(DecisionFit.Agents);
        }

        if (model.ContextWindow >= RagContext && caps.Has(Capability.PromptCaching))
        {
            tags.Add(DecisionFit.Rag);
        }

        if (model.ContextWindow >= LongContext)
        {
            tags.Add(DecisionFit.LongContext);
        }

        if (caps.Has(Capability.Vision) || caps.Has(Capability.Multimodal)
            || model.Modalities.Input.Any(m => m is Modality.Image or Modality.Audio or Modality.Video))
        {
            tags.Add(DecisionFit.Multimodal);
        }

        if (caps.Has(Capability.Reasoning))
        {
            tags.Add(DecisionFit.Reasoning);
        }

        if (blendedPrice <= BudgetBlend)
        {
            tags.Add(DecisionFit.Budget);
        }

        if (model.OpenWeights == true)
        {
            tags.Add(DecisionFit.SelfHosting);
        }

        if (tags.Count == 0)
        {
            tags.Add(DecisionFit.Chat);
        }

        return [.. tags.Order()];
    }

    /// <summary>"coding and tool-using agents": the first two tags in priority order.</summary>
    public static string BestFor(IEnumerable<DecisionFit> tags)
    {
        var set = tags.ToHashSet();
        var top = BestForPriority.Where(set.Contains).Take(2).Select(Formatting.DecisionFitPhrase).ToList();
        return top.Count == 0 ? Formatting.DecisionFitPhrase(DecisionFit.Chat) : Formatting.JoinList(top);
    }
}
