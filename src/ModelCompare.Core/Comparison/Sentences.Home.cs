namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// What "capable" means in the home page's cheapest list, from the rule itself
    /// (<see cref="CatalogHighlights.IsCapable"/>): "Models with function calling or tool use and at least 128K tokens of context, ...".
    /// </summary>
    public static string CheapestCapableNote() =>
        $"Models with {Formatting.CapabilityPhrase(Catalog.Capability.FunctionCalling)} or {Formatting.CapabilityPhrase(Catalog.Capability.ToolUse)} and at least {Formatting.Tokens(DecisionRules.RagContext)} tokens of context, by the 70/30 blend of their list price per 1M tokens (the market price when the maker sells no API).";
}
