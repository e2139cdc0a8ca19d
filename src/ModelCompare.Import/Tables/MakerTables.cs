namespace ModelCompare.Import.Tables;

/// <summary>
/// Which source speaks for which maker, where the datasets do not say: the LiteLLM providers that are a maker's own
/// API. (Which lab makes an id is <c>MakerResolver</c>'s ordered patterns; which provider is a maker's own storefront
/// is <see cref="SellerTable.MakerStorefronts"/>.) See docs/import.md, "Mapping tables".
/// </summary>
internal static class MakerTables
{
    /// <summary>LiteLLM's <c>litellm_provider</c> for each maker's own API: only these keys speak for the maker.</summary>
    public static readonly IReadOnlyDictionary<string, string> LiteLlmMakers = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["anthropic"] = "anthropic",
        ["codestral"] = "mistral",
        ["cohere"] = "cohere",
        ["cohere_chat"] = "cohere",
        ["dashscope"] = "alibaba",
        ["deepseek"] = "deepseek",
        ["gemini"] = "google",
        ["mistral"] = "mistral",
        ["moonshot"] = "moonshotai",
        ["openai"] = "openai",
        ["perplexity"] = "perplexity",
        ["text-completion-codestral"] = "mistral",
        ["text-completion-openai"] = "openai",
        ["xai"] = "xai",
    };
}
