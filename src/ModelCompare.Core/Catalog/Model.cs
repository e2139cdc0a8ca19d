using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>A large language model as the catalog knows it: provider-independent facts.</summary>
public sealed record Model
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    /// <summary>Slug of the provider that makes the model.</summary>
    public required string MakerSlug { get; init; }
    public string? Family { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    /// <summary>The day the maker stops (or stopped) serving the model, as announced.</summary>
    public DateOnly? RetirementDate { get; init; }
    /// <summary>The status the maker states (a deprecated route, a retirement notice); the comparison rules judge it against a day.</summary>
    public ModelStatus Status { get; init; } = ModelStatus.Active;
    /// <summary>The day the maker announced or marked the model deprecated, when known.</summary>
    public DateOnly? DeprecationDate { get; init; }
    /// <summary>Where the status and its dates come from, and the day that source was read.</summary>
    public StatusSource? StatusSource { get; init; }
    public string? SuccessorSlug { get; init; }
    /// <summary>Old slugs that redirect to this model.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
    /// <summary>Context window in tokens.</summary>
    public long? ContextWindow { get; init; }
    /// <summary>Largest output in tokens.</summary>
    public long? MaxOutput { get; init; }
    public ParameterCount? Parameters { get; init; }
    public string? Architecture { get; init; }
    public string? License { get; init; }
    public bool? OpenWeights { get; init; }
    public CommercialUse CommercialUse { get; init; } = CommercialUse.Unknown;
    /// <summary>What the license says beyond its verdict: the condition of a conditional license, or the API terms of a proprietary model.</summary>
    public string? CommercialUseNote { get; init; }
    public PartialDate? KnowledgeCutoff { get; init; }
    public Modalities Modalities { get; init; } = Modalities.Empty;
    public CapabilitySet Capabilities { get; init; } = CapabilitySet.Empty;
    /// <summary>Decision-fit tags set by an editor; when empty the engine derives them from the data.</summary>
    public ImmutableArray<DecisionFit> DecisionFit { get; init; } = [];
    /// <summary>An editor's "best for" phrase; when null the engine derives one.</summary>
    public string? BestFor { get; init; }
    public ImmutableArray<string> ApiIds { get; init; } = [];
    /// <summary>The modes the model runs in ("thinking", "non-thinking"), switched per request; empty when not stated.</summary>
    public ImmutableArray<string> Modes { get; init; } = [];

    /// <summary>
    /// The model always thinks: its only mode is <c>thinking</c> (its maker offers no way to turn thinking off), so every
    /// answer carries hidden reasoning tokens, which its bill includes at an assumed share of the output.
    /// </summary>
    public bool AlwaysThinks => Thinking == ThinkingMode.Always;

    /// <summary>
    /// Whether the model thinks before it answers, as a fact with three values for a reasoning model: always (its only
    /// mode is <c>thinking</c>), optional (both modes), or unknown (a reasoning model no source gives modes for);
    /// <see cref="ThinkingMode.NotReasoning"/> for a model without the reasoning capability or modes.
    /// </summary>
    public ThinkingMode Thinking => Modes.IsDefaultOrEmpty
        ? Capabilities.Has(Capability.Reasoning) ? ThinkingMode.Unknown : ThinkingMode.NotReasoning
        : Modes is ["thinking"] ? ThinkingMode.Always
        : Modes.Contains("thinking") ? ThinkingMode.Optional
        : ThinkingMode.NotReasoning;
    /// <summary>Facts the model's sources disagree on, with every value they give; the model's own value is the agreed one.</summary>
    public ImmutableArray<FactDispute> SourcesDiffer { get; init; } = [];
    /// <summary>Editor's overview prose, already rendered to safe HTML (raw HTML disabled).</summary>
    public string? OverviewHtml { get; init; }
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
}

/// <summary>A model fact its sources give different values for: the field's name and every value, most sources first.</summary>
public sealed record FactDispute(string Field, ImmutableArray<DisputedValue> Values)
{
    /// <summary>The value the model should hold: the maker's when the maker gives one, else the one listed first (the most sources).</summary>
    public DisputedValue Agreed => Values.FirstOrDefault(v => v.Maker) ?? Values[0];
}

/// <summary>One value sources give for a fact: how many provider routes give it, which other sources do, and whether the maker does.</summary>
public sealed record DisputedValue(string Value, int Routes, ImmutableArray<string> Sources, bool Maker)
{
    /// <summary>Routes and named sources that give the value.</summary>
    public int Count => Routes + Sources.Length;
}

/// <summary>A model's life at its maker: sold, deprecated (a retirement is announced or the maker marks it so), or retired.</summary>
public enum ModelStatus
{
    Active,
    Deprecated,
    Retired,
}

/// <summary>The source of a model's status and dates, and the day it was read.</summary>
public sealed record StatusSource(string Name, string Url, DateOnly Checked);

/// <summary>Parameter counts in billions.</summary>
public sealed record ParameterCount(decimal? TotalBillions, decimal? ActiveBillions);

public enum CommercialUse
{
    Unknown,
    Permitted,
    Conditional,
    NotPermitted,
}

/// <summary>A link to where a fact comes from.</summary>
public sealed record SourceRef(string Name, string Url);

/// <summary>A date known to the year, the month or the day (knowledge cutoffs are often "2024-04").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);

    /// <summary>
    /// True when this date is on or after <paramref name="day"/> at its own precision: a cutoff known to the month
    /// ("2025-07") is on or after any day of that month, so a cutoff in the release month counts as on the release.
    /// </summary>
    public bool IsOnOrAfter(DateOnly day) => Day is not null
        ? Earliest >= day
        : Month is { } m ? (Year, m).CompareTo((day.Year, day.Month)) >= 0 : Year >= day.Year;

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO form: "2024", "2024-04" or "2024-04-30".</summary>
    public override string ToString() => Day is { } d
        ? $"{Year:D4}-{Month:D2}-{d:D2}"
        : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200 || parts[0].Length != 4)
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        value = new PartialDate(year, month, day);
        return true;
    }
}

public enum Modality
{
    Text,
    Image,
    Audio,
    Video,
    Pdf,
}

public sealed record Modalities(ImmutableArray<Modality> Input, ImmutableArray<Modality> Output)
{
    public static Modalities Empty { get; } = new([], []);
}

/// <summary>Decision-fit tags: the workloads a model suits.</summary>
public enum DecisionFit
{
    Coding,
    Agents,
    Rag,
    LongContext,
    Multimodal,
    Reasoning,
    Budget,
    SelfHosting,
    Chat,
}

/// <summary>Whether a model thinks before answering (see <see cref="Model.Thinking"/>).</summary>
public enum ThinkingMode
{
    /// <summary>Not a reasoning model, or one that only answers without thinking.</summary>
    NotReasoning,
    /// <summary>A reasoning model no source says the modes of: it may or may not think on every answer.</summary>
    Unknown,
    /// <summary>Thinks or not, as each request asks.</summary>
    Optional,
    /// <summary>Thinks on every answer; its maker offers no way to turn thinking off.</summary>
    Always,
}
