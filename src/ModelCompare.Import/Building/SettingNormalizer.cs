using System.Globalization;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;

namespace ModelCompare.Import.Building;

/// <summary>What a source says about how a score was measured: the setting in the vocabulary, and free text for the notes.</summary>
internal sealed record NormalizedSetting(string? Setting, string? Notes);

/// <summary>
/// Turns the sources' descriptions of a score's setting into the vocabulary of <see cref="BenchmarkSetting"/>.
/// What the vocabulary names (shots, chain-of-thought, pass@K, tools, thinking, effort, budget) becomes the setting;
/// the source's own words go to the notes, never into the setting.
/// </summary>
internal static partial class SettingNormalizer
{
    /// <summary>Words that only name the metric; a description that is nothing else needs no note.</summary>
    private static readonly HashSet<string> MetricWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "accuracy", "score", "standard", "-", "em", "exact match", "f1", "f1 score", "pass@1", "percentage score", "test set evaluation",
    };

    /// <summary>How the datasets that name a harness in a column spell it (Epoch AI's Terminal-Bench table, models.dev).</summary>
    private static readonly string[] HarnessSpellings = ["Terminus", "Claude Code", "OpenHands", "Codex CLI", "Gemini CLI", "Mini-SWE-Agent", "SWE-agent"];

    /// <summary>
    /// LLM Stats' free-text <c>analysis_method</c> ("GPT-5 - Diamond thinking no tools", "3-shot CoT"). With the model's
    /// <paramref name="maker"/>, a note that names the maker's own agent (<see cref="Tables.HarnessNoteTable"/>) gives the harness.
    /// </summary>
    public static NormalizedSetting FromText(string? text, string? maker = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NormalizedSetting(null, null);
        }

        var trimmed = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var lower = trimmed.ToLowerInvariant();
        var parts = new List<string?>();
        if (Shots().Match(lower) is { Success: true } shots)
        {
            parts.Add($"{shots.Groups[1].Value}-shot");
        }
        else if (ZeroShot().IsMatch(lower))
        {
            parts.Add("0-shot");
        }

        if (ChainOfThought().IsMatch(lower))
        {
            parts.Add("chain-of-thought");
        }

        // The sampling: one part. A consensus ("cons@64") is a majority vote; "Avg@8" the mean of 8 runs; a single
        // attempt is pass@1; parallel attempts with the best one picked are "multiple attempts".
        if (MajorityAt().Match(lower) is { Success: true } maj)
        {
            parts.Add($"maj@{maj.Groups[2].Value}");
        }
        else if (PassAt().Match(lower) is { Success: true } pass)
        {
            parts.Add($"pass@{pass.Groups[1].Value}");
        }
        else if (AverageAt().Match(lower) is { Success: true } avg)
        {
            parts.Add($"avg@{avg.Groups[1].Value}");
        }
        else if (MultipleAttempts().IsMatch(lower))
        {
            parts.Add("multiple attempts");
        }
        else if (SingleAttempt().IsMatch(lower))
        {
            parts.Add("pass@1");
        }

        if (Harness().Match(trimmed) is { Success: true } harness)
        {
            var name = harness.Groups[1].Value;
            parts.Add(BenchmarkSetting.HarnessPart(HarnessSpellings.FirstOrDefault(k => name.StartsWith(k, StringComparison.OrdinalIgnoreCase)) is { } known ? known + name[known.Length..] : name));
        }
        else if (maker is not null && Tables.HarnessNoteTable.HarnessIn(trimmed, maker) is { } own)
        {
            parts.Add(BenchmarkSetting.HarnessPart(own));
        }

        if (NoTools().IsMatch(lower))
        {
            parts.Add("no tools");
        }
        else if (WithTools().IsMatch(lower))
        {
            parts.Add("with tools");
        }

        if (NoThinking().IsMatch(lower))
        {
            parts.Add("no thinking");
        }
        else if (Thinking().IsMatch(lower))
        {
            parts.Add("thinking");
        }

        if (Effort().Match(lower) is { Success: true } effort)
        {
            parts.Add($"{(effort.Groups[1].Success ? effort.Groups[1].Value : effort.Groups[2].Value)} effort");
        }

        var setting = BenchmarkSetting.FromParts(parts.OfType<string>()).Text;
        var notes = MetricWords.Contains(trimmed) || string.Equals(trimmed, setting, StringComparison.OrdinalIgnoreCase) ? null : trimmed;
        return new NormalizedSetting(setting, notes);
    }

    /// <summary>
    /// An Epoch AI model-version suffix ("high", "minimal", "thinking", "16K") as a setting part: an effort level, thinking,
    /// or a thinking budget in thousands of tokens; null for "unknown" and anything else.
    /// </summary>
    public static string? FromEffortSuffix(string? suffix)
    {
        if (suffix is null)
        {
            return null;
        }

        var s = suffix.ToLowerInvariant();
        if (BenchmarkSetting.EffortLevels.Contains(s))
        {
            return $"{s} effort";
        }

        if (s == "thinking")
        {
            return "thinking";
        }

        return BudgetSuffix().Match(s) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            ? BenchmarkSetting.Budget(k)
            : null;
    }

    [GeneratedRegex(@"\b(\d{1,2})[- ]?shots?\b")]
    private static partial Regex Shots();

    [GeneratedRegex(@"\bzero[- ]shot\b")]
    private static partial Regex ZeroShot();

    [GeneratedRegex(@"\bcot\b|chain[- ]of[- ]thought")]
    private static partial Regex ChainOfThought();

    [GeneratedRegex(@"\bpass\s*@\s*(\d{1,4})\b")]
    private static partial Regex PassAt();

    [GeneratedRegex(@"\b(maj|majority|cons|consensus)\s*@\s*(\d{1,4})\b")]
    private static partial Regex MajorityAt();

    [GeneratedRegex(@"\bavg\s*@\s*(\d{1,4})\b")]
    private static partial Regex AverageAt();

    [GeneratedRegex(@"multiple (parallel )?attempts|parallel test-time compute")]
    private static partial Regex MultipleAttempts();

    [GeneratedRegex(@"single attempt")]
    private static partial Regex SingleAttempt();

    /// <summary>A named agent or scaffold in a source's words ("Terminus 1 framework", "Claude Code as agent framework", "OpenHands v0.34.0").</summary>
    [GeneratedRegex(@"\b(Terminus(?:[- ]\d(?:\.\d)?)?|Claude Code|OpenHands|Codex CLI|Gemini CLI|mini-SWE-agent|SWE-agent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harness();

    [GeneratedRegex(@"w/o tool|without tool|no tools?\b|no python|without python|tool-free")]
    private static partial Regex NoTools();

    [GeneratedRegex(@"with (python|tools?|search|browsing|code execution)|\btool use\b|agentic tool")]
    private static partial Regex WithTools();

    [GeneratedRegex(@"without thinking|no thinking|no extended thinking|without extended thinking|non-thinking|thinking off|thinking disabled|reasoning off|no reasoning|without reasoning")]
    private static partial Regex NoThinking();

    [GeneratedRegex(@"thinking|reasoning mode|reasoning on\b|with reasoning|extended reasoning")]
    private static partial Regex Thinking();

    [GeneratedRegex(@"\b(none|minimal|low|medium|high|xhigh|max)[- ]effort\b|reasoning[_ ]effort[:= ]+(none|minimal|low|medium|high|xhigh|max)\b")]
    private static partial Regex Effort();

    [GeneratedRegex(@"^(\d{1,4})k$")]
    private static partial Regex BudgetSuffix();
}
