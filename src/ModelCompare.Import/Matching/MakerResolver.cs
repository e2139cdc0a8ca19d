using System.Text.RegularExpressions;

namespace ModelCompare.Import.Matching;

/// <summary>
/// Names the lab that made a model from its normalized id when models.dev has no canonical record
/// for it. Only labs the datasets describe (a models.dev provider or lab, or an LLM Stats
/// organization) are listed; a model no rule claims is left out of the catalog.
/// </summary>
internal static partial class MakerResolver
{
    // Order matters: "llama-3-1-nemotron" is NVIDIA's, "deepseek-r1-distill-llama" is DeepSeek's.
    private static readonly (Regex Pattern, string Maker)[] Rules =
    [
        (Rx("^deepseek"), "deepseek"),
        (Rx("nemotron|^nvidia-"), "nvidia"),
        (Rx("^(gpt-|o1($|-)|o3($|-)|o4-|chatgpt|codex|davinci|babbage)"), "openai"),
        (Rx("^claude"), "anthropic"),
        (Rx("^(gemini|gemma|learnlm|medgemma)"), "google"),
        (Rx("^(mistral|mixtral|magistral|devstral|codestral|ministral|pixtral|voxtral|open-mistral|open-mixtral)"), "mistral"),
        (Rx("^grok"), "xai"),
        (Rx("^(llama|meta-llama)"), "meta"),
        (Rx("^(qwen|qwq|qvq)"), "alibaba"),
        (Rx("^(command|c4ai|aya)"), "cohere"),
        (Rx("^(kimi|moonshot)"), "moonshotai"),
        (Rx("^(glm|chatglm)"), "zhipuai"),
        (Rx("^(minimax|abab)"), "minimax"),
        (Rx("^(nova-|amazon-nova)"), "amazon"),
        (Rx("^phi-"), "microsoft"),
        (Rx("^mimo"), "xiaomi"),
        (Rx("^step-"), "stepfun"),
        (Rx("^hunyuan"), "tencent"),
        (Rx("^(sonar|r1-1776)"), "perplexity"),
        (Rx("^jamba"), "ai21"),
        (Rx("^granite"), "ibm"),
        (Rx("^sarvam"), "sarvam"),
    ];

    public static string? Resolve(string normalizedId)
    {
        ArgumentNullException.ThrowIfNull(normalizedId);
        foreach (var (pattern, maker) in Rules)
        {
            if (pattern.IsMatch(normalizedId))
            {
                return maker;
            }
        }

        return null;
    }

    /// <summary>Every maker these rules name.</summary>
    public static IEnumerable<string> Makers => Rules.Select(r => r.Maker).Distinct(StringComparer.Ordinal);

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
