namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string NotAvailable(string name) => $"{name} is not available from any tracked provider.";

    public static string StrengthContext(long tokens, int smallerCount, int others, long? ranking = null) =>
        $"Context window of {ContextTokens(tokens, ranking ?? tokens)}: larger than {smallerCount} of {others} other models.";

    public static string WeaknessContext(long tokens, int largerCount, int others, long? ranking = null) =>
        $"Context window of {ContextTokens(tokens, ranking ?? tokens)}: smaller than {largerCount} of {others} other models.";

    /// <summary>"Blended list price of $0.32 per 1M tokens: lower than 250 of 300 other priced models."</summary>
    public static string StrengthPrice(decimal blend, PriceBasis basis, int dearerCount, int others) =>
        $"Blended {Formatting.PriceBasisName(basis)} of {Formatting.PricePerMillion(blend)} per 1M tokens: lower than {dearerCount} of {others} other priced models.";

    public static string WeaknessPrice(decimal blend, PriceBasis basis, int cheaperCount, int others) =>
        $"Blended {Formatting.PriceBasisName(basis)} of {Formatting.PricePerMillion(blend)} per 1M tokens: higher than {cheaperCount} of {others} other priced models.";

    public static string StrengthProviders(int count) => $"Available from {Formatting.Plural(count, "provider")}.";

    public static string StrengthOpenWeights(string? license) =>
        string.IsNullOrWhiteSpace(license) ? "Open weights." : $"Open weights under the {license} license.";

    /// <summary>"X retires on Feb 1, 2027." or, on or after that day, "X was retired on Feb 1, 2027."</summary>
    public static string Retirement(string name, DateOnly retires, DateOnly today) => retires > today
        ? $"{name} retires on {Formatting.Date(retires)}."
        : $"{name} was retired on {Formatting.Date(retires)}.";

    /// <summary>
    /// What a page says first about a model its maker no longer sells or is retiring, or null for an active model:
    /// "Claude Sonnet 3.5 v2 was retired on Oct 22, 2025; its nearest active successor is Claude Sonnet 4.5.", "X retires on
    /// Feb 1, 2027.", "X is deprecated by its maker." <paramref name="successorName"/> is named only for a model
    /// that is not active.
    /// </summary>
    public static string? Status(ModelCompare.Catalog.Model model, DateOnly today, string? successorName = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var status = ModelLifecycle.StatusOn(model, today);
        var text = status switch
        {
            ModelCompare.Catalog.ModelStatus.Active => null,
            _ when model.RetirementDate is { } retires => Retirement(model.Name, retires, today),
            ModelCompare.Catalog.ModelStatus.Retired => $"{model.Name} is retired: its maker no longer serves it.",
            _ when model.DeprecationDate is { } since => $"{model.Name} has been deprecated by its maker since {Formatting.Date(since)}.",
            _ => $"{model.Name} is deprecated by its maker.",
        };
        return text is not null && successorName is not null ? $"{text[..^1]}; its nearest active successor is {successorName}." : text;
    }

    /// <summary>The status in a table cell: "Active", "Deprecated", "Retired on Oct 22, 2025", "Deprecated, retires on Feb 1, 2027".</summary>
    /// <summary>" Source: LiteLLM's entry for the maker's own API (claude-3-5-sonnet-20241022), checked Nov 21, 2025." or empty without a source.</summary>
    public static string StatusSourceNote(ModelCompare.Catalog.Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.StatusSource is { } said ? $" Source: {said.Name}, checked {Formatting.Date(said.Checked)}." : string.Empty;
    }

    public static string StatusCell(ModelCompare.Catalog.Model model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        return ModelLifecycle.StatusOn(model, today) switch
        {
            ModelCompare.Catalog.ModelStatus.Retired => model.RetirementDate is { } r ? $"Retired on {Formatting.Date(r)}" : "Retired",
            ModelCompare.Catalog.ModelStatus.Deprecated => model.RetirementDate is { } r ? $"Deprecated, retires on {Formatting.Date(r)}" : "Deprecated",
            _ => "Active",
        };
    }
}
