using ModelCompare.Catalog;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>
/// Five makers, one of which (OpenAI) is covered far better than the rest, as in the real catalog:
/// the shape that made every popular pair and every alternative an OpenAI model.
/// </summary>
public static class JourneyCatalog
{
    private static readonly CapabilitySet Tools = Caps((Capability.FunctionCalling, true), (Capability.StructuredOutputs, true));
    private static readonly CapabilitySet ToolsAndVision = Caps((Capability.FunctionCalling, true), (Capability.StructuredOutputs, true), (Capability.Vision, true));
    private static readonly CapabilitySet VisionOnly = Caps((Capability.Vision, true), (Capability.Multimodal, true));

    public static CatalogSnapshot Build()
    {
        var b = new TestCatalogBuilder()
            .Provider("openai", "OpenAI").Provider("deepseek", "DeepSeek").Provider("anthropic", "Anthropic")
            .Provider("google", "Google").Provider("mistral", "Mistral")
            .Provider("h1", "Host One").Provider("h2", "Host Two").Provider("h3", "Host Three")
            .Model("gpt-4o", "GPT-4o", "openai", m => m with { ReleaseDate = new DateOnly(2024, 5, 13), Capabilities = ToolsAndVision, ApiIds = ["gpt-4o-2024-08-06"] })
            .Model("gpt-4o-mini", "GPT-4o mini", "openai", m => m with { ReleaseDate = new DateOnly(2024, 7, 18), Capabilities = ToolsAndVision })
            .Model("gpt-4-1", "GPT-4.1", "openai", m => m with { ReleaseDate = new DateOnly(2025, 4, 14), Capabilities = ToolsAndVision })
            .Model("o3", "o3", "openai", m => m with { ReleaseDate = new DateOnly(2025, 4, 16), Capabilities = Tools })
            .Model("deepseek-v3", "DeepSeek V3", "deepseek", m => m with { ReleaseDate = new DateOnly(2024, 12, 26), Capabilities = Tools, SuccessorSlug = "deepseek-v3-2" })
            .Model("deepseek-v3-2", "DeepSeek V3.2", "deepseek", m => m with { ReleaseDate = new DateOnly(2025, 12, 1), Capabilities = Tools })
            .Model("deepseek-r1", "DeepSeek R1", "deepseek", m => m with { ReleaseDate = new DateOnly(2025, 1, 20), Capabilities = Tools })
            .Model("claude-sonnet-4-5", "Claude Sonnet 4.5", "anthropic", m => m with { ReleaseDate = new DateOnly(2025, 9, 29), Capabilities = ToolsAndVision })
            .Model("claude-haiku-3-5", "Claude Haiku 3.5", "anthropic", m => m with { ReleaseDate = new DateOnly(2024, 10, 22), Capabilities = Tools })
            .Model("gemini-2-5-pro", "Gemini 2.5 Pro", "google", m => m with { ReleaseDate = new DateOnly(2025, 6, 17), Capabilities = ToolsAndVision })
            .Model("pixtral", "Pixtral", "mistral", m => m with { ReleaseDate = new DateOnly(2024, 9, 11), Capabilities = VisionOnly });

        // Prices per 1M tokens (input, output); blends are 0.7 x input + 0.3 x output.
        b.Route("openai", "gpt-4o", 2.5m, 10m).Route("h1", "gpt-4o", 2.5m, 10m).Route("h2", "gpt-4o", 2.5m, 10m).Route("h3", "gpt-4o", 2.5m, 10m) // 4.75
            .Route("openai", "gpt-4o-mini", 0.15m, 0.6m).Route("h1", "gpt-4o-mini", 0.15m, 0.6m).Route("h2", "gpt-4o-mini", 0.15m, 0.6m) // 0.285
            .Route("openai", "gpt-4-1", 2m, 8m).Route("h1", "gpt-4-1", 2m, 8m).Route("h2", "gpt-4-1", 2m, 8m) // 3.8
            .Route("openai", "o3", 2m, 8m).Route("h1", "o3", 2m, 8m) // 3.8
            .Route("deepseek", "deepseek-v3", 0.27m, 1.1m).Route("h1", "deepseek-v3", 0.27m, 1.1m) // 0.519
            .Route("deepseek", "deepseek-v3-2", 0.28m, 0.42m) // 0.322
            .Route("deepseek", "deepseek-r1", 0.55m, 2.19m) // 1.042
            .Route("anthropic", "claude-sonnet-4-5", 3m, 15m).Route("h1", "claude-sonnet-4-5", 3m, 15m) // 6.6
            .Route("anthropic", "claude-haiku-3-5", 0.8m, 4m) // 1.76
            .Route("google", "gemini-2-5-pro", 1.25m, 10m).Route("h2", "gemini-2-5-pro", 1.25m, 10m) // 3.875
            .Route("mistral", "pixtral", 2m, 6m); // 3.2
        return b.Build();
    }
}
