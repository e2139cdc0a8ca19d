using System.Text.RegularExpressions;

namespace ModelCompare.Import.Building;

/// <summary>
/// The one table that files a benchmark under a catalog category by what it measures, whatever its source tags it
/// with: LLM Stats tags CharXiv-R "math" and "reasoning" and models.dev's benchmarks carry no category at all, so a
/// chart-reading or long-context test would otherwise count as coding or math and skew a model's "best for". The
/// first pattern that matches a benchmark's slug wins; a benchmark no pattern matches keeps its source's category
/// (Epoch AI's own, or the first LLM Stats tag in <see cref="BenchmarkBuilder.Category"/>'s order). docs/import.md
/// lists the rules and why.
/// </summary>
internal static partial class BenchmarkCategories
{
    private static readonly (Regex Pattern, string Category)[] Rules =
    [
        // Tool use, function calling, browsing, terminals and computer use: an agent acts, not only answers.
        (Rx(@"^(tau|3-banking)|bfcl|acebench|api-bank|^nexus$|complexfuncbench|gorilla|terminal-bench|^terminus$|osworld|mind2web|browsecomp|claw-eval|coding-agent|cybersecurity-ctfs|^metr"), "agents"),
        // Finding and using facts spread over a long input (needles, multi-round coreference, graph walks).
        (Rx(@"mrcr|needle|graphwalks|long-context-reasoning|^ruler$|longbench|infinitebench|fiction-livebench"), "long-context"),
        // Reading charts, documents, screenshots, video and sound.
        (Rx(@"charxiv|chartqa|vqa|mmmu|mathvista|mathvision|^ai2d$|ocrbench|video|egoschema|lvbench|visualwebbench|realworldqa|mmbench|mmstar|^blink$|^erqa$|muirbench|intergps|scienceqa-visual|voicebench|covost|fleurs|mmau|common-voice"), "multimodal"),
        // Writing, completing, repairing or reasoning about code.
        (Rx(@"humaneval|mbpp|livecodebench|bigcodebench|^swe-|aider|codeforces|cfeval|cruxeval|crux-o|multipl-e|natural2code|ojbench|bird-sql|scicode|evalplus|repoqa|nl2repo|codegolf|webdev|weirdml|^gso$|coding-index"), "coding"),
        // Short factual questions and grounding, scored on not making things up.
        (Rx(@"simpleqa|facts-grounding|truthfulqa"), "factuality"),
        // Multi-subject exams and world knowledge (the MMLU family, which LLM Stats also tags math and reasoning).
        (Rx(@"mmlu|supergpqa|^c-eval$|agieval|^include$|triviaqa|eclektic|^stem$"), "knowledge"),
        // Puzzles and multi-step reasoning over a short text.
        (Rx(@"^bbh$|big-bench|^drop$|^arc-agi"), "reasoning"),
        // Following instructions and chatting well.
        (Rx(@"ifeval|multi-if|^if$|mt-bench|alignbench|^livebench"), "general"),
    ];

    /// <summary>The category a benchmark slug (or LLM Stats id) is filed under, or null when no rule names it.</summary>
    public static string? Of(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var key = slug.ToLowerInvariant();
        foreach (var (pattern, category) in Rules)
        {
            if (pattern.IsMatch(key))
            {
                return category;
            }
        }

        return null;
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
