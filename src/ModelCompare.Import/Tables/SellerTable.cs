using ModelCompare.Catalog;

namespace ModelCompare.Import.Tables;

/// <summary>
/// What the datasets do not say about who sells a route, written into <c>data/</c> by the importer: each
/// provider's <c>seller_kind</c> (how it sells models it did not make) and the routes that are the maker's
/// own although the provider slug is not the maker's (<c>maker_own: true</c>; see docs/data-format.md).
/// The pages use them to pick a model's list price and to say what kind of seller offers an unusual price.
/// </summary>
/// <remarks>
/// Every entry carries a one-line reason. A provider this table cannot place from the datasets and what
/// is publicly known of it is left out, not guessed: its routes are then shown without a seller kind.
/// Deliberately not marked as a maker's own: <c>llama</c> (Meta's Llama API) and <c>tencent-tokenhub</c>
/// (Tencent Cloud TokenHub) list their maker's models only as a free preview, which would otherwise become
/// the models' list price while paying hosts sell them.
/// </remarks>
internal static class SellerTable
{
    public const SellerKind Cloud = SellerKind.Cloud;
    public const SellerKind Host = SellerKind.Host;
    public const SellerKind Aggregator = SellerKind.Aggregator;
    public const SellerKind Reseller = SellerKind.Reseller;
    public const SellerKind Plan = SellerKind.Plan;

    /// <summary>Provider slug to seller kind, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, (SellerKind Kind, string Reason)> Kinds = new Dictionary<string, (SellerKind, string)>(StringComparer.Ordinal)
    {
        // Cloud platforms' model services: other makers' models billed through the platform's account.
        ["alibaba-cn"] = (Cloud, "Alibaba Cloud Model Studio (China) also serves DeepSeek, Kimi and GLM models"),
        ["amazon-bedrock"] = (Cloud, "Amazon Bedrock, AWS's model service"),
        ["azure"] = (Cloud, "Microsoft Azure AI Foundry's model service"),
        ["azure-cognitive-services"] = (Cloud, "Azure's model service under its Cognitive Services endpoint"),
        ["databricks"] = (Cloud, "Databricks Foundation Model APIs, billed through the Databricks platform"),
        ["digitalocean"] = (Cloud, "DigitalOcean's inference service, billed through its cloud account"),
        ["google-vertex"] = (Cloud, "Google Cloud Vertex AI, which also serves Anthropic's models"),
        ["google-vertex-anthropic"] = (Cloud, "Anthropic's models on Google Cloud Vertex AI"),
        ["sap-ai-core"] = (Cloud, "SAP AI Core's generative AI hub, billed through SAP BTP"),
        ["snowflake-cortex"] = (Cloud, "Snowflake Cortex, billed in Snowflake credits"),

        // Inference hosts: run open weights on their own hardware.
        ["baseten"] = (Host, "runs open-weights models on its own GPU fleet"),
        ["berget"] = (Host, "Swedish inference host for open-weights models"),
        ["cerebras"] = (Host, "serves models on its own wafer-scale chips"),
        ["chutes"] = (Host, "serves open-weights models on its own compute network"),
        ["cloudferro-sherlock"] = (Host, "CloudFerro's European cloud runs the open-weights models it lists"),
        ["cloudflare-workers-ai"] = (Host, "runs open-weights models on Cloudflare's GPUs"),
        ["deepinfra"] = (Host, "runs open-weights models on its own GPUs"),
        ["fireworks-ai"] = (Host, "runs open-weights models on its own inference stack"),
        ["friendli"] = (Host, "FriendliAI runs open-weights models on its own inference engine"),
        ["groq"] = (Host, "serves models on its own LPU chips"),
        ["inference"] = (Host, "Inference.net runs open-weights models on its own GPUs"),
        ["io-net"] = (Host, "IO Intelligence runs open-weights models on the io.net GPU network"),
        ["mixlayer"] = (Host, "runs the open-weights Qwen models it lists"),
        ["nebius"] = (Host, "Nebius Token Factory runs open-weights models in its own data centres"),
        ["novita-ai"] = (Host, "runs open-weights models on its own GPU cloud"),
        ["ovhcloud"] = (Host, "OVHcloud AI Endpoints run open-weights models in OVH data centres"),
        ["regolo-ai"] = (Host, "Italian inference host (Seeweb) for open-weights models"),
        ["scaleway"] = (Host, "Scaleway Generative APIs run open-weights models in its own data centres"),
        ["siliconflow"] = (Host, "runs open-weights models on its own inference platform"),
        ["siliconflow-cn"] = (Host, "SiliconFlow's China site, running open-weights models itself"),
        ["stackit"] = (Host, "STACKIT's AI Model Serving runs open-weights models in its own cloud"),
        ["tinfoil"] = (Host, "runs open-weights models in its own confidential-computing enclaves"),
        ["togetherai"] = (Host, "runs open-weights models on its own GPU cloud"),
        ["vultr"] = (Host, "Vultr Serverless Inference runs open-weights models on its own GPUs"),
        ["wandb"] = (Host, "W&B Inference runs open-weights models on CoreWeave GPUs"),

        // Aggregators: pass each request to another provider and bill that provider's price (plus a fee, if any).
        ["cloudflare-ai-gateway"] = (Aggregator, "a gateway that forwards requests to the models' providers"),
        ["cortecs"] = (Aggregator, "routes each request to one of several European providers"),
        ["fastrouter"] = (Aggregator, "an API router over other providers"),
        ["helicone"] = (Aggregator, "Helicone's AI gateway forwards requests to the models' providers"),
        ["huggingface"] = (Aggregator, "Hugging Face Inference Providers routes requests to partner hosts"),
        ["kilo"] = (Aggregator, "Kilo Gateway routes requests to the models' providers"),
        ["llmgateway"] = (Aggregator, "an API gateway over other providers"),
        ["merge-gateway"] = (Aggregator, "an API gateway over other providers"),
        ["openrouter"] = (Aggregator, "routes each request to one of the providers that serve the model"),
        ["orcarouter"] = (Aggregator, "an API router over other providers"),
        ["requesty"] = (Aggregator, "an API router over other providers"),
        ["vercel"] = (Aggregator, "Vercel AI Gateway forwards requests to the models' providers"),
        ["zenmux"] = (Aggregator, "an API router over other providers"),

        // Resellers: sell other providers' models at a price list of their own.
        ["302ai"] = (Reseller, "302.AI resells many makers' APIs at its own prices"),
        ["abacus"] = (Reseller, "Abacus.AI RouteLLM sells other makers' models at its own prices"),
        ["aihubmix"] = (Reseller, "an API relay that resells other makers' models at its own prices"),
        ["jiekou"] = (Reseller, "Jiekou.AI, an API relay that resells other makers' models at its own prices"),
        ["nano-gpt"] = (Reseller, "NanoGPT sells other makers' models pay-as-you-go at its own prices"),
        ["opencode"] = (Reseller, "OpenCode Zen sells a curated set of other makers' models at its own prices"),
        ["poe"] = (Reseller, "Poe bills other makers' models in its own points"),
        ["qihang-ai"] = (Reseller, "an API relay that resells Anthropic, Google and OpenAI models at its own prices"),

        // Plans: tokens sold as part of a subscription or prepaid plan.
        ["alibaba-coding-plan"] = (Plan, "Alibaba Cloud's coding subscription"),
        ["alibaba-coding-plan-cn"] = (Plan, "Alibaba Cloud's coding subscription (China)"),
        ["alibaba-token-plan"] = (Plan, "Alibaba Cloud's prepaid token plan"),
        ["alibaba-token-plan-cn"] = (Plan, "Alibaba Cloud's prepaid token plan (China)"),
        ["github-copilot"] = (Plan, "models included in a GitHub Copilot subscription"),
        ["kimi-for-coding"] = (Plan, "Moonshot AI's Kimi coding subscription"),
        ["kuae-cloud-coding-plan"] = (Plan, "KUAE Cloud's coding subscription"),
        ["minimax-cn-coding-plan"] = (Plan, "MiniMax's token plan (China site)"),
        ["minimax-coding-plan"] = (Plan, "MiniMax's token plan"),
        ["ollama-cloud"] = (Plan, "Ollama Cloud is sold as subscription tiers"),
        ["opencode-go"] = (Plan, "OpenCode Go is a monthly subscription"),
        ["stepfun-ai"] = (Plan, "its API is StepFun's Step Plan subscription endpoint"),
        ["tencent-coding-plan"] = (Plan, "Tencent Cloud's coding subscription (China)"),
        ["umans-ai-coding-plan"] = (Plan, "Umans AI's coding subscription"),
        ["xiaomi-token-plan-ams"] = (Plan, "Xiaomi's prepaid token plan (Europe)"),
        ["xiaomi-token-plan-cn"] = (Plan, "Xiaomi's prepaid token plan (China)"),
        ["xiaomi-token-plan-sgp"] = (Plan, "Xiaomi's prepaid token plan (Singapore)"),
        ["zai-coding-plan"] = (Plan, "Z.AI's GLM coding subscription"),
        ["zhipuai-coding-plan"] = (Plan, "Zhipu AI's GLM coding subscription"),
    };

    /// <summary>(provider slug, maker slug) pairs whose routes are the maker's own, with the reason.</summary>
    public static readonly IReadOnlyDictionary<(string Provider, string Maker), string> MakerStorefronts = new Dictionary<(string, string), string>
    {
        [("alibaba-cn", "alibaba")] = "Alibaba Cloud Model Studio's China site sells Alibaba's Qwen models at its own (yuan-based) prices",
        [("amazon-bedrock", "amazon")] = "Amazon sells its Nova models only through Bedrock",
        [("azure", "microsoft")] = "Microsoft sells its Phi models through Azure AI Foundry",
        [("azure-cognitive-services", "microsoft")] = "the same Azure service under its Cognitive Services endpoint",
        [("google-vertex", "google")] = "Vertex AI is Google's own API for Gemini and Gemma, beside AI Studio",
        [("minimax-cn", "minimax")] = "minimaxi.com is MiniMax's own China site",
        [("moonshotai-cn", "moonshotai")] = "Moonshot AI's own China site",
        [("zai", "zhipuai")] = "Z.AI is Zhipu AI's international platform",
    };

    /// <summary>The provider's seller kind, or null when the table does not place it.</summary>
    public static string? KindOf(string providerSlug) => Kinds.TryGetValue(providerSlug, out var entry) ? SellerKindNames.FileKey(entry.Kind) : null;

    /// <summary>The route of <paramref name="providerSlug"/> for a model by <paramref name="makerSlug"/> is the maker's own.</summary>
    public static bool IsMakerOwn(string providerSlug, string makerSlug) => MakerStorefronts.ContainsKey((providerSlug, makerSlug));
}
