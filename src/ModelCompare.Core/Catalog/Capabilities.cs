using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>Capabilities the catalog tracks. The order here is the order pages show them in.</summary>
public enum Capability
{
    Vision,
    Multimodal,
    Reasoning,
    FunctionCalling,
    ToolUse,
    StructuredOutputs,
    CodeExecution,
    PromptCaching,
    WebSearch,
    PdfInput,
    AudioInput,
    AudioOutput,
    ImageOutput,
    Batch,
}

/// <summary>
/// What is known of a model's capabilities. A capability absent from the set is unknown, which is
/// not the same as "no".
/// </summary>
public sealed class CapabilitySet : IEquatable<CapabilitySet>
{
    private readonly ImmutableSortedDictionary<Capability, bool> _known;

    // The same facts as bits, so that comparing two sets (as every pair page does) costs a few instructions.
    private readonly int _yes;
    private readonly int _no;

    public CapabilitySet(IEnumerable<KeyValuePair<Capability, bool>> known)
    {
        _known = known.ToImmutableSortedDictionary();
        foreach (var (capability, value) in _known)
        {
            if (value)
            {
                _yes |= 1 << (int)capability;
            }
            else
            {
                _no |= 1 << (int)capability;
            }
        }
    }

    public static CapabilitySet Empty { get; } = new([]);

    public static IReadOnlyList<Capability> All { get; } = Enum.GetValues<Capability>();

    /// <summary>True or false when the data says so; null when unknown.</summary>
    public bool? this[Capability capability] => (_yes & (1 << (int)capability)) != 0 ? true : (_no & (1 << (int)capability)) != 0 ? false : null;

    /// <summary>Capabilities this set has and <paramref name="other"/> explicitly lacks, in enum order.</summary>
    public IEnumerable<Capability> HasWhereLacking(CapabilitySet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Bits(_yes & other._no);
    }

    /// <summary>Capabilities this set has and <paramref name="other"/> does not record, in enum order.</summary>
    public IEnumerable<Capability> HasWhereUnknown(CapabilitySet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Bits(_yes & ~other._yes & ~other._no);
    }

    private static IEnumerable<Capability> Bits(int mask)
    {
        for (var bit = 0; mask != 0; bit++, mask >>= 1)
        {
            if ((mask & 1) != 0)
            {
                yield return (Capability)bit;
            }
        }
    }

    public IReadOnlyDictionary<Capability, bool> Known => _known;

    public bool Has(Capability capability) => this[capability] == true;

    public CapabilitySet With(Capability capability, bool? value) => value is { } v
        ? new CapabilitySet(_known.SetItem(capability, v))
        : new CapabilitySet(_known.Remove(capability));

    public bool Equals(CapabilitySet? other) => other is not null && _known.Count == other._known.Count && _known.All(kv => other._known.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as CapabilitySet);

    public override int GetHashCode() => _known.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}

/// <summary>
/// How each capability is written outside the code, defined once: the data files' key ("function_calling")
/// and the key of the query string and the open data ("function-calling"). Data, the importer and the site
/// all read these, so a new capability needs one enum member and nothing else.
/// </summary>
public static class CapabilityNames
{
    private static readonly string[] FileKeys = [.. CapabilitySet.All.Select(c => Joined(c, '_'))];
    private static readonly string[] UrlKeys = [.. CapabilitySet.All.Select(c => Joined(c, '-'))];

    /// <summary>"function_calling": the key in a model file's <c>capabilities</c> mapping.</summary>
    public static string FileKey(Capability capability) => FileKeys[(int)capability];

    /// <summary>"function-calling": the key in the query string and the open data.</summary>
    public static string UrlKey(Capability capability) => UrlKeys[(int)capability];

    private static string Joined(Capability capability, char separator) =>
        string.Concat(capability.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? separator + char.ToLowerInvariant(ch).ToString() : char.ToLowerInvariant(ch).ToString()));
}
