using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Data;

/// <summary>The open datasets the catalog is converted from; data/NOTICE.md gives the full terms.</summary>
public static class DataSourceCredits
{
    public static ImmutableArray<DataSourceCredit> All { get; } =
    [
        new("models.dev", "https://github.com/anomalyco/models.dev", "MIT", "models.dev, by the SST maintainers"),
        new("genai-prices", "https://github.com/pydantic/genai-prices", "MIT", "Pydantic genai-prices"),
        new("LiteLLM", "https://github.com/BerriAI/litellm", "MIT", "BerriAI LiteLLM model map"),
        new("Epoch AI", "https://epoch.ai/benchmarks", "CC BY 4.0", "Epoch AI, 'AI Benchmarking Hub'. Published online at epoch.ai. Retrieved from 'https://epoch.ai/benchmarks'"),
        new("LLM Stats", "https://github.com/JonathanChavezTamales/llm-leaderboard", "CC BY 4.0", "LLM Stats (llm-stats.com), JonathanChavezTamales/llm-leaderboard"),
    ];
}
