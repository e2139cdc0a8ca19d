using System.Collections.Immutable;

namespace ModelCompare.Comparison;

/// <summary>
/// What a page's share image (the 1200x630 og:image) says, worded by the engine from the page's own
/// result: the image is drawn from this alone, so it never disagrees with the page.
/// </summary>
public sealed record SharePreview
{
    /// <summary>
    /// The longest caption the image draws whole: two lines of 30 px text across the card's width hold about 120
    /// characters of the site's sans-serif; 110 leaves room for word wrap.
    /// </summary>
    public const int MaxCaptionLength = 110;

    /// <summary>"GPT-4o vs DeepSeek V3.2", or a model's name.</summary>
    public required string Title { get; init; }

    /// <summary>A line under the title (a profile's maker and release), or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Two cards on a pair (one per model, in page order), three on a profile.</summary>
    public required ImmutableArray<PreviewCard> Cards { get; init; }

    /// <summary>The verdict's first sentence on a pair; what the model is best for on a profile.</summary>
    public required string Caption { get; init; }

    /// <summary>What the figures are: the traffic and price basis.</summary>
    public required string Footnote { get; init; }

    /// <summary>The image in words, for og:image:alt.</summary>
    public required string AltText { get; init; }

    /// <summary>
    /// A short digest of everything drawn, for the image's address (<c>?v=</c>): it changes exactly when the
    /// picture's words or figures do, so a page's bytes do not change with unrelated data.
    /// </summary>
    public string Version
    {
        get
        {
            var text = string.Join('\u001f', new[] { Title, Subtitle ?? string.Empty, Caption, Footnote }
                .Concat(Cards.Select(c => string.Join('\u001e', c.Heading, c.Subheading, c.Figure, c.FigureCaption, c.Detail, c.Highlight ? "1" : "0", c.Warning ? "1" : "0"))));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
        }
    }
}

/// <summary>
/// One box of the image: an optional heading and subheading (a model's name and maker), a large figure
/// and what it measures, and a detail line. <see cref="Highlight"/> marks the verdict's pick; <see cref="Warning"/>
/// marks a detail that warns (a model its maker has deprecated or retired), drawn in the warning colour.
/// </summary>
public sealed record PreviewCard(string? Heading, string? Subheading, string Figure, string FigureCaption, string? Detail, bool Highlight = false, bool Warning = false);

/// <summary>Builds the share previews of the pair page and the model profile from their engine results.</summary>
public static class SharePreviews
{
    /// <summary>
    /// A pair: each model's monthly cost at the comparison's traffic and price basis (the bill the page
    /// headlines), its maker and context window, or in its place the status of a model its maker has
    /// deprecated or retired (the page's own status cell); the verdict's first sentence; the recommended side highlighted.
    /// </summary>
    public static SharePreview Pair(PairComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var c = comparison;
        var summary = c.Summary;
        string? StatusOf(Side side) => (side == Side.A ? summary.LifecycleA : summary.LifecycleB) == ModelCompare.Catalog.ModelStatus.Active
            ? null
            : side == Side.A ? summary.StatusA : summary.StatusB;
        PreviewCard Card(ModelFacts f, ModelCost cost, Side side) => new(
            f.Name,
            f.MakerName,
            cost.AmountText,
            cost.Bill is null ? Sentences.PreviewNoPrice : Sentences.PreviewPerMonth,
            StatusOf(side) ?? Sentences.PreviewContext(f.RankingContext),
            c.Verdict.Recommended == side,
            StatusOf(side) is not null);
        // The decisive reason, worded by the engine to fit the card: never a sentence cut mid-figure.
        var verdict = c.Summary.ShareLine.Length > 0 ? c.Summary.ShareLine : c.Verdict.Sentences.IsDefaultOrEmpty ? c.Verdict.Text : c.Verdict.Sentences[0];
        var title = Sentences.RelatedLabel(c.A.Name, c.B.Name);
        return new SharePreview
        {
            Title = title,
            Cards = [Card(c.A, c.MonthlyCost.A, Side.A), Card(c.B, c.MonthlyCost.B, Side.B)],
            Caption = verdict,
            Footnote = Sentences.PreviewCostBasis(c.MonthlyCost.BasisPhrase, c.Traffic),
            AltText = Sentences.PreviewPairAlt(title, c.A.Name, c.MonthlyCost.A.Bill?.Monthly, c.A.RankingContext, StatusOf(Side.A), c.B.Name, c.MonthlyCost.B.Bill?.Monthly, c.B.RankingContext, StatusOf(Side.B), c.Traffic, verdict),
        };
    }

    /// <summary>
    /// A model: its monthly cost at <paramref name="facts"/>' traffic at its list price (or market price
    /// when its maker sells none), those input and output prices, its context window, and what it is best for.
    /// </summary>
    public static SharePreview Profile(ModelFacts facts, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(traffic);
        var cost = facts.ReferenceBill;
        var prices = facts.Price.Reference is { Input: { } input, Output: { } output } ? (Input: input, Output: output) : ((decimal Input, decimal Output)?)null;
        return new SharePreview
        {
            Title = facts.Name,
            Subtitle = Sentences.PreviewMaker(facts.MakerName, facts.Model.ReleaseDate),
            Cards =
            [
                new(null, null, cost?.MonthlyText ?? Sentences.Unavailable, cost is null ? Sentences.PreviewNoPrice : Sentences.PreviewPerMonth, null),
                new(null, null, prices is { } p ? Sentences.PreviewPrices(p.Input, p.Output) : Sentences.Unavailable, Sentences.PreviewPricesCaption, null),
                new(null, null, facts.RankingContext is { } context ? Formatting.Tokens(context) : Formatting.Unknown, Sentences.PreviewContextCaption, null),
            ],
            Caption = Sentences.ProfileBestFor(facts.BestFor),
            Footnote = Sentences.PreviewCostBasis(Sentences.PreviewReferenceBasis(facts.Price.Basis), traffic),
            AltText = Sentences.PreviewProfileAlt(facts.Name, facts.MakerName, cost?.Monthly, prices?.Input, prices?.Output, facts.RankingContext, traffic, facts.BestFor),
        };
    }

    /// <summary>
    /// A provider page: how many models it serves, makes and is the cheapest route for (the page's three
    /// lists), under its name and role; the page's description as the caption.
    /// </summary>
    public static SharePreview Provider(ProviderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var served = result.Routes.Select(r => r.Model.Slug).Distinct(StringComparer.Ordinal).Count();
        return new SharePreview
        {
            Title = result.Provider.Name,
            Subtitle = result.Role,
            Cards =
            [
                new(null, null, Formatting.Count(served), Sentences.PreviewServedCaption, null),
                new(null, null, Formatting.Count(result.Made.Length), Sentences.PreviewMadeCaption, null),
                new(null, null, Formatting.Count(result.CheapestFor.Length), Sentences.PreviewCheapestForCaption, null),
            ],
            Caption = result.Description,
            Footnote = Sentences.PreviewProviderFootnote,
            AltText = Sentences.PreviewProviderAlt(result.Provider.Name, served, result.Made.Length, result.CheapestFor.Length),
        };
    }

    /// <summary>How many leaders a leaderboard's preview shows as cards.</summary>
    public const int LeaderCards = 3;

    /// <summary>
    /// A benchmark's leaderboard: the main board's first <see cref="LeaderCards"/> models with their scores
    /// (the first highlighted), under the benchmark's name; the page's description as the caption.
    /// </summary>
    public static SharePreview Leaderboard(LeaderboardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var board = result.Main ?? result.Boards.FirstOrDefault(b => b.Ranked);
        var leaders = board is null ? [] : board.Entries.Take(LeaderCards).ToImmutableArray();
        ImmutableArray<PreviewCard> cards = leaders.IsEmpty
            ? [new(null, null, Sentences.Unavailable, Sentences.PreviewNoScores, null)]
            : [.. leaders.Select(e => new PreviewCard(e.Model.Name, Sentences.PreviewRank(e.Rank), e.Score.ValueText, Sentences.PreviewScoreCaption, null, e.Rank == 1))];
        return new SharePreview
        {
            Title = Sentences.PreviewLeaderboardTitle(result.Benchmark.Name),
            Cards = cards,
            Caption = result.Description,
            Footnote = Sentences.PreviewLeaderboardFootnote,
            AltText = Sentences.PreviewLeaderboardAlt(result.Benchmark.Name, leaders.Select(e => (e.Rank, e.Model.Name, e.Score.ValueText))),
        };
    }

    /// <summary>
    /// A hub (the home page, the lists, the open data): its heading, the catalog's counts of models, makers
    /// and providers, and the page's description as the caption.
    /// </summary>
    public static SharePreview Hub(string title, string description, int models, int makers, int providers)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        return new SharePreview
        {
            Title = title,
            Cards =
            [
                new(null, null, Formatting.Count(models), Sentences.PreviewModelsCaption, null),
                new(null, null, Formatting.Count(makers), Sentences.PreviewMakersCaption, null),
                new(null, null, Formatting.Count(providers), Sentences.PreviewProvidersCaption, null),
            ],
            Caption = description,
            Footnote = Sentences.PreviewHubFootnote,
            AltText = Sentences.PreviewHubAlt(title, models, makers, providers),
        };
    }
}
