using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>How many of the other models a value must beat (as a share) to count as a strength.</summary>
    private const decimal StandoutShare = 0.75m;

    /// <summary>
    /// Everything the engine knows about one model at one traffic: its price (list, market, cheapest
    /// route) and bills, decision fit, best for, spec values, best-known scores, and strengths and
    /// weaknesses against the rest of the catalog. <see cref="Compare(Model, Model, TrafficProfile, PriceChoice?)"/>
    /// is built from two of these; a model page uses one.
    /// </summary>
    public ModelFacts Describe(Model model, TrafficProfile traffic)
    {
        var catalog = Catalog;
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(traffic);

        var stats = Stats;
        var routes = catalog.RoutesFor(model.Slug);
        var price = PriceOf(model);
        // A model that always thinks bills its hidden reasoning tokens too; the page's traffic stays the one asked for.
        var billed = model.AlwaysThinks ? traffic with { AlwaysThinks = true } : traffic;
        var costs = price.Routes
            .Select(r => Pricing.Cost(r, billed))
            .OfType<RouteCost>()
            .OrderBy(c => c.Monthly)
            .ThenByDescending(c => c.Standing!.IsMakerOwn)
            .ThenBy(c => c.RouteKey, StringComparer.Ordinal)
            .ToImmutableArray();
        var providers = routes
            .Select(r => (r.ProviderSlug, Name: stats.ProviderName(r.ProviderSlug)))
            .Distinct()
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.ProviderSlug, StringComparer.Ordinal)
            .ToList();
        var reference = ReferenceBill(price, costs, billed);
        var scores = stats.BestScores.TryGetValue(model.Slug, out var best) ? best : BestScoresOf(catalog, model.Slug);
        var distinctions = new Distinctions(
            stats.CategoryShares.GetValueOrDefault(model.Slug, []),
            stats.PriceShares.TryGetValue(model.Slug, out var priceShare) ? priceShare : null,
            stats.ContextShares.TryGetValue(model.Slug, out var contextShare) ? contextShare : null);

        var fromEditor = !model.DecisionFit.IsDefaultOrEmpty;
        var ranked = fromEditor
            ? [.. DecisionRules.BestForPriority.Where(model.DecisionFit.Contains)]
            : DecisionRules.Ranked(model, distinctions);

        var facts = new ModelFacts
        {
            Model = model,
            Traffic = traffic,
            MakerName = stats.ProviderName(model.MakerSlug),
            RankingContext = ModelLimits.RankingContext(View, model),
            Routes = routes,
            ProviderNames = [.. providers.Select(p => p.Name)],
            ProviderSlugs = [.. providers.Select(p => p.ProviderSlug)],
            Price = price,
            ReferenceBill = reference,
            NoPriceReason = reference is null ? Sentences.NoReferencePrice(model.Name, price) : null,
            RouteCosts = costs,
            CheapestOutput = costs.OrderBy(c => c.OutputPrice).ThenByDescending(c => c.Standing!.IsMakerOwn).ThenBy(c => c.RouteKey, StringComparer.Ordinal).FirstOrDefault(),
            Distinctions = distinctions,
            DecisionFit = [.. ranked.Order()],
            DecisionFitFromEditor = fromEditor,
            BestFor = string.IsNullOrWhiteSpace(model.BestFor) ? DecisionRules.BestFor(ranked) : model.BestFor.Trim(),
            BestForFromEditor = !string.IsNullOrWhiteSpace(model.BestFor),
            Specs = Specs(model, Today(), ModelSnapshots.Of(catalog, model), ModelLimits.ServedContext(catalog, model)),
            Scores = scores,
            Strengths = Strengths(catalog, stats, model, providers.Count, price),
            Weaknesses = Weaknesses(catalog, stats, model, providers.Count, price, reference is null ? Sentences.NoReferencePrice(model.Name, price) : null, Today()),
        };
        return facts with { PriceTable = PriceTable(model.Slug, model.Name, price, costs) };
    }

    /// <summary>The bill at the list price (the maker's route) or the market price (the medians), at the traffic.</summary>
    private static ModelBill? ReferenceBill(ModelPrice price, ImmutableArray<RouteCost> costs, TrafficProfile traffic) => price.Basis switch
    {
        PriceBasis.List => Pricing.Bill(BillBasis.List, costs.First(c => c.RouteKey == price.ListRoute!.Key)),
        PriceBasis.Market => Pricing.MarketBill(price, traffic),
        _ => null,
    };

    /// <summary>The spec values of one model, in table order, its status judged on <paramref name="today"/>; "Unknown" where the data is silent.</summary>
    /// <remarks>
    /// A dated snapshot whose line came out earlier (<paramref name="line"/>, <see cref="ModelSnapshots"/>) says both
    /// dates; the sources' disagreement on its release is then that earlier date, already said, and not repeated.
    /// </remarks>
    public static ImmutableArray<SpecValue> Specs(Model model, DateOnly today, SnapshotLine? line = null, long? servedContext = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var released = model.ReleaseDate is { } r
            ? line?.First is not null ? Sentences.Released(r, line) : Sentences.WithDispute(Formatting.Date(r), model, "release_date")
            : Formatting.Unknown;
        return
        [
            new(SpecKind.ReleaseDate, "Released", released, model.ReleaseDate is not null),
            new(SpecKind.RetirementDate, "Status", Sentences.StatusCell(model, today), ModelLifecycle.StatusOn(model, today) != ModelStatus.Active),
            new(SpecKind.ContextWindow, "Context window", model.ContextWindow is { } stated && servedContext < stated
                ? Sentences.ContextCell(stated, servedContext)
                : Sentences.WithDispute(Formatting.TokensOrUnknown(model.ContextWindow), model, "context_window"), model.ContextWindow is not null),
            new(SpecKind.MaxOutput, "Max output", Sentences.WithDispute(Formatting.TokensOrUnknown(model.MaxOutput), model, "max_output"), model.MaxOutput is not null),
            new(SpecKind.Parameters, "Parameters", Formatting.Parameters(model.Parameters), model.Parameters is { TotalBillions: not null } or { ActiveBillions: not null }),
            new(SpecKind.Architecture, "Architecture", Formatting.Architecture(model.Architecture), !string.IsNullOrEmpty(model.Architecture)),
            new(SpecKind.License, "License", string.IsNullOrWhiteSpace(model.License) ? Formatting.Unknown : model.License, !string.IsNullOrWhiteSpace(model.License)),
            new(SpecKind.Openness, "Openness", Sentences.WithDispute(Formatting.Openness(model.OpenWeights), model, "open_weights"), model.OpenWeights is not null),
            new(SpecKind.CommercialUse, "Commercial use", Sentences.CommercialUseText(model.CommercialUse, model.CommercialUseNote), model.CommercialUse != CommercialUse.Unknown),
            new(SpecKind.Modes, "Modes", Formatting.Modes(model.Modes), !model.Modes.IsDefaultOrEmpty),
            new(SpecKind.KnowledgeCutoff, "Knowledge cutoff", model.KnowledgeCutoff is { } k ? Formatting.Date(k) : Formatting.Unknown, model.KnowledgeCutoff is not null),
            new(SpecKind.InputModalities, "Input", Formatting.Modalities(model.Modalities.Input.IsDefault ? [] : model.Modalities.Input), !model.Modalities.Input.IsDefaultOrEmpty),
            new(SpecKind.OutputModalities, "Output", Formatting.Modalities(model.Modalities.Output.IsDefault ? [] : model.Modalities.Output), !model.Modalities.Output.IsDefaultOrEmpty),
            new(SpecKind.ApiIds, "API model ids", model.ApiIds.IsDefaultOrEmpty ? Formatting.Missing : string.Join(", ", model.ApiIds), !model.ApiIds.IsDefaultOrEmpty),
        ];
    }

    /// <summary>
    /// One score per benchmark and protocol (the setting's protocol parts; how the model was configured is
    /// shown, not matched): the independent one over a self-reported one, then the best value (the model's best
    /// configuration), then the newest, then by source name. Scores on benchmarks missing from the catalog are skipped.
    /// </summary>
    internal static ImmutableArray<ScoreView> BestScoresOf(CatalogSnapshot catalog, string modelSlug)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return
        [
            .. catalog.ScoresFor(modelSlug)
                .Select(s => (Score: s, Benchmark: catalog.FindBenchmark(s.BenchmarkSlug)))
                .Where(x => x.Benchmark is not null)
                .GroupBy(x => (x.Score.BenchmarkSlug, Protocol: x.Score.Setting.Protocol))
                .Select(g => g
                    .OrderBy(x => x.Score.Kind)
                    .ThenByDescending(x => x.Benchmark!.HigherIsBetter ? x.Score.Value : -x.Score.Value)
                    .ThenByDescending(x => x.Score.Date ?? DateOnly.MinValue)
                    .ThenBy(x => x.Score.SourceName, StringComparer.Ordinal)
                    .First())
                .OrderBy(x => x.Benchmark!.Category)
                .ThenBy(x => x.Benchmark!.Name, StringComparer.Ordinal)
                .ThenBy(x => x.Score.Setting.Protocol, StringComparer.Ordinal)
                .Select(x => ScoreViewOf(x.Benchmark!, x.Score)),
        ];
    }

    /// <summary>A score ready to print: "79.9%", "1,350 Elo"; its bar is the value's place on the benchmark's scale.</summary>
    public static ScoreView ScoreViewOf(Benchmark benchmark, BenchmarkScore score)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(score);
        var span = benchmark.ScaleMax - benchmark.ScaleMin;
        var fraction = span <= 0m ? 0m : Math.Clamp((score.Value - benchmark.ScaleMin) / span, 0m, 1m);
        var setting = score.Setting;
        return new ScoreView(
            benchmark.Slug,
            benchmark.Name,
            setting.Protocol.Length == 0 ? null : setting.Protocol,
            score.Value,
            ScoreText(score.Value, benchmark.Unit),
            score.SelfReported,
            score.SourceName,
            score.SourceUrl,
            score.Date,
            score.Date is { } run ? Formatting.Date(run) : Formatting.DateNotGiven,
            Math.Round(fraction, 4, MidpointRounding.AwayFromZero))
        {
            Configuration = setting.Configuration.Length == 0 ? null : setting.Configuration,
            Notes = score.Notes,
            Cost = score.Cost,
            Kind = score.Kind,
        };
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

    private static ImmutableArray<string> Strengths(CatalogSnapshot catalog, CatalogStats stats, Model model, int providerCount, ModelPrice price)
    {
        var list = new List<string>();
        // Ranked by the context a route serves, as the largest-context list is (ModelLimits).
        if (model.ContextWindow is { } context && stats.RankingContext(model.Slug) is { } ranking)
        {
            var others = stats.RankingContexts.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value).ToList();
            var beaten = others.Count(c => c < ranking);
            if (Standout(beaten, others.Count))
            {
                list.Add(Sentences.StrengthContext(context, beaten, others.Count, ranking));
            }
        }

        if (price.ReferenceBlend is { } blend)
        {
            var others = stats.ReferenceBlends.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value).ToList();
            var beaten = others.Count(v => v > blend);
            if (Standout(beaten, others.Count))
            {
                list.Add(Sentences.StrengthPrice(blend, price.Basis, beaten, others.Count));
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

    private static ImmutableArray<string> Weaknesses(CatalogSnapshot catalog, CatalogStats stats, Model model, int providerCount, ModelPrice price, string? noPriceReason, DateOnly today)
    {
        var list = new List<string>();
        if (model.ContextWindow is { } context && stats.RankingContext(model.Slug) is { } ranking)
        {
            var others = stats.RankingContexts.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value).ToList();
            var larger = others.Count(c => c > ranking);
            if (Standout(larger, others.Count))
            {
                list.Add(Sentences.WeaknessContext(context, larger, others.Count, ranking));
            }
        }

        if (price.ReferenceBlend is { } blend)
        {
            var others = stats.ReferenceBlends.Where(kv => kv.Key != model.Slug).Select(kv => kv.Value).ToList();
            var cheaper = others.Count(v => v < blend);
            if (Standout(cheaper, others.Count))
            {
                list.Add(Sentences.WeaknessPrice(blend, price.Basis, cheaper, others.Count));
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

        if (Sentences.Status(model, today, ProfileFacts.Replacement(catalog, model, today)?.Name) is { } status)
        {
            list.Add(status);
        }

        return [.. list];
    }

    private static bool Standout(int beaten, int others) => others >= 3 && beaten >= StandoutShare * others;
}
