using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>What a reader's task asks of the model list: a filter and an order.</summary>
public enum ReaderTaskKind
{
    /// <summary>Models with <see cref="ReaderTask.Capability"/>, cheapest input price first.</summary>
    CheapestWith,

    /// <summary>
    /// Models under <see cref="ReaderTask.MaxOutput"/>, by their score on <see cref="ReaderTask.Benchmark"/>; each of
    /// <see cref="ReaderTask.Boards"/> ranks the same list on its own.
    /// </summary>
    BestUnder,

    /// <summary>Open-weights models, largest context window first.</summary>
    OpenLargestContext,

    /// <summary>A model against the successor its maker sells now: <see cref="ReaderTask.Pair"/>.</summary>
    Upgrade,
}

/// <summary>One task a reader comes with ("cheapest model with vision"), and the view that answers it.</summary>
public sealed record ReaderTask(string Label, ReaderTaskKind Kind)
{
    public Capability? Capability { get; init; }
    public Benchmark? Benchmark { get; init; }
    public decimal? MaxOutput { get; init; }

    /// <summary>
    /// For <see cref="ReaderTaskKind.BestUnder"/>: the category's benchmarks that each rank the list on their own,
    /// <see cref="Benchmark"/> first. Scores from different benchmarks are never mixed in one ranking.
    /// </summary>
    public ImmutableArray<Benchmark> Boards { get; init; } = [];
    public PairLink? Pair { get; init; }
}

/// <summary>
/// The tasks the home page offers, each answered by one page: a filtered, sorted model list or an upgrade
/// pair. The rule, in order:
/// <list type="number">
/// <item>the cheapest models with vision (input price, list or market);</item>
/// <item>the best coding and the best math models under <see cref="BudgetOutputPrice"/> per 1M output tokens,
/// ranked by the category's <see cref="LeadingBenchmark"/>, with up to <see cref="BoardsPerTask"/> of the category's
/// benchmarks (<see cref="RankingBenchmarks"/>) each offered as a board of its own: a model's score on one
/// benchmark is only ever ranked against other models' scores on the same one;</item>
/// <item>the open-weights models with the largest context windows;</item>
/// <item>up to <see cref="Upgrades"/> upgrades: the best-covered models (see <see cref="CatalogHighlights.Coverage"/>)
/// whose successor line holds a model still sold (<see cref="ProfileFacts.Replacement"/>), one per maker.</item>
/// </list>
/// A task the catalog cannot answer (no benchmark in the category, no successor) is left out.
/// </summary>
public static class ReaderTasks
{
    /// <summary>The output price ceiling of the "best under" tasks, dollars per 1M tokens: a mid-range model's price.</summary>
    public const decimal BudgetOutputPrice = 5m;

    public const int Upgrades = 2;

    /// <summary>How many of a category's benchmarks a "best under" task offers, each as its own ranking.</summary>
    public const int BoardsPerTask = 3;

    public static ImmutableArray<ReaderTask> For(SnapshotView view, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        var catalog = view.Snapshot;
        var tasks = new List<ReaderTask>
        {
            new(Sentences.TaskCheapestWith(Capability.Vision), ReaderTaskKind.CheapestWith) { Capability = Capability.Vision },
        };
        foreach (var category in new[] { BenchmarkCategory.Coding, BenchmarkCategory.Math })
        {
            var boards = RankingBenchmarks(view, category, BoardsPerTask);
            if (!boards.IsEmpty)
            {
                tasks.Add(new(Sentences.TaskBestUnder(category, BudgetOutputPrice, boards[0].Name), ReaderTaskKind.BestUnder)
                {
                    Benchmark = boards[0],
                    Boards = boards,
                    MaxOutput = BudgetOutputPrice,
                });
            }
        }

        tasks.Add(new(Sentences.TaskOpenLargestContext, ReaderTaskKind.OpenLargestContext));
        var makers = new HashSet<string>(StringComparer.Ordinal);
        // Retired models keep their pages but leave the home page's tasks, as they leave its lists.
        foreach (var model in catalog.Models
            .Where(m => m.SuccessorSlug is not null && !ModelLifecycle.IsRetired(m, today))
            .OrderByDescending(m => CatalogHighlights.Coverage(catalog, m))
            .ThenBy(m => m.Slug, StringComparer.Ordinal))
        {
            if (makers.Count == Upgrades)
            {
                break;
            }

            if (!makers.Contains(model.MakerSlug) && ProfileFacts.Replacement(catalog, model, today) is { } next)
            {
                makers.Add(model.MakerSlug);
                tasks.Add(new(Sentences.TaskUpgrade(model.Name, next.Name), ReaderTaskKind.Upgrade) { Pair = PairLink.Of(model, next) });
            }
        }

        return [.. tasks];
    }

    /// <summary>
    /// The tasks a search names in its own words ("best coding model", "cheap vision", "upgrade"): each task
    /// has a few words that call it up (<see cref="TaskWords"/>); a task matches when the query holds one.
    /// </summary>
    public static ImmutableArray<ReaderTask> Matching(ImmutableArray<ReaderTask> tasks, string? query)
    {
        var words = (query ?? string.Empty).ToLowerInvariant()
            .Split([' ', ',', '.', '-', '?', '!', '/'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        return words.Count == 0 ? [] : [.. tasks.Where(t => TaskWords(t).Any(words.Contains))];
    }

    /// <summary>The words that call up a task in a search.</summary>
    public static IEnumerable<string> TaskWords(ReaderTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Kind switch
        {
            ReaderTaskKind.CheapestWith => ["cheap", "cheapest", "vision", "image", "images", "multimodal"],
            ReaderTaskKind.BestUnder when task.Benchmark?.Category == BenchmarkCategory.Coding => ["coding", "code", "coder", "programming", "developer", "swe"],
            ReaderTaskKind.BestUnder when task.Benchmark?.Category == BenchmarkCategory.Math => ["math", "maths", "mathematics", "aime"],
            ReaderTaskKind.OpenLargestContext => ["open", "weights", "context", "long", "local"],
            ReaderTaskKind.Upgrade => ["upgrade", "successor", "replacement", "migrate"],
            _ => [],
        };
    }

    /// <summary>
    /// The benchmark that ranks a category best: the first of <see cref="RankingBenchmarks"/>. Null when the
    /// category has none.
    /// </summary>
    public static Benchmark? LeadingBenchmark(SnapshotView catalog, BenchmarkCategory category) =>
        RankingBenchmarks(catalog, category, 1).FirstOrDefault();

    /// <summary>
    /// Up to <paramref name="count"/> of a category's benchmarks that can each rank models: of those with a
    /// leaderboard page (<see cref="IndexPlan"/>), the ones whose main leaderboard ranks the most models, independent
    /// runs before makers' claims; ties by name. Each ranks on its own, never blended with another.
    /// </summary>
    public static ImmutableArray<Benchmark> RankingBenchmarks(SnapshotView catalog, BenchmarkCategory category, int count)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var plan = catalog.Stats.Index;
        return [.. catalog.Snapshot.Benchmarks
            .Where(b => b.Category == category && plan.Benchmarks.Contains(b.Slug))
            .Select(b => (Benchmark: b, Main: Leaderboards.For(catalog, b).FirstOrDefault(l => l.IsMain)))
            .Where(x => x.Main is not null)
            .OrderBy(x => x.Main!.Kind == LeaderboardKind.Independent ? 0 : 1)
            .ThenByDescending(x => x.Main!.Entries.Length)
            .ThenBy(x => x.Benchmark.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Benchmark)
            .Take(count)];
    }
}
