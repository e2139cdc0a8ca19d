using ModelCompare.Catalog;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>
/// A catalog shaped like the reference pages: DeepSeek V3.2 on three priced routes and one free plan,
/// GPT-4 Vision Preview on one route at $10/$40, and Qwen3.5-4B on none.
/// </summary>
public static class ReferenceCatalog
{
    public const string DeepSeek = "deepseek-v3-2";
    public const string Gpt4V = "gpt-4-vision-preview";
    public const string Qwen = "qwen3-5-4b";

    public static TestCatalogBuilder Builder() => new TestCatalogBuilder()
        .Provider("deepseek", "DeepSeek")
        .Provider("openai", "OpenAI")
        .Provider("azure", "Azure OpenAI")
        .Provider("openrouter", "OpenRouter")
        .Provider("fireworks", "Fireworks AI")
        .Provider("chutes", "Chutes")
        .Provider("alibaba", "Alibaba")
        .Credit("models.dev")
        .Credit("Epoch AI")
        .Model(DeepSeek, "DeepSeek V3.2", "deepseek", m => m with
        {
            ReleaseDate = new DateOnly(2025, 12, 1),
            ContextWindow = 163_840,
            MaxOutput = 65_536,
            Parameters = new ParameterCount(671m, 37m),
            Architecture = "mixture-of-experts",
            License = "MIT",
            OpenWeights = true,
            CommercialUse = CommercialUse.Permitted,
            Capabilities = Caps((Capability.Vision, false), (Capability.Multimodal, false), (Capability.StructuredOutputs, true), (Capability.CodeExecution, true), (Capability.FunctionCalling, true)),
            ApiIds = List("deepseek-chat", "deepseek-reasoner"),
            LastReviewed = new DateOnly(2026, 6, 15),
        })
        .Model(Gpt4V, "GPT-4 Vision Preview", "openai", m => m with
        {
            ReleaseDate = new DateOnly(2023, 11, 6),
            RetirementDate = new DateOnly(2026, 12, 6),
            ContextWindow = 128_000,
            MaxOutput = 4_096,
            License = "Proprietary",
            OpenWeights = false,
            CommercialUse = CommercialUse.Conditional,
            KnowledgeCutoff = new PartialDate(2023, 4),
            Modalities = new Modalities(List(Modality.Text, Modality.Image), List(Modality.Text)),
            Capabilities = Caps((Capability.Vision, true), (Capability.Multimodal, true), (Capability.StructuredOutputs, false), (Capability.CodeExecution, true), (Capability.FunctionCalling, true)),
            LastReviewed = new DateOnly(2026, 5, 19),
        })
        .Model(Qwen, "Qwen3.5-4B", "alibaba", m => m with
        {
            ReleaseDate = new DateOnly(2026, 3, 2),
            ContextWindow = 262_144,
            Parameters = new ParameterCount(4m, null),
            License = "Apache-2.0",
            OpenWeights = true,
            Capabilities = Caps((Capability.Vision, true), (Capability.Multimodal, true), (Capability.CodeExecution, false)),
            LastReviewed = new DateOnly(2026, 5, 19),
        })
        .Route("azure", Gpt4V, 10m, 40m)
        .Route("openrouter", DeepSeek, 0.25m, 0.38m)
        .Route("deepseek", DeepSeek, 0.28m, 0.42m, r => r with
        {
            Price = new TokenPrices(0.28m, 0.42m, CacheRead: 0.028m),
            Tiers = List(new PriceTier(200_000, new TokenPrices(0.56m, 0.84m))),
        })
        .Route("fireworks", DeepSeek, 0.56m, 1.68m)
        .Route("chutes", DeepSeek, 0m, 0m, r => r with { IsFreeTier = true });

    public static CatalogSnapshot Build() => Builder().Build();
}
