namespace ModelCompare.Import.Tables;

/// <summary>
/// Which ids are one model, where no dataset says so: the floating names a maker's API serves its current model
/// under, and the pairs of keys that are one checkpoint. Used by <c>DuplicateMerger</c>; every entry carries its
/// reason, which the import report repeats for each merge it makes (docs/import.md, "Mapping tables").
/// </summary>
internal static class IdentityTables
{
    /// <summary>
    /// API names that serve whatever model their maker currently runs, in one mode each, with the reason: each
    /// becomes an alias of the model it served on the data's date and adds its mode to it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Mode, string Reason)> FloatingNames = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["deepseek-chat"] = ("non-thinking", "DeepSeek's API name for its current model without thinking"),
        ["deepseek-reasoner"] = ("thinking", "DeepSeek's API name for its current model with thinking"),
    };

    /// <summary>
    /// The same model under two keys where no dataset links them (no shared weights link): the key on the left is
    /// merged into the one on the right, for the reason given.
    /// </summary>
    public static readonly IReadOnlyList<(string From, string To, string Reason)> SameModel =
    [
        ("mistral-small-3-2-24b-instruct-2506", "mistral-small-2506", "Mistral Small 3.2 is the Mistral-Small-3.2-24B-Instruct-2506 release"),
        ("kimi-k2-0711-preview", "kimi-k2", "Kimi K2 Instruct is the 0711 release; 0905 is a later snapshot"),
        ("llama-3-2-90b-vision-instruct", "llama-3-2-90b", "Llama 3.2 90B was released only as the Vision Instruct model"),
        ("llama-3-2-11b-vision-instruct", "llama-3-2-11b", "Llama 3.2 11B was released only as the Vision Instruct model"),
        ("gemini-2-5-pro-exp-03-25", "gemini-2-5-pro-preview-03-25",
            "one checkpoint: the 03-25 experimental release and its paid preview share the release day, and Aider's and Epoch AI's leaderboards give the same 72.9 run under each name"),
    ];
}
