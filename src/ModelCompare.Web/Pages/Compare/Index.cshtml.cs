using System.Collections.Immutable;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Pages.Compare;

/// <summary>A row of the side-by-side table: a label and one text per model.</summary>
public sealed record MultiRow(string Label, ImmutableArray<string> Values);

/// <summary>
/// <c>/compare</c>: sends the home page's picker (<c>?a=&amp;b=</c>) and two ticked models
/// (<c>?models=a&amp;models=b</c> or <c>?models=a,b</c>) to the canonical pair page, and shows three or
/// four models side by side (<c>?models=a,b,c</c>, or the same slugs as repeated <c>models</c> values,
/// as the /models page's checkboxes send them).
/// </summary>
[EnableRateLimiting(ModelCompareHost.ComparePolicy)]
[OutputCache(PolicyName = "compare")]
public sealed partial class IndexModel(SiteData site, ILogger<IndexModel> logger) : PageModel, IHasPageMeta
{
    /// <summary>The fewest models the page compares; two go to their pair page.</summary>
    public const int MinModels = 2;
    public const int MaxModels = 4;

    public SiteView View { get; } = site.Current;

    /// <summary>Why no comparison is shown; null when <see cref="Facts"/> holds the models.</summary>
    public string? Problem { get; private set; }

    /// <summary>Models the request named that are in the catalog, in the order given.</summary>
    public ImmutableArray<ModelFacts> Facts { get; private set; } = [];

    /// <summary>Suggestions for slugs the catalog does not know.</summary>
    public ImmutableArray<Model> Suggestions { get; private set; } = [];

    public TrafficQuery Traffic { get; private set; } = new(TrafficProfile.Default, []);

    public string? ModelsQuery { get; private set; }

    public ImmutableArray<MultiRow> Specs { get; private set; } = [];

    public ImmutableArray<MultiRow> Prices { get; private set; } = [];

    public ImmutableArray<MultiRow> Capabilities { get; private set; } = [];

    public ImmutableArray<MultiRow> SharedBenchmarks { get; private set; } = [];

    public ImmutableArray<PairLink> Pairs { get; private set; } = [];

    public PageMeta Meta => new()
    {
        Title = Facts.IsEmpty ? "Compare models side by side" : $"{Formatting.JoinList(Facts.Select(f => f.Name))} compared",
        Description = Facts.IsEmpty
            ? "Compare three or four large language models side by side: specs, prices, capabilities and shared benchmarks."
            : $"{Formatting.JoinList(Facts.Select(f => f.Name))} side by side: specs, prices, monthly cost, capabilities and shared benchmarks.",
        CanonicalPath = Urls.Compare,
        NoIndex = true,
        Breadcrumbs = [new Crumb("Compare", Urls.Compare)],
    };

    public IActionResult OnGet(string? a, string? b, string[]? models, string? input, string? output, string? cache)
    {
        if (a is not null || b is not null)
        {
            return Pick(a, b);
        }

        var listed = string.Join(',', (models ?? []).Where(m => !string.IsNullOrWhiteSpace(m)));
        if (listed.Length == 0)
        {
            return models is { Length: > 0 } ? Refuse($"Tick or list {MinModels} to {MaxModels} models to compare; none was given.") : Page();
        }

        ModelsQuery = listed;
        var slugs = listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var found = slugs.Select(s => (Slug: s, Model: View.Snapshot.FindModelOrAlias(s))).ToList();
        var unknown = found.Where(x => x.Model is null).Select(x => x.Slug).ToList();
        if (unknown.Count > 0)
        {
            Suggestions = [.. unknown.SelectMany(u => ModelSearch.Suggest(View.Snapshot, u, 3)).DistinctBy(m => m.Slug)];
            return Refuse(unknown.Count == 1
                ? $"The catalog has no model \"{unknown[0]}\"."
                : $"The catalog has no models {Formatting.JoinList(unknown.Select(u => $"\"{u}\""))}.");
        }

        var known = found.Select(x => x.Model!).DistinctBy(m => m.Slug).ToList();
        if (known.Count == 2)
        {
            return Redirect(Urls.Pair(known[0].Slug, known[1].Slug) + TrafficQuery(input, output, cache));
        }

        if (known.Count < MinModels || known.Count > MaxModels)
        {
            return Refuse(known.Count < MinModels
                ? $"Tick or list {MinModels} to {MaxModels} models to compare; {Formatting.Plural(known.Count, "was", "were")} given."
                : $"Side by side compares at most {MaxModels} models; {Formatting.Count(known.Count)} were given. Remove {Formatting.Plural(known.Count - MaxModels, "model")}.");
        }

        Traffic = TrafficProfile.FromQuery(input, output, cache);
        Facts = [.. known.Select(m => site.Engine.Describe(View.Snapshot, m, Traffic.Profile))];
        Build();
        return Page();
    }

    private IActionResult Pick(string? a, string? b)
    {
        var first = string.IsNullOrWhiteSpace(a) ? null : View.Snapshot.FindModelOrAlias(a.Trim().ToLowerInvariant());
        var second = string.IsNullOrWhiteSpace(b) ? null : View.Snapshot.FindModelOrAlias(b.Trim().ToLowerInvariant());
        if (first is null || second is null)
        {
            LogUnknownPick(logger, a, b);
            return NotFound();
        }

        return first.Slug == second.Slug
            ? Redirect(Urls.Model(first.Slug))
            : Redirect(Urls.Pair(first.Slug, second.Slug));
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        return Page();
    }

    private void Build()
    {
        var specs = Facts.Select(f => f.Specs).ToList();
        Specs = [.. specs[0].Select((s, i) => new MultiRow(s.Label, [.. specs.Select(x => x[i].Text)]))
            .Where(r => r.Values.Any(v => v != Formatting.Unknown && v != Formatting.Missing))];

        // The same rules as every page: list price (market price without one) first, the cheapest route beside it.
        Prices =
        [
            new("Price basis", [.. Facts.Select(f => ModelCompare.Web.Pages.Models.IndexModel.BasisText(f.Price))]),
            new("Input price", [.. Facts.Select(f => Formatting.PerMillionTokens(f.Price.Reference?.Input))]),
            new("Output price", [.. Facts.Select(f => Formatting.PerMillionTokens(f.Price.Reference?.Output))]),
            new("Monthly cost at this traffic", [.. Facts.Select(f => f.ReferenceBill?.MonthlyText ?? Sentences.Unavailable)]),
            new("Cheapest route at this traffic", [.. Facts.Select(f => f.CheapestAtTraffic is { } c ? Sentences.CheapestAtTraffic(c) : Formatting.Missing)]),
            new("Providers", [.. Facts.Select(f => Formatting.Count(f.ProviderSlugs.Length))]),
        ];

        Capabilities = [.. CapabilitySet.All.Select(c => new MultiRow(Formatting.CapabilityName(c), [.. Facts.Select(f => Formatting.YesNo(f.Model.Capabilities[c]))]))];

        var byModel = Facts.Select(f => f.Scores.ToDictionary(s => (s.BenchmarkSlug, s.Variant ?? string.Empty))).ToList();
        SharedBenchmarks =
        [
            .. Facts.SelectMany(f => f.Scores)
                .DistinctBy(s => (s.BenchmarkSlug, s.Variant ?? string.Empty))
                .Where(s => byModel.Count(d => d.ContainsKey((s.BenchmarkSlug, s.Variant ?? string.Empty))) >= 2)
                .OrderByDescending(s => byModel.Count(d => d.ContainsKey((s.BenchmarkSlug, s.Variant ?? string.Empty))))
                .ThenBy(s => s.BenchmarkName, StringComparer.Ordinal)
                .Select(s => new MultiRow(
                    Sentences.BenchmarkName(s.BenchmarkName, s.Variant),
                    [.. byModel.Select(d => d.TryGetValue((s.BenchmarkSlug, s.Variant ?? string.Empty), out var v) ? v.ValueText + (v.SelfReported ? " (self-reported)" : string.Empty) : Formatting.Missing)])),
        ];

        var list = new List<PairLink>();
        for (var i = 0; i < Facts.Length; i++)
        {
            for (var j = i + 1; j < Facts.Length; j++)
            {
                list.Add(PairLink.Of(Facts[i].Model, Facts[j].Model));
            }
        }

        Pairs = [.. list];
    }

    /// <summary>The traffic a side-by-side request carried, passed on to the pair page it becomes.</summary>
    private static string TrafficQuery(string? input, string? output, string? cache)
    {
        var query = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
        foreach (var (name, value) in new[] { ("input", input), ("output", output), ("cache", cache) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name, value);
            }
        }

        return query.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Picker asked for unknown models {A} and {B}")]
    private static partial void LogUnknownPick(ILogger logger, string? a, string? b);
}
