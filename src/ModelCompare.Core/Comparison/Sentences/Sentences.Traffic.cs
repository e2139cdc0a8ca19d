namespace ModelCompare.Comparison;

/// <summary>
/// Every sentence the comparison pages print, one small function each, so each can be tested word for
/// word. Split by section across files.
/// </summary>
public static partial class Sentences
{
    /// <summary>"Requests a month was left blank; the figures use 1,000,000. Type a number to bill your own."</summary>
    public static string TrafficBlank(string what, string used) =>
        $"{what} was left blank; the figures use {used}. Type a number to bill your own.";

    /// <summary>Input volume "abc" is not a number; using the default 1,000M.</summary>
    public static string TrafficNotANumber(string what, string raw, string fallback) =>
        $"{what} \"{raw}\" is not a number; using the default {fallback}.";

    /// <summary>Cache share "150" is above the allowed range; using 100%.</summary>
    public static string TrafficClamped(string what, string raw, string used, string direction) =>
        $"{what} \"{raw}\" is {direction} the allowed range; using {used}.";

    /// <summary>Workload "xyz" is not one of chat, rag, agent or batch; it is ignored.</summary>
    public static string TrafficPresetNotKnown(string raw, IReadOnlyList<string> keys) =>
        $"Workload \"{raw}\" is not one of {Formatting.JoinList(keys, "or")}; it is ignored.";

    /// <summary>Traffic mode "weekly" is not monthly or request; it is ignored.</summary>
    public static string TrafficModeNotKnown(string raw) =>
        $"Traffic mode \"{raw}\" is not monthly or request; it is ignored.";

    /// <summary>Input volume of 20,000,000M tokens is above the allowed range; using 1,000,000M tokens.</summary>
    public static string TrafficPerRequestClamped(string what, string asked, string used) =>
        $"{what} of {asked} is above the allowed range; using {used}.";
}
