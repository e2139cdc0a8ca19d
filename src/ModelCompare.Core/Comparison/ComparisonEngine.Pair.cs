using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Two monthly bills within this share of each other count as "about the same" in the verdict.</summary>
    public const decimal SamePriceTolerance = 0.05m;

    /// <summary>Most related links per side.</summary>
    public const int RelatedPerSide = 4;

    /// <summary>
    /// Compares two models at a traffic profile and words every section of the pair page. The sides are
    /// put in ordinal slug order, so <c>Compare(c, x, y, t)</c> and <c>Compare(c, y, x, t)</c> are equal.
    /// </summary>
    /// <exception cref="ArgumentException">When both arguments are the same model.</exception>
    public PairComparison Compare(CatalogSnapshot catalog, Model a, Model b, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(traffic);
        if (string.Equals(a.Slug, b.Slug, StringComparison.Ordinal))
        {
            throw new ArgumentException("A model cannot be compared with itself.", nameof(b));
        }

        if (string.CompareOrdinal(a.Slug, b.Slug) > 0)
        {
            (a, b) = (b, a);
        }

        var fa = Describe(catalog, a, traffic);
        var fb = Describe(catalog, b, traffic);
        var today = DateOnly.FromDateTime(catalog.Version.BuiltAt.UtcDateTime);
        var benchmarks = Benchmarks(catalog, fa, fb);
        var lastReviewed = a.LastReviewed > b.LastReviewed ? a.LastReviewed : b.LastReviewed;

        return new PairComparison
        {
            A = fa,
            B = fb,
            Traffic = traffic,
            Title = Sentences.Title(a.Name, b.Name),
            MetaDescription = MetaDescription(fa, fb),
            CanonicalPath = CanonicalPath(a.Slug, b.Slug),
            Intro = Intro(fa, fb),
            Verdict = Verdict(fa, fb),
            Scorecard = Scorecard(fa, fb, benchmarks.Shared.Length),
            Tradeoffs = Tradeoffs(fa, fb),
            MonthlyCost = MonthlyCost(fa, fb, traffic),
            SwitchFriction = SwitchFriction(fa, fb, today),
            Specs = SpecRows(fa, fb),
            Pricing = new PricingSection(PricingFor(fa), PricingFor(fb)),
            Capabilities = CapabilityRows(a, b),
            Benchmarks = benchmarks,
            DeepDive = DeepDive(fa, fb),
            Faq = Faq(fa, fb, traffic, benchmarks),
            Related = new RelatedSection(Alternatives(catalog, a, b), Alternatives(catalog, b, a)),
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
}
