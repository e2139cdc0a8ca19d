namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string NotAvailable(string name) => $"{name} is not available from any tracked provider.";

    public static string StrengthContext(long tokens, int smallerCount, int others) =>
        $"Context window of {Formatting.Tokens(tokens)} tokens: larger than {smallerCount} of {others} other models.";

    public static string WeaknessContext(long tokens, int largerCount, int others) =>
        $"Context window of {Formatting.Tokens(tokens)} tokens: smaller than {largerCount} of {others} other models.";

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
}
