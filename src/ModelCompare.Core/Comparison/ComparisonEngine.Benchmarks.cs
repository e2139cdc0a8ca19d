using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static BenchmarkSection Benchmarks(CatalogSnapshot catalog, ModelFacts a, ModelFacts b)
    {
        var bScores = b.Scores.ToDictionary(s => (s.BenchmarkSlug, s.Variant ?? string.Empty));
        var rows = new List<BenchmarkRow>();
        foreach (var sa in a.Scores)
        {
            if (!bScores.TryGetValue((sa.BenchmarkSlug, sa.Variant ?? string.Empty), out var sb))
            {
                continue;
            }

            var benchmark = catalog.FindBenchmark(sa.BenchmarkSlug)!;
            var leader = Better(sa.Value, sb.Value, benchmark.HigherIsBetter);
            var leaderName = leader switch { Side.A => a.Name, Side.B => b.Name, _ => null };
            rows.Add(new BenchmarkRow(benchmark.Slug, benchmark.Name, benchmark.Category, sa.Variant, benchmark.HigherIsBetter, sa, sb, leader, Sentences.BenchmarkLeader(leaderName)));
        }

        var summary = Sentences.BenchmarkSummary(a.Name, b.Name, rows.Count, rows.Count(r => r.Leader == Side.A), rows.Count(r => r.Leader == Side.B), rows.Count(r => r.Leader == Side.Tie));
        if (rows.Count > 0)
        {
            return new BenchmarkSection([.. rows], summary, [], [], null, null);
        }

        var aOwn = OwnBest(a.Scores);
        var bOwn = OwnBest(b.Scores);
        return new BenchmarkSection([], summary, aOwn, bOwn, OwnText(a.Name, aOwn), OwnText(b.Name, bOwn));
    }

    /// <summary>Up to five scores: independent ones first, then the newest.</summary>
    public static ImmutableArray<ScoreView> OwnBest(ImmutableArray<ScoreView> scores) =>
    [
        .. scores.OrderBy(s => s.SelfReported).ThenByDescending(s => s.Date ?? DateOnly.MinValue).ThenBy(s => s.BenchmarkName, StringComparer.Ordinal).Take(5),
    ];

    private static string OwnText(string name, ImmutableArray<ScoreView> own) =>
        own.IsEmpty ? Sentences.BenchmarkNoScores(name) : Sentences.BenchmarkOwnScores(name, own.Length);
}
