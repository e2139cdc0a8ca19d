using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static ImmutableArray<SpecRow> SpecRows(ModelFacts a, ModelFacts b) =>
    [
        .. a.Specs.Zip(b.Specs)
            .Where(p => p.First.Kind != SpecKind.RetirementDate || p.First.IsKnown || p.Second.IsKnown)
            .Select(p => new SpecRow(p.First.Kind, p.First.Label, p.First.Text, p.Second.Text)),
    ];

    /// <summary>Token limits within a tenth of each other read the same to a buyer (163,840 and 160,000 tokens).</summary>
    public const decimal SameTokenLimitShare = 0.10m;

    /// <summary>Release dates within this many days are one launch told by different sources (a preview, a listing date).</summary>
    public const int SameReleaseDays = 45;

    /// <summary>
    /// The value a model's sources give that a buyer would notice beside the agreed one: a token limit more than a tenth
    /// away, a release date more than <see cref="SameReleaseDays"/> days away, the other answer on open weights. The
    /// best-supported such value (ties: the data's order); null when every other value is within those bounds.
    /// </summary>
    public static DisputedValue? RivalThatMatters(FactDispute dispute)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        var agreed = dispute.Agreed;
        return dispute.Values
            .Where(v => v != agreed && Matters(dispute.Field, agreed.Value, v.Value))
            .OrderByDescending(v => v.Count + (v.Maker ? 1 : 0))
            .FirstOrDefault();
    }

    private static bool Matters(string field, string agreed, string other)
    {
        switch (field)
        {
            case "context_window" or "max_output"
                when long.TryParse(agreed, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                  && long.TryParse(other, NumberStyles.None, CultureInfo.InvariantCulture, out var b):
                return Math.Abs(a - b) > SameTokenLimitShare * Math.Max(a, b);
            case "release_date"
                when DateOnly.TryParseExact(agreed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var da)
                  && DateOnly.TryParseExact(other, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var db):
                return Math.Abs(da.DayNumber - db.DayNumber) > SameReleaseDays;
            default:
                return !string.Equals(agreed, other, StringComparison.Ordinal);
        }
    }

    private static ImmutableArray<CapabilityRow> CapabilityRows(Model a, Model b) =>
    [
        .. CapabilitySet.All.Select(c => new CapabilityRow(
            c, Formatting.CapabilityName(c), a.Capabilities[c], b.Capabilities[c], Formatting.YesNo(a.Capabilities[c]), Formatting.YesNo(b.Capabilities[c]))),
    ];
}
