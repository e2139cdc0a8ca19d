using System.Collections.Frozen;
using System.Security.Cryptography;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Charts;

/// <summary>One chart as a file: its SVG bytes and the digest of them that versions its links (<c>?v=</c>) and its ETag.</summary>
public sealed record ChartFile(byte[] Bytes, string Version);

/// <summary>
/// The leaderboards' price against score charts as files of their own, one per benchmark at
/// <c>/charts/{benchmark}.svg</c>: a leaderboard and every pair page that shows its chart link the same file,
/// so a price edit changes that file and the pages that print the price, not every page that shows the chart.
/// Each is drawn once per catalog view, before the view goes live (<see cref="SiteView.Charts"/>).
/// </summary>
public static class ChartFiles
{
    private const string Prefix = "/charts/";
    private const string Extension = ".svg";

    /// <summary>"/charts/{benchmark}.svg", the chart's address.</summary>
    public static string PathOf(string benchmarkSlug) => Prefix + benchmarkSlug + Extension;

    /// <summary>The benchmark slug in a chart's address, or null when the path is not one.</summary>
    public static string? SlugOf(string path) =>
        path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) && path.Length > Prefix.Length + Extension.Length
            ? path[Prefix.Length..^Extension.Length]
            : null;

    /// <summary>The chart of a benchmark's main leaderboard, or null when it has none (no such benchmark, or too few priced models).</summary>
    public static PriceScoreChart? ChartOf(SnapshotView catalog, string benchmarkSlug)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Snapshot.FindBenchmark(benchmarkSlug) is { } benchmark && Leaderboards.For(catalog, benchmark).FirstOrDefault(b => b.IsMain) is { } main
            ? Leaderboards.PriceScore(catalog, benchmark, main)
            : null;
    }

    /// <summary>Every chart of the snapshot drawn, by benchmark slug: a benchmark without a chart has no entry.</summary>
    public static FrozenDictionary<string, ChartFile> DrawAll(SnapshotView catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Snapshot.Benchmarks
            .Select(b => (b.Slug, Chart: ChartOf(catalog, b.Slug)))
            .Where(x => x.Chart is not null)
            .ToFrozenDictionary(x => x.Slug, x => Draw(x.Chart!), StringComparer.Ordinal);
    }

    /// <summary>The chart's address with its version, which may be cached for a year; "/charts/{benchmark}.svg" when it has none.</summary>
    public static string VersionedPath(SiteView view, string benchmarkSlug)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Charts.TryGetValue(benchmarkSlug, out var file) ? $"{PathOf(benchmarkSlug)}?v={file.Version}" : PathOf(benchmarkSlug);
    }

    private static ChartFile Draw(PriceScoreChart chart)
    {
        var bytes = SvgCharts.PriceScoreFile(chart);
        return new ChartFile(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
    }
}
