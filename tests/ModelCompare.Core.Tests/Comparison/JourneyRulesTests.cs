using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The rules that move a reader between pages: search, pairs typed as text, popular pairs, alternatives.</summary>
public class JourneyRulesTests
{
    private static readonly CatalogSnapshot Catalog = JourneyCatalog.Build();
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    [Theory]
    [InlineData("deepseek", new[] { "deepseek-v3-2", "deepseek-r1", "deepseek-v3" })]
    [InlineData("openai", new[] { "o3", "gpt-4-1", "gpt-4o-mini", "gpt-4o" })]
    [InlineData("gpt", new[] { "gpt-4-1", "gpt-4o-mini", "gpt-4o" })]
    [InlineData("gpt-4o", new[] { "gpt-4o", "gpt-4o-mini" })]
    public void Search_ranks_exact_matches_first_then_newer_models(string query, string[] slugs) =>
        Assert.Equal(slugs, ModelSearch.Search(Catalog, query).Select(h => h.Model.Slug));

    [Theory]
    [InlineData("sonnet claude", "claude-sonnet-4-5", MatchRank.Words)]
    [InlineData("anthropic sonnet", "claude-sonnet-4-5", MatchRank.Words)]
    [InlineData("claud sonet", "claude-sonnet-4-5", MatchRank.Typo)]
    [InlineData("Claude Sonet 4.5", "claude-sonnet-4-5", MatchRank.Typo)]
    [InlineData("gemnii 2.5 pro", "gemini-2-5-pro", MatchRank.Typo)]
    [InlineData("deepsek r1", "deepseek-r1", MatchRank.Typo)]
    public void Search_forgives_word_order_and_typos(string query, string slug, MatchRank rank)
    {
        var hit = Assert.Single(ModelSearch.Search(Catalog, query));

        Assert.Equal((slug, rank), (hit.Model.Slug, hit.Rank));
    }

    [Theory]
    [InlineData("gpt 5")] // a digit never matches by typo: GPT-5 is not GPT-4o
    [InlineData("qwen")] // under four letters or unlike any word
    [InlineData("claude opus")] // every word must match: "opus" is no typo of a word here
    public void Search_does_not_stretch_a_typo_into_another_model(string query) =>
        Assert.Empty(ModelSearch.Search(Catalog, query));

    [Fact]
    public void Typo_matches_are_left_out_when_the_query_matches_as_typed()
    {
        var c = new TestCatalogBuilder()
            .Model("llama-3", "Llama 3", "meta")
            .Model("llava", "LLaVA", "liuhaotian")
            .Build();

        // "llama" is one edit from "llava", but it matches Llama 3 as typed.
        Assert.Equal(["llama-3"], ModelSearch.Search(c, "llama").Select(h => h.Model.Slug));
        Assert.Equal(["llava"], ModelSearch.Search(c, "lava").Select(h => h.Model.Slug));
    }

    [Fact]
    public void A_typo_still_finds_the_best_match_for_the_swapper() =>
        Assert.Equal("claude-sonnet-4-5", ModelSearch.Best(Catalog, "claud sonet")?.Slug);

    [Fact]
    public void An_exact_name_beats_an_exact_api_id_of_a_newer_model()
    {
        var c = new TestCatalogBuilder()
            .Model("gpt-4o", "GPT-4o", "openai", m => m with { ReleaseDate = new DateOnly(2024, 5, 13) })
            .Model("gpt-4o-new", "GPT-4o (Nov)", "openai", m => m with { ReleaseDate = new DateOnly(2024, 11, 20), ApiIds = ["gpt-4o"] })
            .Build();

        Assert.Equal(["gpt-4o", "gpt-4o-new"], ModelSearch.Search(c, "gpt-4o").Select(h => h.Model.Slug));
    }

    [Theory]
    [InlineData("deepseek", "deepseek-v3-2")]
    [InlineData("DeepSeek V3", "deepseek-v3")]
    [InlineData("gpt4o", "gpt-4o")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("claude-sonnet-4-5", "claude-sonnet-4-5")]
    [InlineData("qqq", null)]
    [InlineData("  ", null)]
    public void The_best_match_is_a_slug_as_typed_or_the_first_search_hit(string text, string? slug) =>
        Assert.Equal(slug, ModelSearch.Best(Catalog, text)?.Slug);

    [Theory]
    [InlineData("gpt-4o vs deepseek", "gpt-4o", "deepseek")]
    [InlineData("GPT-4o VS DeepSeek", "GPT-4o", "DeepSeek")]
    [InlineData("  gpt-4o   vs.   deepseek v3  ", "gpt-4o", "deepseek v3")]
    [InlineData("gpt-4o vs.deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o Versus deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o or deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o against deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o compared to deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o Compared  With deepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o\tvs\ndeepseek", "gpt-4o", "deepseek")]
    [InlineData("gpt-4o-vs-deepseek-v3-2", "gpt-4o", "deepseek-v3-2")]
    public void Two_names_joined_by_a_separator_are_split(string query, string left, string right) =>
        Assert.Equal((left, right), PairQuery.Split(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o vs")]
    [InlineData("vs deepseek")]
    [InlineData("gpt-4o vs deepseek vs claude")]
    [InlineData("vsc orchestra")]
    [InlineData("gpt-4o vsdeepseek")]
    public void Text_that_does_not_join_two_names_is_not_a_pair(string? query) => Assert.Null(PairQuery.Split(query));

    [Fact]
    public void A_pair_query_resolves_each_side_to_its_best_match()
    {
        var found = PairQuery.Resolve(Catalog, "gpt-4o vs deepseek")!;

        Assert.Equal(("gpt-4o", "deepseek-v3-2"), (found.Left?.Slug, found.Right?.Slug));
        Assert.True(found.IsPair);
        Assert.Equal("/compare/deepseek-v3-2-vs-gpt-4o", found.PairPath);
    }

    [Fact]
    public void A_side_that_names_a_family_lists_its_models_and_an_exact_side_lists_none()
    {
        var found = PairQuery.Resolve(Catalog, "gpt-4o vs deepseek")!;

        Assert.True(found.IsAmbiguous);
        Assert.Empty(found.LeftChoices);
        Assert.Equal(["deepseek-v3-2", "deepseek-r1", "deepseek-v3"], found.RightChoices.Select(m => m.Slug));
        Assert.False(PairQuery.Resolve(Catalog, "gpt-4o vs DeepSeek V3.2")!.IsAmbiguous);
    }

    [Fact]
    public void A_side_that_matches_nothing_is_named_and_gives_no_pair_path()
    {
        var found = PairQuery.Resolve(Catalog, "GPT-4o compared to qqq")!;

        Assert.Equal("gpt-4o", found.Left?.Slug);
        Assert.Null(found.Right);
        Assert.False(found.IsPair);
        Assert.Null(found.PairPath);
        Assert.Equal(["qqq"], found.Unmatched);
    }

    [Fact]
    public void Both_sides_naming_one_model_is_the_same_model_not_a_pair()
    {
        var found = PairQuery.Resolve(Catalog, "gpt-4o or GPT4o")!;

        Assert.True(found.IsSameModel);
        Assert.False(found.IsPair);
    }

    [Fact]
    public void A_model_whose_own_name_holds_a_separator_is_searched_for_not_split()
    {
        var c = new TestCatalogBuilder().Model("this-or-that", "This or That", "m").Model("that", "That", "m").Build();

        Assert.Null(PairQuery.Resolve(c, "this or that"));
        Assert.Null(PairQuery.Resolve(Catalog, "gpt-4o"));
    }

    [Theory]
    [InlineData("gpt-4o-vs-o3", "gpt-4o", "o3")]
    [InlineData("GPT-4O-VS-O3", "gpt-4o", "o3")]
    public void A_pair_address_splits_into_lower_case_slugs(string segment, string left, string right) =>
        Assert.Equal((left, right), PairQuery.SplitPath(segment));

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o-vs-")]
    [InlineData("-vs-o3")]
    [InlineData("a-vs-b-vs-c")]
    [InlineData(null)]
    public void A_segment_without_exactly_one_pair_is_not_a_pair_address(string? segment) => Assert.Null(PairQuery.SplitPath(segment));

    [Fact]
    public void Suggested_pairs_for_two_typos_pair_each_sides_closest_models_best_guesses_first()
    {
        var pairs = Engine(Catalog).SuggestPairs("gpt-4oo", "deepseek-v33");

        Assert.Equal(
            [
                "/compare/deepseek-v3-vs-gpt-4o",
                "/compare/deepseek-v3-2-vs-gpt-4o",
                "/compare/deepseek-v3-vs-gpt-4-1",
                "/compare/deepseek-r1-vs-gpt-4o",
                "/compare/deepseek-v3-2-vs-gpt-4-1",
                "/compare/deepseek-v3-vs-gpt-4o-mini",
            ],
            pairs.Select(p => p.Path));
        Assert.Equal("DeepSeek V3 vs GPT-4o", pairs[0].Label);
    }

    [Fact]
    public void When_one_side_resembles_nothing_the_other_sides_alternatives_are_suggested()
    {
        var pairs = Engine(Catalog).SuggestPairs("gpt-4o", "zzzz");

        Assert.Equal(
            ["/compare/gpt-4o-vs-o3", "/compare/gemini-2-5-pro-vs-gpt-4o", "/compare/gpt-4-1-vs-gpt-4o", "/compare/claude-sonnet-4-5-vs-gpt-4o", "/compare/gpt-4o-vs-gpt-4o-mini", "/compare/gpt-4o-vs-pixtral"],
            pairs.Select(p => p.Path));
    }

    [Fact]
    public void Nothing_is_suggested_when_neither_side_resembles_a_model() =>
        Assert.Empty(Engine(Catalog).SuggestPairs("zzzz", "qqqq"));

    [Fact]
    public void A_suggestion_never_pairs_a_model_with_itself() =>
        Assert.All(Engine(Catalog).SuggestPairs("gpt-4o", "gpt-4o", 20), p => Assert.NotEqual(p.First.Slug, p.Second.Slug));

    [Fact]
    public void Popular_pairs_are_drawn_across_makers_with_no_maker_in_more_than_a_quarter()
    {
        var pairs = CatalogHighlights.PopularPairs(new SnapshotView(Catalog), 12, TestCatalogBuilder.Reviewed);

        Assert.Equal(
            [
                "/compare/claude-sonnet-4-5-vs-gpt-4o",
                "/compare/gemini-2-5-pro-vs-gpt-4o",
                "/compare/claude-sonnet-4-5-vs-gpt-4-1",
                "/compare/deepseek-v3-vs-gemini-2-5-pro",
                "/compare/claude-haiku-3-5-vs-deepseek-v3",
            ],
            pairs.Select(p => p.Path));
        var plan = new ComparisonEngine(Catalog).IndexPlan;
        Assert.All(pairs, p => Assert.True(plan.IsIndexed(p.First.Slug, p.Second.Slug), p.Path));
        Assert.All(pairs, p => Assert.NotEqual(p.First.MakerSlug, p.Second.MakerSlug));
    }

    [Fact]
    public void A_short_list_lets_each_maker_in_once()
    {
        var pairs = CatalogHighlights.PopularPairs(new SnapshotView(Catalog), 4, TestCatalogBuilder.Reviewed);

        Assert.Equal(["/compare/claude-sonnet-4-5-vs-gpt-4o", "/compare/deepseek-v3-vs-gemini-2-5-pro"], pairs.Select(p => p.Path));
    }

    [Fact]
    public void Alternatives_alternate_the_makers_own_models_with_other_makers_closest_in_price_and_capabilities()
    {
        var links = Engine(Catalog).Alternatives(Catalog.FindModel("gpt-4o")!);

        Assert.Equal(
            [
                ("/compare/gpt-4o-vs-o3", RelatedReason.SameMaker),
                ("/compare/gemini-2-5-pro-vs-gpt-4o", RelatedReason.SimilarPriceAndCapabilities),
                ("/compare/gpt-4-1-vs-gpt-4o", RelatedReason.SameMaker),
                ("/compare/claude-sonnet-4-5-vs-gpt-4o", RelatedReason.SimilarPriceAndCapabilities),
            ],
            links.Select(l => (l.Path, l.Reason)));
        Assert.Equal("Similar price and capabilities", links[1].ReasonText);
    }

    [Fact]
    public void Alternatives_start_with_the_successor_and_skip_the_pairs_other_model()
    {
        var links = Engine(Catalog).Alternatives(Catalog.FindModel("deepseek-v3")!, exclude: Catalog.FindModel("gpt-4o-mini"));

        Assert.Equal(
            [
                ("/compare/deepseek-v3-vs-deepseek-v3-2", RelatedReason.Successor),
                ("/compare/claude-haiku-3-5-vs-deepseek-v3", RelatedReason.SimilarCapabilities),
                ("/compare/deepseek-r1-vs-deepseek-v3", RelatedReason.SameMaker),
                ("/compare/deepseek-v3-vs-o3", RelatedReason.SimilarCapabilities),
            ],
            links.Select(l => (l.Path, l.Reason)));
    }

    [Fact]
    public void A_maker_with_one_model_is_offered_other_makers_models_one_maker_at_a_time()
    {
        var links = Engine(Catalog).Alternatives(Catalog.FindModel("pixtral")!);

        // By distance alone o3 and GPT-4o (both OpenAI) would come before Claude Haiku 3.5.
        Assert.Equal(["gpt-4-1", "gemini-2-5-pro", "claude-haiku-3-5", "o3"], links.Select(l => l.FirstSlug == "pixtral" ? l.SecondSlug : l.FirstSlug));
        Assert.All(links, l => Assert.Equal(RelatedReason.SimilarPrice, l.Reason));
    }
}
