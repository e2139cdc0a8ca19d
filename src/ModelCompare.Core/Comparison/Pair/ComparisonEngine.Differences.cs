using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Context windows and output limits closer than this share of the smaller one are not a difference.</summary>
    public const decimal LimitTolerance = 0.10m;

    /// <summary>
    /// Which side has the larger limit (context window or largest output), ignoring differences under
    /// <see cref="LimitTolerance"/>: <see cref="Side.Tie"/> when they are that close, <see cref="Side.None"/>
    /// when either is unknown. The verdict, the tradeoffs, the scorecard and the meta description all use it.
    /// </summary>
    public static Side LargerLimit(long? a, long? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return Side.None;
        }

        var smaller = Math.Min(x, y);
        return Math.Abs(x - y) < smaller * LimitTolerance ? Side.Tie : x > y ? Side.A : Side.B;
    }

    /// <summary>
    /// Which side leads (by at least the benchmark's margin) on more of the shared benchmarks with comparable
    /// scores; <see cref="Side.Tie"/> when the leads are even, <see cref="Side.None"/> when no benchmark is shared
    /// with comparable scores.
    /// </summary>
    public static Side BenchmarkLeader(BenchmarkSection benchmarks)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        if (benchmarks.Compared == 0)
        {
            return Side.None;
        }

        var (a, b) = (benchmarks.Leads(Side.A), benchmarks.Leads(Side.B));
        return a == b ? Side.Tie : a > b ? Side.A : Side.B;
    }

    /// <summary>Capabilities <paramref name="x"/> has that <paramref name="y"/> explicitly lacks, in enum order.</summary>
    private static List<Capability> OnlyIn(Model x, Model y) => [.. x.Capabilities.HasWhereLacking(y.Capabilities)];

    private static List<Capability> UnconfirmedIn(Model x, Model y) => [.. x.Capabilities.HasWhereUnknown(y.Capabilities)];

    private static bool LicensesDiffer(Model a, Model b) =>
        !string.IsNullOrWhiteSpace(a.License) && !string.IsNullOrWhiteSpace(b.License)
        && !string.Equals(a.License.Trim(), b.License.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"2024" and "2024-04" cannot be ordered; dates of different years always can.</summary>
    private static bool Comparable(PartialDate x, PartialDate y) =>
        x.Year != y.Year || (x.Month is not null && y.Month is not null && (x.Month != y.Month || (x.Day is not null && y.Day is not null)));

    private static Side Other(Side side) => side switch
    {
        Side.A => Side.B,
        Side.B => Side.A,
        _ => side,
    };
}
