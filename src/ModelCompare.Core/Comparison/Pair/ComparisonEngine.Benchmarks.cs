using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>The smallest gap in Elo points that reads as a lead (no interval is recorded with an arena's scores).</summary>
    public const decimal EloMargin = 20m;

    /// <summary>
    /// The smallest gap between two comparable scores that reads as a lead; smaller gaps read "about the same".
    /// 1 point on a percent scale, <see cref="EloMargin"/> on an Elo scale, 1% of the scale's span otherwise.
    /// </summary>
    public static decimal LeadMargin(Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return benchmark.Unit switch
        {
            "percent" or "%" => 1m,
            "Elo" => EloMargin,
            _ => Math.Max(benchmark.ScaleMax - benchmark.ScaleMin, 0m) / 100m,
        };
    }

    /// <summary>
    /// Whether two scores on one benchmark and protocol may be set against each other: of one kind (both independent
    /// runs from the same source, both their makers' own claims, or both reported by the same other party) and at the
    /// same model setting, where "none stated" is a setting of its own.
    /// </summary>
    public static bool ScoresComparable(BenchmarkScore x, BenchmarkScore y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Kind != y.Kind || (x.Kind != ScoreKind.MakersClaim && !string.Equals(x.SourceName, y.SourceName, StringComparison.Ordinal))
            || !string.Equals(x.ReportedBy, y.ReportedBy, StringComparison.Ordinal))
        {
            return false;
        }

        // Never across settings: a score at a stated setting (minimal effort) and one whose source states none are run
        // two ways, as much as two stated settings are, so both must agree.
        return x.Setting.Configuration == y.Setting.Configuration;
    }

    /// <summary>Which of two comparable values leads, by at least <see cref="LeadMargin"/>; <see cref="Side.Tie"/> when closer.</summary>
    public static Side Lead(Benchmark benchmark, decimal a, decimal b)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        if (Math.Abs(a - b) < LeadMargin(benchmark))
        {
            return Side.Tie;
        }

        return (a > b) == benchmark.HigherIsBetter ? Side.A : Side.B;
    }

    /// <summary>
    /// The pair's benchmark rows: one per benchmark and protocol both models have a score on. A row sets two
    /// comparable scores (see <see cref="ScoresComparable"/>) against each other, preferring a common independent source,
    /// then the makers' own claims, then another party's report; then the better pair of scores at a setting both
    /// were run at (the best common source and setting), the newer run and the source's name. A row with no comparable scores shows each model's best-known score
    /// side by side, says why, and names no leader.
    /// </summary>
    private static BenchmarkSection Benchmarks(CatalogSnapshot catalog, ModelFacts a, ModelFacts b)
    {
        var bBest = b.Scores.ToDictionary(s => (s.BenchmarkSlug, s.Variant ?? string.Empty));
        var aRaw = RawScores(catalog, a.Model.Slug);
        var bRaw = RawScores(catalog, b.Model.Slug);
        var rows = new List<BenchmarkRow>();
        foreach (var va in a.Scores)
        {
            var key = (va.BenchmarkSlug, va.Variant ?? string.Empty);
            if (!bBest.TryGetValue(key, out var vb))
            {
                continue;
            }

            var benchmark = catalog.FindBenchmark(va.BenchmarkSlug)!;
            if (Pick(benchmark, aRaw[key], bRaw[key]) is { } pair)
            {
                var leader = Lead(benchmark, pair.A.Value, pair.B.Value);
                var leaderName = leader switch { Side.A => a.Name, Side.B => b.Name, _ => null };
                var basis = pair.A.Kind switch { ScoreKind.MakersClaim => ScoreBasis.MakersClaims, ScoreKind.Reported => ScoreBasis.Reported, _ => ScoreBasis.Independent };
                rows.Add(new BenchmarkRow(benchmark.Slug, benchmark.Name, benchmark.Category, va.Variant, benchmark.HigherIsBetter, ScoreViewOf(benchmark, pair.A), ScoreViewOf(benchmark, pair.B), leader, Sentences.BenchmarkLeader(leaderName, basis, pair.A.SourceName))
                {
                    Basis = basis,
                });
            }
            else
            {
                var why = Sentences.BenchmarkNotComparable(va, vb);
                rows.Add(new BenchmarkRow(benchmark.Slug, benchmark.Name, benchmark.Category, va.Variant, benchmark.HigherIsBetter, va, vb, Side.None, why)
                {
                    Basis = ScoreBasis.NotComparable,
                });
            }
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

    /// <summary>A model's scores by benchmark and protocol, on benchmarks the catalog has.</summary>
    private static Dictionary<(string, string), List<BenchmarkScore>> RawScores(CatalogSnapshot catalog, string modelSlug)
    {
        var byKey = new Dictionary<(string, string), List<BenchmarkScore>>();
        foreach (var score in catalog.ScoresFor(modelSlug))
        {
            var key = (score.BenchmarkSlug, score.Setting.Protocol);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(score);
        }

        return byKey;
    }

    /// <summary>The two scores a row compares (see <see cref="Benchmarks"/>), or null when none are comparable.</summary>
    private static (BenchmarkScore A, BenchmarkScore B)? Pick(Benchmark benchmark, List<BenchmarkScore> a, List<BenchmarkScore> b)
    {
        (BenchmarkScore A, BenchmarkScore B)? best = null;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (ScoresComparable(x, y) && (best is not { } current || Prefer(benchmark, (x, y), current) < 0))
                {
                    best = (x, y);
                }
            }
        }

        return best;
    }

    /// <summary>Negative when <paramref name="p"/> is the better pair of scores to compare, in <see cref="Benchmarks"/> order.</summary>
    private static int Prefer(Benchmark benchmark, (BenchmarkScore A, BenchmarkScore B) p, (BenchmarkScore A, BenchmarkScore B) q)
    {
        static DateOnly Newest((BenchmarkScore A, BenchmarkScore B) s) =>
            (s.A.Date ?? DateOnly.MinValue) > (s.B.Date ?? DateOnly.MinValue) ? s.A.Date ?? DateOnly.MinValue : s.B.Date ?? DateOnly.MinValue;
        decimal Sum((BenchmarkScore A, BenchmarkScore B) s) => benchmark.HigherIsBetter ? s.A.Value + s.B.Value : -(s.A.Value + s.B.Value);

        var c = p.A.Kind.CompareTo(q.A.Kind);

        if (c == 0)
        {
            c = Sum(q).CompareTo(Sum(p));
        }

        if (c == 0)
        {
            c = Newest(q).CompareTo(Newest(p));
        }

        return c != 0 ? c : string.CompareOrdinal(p.A.SourceName + "\n" + p.B.SourceName, q.A.SourceName + "\n" + q.B.SourceName);
    }

    /// <summary>Up to five scores: independent ones first, then the newest.</summary>
    public static ImmutableArray<ScoreView> OwnBest(ImmutableArray<ScoreView> scores) =>
    [
        .. scores.OrderBy(s => s.Kind).ThenByDescending(s => s.Date ?? DateOnly.MinValue).ThenBy(s => s.BenchmarkName, StringComparer.Ordinal).Take(5),
    ];

    private static string OwnText(string name, ImmutableArray<ScoreView> own) =>
        own.IsEmpty ? Sentences.BenchmarkNoScores(name) : Sentences.BenchmarkOwnScores(name, own.Length);
}
