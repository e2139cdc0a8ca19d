using System.Collections.Immutable;
using System.Globalization;

namespace ModelCompare.Comparison;

/// <summary>
/// A month of traffic: input and output tokens in millions, and the share of input tokens served
/// from a prompt cache.
/// </summary>
public sealed record TrafficProfile
{
    public const decimal DefaultInputMillions = 1000m;
    public const decimal DefaultOutputMillions = 200m;
    public const decimal DefaultCachePercent = 0m;
    public const decimal MaxMillions = 1_000_000m;
    public const decimal MaxCachePercent = 100m;

    public TrafficProfile(decimal inputMillions = DefaultInputMillions, decimal outputMillions = DefaultOutputMillions, decimal cachePercent = DefaultCachePercent)
    {
        InputMillions = Math.Clamp(inputMillions, 0m, MaxMillions);
        OutputMillions = Math.Clamp(outputMillions, 0m, MaxMillions);
        CachePercent = Math.Clamp(cachePercent, 0m, MaxCachePercent);
    }

    public static TrafficProfile Default { get; } = new();

    public decimal InputMillions { get; }
    public decimal OutputMillions { get; }
    public decimal CachePercent { get; }

    public bool IsDefault => InputMillions == DefaultInputMillions && OutputMillions == DefaultOutputMillions && CachePercent == DefaultCachePercent;

    /// <summary>"1,000M input and 200M output tokens a month" (and ", 50% of input cached" when cached).</summary>
    public string Text => Formatting.TrafficText(this);

    /// <summary>
    /// Reads a traffic profile from query-string values. Numbers are invariant-culture; out-of-range
    /// values are clamped and malformed ones ignored, each with a note saying what was used instead.
    /// </summary>
    public static TrafficQuery FromQuery(string? input, string? output, string? cache)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        var i = Read(input, "Input volume", DefaultInputMillions, MaxMillions, Formatting.MillionsOfTokens, notes);
        var o = Read(output, "Output volume", DefaultOutputMillions, MaxMillions, Formatting.MillionsOfTokens, notes);
        var c = Read(cache, "Cache share", DefaultCachePercent, MaxCachePercent, Formatting.Percent, notes);
        return new TrafficQuery(new TrafficProfile(i, o, c), notes.ToImmutable());
    }

    private static decimal Read(string? text, string what, decimal fallback, decimal max, Func<decimal, string> show, ImmutableArray<string>.Builder notes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            notes.Add(Sentences.TrafficNotANumber(what, text.Trim(), show(fallback)));
            return fallback;
        }

        if (value < 0m)
        {
            notes.Add(Sentences.TrafficClamped(what, text.Trim(), show(0m), "below"));
            return 0m;
        }

        if (value > max)
        {
            notes.Add(Sentences.TrafficClamped(what, text.Trim(), show(max), "above"));
            return max;
        }

        return value;
    }
}

/// <summary>A traffic profile read from a query string, with notes on anything that was ignored or clamped.</summary>
public sealed record TrafficQuery(TrafficProfile Profile, ImmutableArray<string> Notes)
{
    public bool IsDefault => Profile.IsDefault;
}
