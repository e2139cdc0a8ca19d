using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static DeepDiveSection DeepDive(ModelFacts a, ModelFacts b, DateOnly today)
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

        // A retired model is never recommended for anything: the choice names only the other.
        var retiredA = ModelLifecycle.IsRetired(a.Model, today);
        var retiredB = ModelLifecycle.IsRetired(b.Model, today);
        var choice = retiredA == retiredB
            ? Sentences.DeepDiveChoose(a.Name, a.BestFor, b.Name, b.BestFor)
            : retiredA ? Sentences.DeepDiveRetired(a.Name, b.Name, b.BestFor) : Sentences.DeepDiveRetired(b.Name, a.Name, a.BestFor);
        var choose = $"{choice} {Sentences.DeepDiveTestAdvice}";
        return new DeepDiveSection([string.Join(' ', capabilities), string.Join(' ', cost), choose], blendA, blendB, gap);
    }
}
