namespace ModelCompare.Comparison;

/// <summary>
/// Every sentence the comparison pages print, one small function each, so each can be tested word for
/// word. Split by section across files.
/// </summary>
public static partial class Sentences
{
    /// <summary>Input volume "abc" is not a number; using the default 1,000M tokens.</summary>
    public static string TrafficNotANumber(string what, string raw, string fallback) =>
        $"{what} \"{raw}\" is not a number; using the default {fallback}.";

    /// <summary>Cache share "150" is above the allowed range; using 100%.</summary>
    public static string TrafficClamped(string what, string raw, string used, string direction) =>
        $"{what} \"{raw}\" is {direction} the allowed range; using {used}.";
}
