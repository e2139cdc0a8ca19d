using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelCompare.Catalog;

/// <summary>
/// The setting a benchmark score was measured in, written as parts from a small vocabulary joined by ", "
/// ("0-shot, chain-of-thought, no tools, high effort"). Parts of two kinds:
/// <list type="bullet">
/// <item>the <b>protocol</b>, how the benchmark was run: <c>N-shot</c>, <c>chain-of-thought</c>, the sampling
/// (<c>pass@K</c>, <c>maj@K</c> (a consensus or majority vote over K answers, "cons@K"), <c>avg@K</c> (the mean of K
/// runs), <c>multiple attempts</c> (parallel attempts with the best picked)), <c>no tools</c>, <c>with tools</c>. Scores
/// are compared only when their protocols are the same;</item>
/// <item>the <b>configuration</b>, how the model was run: <c>NAME harness</c> (the agent or scaffold that drove the
/// model, "Terminus 2 harness"), <c>thinking</c>, <c>no thinking</c>, <c>LEVEL effort</c> (none, minimal, low, medium,
/// high, xhigh, max), <c>NK thinking budget</c>. It is shown beside the score, and two scores are set against each
/// other only at the same configuration.</item>
/// </list>
/// <see cref="Basis"/> (the sampling and the harness) is what a leaderboard never ranks across. Free text about a
/// score (a subset, a maker's description) belongs in the score's notes, never here.
/// </summary>
public sealed partial record BenchmarkSetting
{
    public const string Separator = ", ";

    public static readonly IReadOnlyList<string> EffortLevels = ["none", "minimal", "low", "medium", "high", "xhigh", "max"];

    /// <summary>No setting stated.</summary>
    public static BenchmarkSetting None { get; } = new([], []);

    private BenchmarkSetting(IReadOnlyList<string> protocol, IReadOnlyList<string> configuration)
    {
        ProtocolParts = protocol;
        ConfigurationParts = configuration;
    }

    public IReadOnlyList<string> ProtocolParts { get; }

    public IReadOnlyList<string> ConfigurationParts { get; }

    /// <summary>The protocol as one string ("" when none is stated): scores are compared only when these are equal.</summary>
    public string Protocol => string.Join(Separator, ProtocolParts);

    /// <summary>The configuration as one string ("" when none is stated).</summary>
    public string Configuration => string.Join(Separator, ConfigurationParts);

    /// <summary>The sampling part ("pass@1", "maj@64", "avg@8", "multiple attempts"), or null when none is stated.</summary>
    public string? Sampling => ProtocolParts.FirstOrDefault(p => Classify(p) is { Order: SamplingOrder });

    /// <summary>The harness's name ("Terminus 2"), or null when none is stated.</summary>
    public string? Harness => ConfigurationParts.FirstOrDefault(p => Classify(p) is { Order: HarnessOrder }) is { } part ? part[..^HarnessSuffix.Length] : null;

    /// <summary>
    /// What must agree before two scores are ranked on one leaderboard: the sampling and the harness, as one string
    /// ("" when neither is stated, which is a basis of its own). A score at pass@1 is never ranked against one at
    /// maj@64, nor a run in one agent against a run in another.
    /// </summary>
    public string Basis => string.Join(Separator, new[] { Sampling, Harness is { } h ? h + HarnessSuffix : null }.OfType<string>());

    /// <summary>The setting part naming a harness ("Terminus 2 harness"), or null when the name cannot be one.</summary>
    public static string? HarnessPart(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var clean = string.Join(' ', name.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        // "Terminus-2" and "Terminus 2" are one harness.
        clean = HarnessVersion().Replace(clean, "$1 $2");
        var part = clean + HarnessSuffix;
        return Classify(part) is { Order: HarnessOrder } ? part : null;
    }

    private const string HarnessSuffix = " harness";
    private const int SamplingOrder = 2;
    private const int HarnessOrder = 4;

    /// <summary>The whole setting in the vocabulary's order, or null when nothing is stated.</summary>
    public string? Text => ProtocolParts.Count + ConfigurationParts.Count == 0 ? null : string.Join(Separator, ProtocolParts.Concat(ConfigurationParts));

    /// <summary>Reads a setting; <paramref name="problem"/> says what is wrong when it is not in the vocabulary.</summary>
    public static bool TryParse(string? text, out BenchmarkSetting setting, out string? problem)
    {
        setting = None;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = new List<(int Order, string Part, bool IsProtocol)>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (Classify(raw) is not { } known)
            {
                problem = $"\"{raw}\" is not a setting; use parts from the vocabulary (N-shot, chain-of-thought, pass@K, maj@K, avg@K, multiple attempts, no tools, with tools, NAME harness, thinking, no thinking, LEVEL effort, NK thinking budget) and put other text in notes";
                return false;
            }

            if (parts.Any(p => p.Order == known.Order))
            {
                problem = $"\"{text}\" states \"{raw}\" and another part of the same kind";
                return false;
            }

            parts.Add((known.Order, raw, known.IsProtocol));
        }

        var ordered = parts.OrderBy(p => p.Order).ToList();
        setting = new BenchmarkSetting([.. ordered.Where(p => p.IsProtocol).Select(p => p.Part)], [.. ordered.Where(p => !p.IsProtocol).Select(p => p.Part)]);
        return true;
    }

    /// <summary>
    /// A stored setting, read when its score is built (<see cref="BenchmarkScore.Setting"/>): <see cref="None"/>
    /// when nothing is stated or the text is not in the vocabulary (validation reports that text).
    /// </summary>
    public static BenchmarkSetting Read(string? text) => TryParse(text, out var setting, out _) ? setting : None;

    /// <summary>Two settings are equal when they state the same parts in the same order.</summary>
    public bool Equals(BenchmarkSetting? other) =>
        other is not null && ProtocolParts.SequenceEqual(other.ProtocolParts, StringComparer.Ordinal) && ConfigurationParts.SequenceEqual(other.ConfigurationParts, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Protocol, Configuration);

    /// <summary>Builds a setting from parts already in the vocabulary (the import's normalizer), dropping repeats of a kind.</summary>
    public static BenchmarkSetting FromParts(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var kept = new List<(int Order, string Part, bool IsProtocol)>();
        foreach (var part in parts)
        {
            if (Classify(part) is { } known && kept.All(k => k.Order != known.Order))
            {
                kept.Add((known.Order, part, known.IsProtocol));
            }
        }

        var ordered = kept.OrderBy(k => k.Order).ToList();
        return new BenchmarkSetting([.. ordered.Where(p => p.IsProtocol).Select(p => p.Part)], [.. ordered.Where(p => !p.IsProtocol).Select(p => p.Part)]);
    }

    /// <summary>"16K thinking budget" for a budget in thousands of tokens.</summary>
    public static string Budget(int thousands) => string.Create(CultureInfo.InvariantCulture, $"{thousands}K thinking budget");

    private static (int Order, bool IsProtocol)? Classify(string part) => part switch
    {
        _ when Shots().IsMatch(part) => (0, true),
        "chain-of-thought" => (1, true),
        _ when PassAt().IsMatch(part) || MajorityAt().IsMatch(part) || AverageAt().IsMatch(part) || part == "multiple attempts" => (SamplingOrder, true),
        "no tools" or "with tools" => (3, true),
        "thinking" or "no thinking" => (5, false),
        _ when part.EndsWith(" effort", StringComparison.Ordinal) && EffortLevels.Contains(part[..^" effort".Length]) => (6, false),
        _ when BudgetPart().IsMatch(part) => (7, false),
        _ when HarnessName().IsMatch(part) => (HarnessOrder, false),
        _ => null,
    };

    [GeneratedRegex(@"^\d{1,3}-shot$")]
    private static partial Regex Shots();

    [GeneratedRegex(@"^pass@\d{1,4}$")]
    private static partial Regex PassAt();

    [GeneratedRegex(@"^maj@\d{1,4}$")]
    private static partial Regex MajorityAt();

    [GeneratedRegex(@"^avg@\d{1,4}$")]
    private static partial Regex AverageAt();

    [GeneratedRegex(@"^\d{1,4}K thinking budget$")]
    private static partial Regex BudgetPart();

    /// <summary>A harness's name: a letter first, then letters, digits, spaces, dots, hyphens, underscores or a plus, at most 40 characters.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9 ._+\-]{0,39} harness$")]
    private static partial Regex HarnessName();

    [GeneratedRegex(@"(?<=^|\s)([A-Za-z]+)-(\d+(?:\.\d+)?)(?=$|\s)")]
    private static partial Regex HarnessVersion();
}
