using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Data.Files;

/// <summary>
/// Warnings about a route's prices that are out of their usual order: a context tier cheaper than the price below
/// it, a batch or flex price above the standard one, a cache write cheaper than a cache read. Each is possible but
/// far more often a slip, so it is reported where it sits and the data still goes live.
/// </summary>
internal static class PriceOrder
{
    /// <summary>A tier's input or output price below the tier before it (or the base price for the first tier).</summary>
    public static void TierNotBelowPredecessor(YamlFieldReader tier, TokenPrices? price, TokenPrices? predecessor)
    {
        foreach (var (field, value, before) in new[] { ("input", price?.Input, predecessor?.Input), ("output", price?.Output, predecessor?.Output) })
        {
            if (value is { } v && before is { } b && v < b)
            {
                tier.Problems.AddWarning(tier.PositionOf(field), tier.Field(field), $"{Number(v)} is below {Number(b)}, the price under this tier's threshold; a larger prompt is not usually cheaper per token");
            }
        }
    }

    /// <summary>A batch or flex price above the standard price of the same kind.</summary>
    public static void NotAboveStandard(YamlFieldReader? map, TokenPrices? price, TokenPrices? standard, string tier)
    {
        if (map is null || price is null || standard is null)
        {
            return;
        }

        foreach (var (field, value, normal) in new[] { ("input", price.Input, standard.Input), ("output", price.Output, standard.Output), ("cache_read", price.CacheRead, standard.CacheRead) })
        {
            if (value is { } v && normal is { } n && v > n)
            {
                map.Problems.AddWarning(map.PositionOf(field), map.Field(field), $"{Number(v)} is above the standard price of {Number(n)}; a {tier} price is a discount");
            }
        }
    }

    /// <summary>
    /// A cache write price below the cache read price, or a 1-hour write below the 5-minute write. A write priced at 0 is
    /// a provider that charges nothing to write (Z.ai), not a slip.
    /// </summary>
    public static void WritesAboveReads(YamlFieldReader? map, TokenPrices? price)
    {
        if (map is null || price is null)
        {
            return;
        }

        if (price is { CacheWrite: { } write, CacheRead: { } read } && write > 0m && write < read)
        {
            map.Problems.AddWarning(map.PositionOf("cache_write"), map.Field("cache_write"), $"{Number(write)} is below the cache read price of {Number(read)}; writing a cache costs at least as much as reading it");
        }

        if (price is { CacheWrite1h: { } hour, CacheWrite: { } five } && hour < five)
        {
            map.Problems.AddWarning(map.PositionOf("cache_write_1h"), map.Field("cache_write_1h"), $"{Number(hour)} is below the 5-minute write price of {Number(five)}; a cache kept longer costs at least as much to write");
        }
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
