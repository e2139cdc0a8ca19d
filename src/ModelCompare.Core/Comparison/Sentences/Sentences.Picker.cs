namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"list price $2.50 in / $10 out per 1M", "market price $0.30 in / $1.20 out per 1M", "free from its maker", or "no price".</summary>
    public static string PickerPrice(ModelPrice price)
    {
        ArgumentNullException.ThrowIfNull(price);
        if (price.Basis == PriceBasis.List && price.IsFreeFromMaker)
        {
            return "free from its maker";
        }

        return (price.Basis, price.Reference) switch
        {
            (PriceBasis.List or PriceBasis.Market, { Input: { } input, Output: { } output }) =>
                $"{Formatting.PriceBasisName(price.Basis)} {Formatting.PricePerMillion(input)} in / {Formatting.PricePerMillion(output)} out per 1M",
            _ => "no price",
        };
    }

    /// <summary>"GPT-4o (OpenAI, May 13, 2024, list price $2.50 in / $10 out per 1M, newest)"; "release date unknown" without one.</summary>
    public static string PickerLabel(string name, string makerName, DateOnly? released, string priceText, bool newest)
    {
        var date = released is { } r ? Formatting.Date(r) : "release date unknown";
        return $"{name} ({makerName}, {date}, {priceText}{(newest ? ", newest" : string.Empty)})";
    }
}
