using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Digests of everything <see cref="ComparisonEngine.Compare(Model, Model, TrafficProfile, PriceChoice?)"/> reads for a pair at the default
/// traffic, so a caller can tell which of the ~50,000 pair results can differ between two snapshots
/// without computing them. A pair's digest is the same in two snapshots only if, in both:
/// <list type="bullet">
/// <item>each model's facts (<see cref="ComparisonEngine.Describe"/>: routes, bills, scores, strengths
/// against the rest of the catalog) are the same, but for where it stands against the rest of the catalog
/// (<see cref="ModelFacts.Distinctions"/>), of which a pair page prints only the tags it ranks
/// (<see cref="DecisionRules.Ranked"/>): another model's price edit moves the price share of every model
/// priced between its old and new price, which changes none of their pair pages unless it moves a tag;</item>
/// <item>each model's alternatives (the first <see cref="ComparisonEngine.RelatedPerSide"/> + 1, from
/// which the list without the other model follows) are the same;</item>
/// <item>the providers it is routed through or made by, every benchmark, the credits, every score of each model, which
/// leaderboard's price-against-score chart the page links (the shared one that charts the most models), and (for a
/// model with a retirement date) the day the snapshot was built are the same;</item>
/// <item>whether <see cref="IndexPlan"/> indexes the pair is the same.</item>
/// </list>
/// The chart itself (every other model's price on it) is not an input: the page links it as an image of its own
/// (<c>/charts/{benchmark}.svg</c>) and prints only where the pair sits on it. Only where the file's labels sit is
/// (<see cref="PriceScoreChart.Labels"/>): the pair's own labels keep clear of them, so another model's price edit
/// changes the page only when it moves one of the file's labels.
/// A new input to <see cref="ComparisonEngine.Compare(Model, Model, TrafficProfile, PriceChoice?)"/> must be added here, or the incremental
/// export will keep a page it should rewrite.
/// </summary>
public sealed class PairInputs
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.Strict,
    };

    private readonly string _catalog;
    private readonly FrozenDictionary<string, string> _models;
    private readonly FrozenDictionary<string, string[]> _benchmarks;
    private readonly FrozenDictionary<string, PriceScoreChart> _charts;
    private readonly FrozenDictionary<string, string> _chartLabels;
    private readonly IndexPlan _index;

    /// <param name="engine">The engine that draws the pages (its snapshot and day).</param>
    /// <param name="facts">
    /// Each model's facts at the default traffic on the engine's day, when the caller has them already (a site
    /// view describes every model once); otherwise each model is described here.
    /// </param>
    public PairInputs(ComparisonEngine engine, IReadOnlyDictionary<string, ModelFacts>? facts = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var catalog = engine.Catalog;
        _catalog = Digest(new { catalog.Credits, catalog.Benchmarks });
        var today = engine.Today();
        // Each model's digest serializes its facts: spread over the cores, as the site view describes them.
        _models = catalog.Models.AsParallel().Select(m => (m.Slug, Digest: ModelDigest(engine, m, facts?.GetValueOrDefault(m.Slug) ?? engine.Describe(m, TrafficProfile.Default), today)))
            .ToArray()
            .ToFrozenDictionary(x => x.Slug, x => x.Digest, StringComparer.Ordinal);

        // The price-against-score chart a pair page links is the main leaderboard of a benchmark both models are
        // scored on: which one follows from how many models each such chart plots, not from their prices.
        _benchmarks = catalog.Models.ToFrozenDictionary(
            m => m.Slug,
            m => catalog.ScoresFor(m.Slug)
                .Select(s => s.BenchmarkSlug)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray(),
            StringComparer.Ordinal);
        _charts = engine.View.Stats.PriceScores;
        _chartLabels = _charts.ToFrozenDictionary(
            kv => kv.Key,
            kv => Hash(string.Join(';', kv.Value.Labels.Select(l => FormattableString.Invariant($"{l.LabelBox.X1},{l.LabelBox.Y1},{l.LabelBox.X2},{l.LabelBox.Y2}")))),
            StringComparer.Ordinal);
        _index = engine.IndexPlan;
    }

    private static string ModelDigest(ComparisonEngine engine, Model m, ModelFacts facts, DateOnly today)
    {
        var catalog = engine.Catalog;
        return Digest(new
        {
            // The shares themselves are printed on the profile only; a pair page reads the tags they rank.
            Facts = facts with { Distinctions = Distinctions.None },
            Ranked = DecisionRules.Ranked(m, facts.Distinctions),
            // Every score, not only the best-known ones the facts hold: a pair row compares the scores of one kind and source.
            Scores = catalog.ScoresFor(m.Slug),
            Alternatives = engine.Alternatives(m, exclude: null, count: ComparisonEngine.RelatedPerSide + 1),
            Providers = catalog.RoutesFor(m.Slug).Select(r => r.ProviderSlug).Append(m.MakerSlug)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(catalog.FindProvider),
            Today = m.RetirementDate is null && m.DeprecationDate is null ? (DateOnly?)null : today,
        });
    }

    /// <summary>The digest of the comparison of two models (in either order); null when either is not in the catalog.</summary>
    public string? For(string slugA, string slugB)
    {
        if (string.CompareOrdinal(slugA, slugB) > 0)
        {
            (slugA, slugB) = (slugB, slugA);
        }

        if (!_models.TryGetValue(slugA, out var a) || !_models.TryGetValue(slugB, out var b))
        {
            return null;
        }

        // Whether the page is indexed (its robots meta and canonical link) follows the whole catalog's rivals.
        var text = new StringBuilder(_catalog).Append('/').Append(a).Append('/').Append(b).Append(_index.IsIndexed(slugA, slugB) ? "/indexed" : "/noindex");
        // Which chart the page links follows from how many models each chart of a shared benchmark plots; where the
        // pair's labels go, from where that chart's own labels sit.
        foreach (var slug in Shared(_benchmarks[slugA], _benchmarks[slugB]))
        {
            var key = PriceScoreCharts.BoardKey(slug, null);
            if (_charts.TryGetValue(key, out var chart))
            {
                text.Append('/').Append(slug).Append('=').Append(chart.Points.Length).Append(':').Append(_chartLabels[key]);
            }
        }

        return Hash(text.ToString());
    }

    /// <summary>The keys in both ordinal-sorted lists, in order.</summary>
    private static IEnumerable<string> Shared(string[] a, string[] b)
    {
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                yield return a[i];
                (i, j) = (i + 1, j + 1);
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private static string Digest<T>(T value) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Json)));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
