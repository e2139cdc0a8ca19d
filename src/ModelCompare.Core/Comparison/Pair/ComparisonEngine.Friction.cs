using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static SwitchFrictionSection SwitchFriction(ModelFacts a, ModelFacts b, PairBills bills, DateOnly today)
    {
        var both = new List<string>();
        if (a.ProviderSlugs.IsEmpty && b.ProviderSlugs.IsEmpty)
        {
            both.Add(Sentences.FrictionNeitherHosted());
        }
        else if (!a.ProviderSlugs.IsEmpty && !b.ProviderSlugs.IsEmpty)
        {
            var shared = a.ProviderSlugs.Intersect(b.ProviderSlugs, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            if (shared.Count == 0)
            {
                both.Add(Sentences.FrictionNoSharedProvider(a.Name, b.Name));
            }
            else
            {
                var names = a.ProviderSlugs.Select((slug, i) => (slug, name: a.ProviderNames[i])).Where(p => shared.Contains(p.slug)).Select(p => p.name).ToList();
                var othersExist = a.ProviderSlugs.Length > shared.Count || b.ProviderSlugs.Length > shared.Count;
                both.Add(Sentences.FrictionSharedProviders(names, othersExist));
            }
        }

        var opennessFlips = a.Model.OpenWeights is { } oa && b.Model.OpenWeights is { } ob && oa != ob;
        if (!opennessFlips && LicensesDiffer(a.Model, b.Model))
        {
            both.Add(Sentences.FrictionLicenseChange(a.Name, a.Model.License!, b.Name, b.Model.License!));
        }

        return new SwitchFrictionSection([.. both], Direction(a, b, bills, Side.A, today), Direction(b, a, bills, Side.B, today));
    }

    private static SwitchDirection Direction(ModelFacts from, ModelFacts to, PairBills bills, Side fromSide, DateOnly today)
    {
        var items = new List<string>();
        var (x, y) = (from.Model, to.Model);
        if (to.ProviderSlugs.IsEmpty && !from.ProviderSlugs.IsEmpty)
        {
            items.Add(Sentences.FrictionTargetNotHosted(to.Name));
        }

        var lost = OnlyIn(x, y);
        if (lost.Count > 0)
        {
            items.Add(Sentences.FrictionLosesCapabilities(to.Name, lost));
        }

        var unconfirmed = UnconfirmedIn(x, y);
        if (unconfirmed.Count > 0)
        {
            items.Add(Sentences.FrictionUnconfirmedCapabilities(to.Name, unconfirmed));
        }

        // The context a route serves, as the pair's other context sentences compare (ModelLimits).
        if (to.RankingContext < from.RankingContext)
        {
            items.Add(Sentences.FrictionSmallerContext(to.Name, to.RankingContext!.Value, from.RankingContext!.Value));
        }

        if (y.MaxOutput < x.MaxOutput)
        {
            items.Add(Sentences.FrictionSmallerMaxOutput(to.Name, y.MaxOutput!.Value, x.MaxOutput!.Value));
        }

        if (bills[fromSide] is { } fromBill)
        {
            if (bills[Other(fromSide)] is { } toBill)
            {
                // The bill rises only when the pair's one price comparison says the target is dearer.
                if (bills.Cheaper == fromSide)
                {
                    items.Add(Sentences.FrictionPriceRise(bills.BasisPhrase, fromBill.Monthly, toBill.Monthly));
                }
            }
            else if (!to.ProviderSlugs.IsEmpty)
            {
                items.Add(Sentences.FrictionUnknownPrice(to.Name));
            }
        }

        if (x.OpenWeights == true && y.OpenWeights == false)
        {
            items.Add(Sentences.FrictionClosedWeights(to.Name));
        }

        if (Restriction(y.CommercialUse) > Restriction(x.CommercialUse) && x.CommercialUse != CommercialUse.Unknown)
        {
            items.Add(Sentences.FrictionCommercialUse(to.Name, y.CommercialUse));
        }

        if (y.RetirementDate is { } retires)
        {
            items.Add(Sentences.FrictionRetirement(to.Name, retires, today));
        }
        else if (Sentences.Status(y, today) is { } status)
        {
            items.Add(status);
        }

        return new SwitchDirection(from.Slug, to.Slug, Sentences.FrictionHeading(from.Name, to.Name), [.. items], Sentences.FrictionNothing(from.Name, to.Name));
    }

    private static int Restriction(CommercialUse use) => use switch
    {
        CommercialUse.Permitted => 1,
        CommercialUse.Conditional => 2,
        CommercialUse.NotPermitted => 3,
        _ => 0,
    };
}
