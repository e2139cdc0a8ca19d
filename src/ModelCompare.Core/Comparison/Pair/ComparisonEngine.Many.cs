using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>A row of the side-by-side table: a label and one text per model, in the models' order.</summary>
public sealed record MultiRow(string Label, ImmutableArray<string> Values);

/// <summary>
/// Three or four models side by side, worked out by one call to <see cref="ComparisonEngine.CompareMany"/>:
/// prices at one traffic, specs, capabilities, the benchmarks at least two of them share, and their pairs.
/// </summary>
public sealed record MultiComparison
{
    /// <summary>The models, in the order asked for.</summary>
    public required ImmutableArray<ModelFacts> Facts { get; init; }
    public required TrafficProfile Traffic { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required ImmutableArray<MultiRow> Prices { get; init; }
    /// <summary>Spec rows known for at least one model.</summary>
    public required ImmutableArray<MultiRow> Specs { get; init; }
    public required ImmutableArray<MultiRow> Capabilities { get; init; }
    /// <summary>Benchmarks (same benchmark and variant) scored for at least two of the models, the most widely shared first.</summary>
    public required ImmutableArray<MultiRow> SharedBenchmarks { get; init; }
    /// <summary>Every pair of the models, each with its own page.</summary>
    public required ImmutableArray<PairLink> Pairs { get; init; }
}

public sealed partial class ComparisonEngine
{
    /// <summary>Several models side by side at <paramref name="traffic"/>, in the order given; a model named twice counts once.</summary>
    public MultiComparison CompareMany(IReadOnlyList<Model> models, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(traffic);
        ImmutableArray<ModelFacts> facts = [.. models.DistinctBy(m => m.Slug, StringComparer.Ordinal).Select(m => Describe(m, traffic))];
        var names = Formatting.JoinList(facts.Select(f => f.Name));
        return new MultiComparison
        {
            Facts = facts,
            Traffic = traffic,
            Title = Sentences.ManyTitle(names),
            Description = Sentences.ManyDescription(names),
            Prices = ManyPrices(facts),
            Specs = ManySpecs(facts),
            Capabilities = [.. CapabilitySet.All.Select(c => new MultiRow(Formatting.CapabilityName(c), [.. facts.Select(f => Formatting.YesNo(f.Model.Capabilities[c]))]))],
            SharedBenchmarks = SharedBenchmarks(facts),
            Pairs = [.. facts.SelectMany((f, i) => facts.Skip(i + 1).Select(g => PairLink.Of(f.Model, g.Model)))],
        };
    }

    /// <summary>The same rules as every page: the list price (market price without one) first, the cheapest route beside it.</summary>
    private static ImmutableArray<MultiRow> ManyPrices(ImmutableArray<ModelFacts> facts) =>
    [
        new("Price basis", [.. facts.Select(f => Sentences.PriceBasisCell(f.Price))]),
        new("Input price", [.. facts.Select(f => Formatting.PerMillionTokens(f.Price.Reference?.Input))]),
        new("Output price", [.. facts.Select(f => Formatting.PerMillionTokens(f.Price.Reference?.Output))]),
        new("Monthly cost at this traffic", [.. facts.Select(f => f.ReferenceBill?.MonthlyText ?? Sentences.Unavailable)]),
        new("Cheapest route at this traffic", [.. facts.Select(f => f.CheapestAtTraffic is { } c ? Sentences.CheapestAtTraffic(c) : Formatting.Missing)]),
        new("Providers", [.. facts.Select(f => Formatting.Count(f.ProviderSlugs.Length))]),
    ];

    private static ImmutableArray<MultiRow> ManySpecs(ImmutableArray<ModelFacts> facts) =>
    [
        .. facts[0].Specs
            .Select((s, i) => new MultiRow(s.Label, [.. facts.Select(f => f.Specs[i].Text)]))
            .Where(r => r.Values.Any(v => v != Formatting.Unknown && v != Formatting.Missing)),
    ];

    private static ImmutableArray<MultiRow> SharedBenchmarks(ImmutableArray<ModelFacts> facts)
    {
        var byModel = facts.Select(f => f.Scores.ToDictionary(ScoreKey)).ToList();
        int Holders((string, string) key) => byModel.Count(d => d.ContainsKey(key));
        return
        [
            .. facts.SelectMany(f => f.Scores)
                .DistinctBy(ScoreKey)
                .Where(s => Holders(ScoreKey(s)) >= 2)
                .OrderByDescending(s => Holders(ScoreKey(s)))
                .ThenBy(s => s.BenchmarkName, StringComparer.Ordinal)
                .Select(s => new MultiRow(
                    Sentences.BenchmarkName(s.BenchmarkName, s.Variant),
                    [.. byModel.Select(d => d.TryGetValue(ScoreKey(s), out var v) ? Sentences.ScoreCell(v) : Formatting.Missing)])),
        ];

        static (string, string) ScoreKey(ScoreView s) => (s.BenchmarkSlug, s.Variant ?? string.Empty);
    }
}
