using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Everything a pair page says, already worded. The page lays it out and adds nothing: every figure,
/// sentence and mark comes from here. <see cref="A"/> is the model whose slug sorts first (ordinal).
/// </summary>
public sealed record PairComparison
{
    public required ModelFacts A { get; init; }
    public required ModelFacts B { get; init; }
    public required TrafficProfile Traffic { get; init; }
    /// <summary>The basis the bills are at; list prices when the page asked for a provider that does not serve both.</summary>
    public required PriceChoice Choice { get; init; }
    /// <summary>Notes on a price choice that could not be honoured.</summary>
    public required ImmutableArray<string> PriceNotes { get; init; }
    /// <summary>Providers with a costed route for both models: the choices for <c>?via=</c>.</summary>
    public required ImmutableArray<ViaOption> ViaOptions { get; init; }

    /// <summary>The page title, such as "DeepSeek V3.2 vs GPT-4o: price, context, benchmarks".</summary>
    public required string Title { get; init; }
    /// <summary>At most 160 characters, worded from the data.</summary>
    public required string MetaDescription { get; init; }
    /// <summary>"/compare/{a}-vs-{b}" with the slugs in ordinal order.</summary>
    public required string CanonicalPath { get; init; }

    /// <summary>The answer first: bills, prices, context windows and the verdict in one line.</summary>
    public required SummarySection Summary { get; init; }
    /// <summary>When one of the pair succeeds the other: what the move changes, said first. Null for any other pair.</summary>
    public UpgradeSection? Upgrade { get; init; }
    public required IntroSection Intro { get; init; }
    public required VerdictSection Verdict { get; init; }
    public required ImmutableArray<ScorecardRow> Scorecard { get; init; }
    public required ImmutableArray<Tradeoff> Tradeoffs { get; init; }

    /// <summary>
    /// The tradeoffs the page lists under the verdict: every one the verdict's evidence does not already say word for
    /// word (the benchmark lead the verdict quotes is said there, once).
    /// </summary>
    public IEnumerable<Tradeoff> TradeoffsBeyondVerdict => Tradeoffs.Where(t => !Verdict.Sentences.Contains(t.Text));
    public required MonthlyCostSection MonthlyCost { get; init; }
    public required SwitchFrictionSection SwitchFriction { get; init; }
    public required ImmutableArray<SpecRow> Specs { get; init; }
    public required PricingSection Pricing { get; init; }
    public required ImmutableArray<CapabilityRow> Capabilities { get; init; }
    public required BenchmarkSection Benchmarks { get; init; }
    /// <summary>The price against score chart of the shared benchmark that charts the most models, with where the pair sits on it; null when none does.</summary>
    public PairPriceScore? PriceScore { get; init; }
    public required DeepDiveSection DeepDive { get; init; }
    public required ImmutableArray<FaqItem> Faq { get; init; }
    public required RelatedSection Related { get; init; }
    public required LastReviewedSection LastReviewed { get; init; }

    /// <summary>The facts for one side, by <see cref="Side"/>.</summary>
    public ModelFacts this[Side side] => side switch
    {
        Side.A => A,
        Side.B => B,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only A or B name a model."),
    };
}

/// <summary>Which side of a row is better, so the page can mark it in words and not only in colour.</summary>
public enum Side
{
    /// <summary>Nothing to compare: one or both values are unknown, or the row has no better side.</summary>
    None,
    A,
    B,
    Tie,
}

/// <summary>The opening paragraph: makers, release years, context windows and a one-line price contrast.</summary>
public sealed record IntroSection(ImmutableArray<string> Sentences)
{
    public string Text => string.Join(' ', Sentences);
}

/// <summary>A provider that serves both models of a pair at a costed price.</summary>
public sealed record ViaOption(string ProviderSlug, string ProviderName);

/// <summary>
/// The recommendation and its reasons, by <see cref="VerdictRules"/>. <see cref="Recommended"/> is
/// <see cref="Side.Tie"/> when the data does not separate the two; <see cref="Cheaper"/> is the cheaper side
/// at the page's basis (the same as the cost section's).
/// </summary>
public sealed record VerdictSection(Side Recommended, Side Cheaper, ImmutableArray<string> Sentences)
{
    /// <summary>The rule that decided the recommendation.</summary>
    public VerdictReason Reason { get; init; }

    /// <summary>What the rule weighed, for the one-line summary.</summary>
    public VerdictGrounds Grounds { get; init; } = VerdictGrounds.None;

    public string Text => string.Join(' ', Sentences);

    /// <summary>
    /// The verdict's sentences without the last, deciding one: the bills it compares and the benchmark lead it
    /// weighs. The page states the decision once, in the summary (<see cref="SummarySection.VerdictLine"/>), and
    /// shows these in the verdict section as its evidence.
    /// </summary>
    public string EvidenceText => string.Join(' ', Sentences.Take(Sentences.Length - 1));
}

/// <summary>
/// What decided a verdict: the side with the lower bill (or the only bill) and the side with the benchmark
/// lead, each <see cref="Side.None"/> when neither; for <see cref="VerdictReason.Wins"/>, what the other side
/// needs or adds; and the sentence that states the choice.
/// </summary>
public sealed record VerdictGrounds(Side CostSide, Side BenchmarkSide, ImmutableArray<string> OtherNeeds, ImmutableArray<string> OtherEdges, string Decision)
{
    public static VerdictGrounds None { get; } = new(Side.None, Side.None, [], [], string.Empty);
}

/// <summary>
/// The answer first, above everything else on the page: each model's bill at the page's traffic and basis
/// (the cost section's own figures), its prices and context window, and the verdict in one line.
/// </summary>
public sealed record SummarySection(
    string TrafficText,
    string? PerRequestText,
    string BasisPhrase,
    SummaryModel A,
    SummaryModel B,
    Side Recommended,
    string VerdictLine)
{
    /// <summary>The verdict line as a share image says it: whole when it fits the card, else the choice and its decisive reasons.</summary>
    public string ShareLine { get; init; } = string.Empty;

    /// <summary>Each model's status today ("Active", "Retired on Oct 22, 2025").</summary>
    public string StatusA { get; init; } = "Active";
    public string StatusB { get; init; } = "Active";

    /// <summary>Each model's status today, as <see cref="StatusA"/> and <see cref="StatusB"/> word it.</summary>
    public ModelStatus LifecycleA { get; init; } = ModelStatus.Active;
    public ModelStatus LifecycleB { get; init; } = ModelStatus.Active;

    /// <summary>What the page says first about a model that is deprecated or retired (none when both are active).</summary>
    public ImmutableArray<string> StatusNotes { get; init; } = [];
}

/// <summary>One model in the summary: its bill at the stated traffic, its prices and its context window.</summary>
public sealed record SummaryModel(
    string ModelSlug,
    string ModelName,
    decimal? Monthly,
    string MonthlyText,
    string SourceText,
    string InputPriceText,
    string OutputPriceText,
    string ContextText);

public enum ScorecardSignal
{
    BestFor,
    DecisionFit,
    ContextWindow,
    Price,
    /// <summary>How many providers sell the model (distinct providers, not their routes).</summary>
    Providers,
    SharedBenchmarks,
}

/// <summary>One row of the decision scorecard. <see cref="Better"/> is <see cref="Side.None"/> for rows that are not ranked.</summary>
public sealed record ScorecardRow(ScorecardSignal Signal, string Label, string AText, string BText, Side Better)
{
    /// <summary>
    /// The better side is better only under the bills' assumed hidden reasoning tokens: without them the gap vanishes or
    /// turns (<see cref="PriceRules.GapRestsOnAssumption(ModelBill?, ModelBill?)"/>). Its cell says so.
    /// </summary>
    public bool RestsOnAssumption { get; init; }
}

public enum TradeoffKind
{
    Retirement,
    Context,
    Price,
    Benchmarks,
    ProviderCoverage,
    Capabilities,
    UnconfirmedCapabilities,
    DecisionFit,
    Openness,
    License,
    MaxOutput,
    KnowledgeCutoff,
    Release,
}

/// <summary>One bullet: a real difference, in favour of <see cref="Favors"/> (or <see cref="Side.None"/> when neither is better).</summary>
public sealed record Tradeoff(TradeoffKind Kind, Side Favors, string Text)
{
    /// <summary>What the favoured side adds, as the verdict names it ("vision", "open weights"); null when it names nothing.</summary>
    public string? Edge { get; init; }
}

/// <summary>The estimated monthly bill of each model at the page's traffic and basis, and the gap between them.</summary>
public sealed record MonthlyCostSection(
    string TrafficText,
    string BasisPhrase,
    string BasisText,
    ModelCost A,
    ModelCost B,
    decimal? Gap,
    Side Cheaper,
    string GapText,
    ImmutableArray<string> Notes);

/// <summary>
/// One model's monthly bill at the page's basis (or why there is none), where it comes from, the cheapest
/// route beside it when that is another route, and the next cheapest routes.
/// </summary>
public sealed record ModelCost(
    string ModelSlug,
    string ModelName,
    ModelBill? Bill,
    string AmountText,
    string SourceText,
    RouteCost? Cheapest,
    string? CheapestText,
    ImmutableArray<RouteCost> NextCheapest);

/// <summary>The monthly bill on one route at a traffic, with the prices it was computed from.</summary>
public sealed record RouteCost(
    string ProviderSlug,
    string ProviderName,
    decimal InputPrice,
    decimal OutputPrice,
    decimal? CacheReadPrice,
    decimal InputCost,
    decimal OutputCost,
    decimal Monthly,
    bool HasTiers)
{
    /// <summary>The route's <see cref="Route.Key"/>: the provider slug, or <c>provider--variant</c> for a variant.</summary>
    public string RouteKey { get; init; } = ProviderSlug;

    /// <summary>How the price rules see the route (its seller, its mark); null when costed outside them.</summary>
    public RouteStanding? Standing { get; init; }

    /// <summary>Fees per request, part of <see cref="Monthly"/>.</summary>
    public decimal FeeCost { get; init; }

    /// <summary>The itemised bill; its amounts add up to <see cref="Monthly"/>.</summary>
    public ImmutableArray<BillLine> Lines { get; init; } = [];

    /// <summary>The service tier billed: the one asked for, or standard when the route does not sell it.</summary>
    public ServiceTier ServiceTier { get; init; } = ServiceTier.Standard;

    /// <summary>The context tier billed (its threshold in tokens), or null for the base price.</summary>
    public long? AboveTokens { get; init; }

    /// <summary>"$18,000": whole dollars from $100 up, cents below.</summary>
    public string MonthlyText => Formatting.MonthlyTotal(Monthly);

    /// <summary>"Azure OpenAI (azure)": the route a figure comes from, with a variant's detail.</summary>
    public string RouteName => Standing?.RouteName ?? Formatting.RouteName(ProviderName, ProviderSlug);

    /// <summary>The route's mark ("unusually low, reseller", "list price"); null for an ordinary route.</summary>
    public string? Badge => Standing?.Badge;
}

/// <summary>
/// What moving production traffic costs in effort. Each fact is stated once: facts true both ways are in
/// <see cref="BothWays"/>; a one-way fact sits in the direction where it is a loss or a cost.
/// </summary>
public sealed record SwitchFrictionSection(
    ImmutableArray<string> BothWays,
    SwitchDirection AToB,
    SwitchDirection BToA);

/// <summary>Friction moving from one model to the other. <see cref="EmptyText"/> is shown when <see cref="Items"/> is empty.</summary>
public sealed record SwitchDirection(string FromSlug, string ToSlug, string Heading, ImmutableArray<string> Items, string EmptyText);

public enum SpecKind
{
    ReleaseDate,
    RetirementDate,
    ContextWindow,
    MaxOutput,
    Parameters,
    Architecture,
    License,
    Openness,
    CommercialUse,
    Modes,
    KnowledgeCutoff,
    InputModalities,
    OutputModalities,
    ApiIds,
}

/// <summary>One specification of one model, as display text ("Unknown" when missing).</summary>
public sealed record SpecValue(SpecKind Kind, string Label, string Text, bool IsKnown);

/// <summary>One row of the pair's spec table.</summary>
public sealed record SpecRow(SpecKind Kind, string Label, string AText, string BText);

/// <summary>Each model's provider routes, cheapest first.</summary>
public sealed record PricingSection(ModelPricing A, ModelPricing B);

/// <summary>One model's routes. <see cref="EmptyText"/> says why there are none.</summary>
public sealed record ModelPricing(string ModelSlug, string ModelName, ImmutableArray<PriceRow> Rows, string? EmptyText);

/// <summary>One provider route of one model, ready to print, with the raw values for links and sorting.</summary>
public sealed record PriceRow
{
    public required string ProviderSlug { get; init; }
    /// <summary>The route's <see cref="Route.Key"/>, unique among the model's routes.</summary>
    public required string RouteKey { get; init; }
    /// <summary>What sets a variant route apart (quantized, regional, plan); null for a provider's plain route.</summary>
    public RouteVariant? Variant { get; init; }
    public required string ProviderName { get; init; }
    public string? ApiId { get; init; }
    public TokenPrices? Price { get; init; }
    public required bool HasCompletePrice { get; init; }
    public required bool IsFreeTier { get; init; }
    public required RouteStatus Status { get; init; }
    /// <summary>How the price rules see the route: maker's own, costed, unusually low, its seller kind.</summary>
    public required RouteStanding Standing { get; init; }
    /// <summary>The route's mark ("list price", "unusually low, reseller", "deprecated, not costed"); null when ordinary.</summary>
    public string? Badge => Standing.Badge;
    public required string InputText { get; init; }
    public required string OutputText { get; init; }
    public required string CacheReadText { get; init; }
    public required string CacheWriteText { get; init; }
    public required string TiersText { get; init; }
    public required string ContextText { get; init; }
    public required string MaxOutputText { get; init; }
    public required string StatusText { get; init; }
    public required string SourceUrl { get; init; }
    public required DateOnly Checked { get; init; }
    public required string CheckedText { get; init; }
    /// <summary>The monthly bill on this route at the page's traffic; null when the route is not costed.</summary>
    public decimal? MonthlyAtTraffic { get; init; }
}

/// <summary>One capability with what each side's data says. Unknown (null) is not "No".</summary>
public sealed record CapabilityRow(Capability Capability, string Name, bool? A, bool? B, string AText, string BText);

/// <summary>Like-for-like benchmark rows, or, when the pair shares none, each model's own best-known scores.</summary>
public sealed record BenchmarkSection(
    ImmutableArray<BenchmarkRow> Shared,
    string Summary,
    ImmutableArray<ScoreView> AOwn,
    ImmutableArray<ScoreView> BOwn,
    string? AOwnText,
    string? BOwnText)
{
    /// <summary>The rows whose scores are comparable (a leader or "about the same"); the others name no leader.</summary>
    public int Compared => Shared.Count(r => r.Leader != Side.None);

    /// <summary>On how many rows <paramref name="side"/> leads by at least the benchmark's margin.</summary>
    public int Leads(Side side) => Shared.Count(r => r.Leader == side);
}

/// <summary>
/// A benchmark (same slug and protocol) both models have a score on. When the scores are comparable
/// (<see cref="Basis"/>), <see cref="Leader"/> is the side ahead by at least the benchmark's margin, or
/// <see cref="Side.Tie"/> when they are about the same; otherwise <see cref="Side.None"/>, and
/// <see cref="LeaderText"/> says why they cannot be compared.
/// </summary>
public sealed record BenchmarkRow(
    string BenchmarkSlug,
    string Name,
    BenchmarkCategory Category,
    string? Variant,
    bool HigherIsBetter,
    ScoreView A,
    ScoreView B,
    Side Leader,
    string LeaderText)
{
    public ScoreBasis Basis { get; init; }
}

/// <summary>What a benchmark row sets against each other.</summary>
public enum ScoreBasis
{
    /// <summary>Two independent runs from the same source.</summary>
    Independent,
    /// <summary>The two makers' own claims.</summary>
    MakersClaims,
    /// <summary>Two figures one other party reported on one page (a rival maker's comparison): neither independent nor the makers' own.</summary>
    Reported,
    /// <summary>Scores of different kinds, sources or settings: shown side by side, not compared.</summary>
    NotComparable,
}

/// <summary>
/// One score ready to print. <see cref="Variant"/> is the setting's protocol (how the benchmark was run; scores are
/// compared only when it is the same), <see cref="Configuration"/> how the model was run. <see cref="BarFraction"/>
/// is 0..1 of the benchmark's scale, for a chart. <see cref="DateText"/> is "date not given" when the source dates no run.
/// </summary>
public sealed record ScoreView(
    string BenchmarkSlug,
    string BenchmarkName,
    string? Variant,
    decimal Value,
    string ValueText,
    bool SelfReported,
    string SourceName,
    string SourceUrl,
    DateOnly? Date,
    string DateText,
    decimal BarFraction)
{
    /// <summary>How the model was run ("high effort", "32K thinking budget"); shown beside the score, never matched.</summary>
    public string? Configuration { get; init; }

    /// <summary>Who stands behind the figure: an independent run, the maker's claim, or another party's report (<see cref="SourceName"/> names it).</summary>
    public ScoreKind Kind { get; init; } = SelfReported ? ScoreKind.MakersClaim : ScoreKind.Independent;

    /// <summary>"Independent", "The maker" or "Reported by anthropic.com": the source kind in a leaderboard's words.</summary>
    public string KindText => Kind switch { ScoreKind.MakersClaim => "The maker", ScoreKind.Reported => $"Reported by {SourceName}", _ => "Independent" };

    /// <summary>The source's own words about the run (a harness, a description).</summary>
    public string? Notes { get; init; }

    /// <summary>The measured cost of the run, from the score's own source and date.</summary>
    public RunCost? Cost { get; init; }

    /// <summary>"$0.75 per task", or null when the source measured no cost.</summary>
    public string? CostText => Cost is { } c ? Formatting.RunCost(c) : null;
}

/// <summary>Longer prose built from the differences, with the 70/30 blends of the list or market prices it quotes.</summary>
public sealed record DeepDiveSection(
    ImmutableArray<string> Paragraphs,
    decimal? ABlend,
    decimal? BBlend,
    decimal? BlendGap);

/// <summary>A question and its answer; the page emits these as FAQPage JSON-LD too.</summary>
public sealed record FaqItem(string Question, string Answer);

/// <summary>"Continue comparing" links: up to four per side.</summary>
public sealed record RelatedSection(ImmutableArray<RelatedLink> ForA, ImmutableArray<RelatedLink> ForB);

/// <summary>A link to another pair page. Slugs are in ordinal order, as in <see cref="Path"/>.</summary>
public sealed record RelatedLink(string FirstSlug, string SecondSlug, string Label, RelatedReason Reason, string ReasonText)
{
    public string Path => ComparisonEngine.CanonicalPath(FirstSlug, SecondSlug);
}

public enum RelatedReason
{
    Successor,
    Predecessor,
    SameMaker,
    SimilarPrice,
    SimilarCapabilities,
    SimilarPriceAndCapabilities,
}

/// <summary>When the data was last reviewed, and the open datasets it draws on.</summary>
public sealed record LastReviewedSection(DateOnly Date, string DateText, ImmutableArray<DataSourceCredit> Credits, string Text);
