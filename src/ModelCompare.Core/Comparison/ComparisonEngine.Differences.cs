using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Capabilities <paramref name="x"/> has that <paramref name="y"/> explicitly lacks, in enum order.</summary>
    private static List<Capability> OnlyIn(Model x, Model y) =>
        [.. CapabilitySet.All.Where(c => x.Capabilities[c] == true && y.Capabilities[c] == false)];

    private static List<Capability> UnconfirmedIn(Model x, Model y) =>
        [.. CapabilitySet.All.Where(c => x.Capabilities[c] == true && y.Capabilities[c] is null)];

    private static bool LargerContext(Model x, Model y) => x.ContextWindow > y.ContextWindow && y.ContextWindow is not null;

    private static bool LicensesDiffer(Model a, Model b) =>
        !string.IsNullOrWhiteSpace(a.License) && !string.IsNullOrWhiteSpace(b.License)
        && !string.Equals(a.License.Trim(), b.License.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"2024" and "2024-04" cannot be ordered; dates of different years always can.</summary>
    private static bool Comparable(PartialDate x, PartialDate y) =>
        x.Year != y.Year || (x.Month is not null && y.Month is not null && (x.Month != y.Month || (x.Day is not null && y.Day is not null)));
}
