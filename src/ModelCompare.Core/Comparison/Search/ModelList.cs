using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public enum ModelSort
{
    Name,
    Release,
    Context,
    Input,
    Output,

    /// <summary>By the score on the chosen benchmark (<see cref="ModelListQuery.Benchmark"/>): independent runs first.</summary>
    Score,
}

/// <summary>
/// What the model list is asked for: sort, filters and page. <see cref="ModelListing.Read"/> reads it from the
/// query string's text leniently: a value the list cannot use is ignored with a note saying so, never an error.
/// </summary>
public sealed record ModelListQuery
{
    public const int PageSize = 50;

    public ModelSort Sort { get; init; } = ModelSort.Name;
    public bool Descending { get; init; }
    public string? Maker { get; init; }
    public Capability? Capability { get; init; }
    public bool OpenOnly { get; init; }

    /// <summary>At most this list (or market) price per 1M input tokens; null for any.</summary>
    public decimal? MaxInput { get; init; }

    /// <summary>At most this list (or market) price per 1M output tokens; null for any.</summary>
    public decimal? MaxOutput { get; init; }

    /// <summary>At least this context window, in tokens; null for any.</summary>
    public int? MinContext { get; init; }

    /// <summary>The benchmark whose scores the list shows, and sorts by when <see cref="Sort"/> is <see cref="ModelSort.Score"/>.</summary>
    public Benchmark? Benchmark { get; init; }

    public int Page { get; init; } = 1;
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The context windows the filter offers, in tokens.</summary>
    public static readonly ImmutableArray<int> ContextSteps = [32_000, 128_000, 200_000, 400_000, 1_000_000];

    public bool IsFiltered => Maker is not null || Capability is not null || OpenOnly || MaxInput is not null || MaxOutput is not null || MinContext is not null || Benchmark is not null;

    /// <summary>The sort a list without <c>sort=</c> has: by score when a benchmark is chosen, else by name.</summary>
    public ModelSort DefaultSort => Benchmark is null ? ModelSort.Name : ModelSort.Score;

    /// <summary>Newest, largest, best-scoring and (for prices) cheapest first unless <c>dir</c> says otherwise.</summary>
    public static bool DefaultDescending(ModelSort sort) => sort is ModelSort.Release or ModelSort.Context or ModelSort.Score;

    /// <summary>"function-calling", "function_calling" or "FunctionCalling".</summary>
    public static Capability? ParseCapability(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = new string([.. text.Where(char.IsLetterOrDigit)]);
        return compact.Length > 0 && !compact.All(char.IsDigit) && Enum.TryParse<Capability>(compact, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
    }
}

/// <summary>The model list's query string as typed, before <see cref="ModelListing.Read"/> checks it.</summary>
public sealed record ModelListText(string? Sort, string? Dir, string? Maker, string? Capability, string? Open, string? Page)
{
    public string? MaxInput { get; init; }
    public string? MaxOutput { get; init; }
    public string? Context { get; init; }
    public string? Bench { get; init; }
}

/// <summary>A model's place on a benchmark: the leaderboard (0 the main one) and its entry there.</summary>
public sealed record ModelListPlace(int Board, LeaderboardEntry Entry);

/// <summary>One row of the model list: the model, its price (list, or market when the maker sells none), its maker's name, its status on the list's day and its place on the chosen benchmark.</summary>
public sealed record ModelListRow(Model Model, ModelPrice Price, string MakerName, ModelStatus Status)
{
    public string Slug => Model.Slug;
    public string Name => Model.Name;

    /// <summary>"Retired on ...": what the status badge says; null for an active model.</summary>
    public string? StatusNote { get; init; }

    /// <summary>Null when no benchmark is chosen or the model has no score on it.</summary>
    public ModelListPlace? Place { get; init; }

    /// <summary>The context cell, as the model's spec row says it (<see cref="ModelLimits.Text"/>).</summary>
    public string ContextText { get; init; } = Formatting.Missing;
}

/// <summary>The benchmarks of one category the list offers to show scores of, by name.</summary>
public sealed record BenchmarkChoiceGroup(BenchmarkCategory Category, ImmutableArray<Benchmark> Benchmarks);

/// <summary>One page of the model list: the query as read (its page within range), the rows, the counts and every note.</summary>
public sealed record ModelListResult
{
    public required ModelListQuery Query { get; init; }

    /// <summary>The rows of <see cref="ModelListQuery.Page"/>, at most <see cref="ModelListQuery.PageSize"/>.</summary>
    public required ImmutableArray<ModelListRow> Rows { get; init; }

    /// <summary>How many models pass the filters, on every page.</summary>
    public required int Total { get; init; }

    public required int PageCount { get; init; }

    /// <summary>The page asked for lies past the last; <see cref="Query"/> holds the last page instead.</summary>
    public required bool PastLastPage { get; init; }

    /// <summary>What the list ignored or changed in the query, in the order it read it.</summary>
    public required ImmutableArray<string> Notes { get; init; }

    /// <summary>The benchmarks the filter offers, by category; the chosen benchmark among them even when it has no leaderboard page.</summary>
    public required ImmutableArray<BenchmarkChoiceGroup> BenchmarkChoices { get; init; }

    /// <summary>
    /// When the list is ranked by a benchmark a reader task offers (<see cref="ReaderTask.Boards"/>), the task's
    /// other benchmarks, each of which ranks the same list on its own; empty otherwise.
    /// </summary>
    public required ImmutableArray<Benchmark> OtherBoards { get; init; }
}

/// <summary>
/// The model list of one catalog on one day: reads a query, filters, sorts and pages the models. Built once per
/// catalog view, with the benchmark choices it offers; each query is one call to <see cref="List"/>. Plain C#, no I/O.
/// </summary>
public sealed class ModelListing
{
    private readonly SnapshotView _view;
    private readonly CatalogSnapshot _catalog;
    private readonly DateOnly _today;
    private readonly ImmutableArray<ReaderTask> _tasks;

    public ModelListing(SnapshotView view, DateOnly today, ImmutableArray<ReaderTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(view);
        _view = view;
        var catalog = _catalog = view.Snapshot;
        _today = today;
        _tasks = tasks.IsDefault ? [] : tasks;
        var plan = view.Stats.Index.Benchmarks;
        BenchmarkChoices = Group(catalog.Benchmarks.Where(b => plan.Contains(b.Slug)));
    }

    /// <summary>The benchmarks the filter offers: those worth a leaderboard page, by category, then name.</summary>
    public ImmutableArray<BenchmarkChoiceGroup> BenchmarkChoices { get; }

    /// <summary>Reads the query string's text against the catalog; each value it cannot use is dropped with a note.</summary>
    public ModelListQuery Read(ModelListText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (sort, dir, maker, capability, open, page) = (text.Sort, text.Dir, text.Maker, text.Capability, text.Open, text.Page);
        var notes = new List<string>();
        Benchmark? benchmark = null;
        if (!string.IsNullOrWhiteSpace(text.Bench))
        {
            benchmark = _catalog.FindBenchmark(text.Bench.Trim().ToLowerInvariant());
            if (benchmark is null)
            {
                notes.Add($"Benchmark \"{text.Bench}\" is not in the catalog; no scores are shown.");
            }
        }

        var s = benchmark is null ? ModelSort.Name : ModelSort.Score;
        if (!string.IsNullOrWhiteSpace(sort) && !(sort.Trim().All(char.IsLetter) && Enum.TryParse(sort.Trim(), ignoreCase: true, out s)))
        {
            notes.Add($"Sort \"{sort}\" is not one of name, release, context, input, output or score; sorted by name.");
            s = ModelSort.Name;
        }

        if (s == ModelSort.Score && benchmark is null)
        {
            notes.Add("Sorting by score needs a benchmark; sorted by name.");
            s = ModelSort.Name;
        }

        var maxInput = ReadPrice(text.MaxInput, "Input price", notes);
        var maxOutput = ReadPrice(text.MaxOutput, "Output price", notes);
        int? minContext = null;
        if (!string.IsNullOrWhiteSpace(text.Context))
        {
            if (int.TryParse(text.Context.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0)
            {
                minContext = c;
            }
            else
            {
                notes.Add($"Context \"{text.Context}\" is not a number of tokens; showing every context window.");
            }
        }

        var descending = ModelListQuery.DefaultDescending(s);
        if (!string.IsNullOrWhiteSpace(dir))
        {
            switch (dir.Trim().ToLowerInvariant())
            {
                case "asc": descending = false; break;
                case "desc": descending = true; break;
                default: notes.Add($"Direction \"{dir}\" is not asc or desc; using {(descending ? "desc" : "asc")}."); break;
            }
        }

        string? makerSlug = null;
        if (!string.IsNullOrWhiteSpace(maker))
        {
            var m = maker.Trim().ToLowerInvariant();
            if (_catalog.ModelsMadeBy(m).IsEmpty)
            {
                notes.Add($"Maker \"{maker}\" makes no model in the catalog; showing every maker.");
            }
            else
            {
                makerSlug = m;
            }
        }

        Capability? cap = null;
        if (!string.IsNullOrWhiteSpace(capability))
        {
            cap = ModelListQuery.ParseCapability(capability);
            if (cap is null)
            {
                notes.Add($"Capability \"{capability}\" is not one the catalog tracks; showing every model.");
            }
        }

        var openOnly = false;
        if (!string.IsNullOrWhiteSpace(open))
        {
            if (bool.TryParse(open.Trim(), out var o))
            {
                openOnly = o;
            }
            else
            {
                notes.Add($"Open \"{open}\" is not true or false; showing every model.");
            }
        }

        var p = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1))
        {
            notes.Add($"Page \"{page}\" is not a page number; showing page 1.");
            p = 1;
        }

        return new ModelListQuery
        {
            Sort = s,
            Descending = descending,
            Maker = makerSlug,
            Capability = cap,
            OpenOnly = openOnly,
            MaxInput = maxInput,
            MaxOutput = maxOutput,
            MinContext = minContext,
            Benchmark = benchmark,
            Page = p,
            Notes = [.. notes],
        };
    }

    /// <summary>
    /// One page of the models that pass the filters, in the requested order; unknown values sort last either way.
    /// Prices filter and sort by the list price (the market price when the maker sells none), never by a
    /// reseller's. Scores come from the benchmark's leaderboards: its main table's order first (independent runs
    /// where there are any), then the models with only a maker's claim, then the unscored. A page past the last
    /// gives the last page, with a note, and <see cref="ModelListResult.PastLastPage"/>.
    /// </summary>
    public ModelListResult List(ModelListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var places = Places(query.Benchmark);
        var rows = _catalog.Models
            .Where(m => query.Maker is null || m.MakerSlug == query.Maker)
            .Where(m => query.Capability is not { } c || m.Capabilities.Has(c))
            .Where(m => !query.OpenOnly || m.OpenWeights == true)
            .Where(m => query.MinContext is not { } min || ModelLimits.RankingContext(_view, m) >= min)
            .Select(m => Row(m, places))
            .Where(r => query.MaxInput is not { } max || r.Price.Reference?.Input <= max)
            .Where(r => query.MaxOutput is not { } max || r.Price.Reference?.Output <= max);
        var sorted = (query.Sort switch
        {
            ModelSort.Release => Order(rows, query.Descending, r => r.Model.ReleaseDate?.DayNumber),
            ModelSort.Context => Order(rows, query.Descending, r => ModelLimits.RankingContext(_view, r.Model)),
            ModelSort.Input => Order(rows, query.Descending, r => r.Price.Reference?.Input),
            ModelSort.Output => Order(rows, query.Descending, r => r.Price.Reference?.Output),
            ModelSort.Score => OrderByScore(rows, query.Descending),
            _ => query.Descending
                ? rows.OrderByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Slug, StringComparer.Ordinal)
                : rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Slug, StringComparer.Ordinal),
        }).ToList();

        var pageCount = Math.Max(1, (sorted.Count + ModelListQuery.PageSize - 1) / ModelListQuery.PageSize);
        var notes = query.Notes.ToList();
        var pastLast = query.Page > pageCount;
        if (pastLast)
        {
            notes.Add($"Page {query.Page} does not exist; showing page {pageCount}, the last.");
            query = query with { Page = pageCount };
        }

        return new ModelListResult
        {
            Query = query,
            Rows = [.. sorted.Skip((query.Page - 1) * ModelListQuery.PageSize).Take(ModelListQuery.PageSize)],
            Total = sorted.Count,
            PageCount = pageCount,
            PastLastPage = pastLast,
            Notes = [.. notes],
            BenchmarkChoices = query.Benchmark is { } chosen && !BenchmarkChoices.Any(g => g.Benchmarks.Any(b => b.Slug == chosen.Slug))
                ? Group(BenchmarkChoices.SelectMany(g => g.Benchmarks).Append(chosen))
                : BenchmarkChoices,
            OtherBoards = query.Benchmark is { } ranked
                ? [.. _tasks.Where(t => t.Boards.Any(b => b.Slug == ranked.Slug)).SelectMany(t => t.Boards).Where(b => b.Slug != ranked.Slug).DistinctBy(b => b.Slug)]
                : [],
        };
    }

    private ModelListRow Row(Model model, Dictionary<string, ModelListPlace> places)
    {
        var status = ModelLifecycle.StatusOn(model, _today);
        return new ModelListRow(model, ComparisonEngine.PriceOf(_view, model), _view.Stats.ProviderName(model.MakerSlug), status)
        {
            StatusNote = status == ModelStatus.Active ? null : Sentences.StatusCell(model, _today),
            ContextText = ModelLimits.Text(_view, model),
            Place = places.TryGetValue(model.Slug, out var place) ? place : null,
        };
    }

    /// <summary>Each model's place on the benchmark: the first leaderboard (the main one first) that has it.</summary>
    private Dictionary<string, ModelListPlace> Places(Benchmark? benchmark)
    {
        var places = new Dictionary<string, ModelListPlace>(StringComparer.Ordinal);
        if (benchmark is null)
        {
            return places;
        }

        var boards = Leaderboards.For(_view, benchmark).OrderByDescending(b => b.IsMain).ToList();
        for (var i = 0; i < boards.Count; i++)
        {
            foreach (var entry in boards[i].Entries)
            {
                places.TryAdd(entry.Model.Slug, new ModelListPlace(i, entry));
            }
        }

        return places;
    }

    private static ImmutableArray<BenchmarkChoiceGroup> Group(IEnumerable<Benchmark> benchmarks) =>
        [.. benchmarks
            .OrderBy(b => b.Category).ThenBy(b => b.Name, StringComparer.OrdinalIgnoreCase)
            .GroupBy(b => b.Category)
            .Select(g => new BenchmarkChoiceGroup(g.Key, [.. g]))];

    private static IOrderedEnumerable<ModelListRow> OrderByScore(IEnumerable<ModelListRow> rows, bool descending)
    {
        var board = (ModelListRow r) => r.Place?.Board ?? int.MaxValue;
        var rank = (ModelListRow r) => r.Place?.Entry.Rank ?? int.MaxValue;

        // The leaderboard's own rank already knows which way the benchmark is better; "asc" lists the worst first.
        var ordered = rows.OrderBy(board);
        ordered = descending ? ordered.ThenBy(rank) : ordered.ThenByDescending(rank);
        return ordered.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Slug, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<ModelListRow> Order<T>(IEnumerable<ModelListRow> rows, bool descending, Func<ModelListRow, T?> key)
        where T : struct, IComparable<T>
    {
        var known = rows.OrderBy(r => key(r) is null ? 1 : 0);
        known = descending ? known.ThenByDescending(r => key(r) ?? default) : known.ThenBy(r => key(r) ?? default);
        return known.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Slug, StringComparer.Ordinal);
    }

    /// <summary>A price ceiling in dollars per 1M tokens ("5", "$0.50"); null with a note when it is not one.</summary>
    private static decimal? ReadPrice(string? text, string what, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart('$');
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price <= 1_000_000m)
        {
            return price;
        }

        notes.Add($"{what} \"{text}\" is not a price in dollars per 1M tokens; showing every price.");
        return null;
    }
}
