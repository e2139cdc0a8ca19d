using System.Globalization;

namespace ModelCompare.Browser.Tests.Infrastructure;

public static class Money
{
    /// <summary>Reads an amount the page shows, such as "$1,234" or "$0.52", as dollars.</summary>
    public static decimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Trim().TrimStart('$');
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a dollar amount.");
    }
}
