namespace ModelCompare.Core.Tests;

/// <summary>A clock stopped at one instant, so a test decides what day the engine judges statuses on.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day the test catalogs are reviewed and built (<see cref="TestCatalogBuilder.Reviewed"/>).</summary>
    public static FixedClock ReviewDay { get; } = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
