using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Models;

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
/// The /models query string, read leniently: a value the page cannot use is ignored with a note saying
/// so, never an error.
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

    /// <summary>The benchmark whose scores the table shows, and sorts by when <see cref="Sort"/> is <see cref="ModelSort.Score"/>.</summary>
    public Benchmark? Benchmark { get; init; }

    public int Page { get; init; } = 1;
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The context windows the filter offers, in tokens.</summary>
    public static readonly ImmutableArray<int> ContextSteps = [32_000, 128_000, 200_000, 400_000, 1_000_000];

    public bool IsFiltered => Maker is not null || Capability is not null || OpenOnly || MaxInput is not null || MaxOutput is not null || MinContext is not null || Benchmark is not null;

    /// <summary>Newest, largest, best-scoring and (for prices) cheapest first unless <c>dir</c> says otherwise.</summary>
    public static bool DefaultDescending(ModelSort sort) => sort is ModelSort.Release or ModelSort.Context or ModelSort.Score;

    public static ModelListQuery Read(CatalogSnapshot catalog, string? sort, string? dir, string? maker, string? capability, string? open, string? page) =>
        Read(catalog, new ModelListText(sort, dir, maker, capability, open, page));

    public static ModelListQuery Read(CatalogSnapshot catalog, ModelListText text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var (sort, dir, maker, capability, open, page) = (text.Sort, text.Dir, text.Maker, text.Capability, text.Open, text.Page);
        var notes = new List<string>();
        Benchmark? benchmark = null;
        if (!string.IsNullOrWhiteSpace(text.Bench))
        {
            benchmark = catalog.FindBenchmark(text.Bench.Trim().ToLowerInvariant());
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

        var descending = DefaultDescending(s);
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
            if (catalog.ModelsMadeBy(m).IsEmpty)
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
            cap = ParseCapability(capability);
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

    /// <summary>"function-calling", "function_calling" or "FunctionCalling".</summary>
    public static Capability? ParseCapability(string text)
    {
        var compact = new string([.. text.Where(char.IsLetterOrDigit)]);
        return compact.Length > 0 && !compact.All(char.IsDigit) && Enum.TryParse<Capability>(compact, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : null;
    }

    /// <summary>"function-calling": how a capability is written in the query string.</summary>
    public static string CapabilityKey(Capability capability) =>
        string.Concat(capability.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>The page that answers a reader's task: a filtered, sorted listing, or an upgrade's pair page.</summary>
    public static string TaskPath(ReaderTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Kind switch
        {
            ReaderTaskKind.CheapestWith => new ModelListQuery { Capability = task.Capability, Sort = ModelSort.Input }.Path(),
            ReaderTaskKind.BestUnder => new ModelListQuery { Benchmark = task.Benchmark, MaxOutput = task.MaxOutput, Sort = ModelSort.Score, Descending = true }.Path(),
            ReaderTaskKind.OpenLargestContext => new ModelListQuery { OpenOnly = true, Sort = ModelSort.Context, Descending = true }.Path(),
            _ => task.Pair?.Path ?? Urls.Models,
        };
    }

    /// <summary>The query string for this listing with some values changed; defaults are left out.</summary>
    public string Path(ModelSort? sort = null, bool? descending = null, int? page = null)
    {
        var so = sort ?? Sort;
        var de = descending ?? (sort is { } changed && changed != Sort ? DefaultDescending(changed) : Descending);
        var pg = page ?? Page;
        var parts = new List<string>();
        if (so != (Benchmark is null ? ModelSort.Name : ModelSort.Score))
        {
            parts.Add("sort=" + so.ToString().ToLowerInvariant());
        }

        if (de != DefaultDescending(so))
        {
            parts.Add("dir=" + (de ? "desc" : "asc"));
        }

        if (Maker is not null)
        {
            parts.Add("maker=" + Uri.EscapeDataString(Maker));
        }

        if (Capability is { } c)
        {
            parts.Add("capability=" + CapabilityKey(c));
        }

        if (OpenOnly)
        {
            parts.Add("open=true");
        }

        if (MaxInput is { } maxIn)
        {
            parts.Add("maxin=" + maxIn.ToString(CultureInfo.InvariantCulture));
        }

        if (MaxOutput is { } maxOut)
        {
            parts.Add("maxout=" + maxOut.ToString(CultureInfo.InvariantCulture));
        }

        if (MinContext is { } context)
        {
            parts.Add("context=" + context.ToString(CultureInfo.InvariantCulture));
        }

        if (Benchmark is { } benchmark)
        {
            parts.Add("bench=" + Uri.EscapeDataString(benchmark.Slug));
        }

        if (pg > 1)
        {
            parts.Add("page=" + pg.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? Urls.Models : Urls.Models + "?" + string.Join("&", parts);
    }

    /// <summary>
    /// The models that pass the filters, in the requested order; unknown values sort last either way. Prices
    /// filter and sort by the list price (the market price when the maker sells none), never by a reseller's.
    /// Scores come from the benchmark's leaderboards: its main table's order first (independent runs where
    /// there are any), then the models with only a maker's claim, then the unscored.
    /// </summary>
    public IEnumerable<ModelFacts> Apply(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Snapshot.Models
            .Where(m => Maker is null || m.MakerSlug == Maker)
            .Where(m => Capability is not { } c || m.Capabilities.Has(c))
            .Where(m => !OpenOnly || m.OpenWeights == true)
            .Select(m => view.Facts[m.Slug])
            .Where(f => MinContext is not { } min || f.RankingContext >= min)
            .Where(f => MaxInput is not { } max || f.Price.Reference?.Input <= max)
            .Where(f => MaxOutput is not { } max || f.Price.Reference?.Output <= max);
        return Sort switch
        {
            ModelSort.Release => Order(rows, f => f.Model.ReleaseDate?.DayNumber),
            ModelSort.Context => Order(rows, f => f.RankingContext),
            ModelSort.Input => Order(rows, f => f.Price.Reference?.Input),
            ModelSort.Output => Order(rows, f => f.Price.Reference?.Output),
            ModelSort.Score => OrderByScore(rows, view),
            _ => Descending
                ? rows.OrderByDescending(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal)
                : rows.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal),
        };
    }

    /// <summary>Each model's place on the chosen benchmark: the leaderboard (0 the main one) and the entry; null when unscored.</summary>
    public ImmutableDictionary<string, (int Board, LeaderboardEntry Entry)> Scores(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (Benchmark is not { } benchmark)
        {
            return ImmutableDictionary<string, (int, LeaderboardEntry)>.Empty;
        }

        var boards = Leaderboards.For(view.Snapshot, benchmark).OrderByDescending(b => b.IsMain).ToList();
        var places = new Dictionary<string, (int, LeaderboardEntry)>(StringComparer.Ordinal);
        for (var i = 0; i < boards.Count; i++)
        {
            foreach (var entry in boards[i].Entries)
            {
                places.TryAdd(entry.Model.Slug, (i, entry));
            }
        }

        return places.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private IOrderedEnumerable<ModelFacts> OrderByScore(IEnumerable<ModelFacts> rows, SiteView view)
    {
        var places = Scores(view);
        var board = (ModelFacts f) => places.TryGetValue(f.Slug, out var p) ? p.Board : int.MaxValue;
        var rank = (ModelFacts f) => places.TryGetValue(f.Slug, out var p) ? p.Entry.Rank : int.MaxValue;

        // The leaderboard's own rank already knows which way the benchmark is better; "asc" lists the worst first.
        var ordered = rows.OrderBy(board);
        ordered = Descending ? ordered.ThenBy(rank) : ordered.ThenByDescending(rank);
        return ordered.ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal);
    }

    private IOrderedEnumerable<ModelFacts> Order<T>(IEnumerable<ModelFacts> rows, Func<ModelFacts, T?> key)
        where T : struct, IComparable<T>
    {
        var known = rows.OrderBy(f => key(f) is null ? 1 : 0);
        known = Descending ? known.ThenByDescending(f => key(f) ?? default) : known.ThenBy(f => key(f) ?? default);
        return known.ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal);
    }
}

/// <summary>The /models query string as typed, before <see cref="ModelListQuery.Read(CatalogSnapshot, ModelListText)"/> checks it.</summary>
public sealed record ModelListText(string? Sort, string? Dir, string? Maker, string? Capability, string? Open, string? Page)
{
    public string? MaxInput { get; init; }
    public string? MaxOutput { get; init; }
    public string? Context { get; init; }
    public string? Bench { get; init; }
}
