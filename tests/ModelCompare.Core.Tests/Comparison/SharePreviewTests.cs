using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The share image's words, read from the reference pair (DeepSeek V3.2 at $364 at its list price, GPT-4 Vision Preview at $18,000).</summary>
public class SharePreviewTests
{
    private static readonly CatalogSnapshot Catalog = ReferenceCatalog.Build();
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static PairComparison Pair(string a, string b) =>
        Engine(Catalog).Compare(Catalog.FindModel(a)!, Catalog.FindModel(b)!, TrafficProfile.Default);

    [Fact]
    public void A_pair_preview_shows_each_models_monthly_cost_maker_and_context_and_the_verdicts_decisive_reason()
    {
        var preview = SharePreviews.Pair(Pair(ReferenceCatalog.Gpt4V, ReferenceCatalog.DeepSeek));

        Assert.Equal("DeepSeek V3.2 vs GPT-4 Vision Preview", preview.Title);
        Assert.Equal(
            [
                new PreviewCard("DeepSeek V3.2", "DeepSeek", "$364", "a month", "164K-token context", Highlight: true),
                new PreviewCard("GPT-4 Vision Preview", "OpenAI", "$18,000", "a month", "Deprecated, retires on Dec 6, 2026", Highlight: false, Warning: true),
            ],
            preview.Cards.ToArray());
        // The page's verdict line is too long for the card: the choice and the reason that decides it, whole.
        Assert.Equal("Choose DeepSeek V3.2: it costs 49x less at this traffic.", preview.Caption);
        Assert.Equal("At list and market prices, for 1,000M input and 200M output tokens a month", preview.Footnote);
        Assert.Equal(
            "DeepSeek V3.2 vs GPT-4 Vision Preview. DeepSeek V3.2: $364 a month, 164K-token context. GPT-4 Vision Preview: $18,000 a month, 128K-token context, Deprecated, retires on Dec 6, 2026. "
            + "For 1,000M input and 200M output tokens a month. " + preview.Caption,
            preview.AltText);
    }

    [Fact]
    public void A_retired_model_says_so_on_its_card_and_the_version_changes_with_it()
    {
        static CatalogSnapshot Two(DateOnly? retires) => new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "lab", m => m with { RetirementDate = retires, ContextWindow = 128_000 })
            .Model("beta", "Beta", "lab", m => m with { ContextWindow = 200_000 })
            .Route("host", "alpha", 1m, 1m)
            .Route("host", "beta", 2m, 2m)
            .Build();
        static SharePreview PreviewOf(CatalogSnapshot catalog) =>
            SharePreviews.Pair(Engine(catalog).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default));

        var retired = PreviewOf(Two(new DateOnly(2026, 1, 1)));
        var active = PreviewOf(Two(null));

        Assert.Equal(("Retired on Jan 1, 2026", true), (retired.Cards[0].Detail, retired.Cards[0].Warning));
        Assert.Equal(("200K-token context", false), (retired.Cards[1].Detail, retired.Cards[1].Warning));
        Assert.Contains("Alpha: $1,200 a month, 128K-token context, Retired on Jan 1, 2026.", retired.AltText, StringComparison.Ordinal);
        Assert.Equal(("128K-token context", false), (active.Cards[0].Detail, active.Cards[0].Warning));
        Assert.NotEqual(active.Version, retired.Version);
    }

    [Fact]
    public void The_version_changes_with_what_is_drawn_and_not_with_the_alt_text()
    {
        var preview = SharePreviews.Pair(Pair(ReferenceCatalog.Gpt4V, ReferenceCatalog.DeepSeek));

        Assert.Matches("^[0-9a-f]{12}$", preview.Version);
        Assert.Equal(preview.Version, (preview with { AltText = "other words" }).Version);
        Assert.NotEqual(preview.Version, (preview with { Cards = [preview.Cards[0] with { Figure = "$327" }, preview.Cards[1]] }).Version);
        Assert.NotEqual(preview.Version, (preview with { Caption = preview.Caption + " " }).Version);
    }

    [Fact]
    public void An_unpriced_model_says_so_and_the_priced_one_is_the_pick()
    {
        var preview = SharePreviews.Pair(Pair(ReferenceCatalog.Qwen, ReferenceCatalog.Gpt4V));

        var qwen = preview.Cards[1];
        Assert.Equal(("Qwen3.5-4B", "Unavailable", "no sourced price", false), (qwen.Heading, qwen.Figure, qwen.FigureCaption, qwen.Highlight));
        Assert.True(preview.Cards[0].Highlight);
        Assert.Contains("Qwen3.5-4B: no sourced price, 262K-token context.", preview.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_preview_shows_the_monthly_cost_the_cheapest_prices_the_context_and_what_it_is_best_for()
    {
        var facts = Engine(Catalog).Describe(Catalog.FindModel(ReferenceCatalog.DeepSeek)!, TrafficProfile.Default);

        var preview = SharePreviews.Profile(facts, TrafficProfile.Default);

        Assert.Equal(("DeepSeek V3.2", "DeepSeek, released Dec 1, 2025"), (preview.Title, preview.Subtitle));
        Assert.Equal(
            [
                new PreviewCard(null, null, "$364", "a month", null),
                new PreviewCard(null, null, "$0.28 / $0.42", "input / output per 1M tokens", null),
                new PreviewCard(null, null, "164K", "tokens of context", null),
            ],
            preview.Cards.ToArray());
        Assert.Equal($"Best for {facts.BestFor}.", preview.Caption);
        Assert.Equal(
            $"DeepSeek V3.2 by DeepSeek: $364 a month for 1,000M input and 200M output tokens a month, $0.28 / $0.42 per 1M input / output tokens, 164K-token context. Best for {facts.BestFor}.",
            preview.AltText);
    }

    [Fact]
    public void A_model_without_price_or_context_says_so_in_words()
    {
        var c = new TestCatalogBuilder().Provider("m", "Maker").Model("bare", "Bare", "m").Build();
        var facts = Engine(c).Describe(c.FindModel("bare")!, TrafficProfile.Default);

        var preview = SharePreviews.Profile(facts, TrafficProfile.Default);

        Assert.Equal("Maker", preview.Subtitle);
        Assert.Equal(["Unavailable", "Unavailable", "Unknown"], preview.Cards.Select(x => x.Figure));
        Assert.StartsWith("Bare by Maker: no sourced price, unknown context window. Best for ", preview.AltText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(128_000L, "128K-token context")]
    [InlineData(1_048_576L, "1.05M-token context")]
    [InlineData(null, "unknown context window")]
    public void The_context_line_reads_the_window_or_says_it_is_unknown(long? tokens, string text) =>
        Assert.Equal(text, Sentences.PreviewContext(tokens));
}
