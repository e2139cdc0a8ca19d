namespace ModelCompare.Comparison;

/// <summary>Compares two models of one catalog snapshot at one traffic profile.</summary>
public sealed partial class ComparisonEngine
{
    /// <summary>"/compare/{a}-vs-{b}" with the two slugs in ordinal order.</summary>
    public static string CanonicalPath(string slugA, string slugB) =>
        string.CompareOrdinal(slugA, slugB) <= 0 ? $"/compare/{slugA}-vs-{slugB}" : $"/compare/{slugB}-vs-{slugA}";
}
