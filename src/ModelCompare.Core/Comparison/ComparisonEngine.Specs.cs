using System.Collections.Immutable;
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

    private static ImmutableArray<CapabilityRow> CapabilityRows(Model a, Model b) =>
    [
        .. CapabilitySet.All.Select(c => new CapabilityRow(
            c, Formatting.CapabilityName(c), a.Capabilities[c], b.Capabilities[c], Formatting.YesNo(a.Capabilities[c]), Formatting.YesNo(b.Capabilities[c]))),
    ];
}
