using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class ProfileFactsTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static CatalogSnapshot Catalog() => new TestCatalogBuilder()
        .Provider("deepseek", "DeepSeek")
        .Provider("openrouter", "OpenRouter")
        .Model("deepseek-v3-2", "DeepSeek V3.2", "deepseek", m => m with
        {
            ReleaseDate = new DateOnly(2025, 12, 1),
            ContextWindow = 163_840,
            MaxOutput = 65_536,
            Parameters = new ParameterCount(671m, 37m),
            OpenWeights = true,
            License = "MIT",
            SuccessorSlug = "deepseek-v4",
            Capabilities = TestCatalogBuilder.Caps((Capability.Reasoning, true), (Capability.FunctionCalling, true), (Capability.Vision, false)),
        })
        .Model("deepseek-v4", "DeepSeek V4", "deepseek", m => m with { ReleaseDate = new DateOnly(2026, 3, 1) })
        .Model("deepseek-v3-1", "DeepSeek V3.1", "deepseek", m => m with { ReleaseDate = new DateOnly(2025, 8, 1), SuccessorSlug = "deepseek-v3-2" })
        .Model("lonely", "Lonely", "nobody")
        .Route("deepseek", "deepseek-v3-2", 0.28m, 0.42m, r => r with
        {
            Price = new TokenPrices(0.28m, 0.42m, 0.028m),
            BatchPrice = new TokenPrices(0.14m, 0.21m),
            Tiers = [new PriceTier(200_000, new TokenPrices(0.56m, 0.84m))],
            History =
            [
                new PricePoint(new DateOnly(2025, 9, 5), PriceEvent.Added, new TokenPrices(0.56m, 1.68m)),
                new PricePoint(new DateOnly(2025, 12, 1), PriceEvent.Changed, new TokenPrices(0.28m, 0.42m)),
            ],
        })
        .Route("openrouter", "deepseek-v3-2", 0.3m, 0.5m)
        .Route("openrouter", "deepseek-v4", 0.3m, 0.5m)
        .Benchmark("gpqa", "GPQA Diamond")
        .Score("gpqa", "deepseek-v3-2", 79.9m)
        .Score("gpqa", "deepseek-v4", 85m)
        .Score("gpqa", "deepseek-v3-1", 70m, variant: "5-shot")
        .Build();

    private static ModelFacts Facts(CatalogSnapshot c, string slug) => Engine(c).Describe(c.FindModel(slug)!, TrafficProfile.Default);

    [Fact]
    public void The_tldr_names_size_maker_limits_list_price_use_and_upgrade()
    {
        var c = Catalog();

        var tldr = ProfileFacts.Tldr(c, Facts(c, "deepseek-v3-2"));

        Assert.Equal(
        [
            "DeepSeek V3.2 is a 671B total, 37B active-parameter model from DeepSeek, released Dec 1, 2025.",
            "It reads up to 164K tokens and writes up to 65.5K tokens per response.",
            "List price: $0.28 input and $0.42 output per 1M tokens from DeepSeek.",
            "Best for self-hosting and tool-using agents, going by its features; no benchmark puts it in the top quarter of models with comparable scores.",
            "Upgrade to DeepSeek V4: the catalog lists it as the successor of DeepSeek V3.2.",
        ], tldr.ToArray());
    }

    [Fact]
    public void The_tldr_of_a_model_with_no_data_says_what_is_missing()
    {
        var c = Catalog();

        var tldr = ProfileFacts.Tldr(c, Facts(c, "lonely"));

        Assert.Equal(
        [
            "Lonely is a model from nobody.",
            "Lonely is not available from any tracked provider.",
            "Best for general chat.",
        ], tldr.ToArray());
    }

    [Fact]
    public void A_derived_best_for_names_the_benchmarks_it_ranks_high_on_among_comparable_scores()
    {
        var builder = new TestCatalogBuilder().Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding);
        foreach (var (slug, value) in new[] { ("top", 80m), ("m2", 70m), ("m3", 60m), ("m4", 50m), ("m5", 40m) })
        {
            builder.Model(slug, slug.ToUpperInvariant(), "maker").Score("swe", slug, value);
        }

        // A maker's claim is ranked only among claims: one claim ranks nothing, however high.
        var c = builder.Model("claimer", "Claimer", "maker").Score("swe", "claimer", 99m, selfReported: true, source: "Claimer Inc").Build();

        var top = Facts(c, "top");
        Assert.Equal("Best for coding: in the top quarter of models with comparable scores on SWE-bench Verified.", ProfileFacts.Tldr(c, top).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)));
        Assert.DoesNotContain(DecisionFit.Coding, Facts(c, "claimer").DecisionFit);
    }

    [Fact]
    public void A_best_for_ties_benchmarks_only_to_their_own_use_and_says_when_they_are_the_makers_own_claims()
    {
        // Five makers' own MMMU claims (a multimodal benchmark), "top" the highest; "top" also has the largest
        // context window of the five, which ranks it for long-document work without any long-context benchmark.
        var builder = new TestCatalogBuilder().Benchmark("mmmu", "MMMU", BenchmarkCategory.Multimodal);
        foreach (var (slug, value, context) in new[] { ("top", 80m, 400_000L), ("m2", 70m, 128_000L), ("m3", 60m, 64_000L), ("m4", 50m, 32_000L), ("m5", 40m, 16_000L) })
        {
            builder.Model(slug, slug.ToUpperInvariant(), "maker", m => m with { ContextWindow = context })
                .Score("mmmu", slug, value, selfReported: true, source: $"{slug} Inc");
        }

        var c = builder.Build();
        var top = Facts(c, "top");

        Assert.Equal(
            "Best for long-document work and image and document input: long-document work going by its features; image and document input in the top quarter of models with comparable scores on MMMU, by the makers' own claims.",
            ProfileFacts.Tldr(c, top).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)));

        // With independent runs of a long-context benchmark, each use names its own benchmarks and only the claims say so.
        builder.Benchmark("ruler", "RULER", BenchmarkCategory.LongContext);
        foreach (var (slug, value) in new[] { ("top", 90m), ("m2", 80m), ("m3", 70m), ("m4", 60m), ("m5", 50m) })
        {
            builder.Score("ruler", slug, value);
        }

        c = builder.Build();
        Assert.Equal(
            "Best for long-document work and image and document input: long-document work in the top quarter of models with comparable scores on RULER; image and document input in the top quarter of models with comparable scores on MMMU, by the makers' own claims.",
            ProfileFacts.Tldr(c, Facts(c, "top")).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)));

        // A use resting on both kinds names which of its benchmarks are the makers' own claims.
        builder.Benchmark("mrcr", "MRCR", BenchmarkCategory.LongContext);
        foreach (var (slug, value) in new[] { ("top", 90m), ("m2", 80m), ("m3", 70m), ("m4", 60m), ("m5", 50m) })
        {
            builder.Score("mrcr", slug, value, selfReported: true, source: $"{slug} Inc");
        }

        c = builder.Build();
        Assert.StartsWith(
            "Best for long-document work and image and document input: long-document work in the top quarter of models with comparable scores on MRCR and RULER, MRCR by the makers' own claims; ",
            ProfileFacts.Tldr(c, Facts(c, "top")).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_best_for_ranks_a_model_only_among_runs_in_the_same_harness()
    {
        // Five runs in one agent, "last" the lowest of them; twelve weaker runs of other models in another agent.
        // Against all seventeen, "last" would beat 12 of 16 (the top quarter); on its own leaderboard it beats none.
        var builder = new TestCatalogBuilder().Benchmark("terminal", "Terminal-Bench", BenchmarkCategory.Coding);
        foreach (var (slug, value) in new[] { ("first", 95m), ("m2", 90m), ("m3", 80m), ("m4", 70m), ("last", 60m) })
        {
            builder.Model(slug, slug.ToUpperInvariant(), "maker").Score("terminal", slug, value, variant: "Terminus 2 harness");
        }

        for (var i = 0; i < 12; i++)
        {
            builder.Model($"w{i}", $"W{i}", "maker").Score("terminal", $"w{i}", 10m + i, variant: "Codex harness");
        }

        var c = builder.Build();

        var last = Facts(c, "last");
        Assert.DoesNotContain(DecisionFit.Coding, last.DecisionFit);
        Assert.Equal("Best for general chat.", ProfileFacts.Tldr(c, last).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)));
        Assert.Equal(
            "Best for coding: in the top quarter of models with comparable scores on Terminal-Bench.",
            ProfileFacts.Tldr(c, Facts(c, "first")).Single(l => l.StartsWith("Best for", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_best_for_ranks_a_model_only_among_scores_from_the_same_source()
    {
        // Four weak independent runs by one source and one strong run of "solo" by another: "solo" has nothing
        // comparable to rank against, though it would top a pool of all five.
        var builder = new TestCatalogBuilder().Benchmark("swe", "SWE-bench Verified", BenchmarkCategory.Coding);
        foreach (var (slug, value) in new[] { ("m1", 40m), ("m2", 30m), ("m3", 20m), ("m4", 10m) })
        {
            builder.Model(slug, slug.ToUpperInvariant(), "maker").Score("swe", slug, value, source: "swebench.com");
        }

        var c = builder.Model("solo", "Solo", "maker").Score("swe", "solo", 90m, source: "Epoch AI").Build();

        Assert.DoesNotContain(DecisionFit.Coding, Facts(c, "solo").DecisionFit);
    }

    [Theory]
    [InlineData(128_000L, 8_192L, "It reads up to 128K tokens and writes up to 8,192 tokens per response.")]
    [InlineData(128_000L, null, "It reads up to 128K tokens; its largest output is not recorded.")]
    [InlineData(null, 4_096L, "It writes up to 4,096 tokens per response; its context window is not recorded.")]
    [InlineData(null, null, null)]
    public void Limits_are_worded_for_every_combination_of_known_values(long? context, long? output, string? expected) =>
        Assert.Equal(expected, Sentences.ProfileLimits(context, output));

    [Fact]
    public void Pricing_tiers_list_cache_hit_batch_and_prompt_size_tiers_of_the_list_route()
    {
        var c = Catalog();

        var tiers = ProfileFacts.Tiers(c, Facts(c, "deepseek-v3-2"))!;

        Assert.Equal(("deepseek", "DeepSeek", PriceBasis.List), (tiers.ProviderSlug, tiers.Source, tiers.Basis));
        Assert.Equal(
        [
            new PricingTierRow("Standard (cache miss)", "$0.28/1M tokens", "$0.42/1M tokens"),
            new PricingTierRow("Cache hit", "$0.028/1M tokens", "—"),
            new PricingTierRow("Batch", "$0.14/1M tokens", "$0.21/1M tokens"),
            new PricingTierRow("Prompts above 200K tokens", "$0.56/1M tokens", "$0.84/1M tokens"),
        ], tiers.Rows.ToArray());
    }

    [Fact]
    public void Price_history_runs_from_the_first_point_to_the_checked_date()
    {
        var c = Catalog();

        var history = ProfileFacts.History(c, Facts(c, "deepseek-v3-2")).Chart!;

        Assert.Equal("deepseek", history.ProviderSlug);
        Assert.Equal(2, history.Steps.Length);
        Assert.Equal(new PriceStep(new DateOnly(2025, 12, 1), PriceEvent.Changed, 0.28m, 0.42m), history.Steps[1]);
        Assert.Equal(TestCatalogBuilder.Reviewed, history.Until);
        Assert.Null(ProfileFacts.History(c, Facts(c, "deepseek-v4")).Chart);
    }

    [Fact]
    public void A_removal_is_a_step_without_a_price()
    {
        var route = new Route
        {
            ProviderSlug = "p",
            ModelSlug = "m",
            SourceUrl = "https://example.com",
            Checked = TestCatalogBuilder.Reviewed,
            History = [new PricePoint(new DateOnly(2026, 1, 1), PriceEvent.Removed, null)],
        };

        Assert.Equal(new PriceStep(new DateOnly(2026, 1, 1), PriceEvent.Removed, null, null), Assert.Single(ProfileFacts.Steps(route)));
    }

    [Fact]
    public void Peers_share_a_benchmark_with_the_same_variant()
    {
        var c = Catalog();

        var peers = ProfileFacts.Peers(c, c.FindModel("deepseek-v3-2")!);
        var rows = ProfileFacts.PeerBenchmarks(c, Facts(c, "deepseek-v3-2"), peers);

        Assert.Equal(["deepseek-v4"], peers.Select(p => p.Slug));
        Assert.Equal("85%", Assert.Single(rows).Peers[0]!.ValueText);
    }

    [Fact]
    public void Useful_comparisons_start_with_the_successor_then_predecessors_then_the_same_maker()
    {
        var c = Catalog();

        var links = new ComparisonEngine(c, FixedClock.ReviewDay).Alternatives(c.FindModel("deepseek-v3-2")!, count: ProfileFacts.ComparisonCount);

        Assert.Equal(["/compare/deepseek-v3-2-vs-deepseek-v4", "/compare/deepseek-v3-1-vs-deepseek-v3-2"], links.Select(l => l.Path));
        Assert.Equal([RelatedReason.Successor, RelatedReason.Predecessor], links.Select(l => l.Reason));
    }

    [Fact]
    public void The_faq_answers_cost_limits_openness_availability_features_and_successor()
    {
        var c = Catalog();

        var faq = ProfileFacts.Faq(c, Facts(c, "deepseek-v3-2"), TestCatalogBuilder.Reviewed);

        Assert.Equal("List price: $0.28 input and $0.42 output per 1M tokens from DeepSeek. 2 providers offer DeepSeek V3.2.", faq[0].Answer);
        Assert.Equal("DeepSeek V3.2 reads up to 164K tokens and writes up to 65.5K tokens per response.", faq[1].Answer);
        Assert.Equal("DeepSeek V3.2 has open weights under the MIT license.", faq[2].Answer);
        Assert.Equal("DeepSeek V3.2 is available from DeepSeek and OpenRouter.", faq[3].Answer);
        Assert.Equal("DeepSeek V3.2 supports reasoning and function calling. It does not support vision.", faq[4].Answer);
        Assert.Equal("What replaces DeepSeek V3.2?", faq[5].Question);
    }

    [Fact]
    public void A_single_provider_is_counted_in_the_singular_and_a_market_price_says_what_it_is_drawn_from()
    {
        var model = new Model { Slug = "m", Name = "M", MakerSlug = "maker", LastReviewed = TestCatalogBuilder.Reviewed };
        var route = new Route { ProviderSlug = "x", ModelSlug = "m", Price = new TokenPrices(1m, 2m), SourceUrl = "https://example.com", Checked = TestCatalogBuilder.Reviewed };
        var price = PriceRules.For(model, [route], slug => new Provider { Slug = slug, Name = "X", LastReviewed = TestCatalogBuilder.Reviewed });

        Assert.Equal(
            "Market price: $1 input and $2 output per 1M tokens, the one provider's price. 1 provider offers M.",
            Sentences.ProfileFaqCostAnswer("M", price, 1));
    }

    [Fact]
    public void The_faq_names_the_cheapest_route_beside_the_list_price_with_its_mark()
    {
        var c = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("relay", "Relay")
            .Model("m", "M", "maker")
            .Route("maker", "m", 3m, 15m)
            .Route("relay", "m", 0.43m, 2.14m)
            .Build();

        // 0.7 × 0.43 + 0.3 × 2.14 = 0.943 against 0.7 × 3 + 0.3 × 15 = 6.6: 85.7% below the list price.
        Assert.Equal(
            "List price: $3 input and $15 output per 1M tokens from Maker. Cheapest route: $0.43 input and $2.14 output on Relay (unusually low). 2 providers offer M.",
            ProfileFacts.Faq(c, Facts(c, "m"), TestCatalogBuilder.Reviewed)[0].Answer);
    }

    [Fact]
    public void A_stealth_listing_named_as_the_cheapest_route_carries_its_label()
    {
        // Kilo's stealth listing sells at $4/$20 against the maker's $5/$25: cheaper, not unusually low.
        var c = new TestCatalogBuilder()
            .Provider("anthropic", "Anthropic").Provider("kilo", "Kilo Gateway")
            .Model("opus", "Opus", "anthropic")
            .Route("anthropic", "opus", 5m, 25m)
            .Route("kilo", "opus", 4m, 20m, r => r with { Variant = new RouteVariant(RouteVariantKind.Other, "stealth", "stealth listing") })
            .Build();

        Assert.Contains("Cheapest route: $4 input and $20 output on Kilo Gateway (stealth listing).", ProfileFacts.Tldr(c, Facts(c, "opus"), TestCatalogBuilder.Reviewed));
    }

    [Fact]
    public void The_meta_description_fits_in_160_characters()
    {
        var c = Catalog();

        var text = ProfileFacts.MetaDescription(Facts(c, "deepseek-v3-2"));

        Assert.Equal("DeepSeek V3.2 by DeepSeek: 164K-token context, list price $0.28 input / $0.42 output per 1M tokens, on 2 providers. Specs, prices, benchmarks and capabilities.", text);
        Assert.True(text.Length <= 160);
    }

    [Fact]
    public void Feed_summaries_read_the_old_and_new_prices()
    {
        Assert.Equal(
            "DeepSeek V3.2 on DeepSeek: input $0.56 → $0.28, output $1.68 → $0.42 per 1M tokens.",
            Sentences.PriceChangeSummary("DeepSeek V3.2", "DeepSeek", new TokenPrices(0.56m, 1.68m), new TokenPrices(0.28m, 0.42m), PriceEvent.Changed));
        Assert.Equal("DeepSeek no longer lists DeepSeek V3.2.", Sentences.PriceChangeSummary("DeepSeek V3.2", "DeepSeek", null, null, PriceEvent.Removed));
    }
}
