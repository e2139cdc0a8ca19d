using System.Text.RegularExpressions;

namespace ModelCompare.Import.Tables;

/// <summary>One way a source's free-text note names the harness a maker ran its model in, and why it is read as one.</summary>
internal sealed record HarnessNote(Regex Pattern, string Harness, string Reason);

/// <summary>
/// Harnesses that a source names only in a score's free-text note, without a name the setting vocabulary already reads
/// (Terminus, Claude Code, OpenHands and the other named agents are read by <c>SettingNormalizer</c>). A note that
/// matches an entry gives the score that harness, so the run is never ranked against runs in another agent. Each entry
/// names the maker's own agent after the maker (<see cref="MakerPlaceholder"/>): one maker's in-house agent is not
/// another's. See docs/import.md, "Mapping tables".
/// </summary>
/// <remarks>
/// Notes that describe a run without naming an agent stay notes, the score's harness unstated: "Agentic Tool Use",
/// "Agentic tool use", "Agentic terminal coding", "Agentic coding", "Agent mode" (that the model ran as an agent, not
/// in which); "Internal methodology, see source footnote [2]" (OpenAI's GPT-4.1 footnote is about which tasks were
/// run, not the agent); "Search agent with pre-defined workflow", "Search agent evaluation" (a search set-up with no
/// name, on search benchmarks); "With multiple parallel attempts and advanced scaffolding" (the sampling is read; the
/// scaffold is not named).
/// </remarks>
internal static partial class HarnessNoteTable
{
    /// <summary>Replaced by the model's maker (its catalog slug) in <see cref="HarnessNote.Harness"/>.</summary>
    public const string MakerPlaceholder = "{maker}";

    public static readonly IReadOnlyList<HarnessNote> Entries =
    [
        new(InHouse(), MakerPlaceholder + " in-house",
            "\"Inhouse Framework\" (LLM Stats, Kimi K2 on Terminal-Bench) and \"internal harness\" (Grok Code Fast 1 on "
            + "SWE-bench Verified): the maker ran its own agent, which no other maker's run used."),
        new(SimpleScaffold(), MakerPlaceholder + " in-house",
            "\"Simple scaffold with bash tool and file editing tool via string replacements\" (LLM Stats, Claude Opus 4.1 on "
            + "SWE-bench Verified): the two-tool scaffold Anthropic built for its own runs, not a public agent."),
    ];

    /// <summary>The harness <paramref name="note"/> names for a model made by <paramref name="maker"/>; null when no entry matches.</summary>
    public static string? HarnessIn(string? note, string maker)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        return Entries.FirstOrDefault(e => e.Pattern.IsMatch(note)) is { } entry
            ? entry.Harness.Replace(MakerPlaceholder, maker, StringComparison.Ordinal)
            : null;
    }

    [GeneratedRegex(@"\b(in-?house|internal) (framework|harness|agent|scaffold(ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InHouse();

    [GeneratedRegex(@"\bsimple scaffold with bash tool and file editing tool\b", RegexOptions.IgnoreCase)]
    private static partial Regex SimpleScaffold();
}
