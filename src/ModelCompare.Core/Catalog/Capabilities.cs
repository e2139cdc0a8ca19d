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

    public CapabilitySet(IEnumerable<KeyValuePair<Capability, bool>> known)
    {
        _known = known.ToImmutableSortedDictionary();
    }

    public static CapabilitySet Empty { get; } = new([]);

    public static IReadOnlyList<Capability> All { get; } = Enum.GetValues<Capability>();

    /// <summary>True or false when the data says so; null when unknown.</summary>
    public bool? this[Capability capability] => _known.TryGetValue(capability, out var v) ? v : null;

    public IReadOnlyDictionary<Capability, bool> Known => _known;

    public bool Has(Capability capability) => this[capability] == true;

    public CapabilitySet With(Capability capability, bool? value) => value is { } v
        ? new CapabilitySet(_known.SetItem(capability, v))
        : new CapabilitySet(_known.Remove(capability));

    public bool Equals(CapabilitySet? other) => other is not null && _known.Count == other._known.Count && _known.All(kv => other._known.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public override bool Equals(object? obj) => Equals(obj as CapabilitySet);

    public override int GetHashCode() => _known.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value));
}
