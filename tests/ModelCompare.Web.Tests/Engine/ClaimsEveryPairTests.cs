using System.Collections.Concurrent;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests.Engine;

/// <summary>
/// Every claim on a pair page agrees with the evidence on the same page, over every pair of the real catalog:
/// benchmark leads come from comparable scores and real gaps, "only X is a fit" tags agree with the shared
/// scores and the context windows, and the verdict is said once. Prints the counts it checks.
/// </summary>
[Collection(WholeCatalog.Name)]
public sealed partial class ClaimsEveryPairTests(RealCatalog real, ITestOutputHelper output)
{
    [Fact]
    public void Every_pair_claims_only_what_its_comparable_scores_and_limits_show()
    {
        var catalog = real.Snapshot;
        var engine = real.Engine;
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var facts = new ModelFacts[catalog.Models.Length];
        Parallel.For(0, facts.Length, cores, i => facts[i] = engine.Describe(catalog.Models[i], TrafficProfile.Default));

        var totals = new Counts();
        var examples = new ConcurrentQueue<string>();
        Parallel.For(0, facts.Length, cores, () => new Counts(), (i, _, local) =>
        {
            for (var j = i + 1; j < facts.Length; j++)
            {
                Measure(catalog, engine.Compare(facts[i], facts[j]), local, examples);
            }

            return local;
        }, local => totals.Add(local));

        output.WriteLine($"pairs: {totals.Pairs}");
        output.WriteLine($"shared-benchmark rows: {totals.Rows}, of which compared (a leader or a tie): {totals.Compared}");
        output.WriteLine($"rows compared across source kinds (maker's claim, another party's report, independent run), or labelled independent on a report: {totals.AcrossKinds}");
        output.WriteLine($"rows compared on figures one other party reported (a rival maker's comparison), labelled so: {totals.Reported}");
        output.WriteLine($"rows compared across independent sources: {totals.AcrossSources}");
        output.WriteLine($"rows compared across model settings (effort, thinking; a stated setting against none counts): {totals.AcrossSettings}");
        output.WriteLine($"leads (or ties) across harness or sampling: {totals.AcrossBasis}");
        output.WriteLine($"leads within the margin: {totals.WithinMargin}");
        output.WriteLine($"'only X is a fit' tags contradicted by shared scores: {totals.FitAgainstScores}");
        output.WriteLine($"'only X is a fit for long-document work' against a larger context window: {totals.FitAgainstContext}");
        output.WriteLine($"pages whose verdict sentence appears more than once: {totals.RepeatedVerdict}; verdict sentences per page: max {totals.MaxVerdictRepeats}, total {totals.VerdictRepeats} over {totals.Pairs} pages");
        output.WriteLine($"pages whose benchmark lead (\"N of M shared benchmarks\") is said in more than one section: {totals.RepeatedLead}");
        foreach (var example in examples.Take(15))
        {
            output.WriteLine(example);
        }

        Assert.Equal(facts.Length * (facts.Length - 1) / 2, totals.Pairs);
        Assert.True(totals.Rows > 0);
        Assert.Equal(0, totals.AcrossKinds);
        Assert.Equal(0, totals.AcrossSources);
        Assert.Equal(0, totals.AcrossSettings);
        Assert.Equal(0, totals.AcrossBasis);
        Assert.Equal(0, totals.WithinMargin);
        Assert.Equal(0, totals.FitAgainstScores);
        Assert.Equal(0, totals.FitAgainstContext);
        Assert.Equal(0, totals.RepeatedVerdict);
        Assert.Equal(1, totals.MaxVerdictRepeats);
        Assert.Equal(0, totals.RepeatedLead);
    }

    [Fact]
    public void Every_derived_best_for_names_benchmarks_the_model_has_scores_on_or_says_it_goes_by_features()
    {
        var catalog = real.Snapshot;
        var engine = real.Engine;
        var named = 0;
        foreach (var model in catalog.Models.Where(m => string.IsNullOrWhiteSpace(m.BestFor)))
        {
            var facts = engine.Describe(model, TrafficProfile.Default);
            var line = ProfileFacts.Tldr(catalog, facts).Single(l => l.StartsWith("Best for ", StringComparison.Ordinal));
            const string Marker = "in the top quarter of models with comparable scores on ";
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0 && named == 0)
            {
                // One example of what is checked.
                output.WriteLine(line);
            }

            if (at < 0)
            {
                Assert.True(line == $"Best for {facts.BestFor}." || line.EndsWith("going by its features; no benchmark puts it in the top quarter of models with comparable scores.", StringComparison.Ordinal), line);
                continue;
            }

            named++;
            var scored = facts.Scores.Select(s => s.BenchmarkName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains(scored, name => line[(at + Marker.Length)..].Contains(name, StringComparison.Ordinal));
        }

        output.WriteLine($"profiles whose best-for names its benchmarks: {named}");
        Assert.True(named > 0);
    }

    [Fact]
    public void Every_score_on_a_makers_site_or_in_a_paper_about_another_makers_model_is_not_independent()
    {
        var catalog = real.Snapshot;
        string[] makerHosts = ["anthropic.com", "openai.com", "deepmind.google", "blog.google", "x.ai", "mistral.ai", "deepseek.com", "qwenlm.github.io", "arxiv.org"];
        var scores = catalog.Benchmarks.SelectMany(b => catalog.ScoresOn(b.Slug)).ToList();
        var onMakerHosts = scores.Where(s => Uri.TryCreate(s.SourceUrl, UriKind.Absolute, out var u)
            && makerHosts.Any(h => u.Host == h || u.Host.EndsWith("." + h, StringComparison.Ordinal))).ToList();
        var independent = onMakerHosts.Where(s => s.Independent).Select(s => $"{s.BenchmarkSlug}: {s.ModelSlug} {s.Value} ({s.SourceUrl})").ToList();
        var reported = scores.Count(s => s.Kind == ScoreKind.Reported);
        output.WriteLine($"scores on a maker's site or arxiv.org: {onMakerHosts.Count}; labelled independent: {independent.Count}; reported by another party: {reported}");
        foreach (var line in independent.Take(10))
        {
            output.WriteLine(line);
        }

        Assert.True(onMakerHosts.Count > 0);
        Assert.Empty(independent);
        foreach (var benchmark in catalog.Benchmarks)
        {
            var main = Leaderboards.For(real.Engine.View, benchmark).FirstOrDefault(b => b.IsMain);
            Assert.True(main is null || main.Kind != LeaderboardKind.Independent || main.Entries.All(e => e.Score.Kind == ScoreKind.Independent), benchmark.Slug);
        }
    }

    [Theory]
    [InlineData("^(CharXiv|ChartQA|MathVista|MMMU|DocVQA|AI2D)", BenchmarkCategory.Multimodal)]
    [InlineData("MRCR|needle|^Graphwalks", BenchmarkCategory.LongContext)]
    [InlineData("^(HumanEval|MBPP|LiveCodeBench|BigCodeBench|SWE-bench|Aider|CodeForces)", BenchmarkCategory.Coding)]
    [InlineData("^(Tau|TAU|BFCL|Terminal-Bench|OSWorld|BrowseComp)", BenchmarkCategory.Agents)]
    [InlineData("MMLU", BenchmarkCategory.Knowledge)]
    [InlineData("^(SimpleQA|TruthfulQA|FACTS)", BenchmarkCategory.Factuality)]
    public void Every_benchmark_a_known_name_pattern_names_is_filed_by_what_it_measures(string pattern, BenchmarkCategory category)
    {
        var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var named = real.Snapshot.Benchmarks.Where(b => regex.IsMatch(b.Name)).ToList();
        output.WriteLine($"{pattern}: {named.Count} benchmarks; misfiled: {string.Join(", ", named.Where(b => b.Category != category).Select(b => $"{b.Name} ({b.Category})"))}");
        Assert.NotEmpty(named);
        Assert.All(named, b => Assert.Equal((b.Name, category), (b.Name, b.Category)));
    }

    /// <summary>The smallest gap that may read as a lead, worked out here apart from the engine: 1 point on a percent scale, 20 Elo, 1% of any other scale.</summary>
    private static decimal Margin(Benchmark benchmark) => benchmark.Unit switch
    {
        "percent" or "%" => 1m,
        "Elo" => 20m,
        _ => (benchmark.ScaleMax - benchmark.ScaleMin) / 100m,
    };

    private static void Measure(CatalogSnapshot catalog, PairComparison pair, Counts counts, ConcurrentQueue<string> examples)
    {
        counts.Pairs++;
        foreach (var row in pair.Benchmarks.Shared)
        {
            counts.Rows++;
            if (row.Leader is not (Side.A or Side.B or Side.Tie))
            {
                continue;
            }

            counts.Compared++;
            var (a, b) = (row.A, row.B);
            if (row.Basis == ScoreBasis.Reported)
            {
                counts.Reported++;
            }

            if (a.Kind != b.Kind || (row.Basis == ScoreBasis.Independent && a.Kind != ScoreKind.Independent))
            {
                counts.AcrossKinds++;
                Example(examples, $"{pair.CanonicalPath}: {row.Name} sets {Describe(a)} against {Describe(b)}: {row.LeaderText}");
            }
            else if (a.Kind != ScoreKind.MakersClaim && a.SourceName != b.SourceName)
            {
                counts.AcrossSources++;
                Example(examples, $"{pair.CanonicalPath}: {row.Name} sets {Describe(a)} against {Describe(b)}: {row.LeaderText}");
            }

            if (a.Configuration != b.Configuration)
            {
                counts.AcrossSettings++;
                Example(examples, $"{pair.CanonicalPath}: {row.Name} sets {Describe(a)} against {Describe(b)}: {row.LeaderText}");
            }

            // The harness and the sampling, read back from what each cell shows: a leaderboard never ranks across them.
            if (Basis(a) != Basis(b))
            {
                counts.AcrossBasis++;
                Example(examples, $"{pair.CanonicalPath}: {row.Name} sets {Describe(a)} against {Describe(b)} across harness or sampling: {row.LeaderText}");
            }

            var benchmark = catalog.FindBenchmark(row.BenchmarkSlug)!;
            if (row.Leader is Side.A or Side.B && Math.Abs(a.Value - b.Value) < Margin(benchmark))
            {
                counts.WithinMargin++;
                Example(examples, $"{pair.CanonicalPath}: {row.Name}: {a.ValueText} against {b.ValueText} reads \"{row.LeaderText}\"");
            }
        }

        foreach (var fit in pair.Tradeoffs.Where(t => t.Kind == TradeoffKind.DecisionFit))
        {
            var (x, y) = fit.Favors == Side.A ? (Side.A, Side.B) : (Side.B, Side.A);
            foreach (var tag in Enum.GetValues<DecisionFit>().Where(t => fit.Text.Contains(Formatting.DecisionFitPhrase(t), StringComparison.Ordinal)))
            {
                var rows = pair.Benchmarks.Shared.Where(r => DecisionRules.FitOf(r.Category) == tag && r.Leader is Side.A or Side.B or Side.Tie).ToList();
                if (rows.Count > 0 && rows.All(r => r.Leader == y))
                {
                    counts.FitAgainstScores++;
                    Example(examples, $"{pair.CanonicalPath}: \"{fit.Text}\" while {pair[y].Name} leads on every shared {Formatting.DecisionFitPhrase(tag)} benchmark ({string.Join(", ", rows.Select(r => r.Name))})");
                }

                if (tag == DecisionFit.LongContext && pair[y].Model.ContextWindow > pair[x].Model.ContextWindow)
                {
                    counts.FitAgainstContext++;
                    Example(examples, $"{pair.CanonicalPath}: \"{fit.Text}\" while {pair[y].Name} has the larger context window");
                }
            }
        }

        // What the page shows: the summary's verdict line, the verdict section's evidence, the intro, the deep dive,
        // the FAQ and the tradeoffs (Pair.cshtml).
        var texts = new List<string> { pair.Summary.VerdictLine, pair.Verdict.EvidenceText, pair.Intro.Text };
        texts.AddRange(pair.DeepDive.Paragraphs);
        texts.AddRange(pair.Faq.Select(f => f.Answer));
        texts.AddRange(pair.TradeoffsBeyondVerdict.Select(t => t.Text));
        var decision = pair.Verdict.Sentences[^1];
        var repeats = texts.Sum(t => Occurrences(t, decision));
        if (pair.Verdict.Reason == VerdictReason.Wins)
        {
            // The summary words a win its own way ("Choose A: ..."): it counts as the verdict, once.
            repeats += texts.Skip(1).Sum(t => Occurrences(t, pair.Summary.VerdictLine)) + (repeats == 0 ? 1 : 0);
        }

        // The benchmark lead ("6 of 7 shared benchmarks", "the one shared benchmark") is said in one section only.
        var sections = new Dictionary<string, string>
        {
            ["summary"] = pair.Summary.VerdictLine,
            ["verdict"] = pair.Verdict.Text,
            ["intro"] = pair.Intro.Text,
            ["tradeoffs"] = string.Join(" ", pair.Tradeoffs.Select(t => t.Text)),
            ["deep dive"] = string.Join(" ", pair.DeepDive.Paragraphs),
            ["faq"] = string.Join(" ", pair.Faq.Select(f => f.Answer)),
            ["benchmarks"] = pair.Benchmarks.Summary,
        };
        var saying = sections.Where(kv => LeadClause().IsMatch(kv.Value)).Select(kv => kv.Key).ToList();
        // The summary line and the verdict section are one verdict, said once (counted above).
        if (saying.Contains("summary") && saying.Contains("verdict"))
        {
            saying.Remove("summary");
        }

        if (saying.Count > 1)
        {
            counts.RepeatedLead++;
            Example(examples, $"{pair.CanonicalPath}: the benchmark lead is said in {string.Join(", ", saying)}");
        }

        counts.VerdictRepeats += repeats;
        counts.MaxVerdictRepeats = Math.Max(counts.MaxVerdictRepeats, repeats);
        if (repeats > 1)
        {
            counts.RepeatedVerdict++;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b([0-9,]+ of [0-9,]+|the one) shared benchmarks?\b")]
    private static partial System.Text.RegularExpressions.Regex LeadClause();

    private static int Occurrences(string text, string sentence)
    {
        var count = 0;
        for (var at = text.IndexOf(sentence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(sentence, at + sentence.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Basis(ScoreView s) =>
        BenchmarkSetting.Read(string.Join(BenchmarkSetting.Separator, new[] { s.Variant, s.Configuration }.OfType<string>())).Basis;

    private static string Describe(ScoreView s) =>
        $"{s.ValueText} ({s.KindText}, {s.SourceName}{(s.Configuration is null ? "" : ", " + s.Configuration)})";

    private static void Example(ConcurrentQueue<string> examples, string text)
    {
        if (examples.Count < 15)
        {
            examples.Enqueue(text);
        }
    }

    private sealed class Counts
    {
        public int Pairs;
        public int Rows;
        public int Compared;
        public int AcrossKinds;
        public int Reported;
        public int AcrossSources;
        public int AcrossSettings;
        public int AcrossBasis;
        public int WithinMargin;
        public int FitAgainstScores;
        public int FitAgainstContext;
        public int RepeatedVerdict;
        public int RepeatedLead;
        public int VerdictRepeats;
        public int MaxVerdictRepeats;

        public void Add(Counts other)
        {
            lock (this)
            {
                Pairs += other.Pairs;
                Rows += other.Rows;
                Compared += other.Compared;
                AcrossKinds += other.AcrossKinds;
                Reported += other.Reported;
                AcrossSources += other.AcrossSources;
                AcrossSettings += other.AcrossSettings;
                AcrossBasis += other.AcrossBasis;
                WithinMargin += other.WithinMargin;
                FitAgainstScores += other.FitAgainstScores;
                FitAgainstContext += other.FitAgainstContext;
                RepeatedVerdict += other.RepeatedVerdict;
                RepeatedLead += other.RepeatedLead;
                VerdictRepeats += other.VerdictRepeats;
                MaxVerdictRepeats = Math.Max(MaxVerdictRepeats, other.MaxVerdictRepeats);
            }
        }
    }
}
