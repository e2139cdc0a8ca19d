using System.Globalization;

namespace ModelCompare.Import.Sources;

/// <summary>Dates of the datasets, read the same way everywhere.</summary>
internal static class Dates
{
    /// <summary>Parses the leading <c>yyyy-MM-dd</c> of a date or timestamp; null when it is not one.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }

    /// <summary>A knowledge cutoff as <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null when it is neither.</summary>
    public static string? Cutoff(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length >= 10 && Parse(v) is { } d)
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return v.Length == 7 && DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? v
            : null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
