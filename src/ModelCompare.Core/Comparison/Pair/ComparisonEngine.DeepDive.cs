using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The deep dive adds what no other section says: capabilities in full, the price picture, then per workload
    /// which benchmarks each model leads on (comparable scores only), what the figures cannot tell, and what to test
    /// before switching. It never restates the verdict.
    /// </summary>
    private static DeepDiveSection DeepDive(ModelFacts a, ModelFacts b, BenchmarkSection benchmarks)
    {
        var capabilities = new List<string>();
        var aOnly = OnlyIn(a.Model, b.Model);
        var bOnly = OnlyIn(b.Model, a.Model);
        if (aOnly.Count > 0)
        {
            capabilities.Add(Sentences.DeepDiveOnlyCapabilities(a.Name, aOnly, b.Name));
        }

        if (bOnly.Count > 0)
        {
            capabilities.Add(Sentences.DeepDiveOnlyCapabilities(b.Name, bOnly, a.Name));
        }

        if (aOnly.Count == 0 && bOnly.Count == 0)
        {
            capabilities.Add(Sentences.DeepDiveNoCapabilityDifference());
        }

        var sharedCaps = CapabilitySet.All.Where(c => a.Model.Capabilities.Has(c) && b.Model.Capabilities.Has(c)).ToList();
        if (sharedCaps.Count > 0)
        {
            capabilities.Add(Sentences.DeepDiveSharedCapabilities(sharedCaps));
        }

        var cost = new List<string>();
        foreach (var f in new[] { a, b })
        {
            cost.Add(f.Price.Basis == PriceBasis.None ? f.NoPriceReason ?? Sentences.NotAvailable(f.Name) : Sentences.DeepDivePrice(f.Name, f.Price));
            if (Sentences.CheapestBeside(f.Price) is { } beside)
            {
                cost.Add(beside);
            }
        }

        var (blendA, blendB) = (a.Price.ReferenceBlend, b.Price.ReferenceBlend);
        decimal? gap = null;
        if (blendA is { } xa && blendB is { } xb)
        {
            gap = Math.Abs(xa - xb);
            cost.Add(Sentences.DeepDiveBlend(a.Name, xa, b.Name, xb));
        }

        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        cost.Add(Sentences.DeepDiveProviders(a.Name, na, b.Name, nb));
        if (Math.Min(na, nb) == 1 && Math.Max(na, nb) >= 2)
        {
            cost.Add(Sentences.DeepDiveSingleProvider(na == 1 ? a.Name : b.Name));
        }

        var workloads = new List<string>();
        foreach (var group in benchmarks.Shared.Where(r => r.Leader != Side.None && DecisionRules.FitOf(r.Category) is not null).GroupBy(r => DecisionRules.FitOf(r.Category)!.Value).OrderBy(g => g.Key))
        {
            workloads.Add(Sentences.DeepDiveWorkload(
                group.Key,
                a.Name,
                [.. group.Where(r => r.Leader == Side.A).Select(r => Sentences.BenchmarkName(r.Name, r.Variant))],
                b.Name,
                [.. group.Where(r => r.Leader == Side.B).Select(r => Sentences.BenchmarkName(r.Name, r.Variant))],
                [.. group.Where(r => r.Leader == Side.Tie).Select(r => Sentences.BenchmarkName(r.Name, r.Variant))]));
        }

        if (benchmarks.Compared == 0)
        {
            workloads.Add(Sentences.DeepDiveNoComparableBenchmark(a.Name, b.Name));
        }

        foreach (var f in new[] { a, b }.Where(f => f.Price.Basis == PriceBasis.Market))
        {
            workloads.Add(Sentences.DeepDiveMarketOnly(f.Name));
        }

        workloads.Add(Sentences.DeepDiveTestAdvice);
        return new DeepDiveSection([string.Join(' ', capabilities), string.Join(' ', cost), string.Join(' ', workloads)], blendA, blendB, gap);
    }
}
