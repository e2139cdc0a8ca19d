using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>How many of the other models a value must beat (as a share) to count as a strength.</summary>
    private const decimal StandoutShare = 0.75m;

    /// <summary>
    /// Everything the engine knows about one model at one traffic: routes and their bills, blended price,
    /// decision fit, best for, spec values, best-known scores, and strengths and weaknesses against the
    /// rest of the catalog. <see cref="Compare"/> is built from two of these; a model page can use one.
    /// </summary>
    public ModelFacts Describe(CatalogSnapshot catalog, Model model, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic.IsDefault && MemoFor(catalog).DefaultFacts.TryGetValue(model.Slug, out var known) && ReferenceEquals(known.Model, model)
            ? known
            : DescribeAt(catalog, model, traffic);
    }

    private ModelFacts DescribeAt(CatalogSnapshot catalog, Model model, TrafficProfile traffic)
    {
        var stats = StatsFor(catalog);
        var routes = catalog.RoutesFor(model.Slug);
        var costs = routes
            .Select(r => Pricing.Cost(r, CatalogStats.ProviderName(catalog, r.ProviderSlug), traffic))
            .OfType<RouteCost>()
            .OrderBy(c => c.Monthly)
            .ThenBy(c => c.ProviderSlug, StringComparer.Ordinal)
            .ToImmutableArray();
        var providers = routes
            .Select(r => (r.ProviderSlug, Name: CatalogStats.ProviderName(catalog, r.ProviderSlug)))
            .Distinct()
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.ProviderSlug, StringComparer.Ordinal)
            .ToList();
        var blended = stats.Blends.GetValueOrDefault(model.Slug);
        var scores = BestScores(catalog, model.Slug);
        var noPriceReason = costs.IsEmpty ? Sentences.NoPriceReason(model.Name, routes.Length, routes.All(r => r.IsFreeTier)) : null;

        var fromEditor = !model.DecisionFit.IsDefaultOrEmpty;
        var fit = fromEditor
            ? [.. model.DecisionFit.Distinct().Order()]
            : DecisionRules.Derive(model, blended?.Value, StrongOnCoding(stats, scores));

        return new ModelFacts
        {
            Model = model,
            MakerName = CatalogStats.ProviderName(catalog, model.MakerSlug),
            Routes = routes,
            ProviderNames = [.. providers.Select(p => p.Name)],
            ProviderSlugs = [.. providers.Select(p => p.ProviderSlug)],
            RouteCosts = costs,
            NoPriceReason = noPriceReason,
            Blended = blended,
            CheapestOutput = costs.OrderBy(c => c.OutputPrice).ThenBy(c => c.ProviderSlug, StringComparer.Ordinal).FirstOrDefault(),
            DecisionFit = fit,
            DecisionFitFromEditor = fromEditor,
            BestFor = string.IsNullOrWhiteSpace(model.BestFor) ? DecisionRules.BestFor(fit) : model.BestFor.Trim(),
            BestForFromEditor = !string.IsNullOrWhiteSpace(model.BestFor),
            Specs = Specs(model),
            Scores = scores,
            Strengths = Strengths(catalog, stats, model, providers.Count, blended),
            Weaknesses = Weaknesses(catalog, stats, model, providers.Count, blended, noPriceReason),
        };
    }

    /// <summary>The spec values of one model, in table order; "Unknown" where the data is silent.</summary>
    public static ImmutableArray<SpecValue> Specs(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            new(SpecKind.ReleaseDate, "Released", model.ReleaseDate is { } r ? Formatting.Date(r) : Formatting.Unknown, model.ReleaseDate is not null),
            new(SpecKind.RetirementDate, "Retirement", model.RetirementDate is { } t ? Formatting.Date(t) : Formatting.Missing, model.RetirementDate is not null),
            new(SpecKind.ContextWindow, "Context window", Formatting.TokensOrUnknown(model.ContextWindow), model.ContextWindow is not null),
            new(SpecKind.MaxOutput, "Max output", Formatting.TokensOrUnknown(model.MaxOutput), model.MaxOutput is not null),
            new(SpecKind.Parameters, "Parameters", Formatting.Parameters(model.Parameters), model.Parameters is { TotalBillions: not null } or { ActiveBillions: not null }),
            new(SpecKind.Architecture, "Architecture", Formatting.Architecture(model.Architecture), !string.IsNullOrEmpty(model.Architecture)),
            new(SpecKind.License, "License", string.IsNullOrWhiteSpace(model.License) ? Formatting.Unknown : model.License, !string.IsNullOrWhiteSpace(model.License)),
            new(SpecKind.Openness, "Openness", Formatting.Openness(model.OpenWeights), model.OpenWeights is not null),
            new(SpecKind.CommercialUse, "Commercial use", Formatting.CommercialUse(model.CommercialUse), model.CommercialUse != CommercialUse.Unknown),
            new(SpecKind.KnowledgeCutoff, "Knowledge cutoff", model.KnowledgeCutoff is { } k ? Formatting.Date(k) : Formatting.Unknown, model.KnowledgeCutoff is not null),
            new(SpecKind.InputModalities, "Input", Formatting.Modalities(model.Modalities.Input.IsDefault ? [] : model.Modalities.Input), !model.Modalities.Input.IsDefaultOrEmpty),
            new(SpecKind.OutputModalities, "Output", Formatting.Modalities(model.Modalities.Output.IsDefault ? [] : model.Modalities.Output), !model.Modalities.Output.IsDefaultOrEmpty),
            new(SpecKind.ApiIds, "API model ids", model.ApiIds.IsDefaultOrEmpty ? Formatting.Missing : string.Join(", ", model.ApiIds), !model.ApiIds.IsDefaultOrEmpty),
        ];
    }

    /// <summary>
    /// One score per benchmark and variant: the independent one over a self-reported one, then the
    /// newest, then by source name. Scores on benchmarks missing from the catalog are skipped.
    /// </summary>
    public static ImmutableArray<ScoreView> BestScores(CatalogSnapshot catalog, string modelSlug)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return
        [
            .. catalog.ScoresFor(modelSlug)
                .Select(s => (Score: s, Benchmark: catalog.FindBenchmark(s.BenchmarkSlug)))
                .Where(x => x.Benchmark is not null)
                .GroupBy(x => (x.Score.BenchmarkSlug, Variant: x.Score.Variant ?? string.Empty))
                .Select(g => g
                    .OrderBy(x => x.Score.SelfReported)
                    .ThenByDescending(x => x.Score.Date)
                    .ThenBy(x => x.Score.SourceName, StringComparer.Ordinal)
                    .First())
                .OrderBy(x => x.Benchmark!.Category)
                .ThenBy(x => x.Benchmark!.Name, StringComparer.Ordinal)
                .ThenBy(x => x.Score.Variant ?? string.Empty, StringComparer.Ordinal)
                .Select(x => View(x.Benchmark!, x.Score)),
        ];
    }

    /// <summary>A score ready to print: "79.9%", "1,350 Elo"; its bar is the value's place on the benchmark's scale.</summary>
    public static ScoreView View(Benchmark benchmark, BenchmarkScore score)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(score);
        var span = benchmark.ScaleMax - benchmark.ScaleMin;
        var fraction = span <= 0m ? 0m : Math.Clamp((score.Value - benchmark.ScaleMin) / span, 0m, 1m);
        return new ScoreView(
            benchmark.Slug,
            benchmark.Name,
            score.Variant,
            score.Value,
            ScoreText(score.Value, benchmark.Unit),
            score.SelfReported,
            score.SourceName,
            score.SourceUrl,
            score.Date,
            Formatting.Date(score.Date),
            Math.Round(fraction, 4, MidpointRounding.AwayFromZero));
    }

    /// <summary>"79.9%" for percent, "1,350 Elo", "2.5 hours"; a bare number for "score".</summary>
    public static string ScoreText(decimal value, string unit)
    {
        var number = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            "percent" or "%" => number + "%",
            "" or "score" => number,
            _ => number + " " + unit,
        };
    }

    private static bool StrongOnCoding(CatalogStats stats, ImmutableArray<ScoreView> scores) =>
        scores.Any(s => stats.CodingMedians.TryGetValue((s.BenchmarkSlug, s.Variant ?? string.Empty), out var median) && s.Value >= median);

    private static ImmutableArray<string> Strengths(CatalogSnapshot catalog, CatalogStats stats, Model model, int providerCount, BlendedPrice? blended)
    {
        var list = new List<string>();
        if (model.ContextWindow is { } context)
        {
            var others = catalog.Models.Where(m => m.Slug != model.Slug && m.ContextWindow is not null).ToList();
            var beaten = others.Count(m => m.ContextWindow < context);
            if (Standout(beaten, others.Count))
            {
                list.Add(Sentences.StrengthContext(context, beaten, others.Count));
            }
        }

        if (blended is not null)
        {
            var others = stats.Blends.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value.Value).ToList();
            var beaten = others.Count(v => v > blended.Value);
            if (Standout(beaten, others.Count))
            {
                list.Add(Sentences.StrengthPrice(blended.Value, beaten, others.Count));
            }
        }

        if (providerCount >= 3)
        {
            list.Add(Sentences.StrengthProviders(providerCount));
        }

        if (model.OpenWeights == true)
        {
            list.Add(Sentences.StrengthOpenWeights(model.License));
        }

        return [.. list];
    }

    private static ImmutableArray<string> Weaknesses(CatalogSnapshot catalog, CatalogStats stats, Model model, int providerCount, BlendedPrice? blended, string? noPriceReason)
    {
        var list = new List<string>();
        if (model.ContextWindow is { } context)
        {
            var others = catalog.Models.Where(m => m.Slug != model.Slug && m.ContextWindow is not null).ToList();
            var larger = others.Count(m => m.ContextWindow > context);
            if (Standout(larger, others.Count))
            {
                list.Add(Sentences.WeaknessContext(context, larger, others.Count));
            }
        }

        if (blended is not null)
        {
            var others = stats.Blends.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value.Value).ToList();
            var cheaper = others.Count(v => v < blended.Value);
            if (Standout(cheaper, others.Count))
            {
                list.Add(Sentences.WeaknessPrice(blended.Value, cheaper, others.Count));
            }
        }

        if (providerCount == 0)
        {
            list.Add(Sentences.NotAvailable(model.Name));
        }
        else if (noPriceReason is not null)
        {
            list.Add(noPriceReason);
        }

        if (model.RetirementDate is { } retires)
        {
            list.Add(Sentences.Retirement(model.Name, retires, DateOnly.FromDateTime(catalog.Version.BuiltAt.UtcDateTime)));
        }

        return [.. list];
    }

    private static bool Standout(int beaten, int others) => others >= 3 && beaten >= StandoutShare * others;
}
