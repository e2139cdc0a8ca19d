using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static DeepDiveSection DeepDive(ModelFacts a, ModelFacts b)
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

        var cost = new List<string>
        {
            a.Blended is { } ba ? Sentences.DeepDiveRoutePrices(a.Name, ba) : a.NoPriceReason!,
            b.Blended is { } bb ? Sentences.DeepDiveRoutePrices(b.Name, bb) : b.NoPriceReason!,
        };
        decimal? gap = null;
        if (a.Blended is { } xa && b.Blended is { } xb)
        {
            gap = Math.Abs(xa.Value - xb.Value);
            cost.Add(Sentences.DeepDiveBlend(a.Name, xa.Value, b.Name, xb.Value));
        }

        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        cost.Add(Sentences.DeepDiveProviders(a.Name, na, b.Name, nb));
        if (Math.Min(na, nb) == 1 && Math.Max(na, nb) >= 2)
        {
            cost.Add(Sentences.DeepDiveSingleProvider(na == 1 ? a.Name : b.Name));
        }

        var choose = $"{Sentences.DeepDiveChoose(a.Name, a.BestFor, b.Name, b.BestFor)} {Sentences.DeepDiveTestAdvice}";
        return new DeepDiveSection([string.Join(' ', capabilities), string.Join(' ', cost), choose], a.Blended, b.Blended, gap);
    }
}
