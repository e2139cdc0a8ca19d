using System.Collections.Immutable;
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

    private static IntroSection Intro(ModelFacts a, ModelFacts b) => new(
    [
        Sentences.IntroModel(a.Name, a.MakerName, a.Model.ReleaseDate?.Year, a.Model.OpenWeights),
        Sentences.IntroModel(b.Name, b.MakerName, b.Model.ReleaseDate?.Year, b.Model.OpenWeights),
        Sentences.IntroContext(a.Name, a.Model.ContextWindow, b.Name, b.Model.ContextWindow),
        Sentences.IntroPrice(a.Name, a.CheapestAtTraffic, b.Name, b.CheapestAtTraffic),
    ]);

    /// <summary>
    /// The verdict's rules, in order:
    /// 1. Both priced and the cheaper bill is at least 5% below the other: recommend the cheaper model and
    ///    name what the dearer one offers that the cheaper lacks (capabilities it has and the other
    ///    explicitly lacks, a larger context window), or say it offers nothing to set against the price.
    /// 2. Only one priced: recommend it, since its bill can be planned; name what the unpriced one adds.
    /// 3. Bills within 5%, or neither priced: recommend the side with advantages when only one has any;
    ///    a tie that names each side's advantages when both do; a tie saying there is no difference otherwise.
    /// </summary>
    private static VerdictSection Verdict(ModelFacts a, ModelFacts b)
    {
        var (costA, costB) = (a.CheapestAtTraffic?.Monthly, b.CheapestAtTraffic?.Monthly);
        if (costA is { } ca && costB is { } cb)
        {
            var (cheap, dear, cheapCost, dearCost, side) = ca <= cb ? (a, b, ca, cb, Side.A) : (b, a, cb, ca, Side.B);
            if (cheapCost < dearCost * (1m - SamePriceTolerance))
            {
                var needs = Needs(dear, cheap);
                return new VerdictSection(side,
                [
                    Sentences.VerdictCheaper(cheap.Name, cheapCost, dear.Name, dearCost),
                    needs.Count > 0 ? Sentences.VerdictOnlyIf("Choose", dear.Name, needs, cheap.Name) : Sentences.VerdictNoOffset(dear.Name),
                ]);
            }

            var (s, text) = ByAdvantages(a, b);
            return new VerdictSection(s, [Sentences.VerdictSamePrice(a.Name, ca, b.Name, cb), text]);
        }

        if (costA is not null || costB is not null)
        {
            var (priced, unpriced, side) = costA is not null ? (a, b, Side.A) : (b, a, Side.B);
            var needs = Needs(unpriced, priced);
            return new VerdictSection(side,
            [
                Sentences.VerdictOnlyPriced(priced.Name, priced.CheapestAtTraffic!.Monthly),
                .. needs.Count > 0 ? [Sentences.VerdictOnlyIf("Consider", unpriced.Name, needs, priced.Name)] : Array.Empty<string>(),
            ]);
        }

        var (tieSide, reason) = ByAdvantages(a, b);
        return new VerdictSection(tieSide, [Sentences.VerdictNeitherPriced(), reason]);
    }

    private static (Side Side, string Text) ByAdvantages(ModelFacts a, ModelFacts b)
    {
        var aAdds = Adds(a, b);
        var bAdds = Adds(b, a);
        return (aAdds.Count > 0, bAdds.Count > 0) switch
        {
            (true, false) => (Side.A, Sentences.VerdictAdds(a.Name, aAdds)),
            (false, true) => (Side.B, Sentences.VerdictAdds(b.Name, bAdds)),
            (true, true) => (Side.Tie, Sentences.VerdictEach(a.Name, aAdds, b.Name, bAdds)),
            _ => (Side.Tie, Sentences.VerdictNoDifference()),
        };
    }

    /// <summary>Capabilities <paramref name="x"/> has that <paramref name="y"/> explicitly lacks, in enum order.</summary>
    private static List<Capability> OnlyIn(Model x, Model y) =>
        [.. CapabilitySet.All.Where(c => x.Capabilities[c] == true && y.Capabilities[c] == false)];

    private static List<Capability> UnconfirmedIn(Model x, Model y) =>
        [.. CapabilitySet.All.Where(c => x.Capabilities[c] == true && y.Capabilities[c] is null)];

    private static bool LargerContext(Model x, Model y) => x.ContextWindow > y.ContextWindow && y.ContextWindow is not null;

    private static List<string> Needs(ModelFacts x, ModelFacts y)
    {
        var list = OnlyIn(x.Model, y.Model).Select(Formatting.CapabilityPhrase).ToList();
        if (LargerContext(x.Model, y.Model))
        {
            list.Add(Sentences.NeedLargerContext(y.Model.ContextWindow!.Value));
        }

        return list;
    }

    private static List<string> Adds(ModelFacts x, ModelFacts y)
    {
        var list = OnlyIn(x.Model, y.Model).Select(Formatting.CapabilityPhrase).ToList();
        if (LargerContext(x.Model, y.Model))
        {
            list.Add(Sentences.LargerContextWindow);
        }

        return list;
    }

    private static ImmutableArray<ScorecardRow> Scorecard(ModelFacts a, ModelFacts b, int sharedBenchmarks) =>
    [
        new(ScorecardSignal.BestFor, "Best for", a.BestFor, b.BestFor, Side.None),
        new(ScorecardSignal.DecisionFit, "Decision fit", FitText(a), FitText(b), Side.None),
        new(ScorecardSignal.ContextWindow, "Context window", Formatting.TokensOrUnknown(a.Model.ContextWindow), Formatting.TokensOrUnknown(b.Model.ContextWindow), Better(a.Model.ContextWindow, b.Model.ContextWindow, higherIsBetter: true)),
        new(ScorecardSignal.CheapestOutput, "Cheapest output price", OutputText(a), OutputText(b), Better(a.CheapestOutput?.OutputPrice, b.CheapestOutput?.OutputPrice, higherIsBetter: false)),
        new(ScorecardSignal.ProviderRoutes, "Provider routes", Formatting.Plural(a.Routes.Length, "route"), Formatting.Plural(b.Routes.Length, "route"), Better(a.Routes.Length, b.Routes.Length, higherIsBetter: true)),
        new(ScorecardSignal.SharedBenchmarks, "Shared benchmarks", Formatting.Count(sharedBenchmarks), Formatting.Count(sharedBenchmarks), Side.None),
    ];

    private static string FitText(ModelFacts f) => Formatting.JoinList(f.DecisionFit.Select(Formatting.DecisionFitName));

    private static string OutputText(ModelFacts f) => f.CheapestOutput is { } o
        ? $"{Formatting.PerMillionTokens(o.OutputPrice)} on {o.ProviderName}"
        : "No sourced price";

    private static ImmutableArray<Tradeoff> Tradeoffs(ModelFacts a, ModelFacts b)
    {
        var list = new List<Tradeoff>();
        var (ma, mb) = (a.Model, b.Model);

        if (ma.ContextWindow is { } ca && mb.ContextWindow is { } cb && ca != cb)
        {
            list.Add(ca > cb
                ? new(TradeoffKind.Context, Side.A, Sentences.TradeoffContext(a.Name, ca, b.Name, cb))
                : new(TradeoffKind.Context, Side.B, Sentences.TradeoffContext(b.Name, cb, a.Name, ca)));
        }

        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb)
        {
            if (pa.MonthlyText != pb.MonthlyText)
            {
                list.Add(pa.Monthly < pb.Monthly
                    ? new(TradeoffKind.Price, Side.A, Sentences.TradeoffPrice(a.Name, pa.Monthly, b.Name, pb.Monthly))
                    : new(TradeoffKind.Price, Side.B, Sentences.TradeoffPrice(b.Name, pb.Monthly, a.Name, pa.Monthly)));
            }
        }
        else if (a.CheapestAtTraffic is not null || b.CheapestAtTraffic is not null)
        {
            var side = a.CheapestAtTraffic is not null ? Side.A : Side.B;
            list.Add(new(TradeoffKind.Price, side, Sentences.TradeoffOnlyPriced(side == Side.A ? a.Name : b.Name)));
        }

        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        if (na != nb)
        {
            list.Add(na > nb
                ? new(TradeoffKind.ProviderCoverage, Side.A, Sentences.TradeoffProviders(a.Name, na, b.Name, nb))
                : new(TradeoffKind.ProviderCoverage, Side.B, Sentences.TradeoffProviders(b.Name, nb, a.Name, na)));
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var only = OnlyIn(x.Model, y.Model);
            if (only.Count > 0)
            {
                list.Add(new(TradeoffKind.Capabilities, side, Sentences.TradeoffCapabilities(x.Name, only, y.Name)));
            }
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var unconfirmed = UnconfirmedIn(x.Model, y.Model);
            if (unconfirmed.Count > 0)
            {
                list.Add(new(TradeoffKind.UnconfirmedCapabilities, side, Sentences.TradeoffUnconfirmed(x.Name, unconfirmed, y.Name)));
            }
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var tags = x.DecisionFit.Except(y.DecisionFit).ToList();
            if (tags.Count > 0)
            {
                list.Add(new(TradeoffKind.DecisionFit, side, Sentences.TradeoffDecisionFit(x.Name, tags)));
            }
        }

        if (ma.OpenWeights is { } oa && mb.OpenWeights is { } ob && oa != ob)
        {
            list.Add(oa
                ? new(TradeoffKind.Openness, Side.A, Sentences.TradeoffOpenness(a.Name, ma.License, b.Name, mb.License))
                : new(TradeoffKind.Openness, Side.B, Sentences.TradeoffOpenness(b.Name, mb.License, a.Name, ma.License)));
        }
        else if (LicensesDiffer(ma, mb))
        {
            list.Add(new(TradeoffKind.License, Side.None, Sentences.TradeoffLicense(a.Name, ma.License!, b.Name, mb.License!)));
        }

        if (ma.MaxOutput is { } xa && mb.MaxOutput is { } xb && xa != xb)
        {
            list.Add(xa > xb
                ? new(TradeoffKind.MaxOutput, Side.A, Sentences.TradeoffMaxOutput(a.Name, xa, b.Name, xb))
                : new(TradeoffKind.MaxOutput, Side.B, Sentences.TradeoffMaxOutput(b.Name, xb, a.Name, xa)));
        }

        if (ma.KnowledgeCutoff is { } ka && mb.KnowledgeCutoff is { } kb && Comparable(ka, kb) && ka != kb)
        {
            list.Add(ka > kb
                ? new(TradeoffKind.KnowledgeCutoff, Side.A, Sentences.TradeoffKnowledgeCutoff(a.Name, ka, b.Name, kb))
                : new(TradeoffKind.KnowledgeCutoff, Side.B, Sentences.TradeoffKnowledgeCutoff(b.Name, kb, a.Name, ka)));
        }

        if (ma.ReleaseDate is { } ra && mb.ReleaseDate is { } rb && ra != rb)
        {
            list.Add(ra > rb
                ? new(TradeoffKind.Release, Side.A, Sentences.TradeoffRelease(a.Name, ra, b.Name, rb))
                : new(TradeoffKind.Release, Side.B, Sentences.TradeoffRelease(b.Name, rb, a.Name, ra)));
        }

        return [.. list];
    }

    private static bool LicensesDiffer(Model a, Model b) =>
        !string.IsNullOrWhiteSpace(a.License) && !string.IsNullOrWhiteSpace(b.License)
        && !string.Equals(a.License.Trim(), b.License.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"2024" and "2024-04" cannot be ordered; dates of different years always can.</summary>
    private static bool Comparable(PartialDate x, PartialDate y) =>
        x.Year != y.Year || (x.Month is not null && y.Month is not null && (x.Month != y.Month || (x.Day is not null && y.Day is not null)));

    private static MonthlyCostSection MonthlyCost(ModelFacts a, ModelFacts b, TrafficProfile traffic)
    {
        var notes = new List<string>();
        foreach (var f in new[] { a, b })
        {
            if (f.CheapestAtTraffic is not { } route)
            {
                continue;
            }

            var tiers = f.Routes.First(r => r.ProviderSlug == route.ProviderSlug).Tiers;
            if (!tiers.IsDefaultOrEmpty)
            {
                notes.Add(Sentences.CostTierNote(route, tiers[0].AboveTokens));
            }

            if (traffic.CachePercent > 0m && route.CacheReadPrice is null)
            {
                notes.Add(Sentences.CostNoCacheReadNote(route));
            }
        }

        notes.Add(Sentences.CostScopeNote);

        decimal? gap = null;
        var cheaper = Side.None;
        string gapText;
        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb)
        {
            gap = Math.Abs(pa.Monthly - pb.Monthly);
            if (pa.MonthlyText == pb.MonthlyText)
            {
                cheaper = Side.Tie;
                gapText = Sentences.CostSame(pa.Monthly);
            }
            else
            {
                cheaper = pa.Monthly < pb.Monthly ? Side.A : Side.B;
                gapText = cheaper == Side.A
                    ? Sentences.CostGap(a.Name, pa.Monthly, b.Name, pb.Monthly)
                    : Sentences.CostGap(b.Name, pb.Monthly, a.Name, pa.Monthly);
            }
        }
        else
        {
            gapText = Sentences.CostGapUnavailable([.. new[] { a, b }.Where(f => f.CheapestAtTraffic is null).Select(f => f.Name)]);
        }

        return new MonthlyCostSection(traffic.Text, CostOf(a), CostOf(b), gap, cheaper, gapText, [.. notes]);
    }

    private static ModelCost CostOf(ModelFacts f) => new(
        f.Slug,
        f.Name,
        f.CheapestAtTraffic,
        f.CheapestAtTraffic?.MonthlyText ?? Sentences.Unavailable,
        f.CheapestAtTraffic is { } route ? Sentences.CostRoute(route) : f.NoPriceReason!,
        [.. f.RouteCosts.Skip(1).Take(3)]);

    private static SwitchFrictionSection SwitchFriction(ModelFacts a, ModelFacts b, DateOnly today)
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

        return new SwitchFrictionSection([.. both], Direction(a, b, today), Direction(b, a, today));
    }

    private static SwitchDirection Direction(ModelFacts from, ModelFacts to, DateOnly today)
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

        if (y.ContextWindow < x.ContextWindow)
        {
            items.Add(Sentences.FrictionSmallerContext(to.Name, y.ContextWindow!.Value, x.ContextWindow!.Value));
        }

        if (y.MaxOutput < x.MaxOutput)
        {
            items.Add(Sentences.FrictionSmallerMaxOutput(to.Name, y.MaxOutput!.Value, x.MaxOutput!.Value));
        }

        if (from.CheapestAtTraffic is { } fromCost)
        {
            if (to.CheapestAtTraffic is { } toCost)
            {
                if (toCost.Monthly > fromCost.Monthly && toCost.MonthlyText != fromCost.MonthlyText)
                {
                    items.Add(Sentences.FrictionPriceRise(fromCost.Monthly, toCost.Monthly));
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

        return new SwitchDirection(from.Slug, to.Slug, Sentences.FrictionHeading(from.Name, to.Name), [.. items], Sentences.FrictionNothing(from.Name, to.Name));
    }

    private static int Restriction(CommercialUse use) => use switch
    {
        CommercialUse.Permitted => 1,
        CommercialUse.Conditional => 2,
        CommercialUse.NotPermitted => 3,
        _ => 0,
    };

    private static ImmutableArray<SpecRow> SpecRows(ModelFacts a, ModelFacts b) =>
    [
        .. a.Specs.Zip(b.Specs)
            .Where(p => p.First.Kind != SpecKind.RetirementDate || p.First.IsKnown || p.Second.IsKnown)
            .Select(p => new SpecRow(p.First.Kind, p.First.Label, p.First.Text, p.Second.Text)),
    ];

    /// <summary>Routes cheapest first: complete prices by bill at the traffic, then incomplete ones, then free tiers.</summary>
    public static ModelPricing PricingFor(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var costs = facts.RouteCosts.ToDictionary(c => c.ProviderSlug, StringComparer.Ordinal);
        var rows = facts.Routes
            .Select(r => Row(r, facts.ProviderNames[facts.ProviderSlugs.IndexOf(r.ProviderSlug)], costs.GetValueOrDefault(r.ProviderSlug)?.Monthly))
            .OrderBy(r => r.HasCompletePrice ? 0 : r.IsFreeTier ? 2 : 1)
            .ThenBy(r => r.MonthlyAtTraffic ?? 0m)
            .ThenBy(r => r.ProviderSlug, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ModelPricing(facts.Slug, facts.Name, rows, rows.IsEmpty ? Sentences.NotAvailable(facts.Name) : null);
    }

    private static PriceRow Row(Route route, string providerName, decimal? monthly)
    {
        const string Free = "Free tier or plan";
        var p = route.IsFreeTier ? null : route.Price;
        return new PriceRow
        {
            ProviderSlug = route.ProviderSlug,
            ProviderName = providerName,
            ApiId = route.ApiId,
            Price = route.Price,
            HasCompletePrice = route.HasCompletePrice,
            IsFreeTier = route.IsFreeTier,
            Status = route.Status,
            InputText = route.IsFreeTier ? Free : Formatting.PerMillionTokens(p?.Input),
            OutputText = route.IsFreeTier ? Free : Formatting.PerMillionTokens(p?.Output),
            CacheReadText = Formatting.PerMillionTokens(p?.CacheRead),
            CacheWriteText = Formatting.PerMillionTokens(p?.CacheWrite),
            TiersText = route.IsFreeTier || route.Tiers.IsDefaultOrEmpty
                ? Formatting.Missing
                : string.Join("; ", route.Tiers.Select(t => $"Above {Formatting.Tokens(t.AboveTokens)} tokens: {Price(t.Price.Input)} input, {Price(t.Price.Output)} output")),
            ContextText = route.ContextWindow is { } c ? Formatting.Tokens(c) + " tokens" : Formatting.Missing,
            MaxOutputText = route.MaxOutput is { } m ? Formatting.Tokens(m) + " tokens" : Formatting.Missing,
            StatusText = Formatting.Status(route.Status),
            SourceUrl = route.SourceUrl,
            Checked = route.Checked,
            CheckedText = Formatting.Date(route.Checked),
            MonthlyAtTraffic = monthly,
        };

        static string Price(decimal? value) => value is { } v ? Formatting.PricePerMillion(v) : Formatting.Missing;
    }

    private static ImmutableArray<CapabilityRow> CapabilityRows(Model a, Model b) =>
    [
        .. CapabilitySet.All.Select(c => new CapabilityRow(
            c, Formatting.CapabilityName(c), a.Capabilities[c], b.Capabilities[c], Formatting.YesNo(a.Capabilities[c]), Formatting.YesNo(b.Capabilities[c]))),
    ];

    private static BenchmarkSection Benchmarks(CatalogSnapshot catalog, ModelFacts a, ModelFacts b)
    {
        var bScores = b.Scores.ToDictionary(s => (s.BenchmarkSlug, s.Variant ?? string.Empty));
        var rows = new List<BenchmarkRow>();
        foreach (var sa in a.Scores)
        {
            if (!bScores.TryGetValue((sa.BenchmarkSlug, sa.Variant ?? string.Empty), out var sb))
            {
                continue;
            }

            var benchmark = catalog.FindBenchmark(sa.BenchmarkSlug)!;
            var leader = Better(sa.Value, sb.Value, benchmark.HigherIsBetter);
            var leaderName = leader switch { Side.A => a.Name, Side.B => b.Name, _ => null };
            rows.Add(new BenchmarkRow(benchmark.Slug, benchmark.Name, benchmark.Category, sa.Variant, benchmark.HigherIsBetter, sa, sb, leader, Sentences.BenchmarkLeader(leaderName)));
        }

        var summary = Sentences.BenchmarkSummary(a.Name, b.Name, rows.Count, rows.Count(r => r.Leader == Side.A), rows.Count(r => r.Leader == Side.B), rows.Count(r => r.Leader == Side.Tie));
        if (rows.Count > 0)
        {
            return new BenchmarkSection([.. rows], summary, [], [], null, null);
        }

        var aOwn = OwnBest(a.Scores);
        var bOwn = OwnBest(b.Scores);
        return new BenchmarkSection([], summary, aOwn, bOwn, OwnText(a.Name, aOwn), OwnText(b.Name, bOwn));
    }

    /// <summary>Up to five scores: independent ones first, then the newest.</summary>
    public static ImmutableArray<ScoreView> OwnBest(ImmutableArray<ScoreView> scores) =>
    [
        .. scores.OrderBy(s => s.SelfReported).ThenByDescending(s => s.Date).ThenBy(s => s.BenchmarkName, StringComparer.Ordinal).Take(5),
    ];

    private static string OwnText(string name, ImmutableArray<ScoreView> own) =>
        own.IsEmpty ? Sentences.BenchmarkNoScores(name) : Sentences.BenchmarkOwnScores(name, own.Length);

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

    private static ImmutableArray<FaqItem> Faq(ModelFacts a, ModelFacts b, TrafficProfile traffic, BenchmarkSection benchmarks)
    {
        var (ma, mb) = (a.Model, b.Model);
        var list = new List<FaqItem>();
        if (ma.ContextWindow is not null || mb.ContextWindow is not null)
        {
            list.Add(new(Sentences.FaqContextQuestion(a.Name, b.Name), Sentences.FaqContextAnswer(a.Name, ma.ContextWindow, b.Name, mb.ContextWindow)));
        }

        list.Add(new(Sentences.FaqCheaperQuestion(a.Name, b.Name), (a.CheapestAtTraffic, b.CheapestAtTraffic) switch
        {
            ({ } x, { } y) when x.MonthlyText == y.MonthlyText => Sentences.FaqSameCostAnswer(x, traffic.Text),
            ({ } x, { } y) when x.Monthly < y.Monthly => Sentences.FaqCheaperAnswer(a.Name, x, b.Name, y, traffic.Text),
            ({ } x, { } y) => Sentences.FaqCheaperAnswer(b.Name, y, a.Name, x, traffic.Text),
            ({ } x, null) => Sentences.FaqOnlyPricedAnswer(a.Name, x, traffic.Text, b.NoPriceReason!),
            (null, { } y) => Sentences.FaqOnlyPricedAnswer(b.Name, y, traffic.Text, a.NoPriceReason!),
            _ => Sentences.FaqNeitherPricedAnswer(),
        }));

        if (ma.OpenWeights is not null || mb.OpenWeights is not null || !string.IsNullOrWhiteSpace(ma.License) || !string.IsNullOrWhiteSpace(mb.License))
        {
            list.Add(new(Sentences.FaqOpenQuestion(a.Name, b.Name), Sentences.FaqOpenAnswer(
                Sentences.FaqOpenClause(a.Name, ma.OpenWeights, ma.License),
                Sentences.FaqOpenClause(b.Name, mb.OpenWeights, mb.License))));
        }

        foreach (var capability in CapabilitySet.All)
        {
            if (Sentences.FaqCapabilityAnswer(a.Name, ma.Capabilities[capability], b.Name, mb.Capabilities[capability], capability) is { } answer)
            {
                list.Add(new(Sentences.FaqCapabilityQuestion(a.Name, b.Name, capability), answer));
            }
        }

        list.Add(new(Sentences.FaqWhereQuestion(a.Name, b.Name), $"{Sentences.FaqWhereClause(a.Name, a.ProviderNames)} {Sentences.FaqWhereClause(b.Name, b.ProviderNames)}"));

        if (!benchmarks.Shared.IsEmpty)
        {
            var rows = benchmarks.Shared.Select(r => r.Leader == Side.B
                ? Sentences.FaqBenchmarkRow(Sentences.BenchmarkName(r.Name, r.Variant), b.Name, r.B.ValueText, r.A.ValueText)
                : Sentences.FaqBenchmarkRow(Sentences.BenchmarkName(r.Name, r.Variant), r.Leader == Side.A ? a.Name : null, r.A.ValueText, r.B.ValueText));
            list.Add(new(Sentences.FaqBenchmarkQuestion(a.Name, b.Name), string.Join(' ', [benchmarks.Summary, .. rows])));
        }

        return [.. list];
    }

    /// <summary>
    /// Other models to compare <paramref name="model"/> with, as links to their pair pages, in this
    /// order: its successor, its predecessors, newer models of the same maker, models whose blended price
    /// is within 2x, models sharing at least half their known capabilities. Never <paramref name="exclude"/>
    /// (the pair's other model) or a model twice. The pair page and the model profile both use it.
    /// </summary>
    public ImmutableArray<RelatedLink> Alternatives(CatalogSnapshot catalog, Model model, Model? exclude = null, int count = RelatedPerSide)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        var candidates = ReferenceEquals(catalog.FindModel(model.Slug), model)
            ? MemoFor(catalog).AlternativeCandidates(model)
            : AlternativeCandidates(catalog, model);
        return [.. candidates.Where(c => c.Slug != exclude?.Slug).Take(count).Select(c => Link(model, catalog.FindModel(c.Slug)!, c.Reason))];
    }

    /// <summary>Every model <see cref="Alternatives"/> may offer for <paramref name="model"/>, in its order, each once.</summary>
    private ImmutableArray<(string Slug, RelatedReason Reason)> AlternativeCandidates(CatalogSnapshot catalog, Model model)
    {
        var stats = StatsFor(catalog);
        var candidates = new List<(string Slug, RelatedReason Reason)>();
        if (model.SuccessorSlug is { } successor)
        {
            candidates.Add((successor, RelatedReason.Successor));
        }

        candidates.AddRange(catalog.Models.Where(m => m.SuccessorSlug == model.Slug).Select(m => (m.Slug, RelatedReason.Predecessor)));
        candidates.AddRange(catalog.ModelsMadeBy(model.MakerSlug)
            .OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Select(m => (m.Slug, RelatedReason.SameMaker)));

        if (stats.Blends.TryGetValue(model.Slug, out var own) && own.Value > 0m)
        {
            candidates.AddRange(stats.Blends
                .Where(kv => kv.Value.Value > 0m)
                .Select(kv => (kv.Key, Ratio: Math.Max(kv.Value.Value, own.Value) / Math.Min(kv.Value.Value, own.Value)))
                .Where(x => x.Ratio <= 2m)
                .OrderBy(x => x.Ratio)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => (x.Key, RelatedReason.SimilarPrice)));
        }

        var mine = stats.CapabilityMasks.GetValueOrDefault(model.Slug);
        if (mine != 0)
        {
            candidates.AddRange(catalog.Models
                .Select(m => (m.Slug, Overlap: Overlap(mine, stats.CapabilityMasks.GetValueOrDefault(m.Slug))))
                .Where(x => x.Overlap >= 0.5m)
                .OrderByDescending(x => x.Overlap)
                .ThenBy(x => x.Slug, StringComparer.Ordinal)
                .Select(x => (x.Slug, RelatedReason.SimilarCapabilities)));
        }

        return
        [
            .. candidates
                .Where(c => c.Slug != model.Slug && catalog.FindModel(c.Slug) is not null)
                .DistinctBy(c => c.Slug, StringComparer.Ordinal),
        ];
    }

    /// <summary>Shared capabilities over all capabilities either has (Jaccard), on capability bit masks.</summary>
    private static decimal Overlap(int x, int y)
    {
        var union = System.Numerics.BitOperations.PopCount((uint)(x | y));
        return union == 0 ? 0m : (decimal)System.Numerics.BitOperations.PopCount((uint)(x & y)) / union;
    }

    private static RelatedLink Link(Model model, Model other, RelatedReason reason)
    {
        var (first, second) = string.CompareOrdinal(model.Slug, other.Slug) < 0 ? (model, other) : (other, model);
        return new RelatedLink(first.Slug, second.Slug, Sentences.RelatedLabel(first.Name, second.Name), reason, Sentences.RelatedReasonText(reason));
    }

    private static string MetaDescription(ModelFacts a, ModelFacts b)
    {
        var clauses = new List<string>();
        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb && pa.MonthlyText != pb.MonthlyText)
        {
            clauses.Add(pa.Monthly < pb.Monthly
                ? Sentences.MetaCheaper(a.Name, pa.Monthly, pb.Monthly)
                : Sentences.MetaCheaper(b.Name, pb.Monthly, pa.Monthly));
        }

        if (a.Model.ContextWindow is { } ca && b.Model.ContextWindow is { } cb && ca != cb)
        {
            clauses.Add(ca > cb ? Sentences.MetaContext(a.Name, ca, cb) : Sentences.MetaContext(b.Name, cb, ca));
        }

        return Sentences.MetaDescription(a.Name, b.Name, clauses);
    }
}
