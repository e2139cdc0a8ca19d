using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Most related links per side.</summary>
    public const int RelatedPerSide = 4;

    /// <summary>
    /// Compares two models at a traffic profile and words every section of the pair page. The sides are
    /// put in ordinal slug order, so <c>Compare(c, x, y, t)</c> and <c>Compare(c, y, x, t)</c> are equal.
    /// Bills are at <paramref name="choice"/> (list prices by default).
    /// </summary>
    /// <exception cref="ArgumentException">When both arguments are the same model.</exception>
    public PairComparison Compare(Model a, Model b, TrafficProfile traffic, PriceChoice? choice = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(traffic);
        if (string.Equals(a.Slug, b.Slug, StringComparison.Ordinal))
        {
            throw new ArgumentException("A model cannot be compared with itself.", nameof(b));
        }

        return Compare(Describe(a, traffic), Describe(b, traffic), choice);
    }

    /// <summary>
    /// The same comparison from two models' facts described at one traffic, so a caller comparing many
    /// pairs describes each model once.
    /// </summary>
    /// <exception cref="ArgumentException">When both are the same model, or were described at different traffic.</exception>
    public PairComparison Compare(ModelFacts a, ModelFacts b, PriceChoice? choice = null)
    {
        var catalog = Catalog;
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Slug, b.Slug, StringComparison.Ordinal))
        {
            throw new ArgumentException("A model cannot be compared with itself.", nameof(b));
        }

        if (a.Traffic != b.Traffic)
        {
            throw new ArgumentException("Both models must be described at the same traffic.", nameof(b));
        }

        if (string.CompareOrdinal(a.Slug, b.Slug) > 0)
        {
            (a, b) = (b, a);
        }

        var traffic = a.Traffic;
        var today = Today();
        var via = ViaOptions(a, b);
        var bills = Bills(a, b, choice ?? PriceChoice.Default, via);
        var benchmarks = Benchmarks(catalog, a, b);
        var fit = PairFit(catalog, a, b, benchmarks);
        (a, b) = (fit.A, fit.B);
        var tradeoffs = Tradeoffs(a, b, bills, benchmarks, today, fit);
        var lastReviewed = a.Model.LastReviewed > b.Model.LastReviewed ? a.Model.LastReviewed : b.Model.LastReviewed;
        var verdict = VerdictRules.Verdict(a, b, bills, benchmarks, tradeoffs, today, ProfileFacts.Replacement(catalog, a.Model, today)?.Name, ProfileFacts.Replacement(catalog, b.Model, today)?.Name);
        var cost = MonthlyCost(a, b, bills, traffic);

        return new PairComparison
        {
            A = a,
            B = b,
            Traffic = traffic,
            Choice = bills.Choice,
            PriceNotes = bills.Notes,
            ViaOptions = via,
            Title = Sentences.Title(a.Name, b.Name),
            MetaDescription = MetaDescription(a, b, bills, traffic),
            CanonicalPath = CanonicalPath(a.Slug, b.Slug),
            Summary = Summary(catalog, a, b, bills, cost, benchmarks, verdict, today),
            Upgrade = Upgrade(catalog, a, b, cost, via, today),
            Intro = Intro(a, b, bills, today),
            Verdict = verdict,
            Scorecard = Scorecard(a, b, bills, benchmarks, tradeoffs),
            Tradeoffs = tradeoffs,
            MonthlyCost = cost,
            SwitchFriction = SwitchFriction(a, b, bills, today),
            Specs = SpecRows(a, b),
            Pricing = new PricingSection(PricingFor(a), PricingFor(b)),
            Capabilities = CapabilityRows(a.Model, b.Model),
            Benchmarks = benchmarks,
            PriceScore = PriceScoreCharts.ForPair(Stats, a, b, benchmarks),
            DeepDive = DeepDive(a, b, benchmarks),
            Faq = Faq(a, b, bills, benchmarks),
            Related = new RelatedSection(Alternatives(a.Model, b.Model), Alternatives(b.Model, a.Model)),
            LastReviewed = new LastReviewedSection(lastReviewed, Formatting.Date(lastReviewed), catalog.Credits, Sentences.LastReviewed(lastReviewed, catalog.Credits)),
        };
    }

    /// <summary>Which side a pair of values favours; <see cref="Side.None"/> when either is unknown.</summary>
    public static Side Better(decimal? a, decimal? b, bool higherIsBetter)
    {
        if (a is not { } x || b is not { } y)
        {
            return Side.None;
        }

        return x == y ? Side.Tie : (x > y) == higherIsBetter ? Side.A : Side.B;
    }

    /// <summary>
    /// Both models' bills at the page's basis, and which is cheaper, worked out once so every section that
    /// speaks of cost agrees.
    /// </summary>
    internal sealed record PairBills(PriceChoice Choice, ModelBill? A, ModelBill? B, Side Cheaper, string BasisPhrase, ImmutableArray<string> Notes)
    {
        public ModelBill? this[Side side] => side == Side.A ? A : side == Side.B ? B : null;

        /// <summary>The lower bill's gap rests on assumed hidden reasoning tokens (<see cref="PriceRules.GapRestsOnAssumption(ModelBill?, ModelBill?)"/>).</summary>
        public bool GapRestsOnAssumption => Cheaper is Side.A or Side.B && PriceRules.GapRestsOnAssumption(A, B);
    }

    /// <summary>Who the pair's bills assume spends hidden reasoning tokens: a model's name, or "each model".</summary>
    private static string? AssumedBy(ModelFacts a, ModelFacts b, PairBills bills) =>
        (bills.A?.AssumedReasoning > 0m, bills.B?.AssumedReasoning > 0m) switch
        {
            (true, true) => "each model",
            (true, false) => a.Name,
            (false, true) => b.Name,
            _ => null,
        };

    private static PairBills Bills(ModelFacts a, ModelFacts b, PriceChoice choice, ImmutableArray<ViaOption> via)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        ViaOption? provider = null;
        if (choice.Basis == CostBasis.Via)
        {
            provider = via.FirstOrDefault(v => v.ProviderSlug == choice.Via);
            if (provider is null)
            {
                notes.Add(Sentences.ViaNotServing(choice.Via!, a.Name, b.Name));
                choice = PriceChoice.Default;
            }
        }

        var billA = BillAt(a, choice);
        var billB = BillAt(b, choice);
        var phrase = Sentences.BasisPhrase(choice.Basis, a.Price.Basis, b.Price.Basis, provider?.ProviderName);
        return new PairBills(choice, billA, billB, PriceRules.Cheaper(billA?.Monthly, billB?.Monthly), phrase, notes.ToImmutable());
    }

    private static ModelBill? BillAt(ModelFacts f, PriceChoice choice) => choice.Basis switch
    {
        CostBasis.Cheapest => f.CheapestAtTraffic is { } c ? Pricing.Bill(BillBasis.Cheapest, c) : null,
        CostBasis.Via => OnProvider(f, choice.Via!) is { } v ? Pricing.Bill(BillBasis.Via, v) : null,
        _ => f.ReferenceBill,
    };

    /// <summary>A model's costed route on one provider: its plain route, else its cheapest variant there.</summary>
    private static RouteCost? OnProvider(ModelFacts f, string providerSlug) => f.RouteCosts
        .Where(c => c.ProviderSlug == providerSlug)
        .OrderBy(c => c.Standing?.Route.Variant is null ? 0 : 1)
        .ThenBy(c => c.Monthly)
        .FirstOrDefault();

    /// <summary>Providers with a costed route for both models, by name: the choices for one provider for both.</summary>
    private static ImmutableArray<ViaOption> ViaOptions(ModelFacts a, ModelFacts b)
    {
        var bSlugs = b.RouteCosts.Select(c => c.ProviderSlug).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. a.RouteCosts
                .Where(c => bSlugs.Contains(c.ProviderSlug))
                .Select(c => new ViaOption(c.ProviderSlug, c.ProviderName))
                .Distinct()
                .OrderBy(v => v.ProviderName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(v => v.ProviderSlug, StringComparer.Ordinal),
        ];
    }
}
