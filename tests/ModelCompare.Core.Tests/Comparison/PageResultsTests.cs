using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The one engine result each page reads: profile, side by side, provider, leaderboard and the picker.</summary>
public class PageResultsTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static CatalogSnapshot DeepSeekFamily() => new TestCatalogBuilder()
        .Provider("deepseek", "DeepSeek")
        .Provider("openrouter", "OpenRouter")
        .Provider("cheapo", "Cheapo")
        .Model("deepseek-v3-2", "DeepSeek V3.2", "deepseek", m => m with
        {
            Family = "deepseek",
            ReleaseDate = new DateOnly(2025, 12, 1),
            ContextWindow = 163_840,
            MaxOutput = 65_536,
            RetirementDate = new DateOnly(2026, 10, 1),
        })
        .Model("deepseek-v3-1", "DeepSeek V3.1", "deepseek", m => m with { Family = "deepseek", ReleaseDate = new DateOnly(2025, 8, 1), SuccessorSlug = "deepseek-v3-2" })
        .Model("deepseek-v3", "DeepSeek V3", "deepseek", m => m with { Family = "deepseek", ReleaseDate = new DateOnly(2024, 12, 26), SuccessorSlug = "deepseek-v3-2" })
        .Model("deepseek-r1", "DeepSeek R1", "deepseek", m => m with { ReleaseDate = new DateOnly(2025, 1, 20) })
        .Model("lonely", "Lonely", "nobody")
        .Route("deepseek", "deepseek-v3-2", 0.28m, 0.42m)
        .Route("openrouter", "deepseek-v3-2", 0.3m, 0.5m)
        .Route("cheapo", "deepseek-v3-2", 0.1m, 0.1m)
        .Route("openrouter", "deepseek-v3-1", 0.3m, 1m)
        .Route("cheapo", "deepseek-v3-1", 0.2m, 0.8m)
        .Route("openrouter", "deepseek-r1", 0m, 0m, r => r with { IsFreeTier = true })
        .Build();

    // Profile

    [Fact]
    public void A_profile_answers_the_context_question_with_the_models_name_not_it()
    {
        var c = DeepSeekFamily();

        var profile = Engine(c).Profile(Engine(c).Describe(c.FindModel("deepseek-v3-2")!, TrafficProfile.Default));

        Assert.Equal("It reads up to 164K tokens and writes up to 65.5K tokens per response.", profile.Tldr[1]);
        Assert.Contains(profile.Faq, f => f.Answer == "DeepSeek V3.2 reads up to 164K tokens and writes up to 65.5K tokens per response.");
    }

    [Fact]
    public void A_profile_names_what_it_replaces_and_when_it_retires()
    {
        var c = DeepSeekFamily();

        var profile = Engine(c).Profile(Engine(c).Describe(c.FindModel("deepseek-v3-2")!, TrafficProfile.Default));

        Assert.Equal(["deepseek-v3-1", "deepseek-v3"], profile.Predecessors.Select(m => m.Slug));
        Assert.Equal("DeepSeek V3.2 replaces DeepSeek V3.1 and DeepSeek V3.", profile.ReplacesText);
        Assert.Null(profile.Successor);
        Assert.Equal(Sentences.Retirement("DeepSeek V3.2", new DateOnly(2026, 10, 1), new DateOnly(2026, 7, 1)), profile.RetirementText);
        Assert.Equal("DeepSeek", profile.Pricing.Rows.Single(r => r.Standing.IsMakerOwn).ProviderName);
    }

    [Fact]
    public void A_profile_headlines_the_list_price_and_a_model_without_one_says_why()
    {
        var c = DeepSeekFamily();

        var priced = Engine(c).Profile(Engine(c).Describe(c.FindModel("deepseek-v3-2")!, TrafficProfile.Default));
        var lonely = Engine(c).Profile(Engine(c).Describe(c.FindModel("lonely")!, TrafficProfile.Default));

        Assert.StartsWith("List price: $0.28 input and $0.42 output per 1M tokens from DeepSeek.", priced.PriceHeadline, StringComparison.Ordinal);
        Assert.Equal(lonely.Facts.NoPriceReason ?? Sentences.NotAvailable("Lonely"), lonely.PriceHeadline);
        Assert.Null(lonely.ReplacesText);
        Assert.Null(lonely.RetirementText);
        Assert.Null(lonely.Tiers);
    }

    [Fact]
    public void An_older_model_of_the_family_points_to_its_successor_only_while_that_one_is_sold_without_an_end()
    {
        // In the family, DeepSeek V3.2 has a retirement date: it is no upgrade to point to.
        var c = DeepSeekFamily();
        var profile = Engine(c).Profile(Engine(c).Describe(c.FindModel("deepseek-v3")!, TrafficProfile.Default));
        Assert.Null(profile.Successor);
        Assert.DoesNotContain(profile.Tldr, l => l.StartsWith("Upgrade to", StringComparison.Ordinal));

        var active = new TestCatalogBuilder()
            .Provider("deepseek", "DeepSeek")
            .Model("deepseek-v3-2", "DeepSeek V3.2", "deepseek", m => m with { ReleaseDate = new DateOnly(2025, 12, 1) })
            .Model("deepseek-v3", "DeepSeek V3", "deepseek", m => m with { ReleaseDate = new DateOnly(2024, 12, 26), SuccessorSlug = "deepseek-v3-2" })
            .Route("deepseek", "deepseek-v3", 0.27m, 1.1m)
            .Route("deepseek", "deepseek-v3-2", 0.28m, 0.42m)
            .Build();
        var upgraded = Engine(active).Profile(Engine(active).Describe(active.FindModel("deepseek-v3")!, TrafficProfile.Default));
        Assert.Equal("deepseek-v3-2", upgraded.Successor?.Slug);
        Assert.Contains("Upgrade to DeepSeek V3.2: the catalog lists it as the successor of DeepSeek V3.", upgraded.Tldr);
    }

    // Side by side

    private static CatalogSnapshot ThreeModels() => new TestCatalogBuilder()
        .Provider("openai", "OpenAI").Provider("deepseek", "DeepSeek").Provider("anthropic", "Anthropic").Provider("h1", "Host One")
        .Model("gpt-4o", "GPT-4o", "openai", m => m with { ContextWindow = 128_000, Capabilities = TestCatalogBuilder.Caps((Capability.Vision, true)) })
        .Model("deepseek-v3-2", "DeepSeek V3.2", "deepseek", m => m with { ContextWindow = 163_840, Capabilities = TestCatalogBuilder.Caps((Capability.Vision, false)) })
        .Model("claude", "Claude", "anthropic")
        .Route("openai", "gpt-4o", 2.5m, 10m)
        .Route("deepseek", "deepseek-v3-2", 0.28m, 0.42m)
        .Route("h1", "claude", 3m, 15m)
        .Benchmark("gpqa", "GPQA Diamond")
        .Benchmark("mmlu", "MMLU")
        .Benchmark("swe", "SWE-bench")
        .Score("gpqa", "gpt-4o", 50m)
        .Score("gpqa", "deepseek-v3-2", 80m, selfReported: true)
        .Score("mmlu", "gpt-4o", 88m)
        .Score("mmlu", "deepseek-v3-2", 89m)
        .Score("mmlu", "claude", 90m)
        .Score("swe", "claude", 70m)
        .Build();

    [Fact]
    public void Side_by_side_prices_follow_the_list_or_market_price_at_the_traffic()
    {
        var c = ThreeModels();
        var traffic = TrafficProfile.FromQuery("10", "2", null).Profile;

        var many = Engine(c).CompareMany([c.FindModel("gpt-4o")!, c.FindModel("deepseek-v3-2")!, c.FindModel("claude")!], traffic);

        Assert.Equal("GPT-4o, DeepSeek V3.2, and Claude compared", many.Title);
        Assert.Equal(["List", "List", "Market (1 provider)"], Row(many.Prices, "Price basis"));
        Assert.Equal(["$2.50/1M tokens", "$0.28/1M tokens", "$3/1M tokens"], Row(many.Prices, "Input price"));
        // 10M x $2.50 + 2M x $10 = $45; 10M x $0.28 + 2M x $0.42 = $3.64; 10M x $3 + 2M x $15 = $60.
        Assert.Equal([Formatting.MonthlyTotal(45m), Formatting.MonthlyTotal(3.64m), Formatting.MonthlyTotal(60m)], Row(many.Prices, "Monthly cost at this traffic"));
        Assert.Equal(["1", "1", "1"], Row(many.Prices, "Providers"));
    }

    [Fact]
    public void Side_by_side_ranks_the_most_widely_shared_benchmarks_first_and_drops_those_only_one_model_has()
    {
        var c = ThreeModels();

        var many = Engine(c).CompareMany([c.FindModel("gpt-4o")!, c.FindModel("deepseek-v3-2")!, c.FindModel("claude")!], TrafficProfile.Default);

        Assert.Equal(["MMLU", "GPQA Diamond"], many.SharedBenchmarks.Select(r => r.Label));
        Assert.Equal(["88%", "89%", "90%"], many.SharedBenchmarks[0].Values.ToArray());
        Assert.Equal(["50%", "80% (self-reported)", Formatting.Missing], many.SharedBenchmarks[1].Values.ToArray());
    }

    [Fact]
    public void Side_by_side_links_every_pair_once_and_keeps_the_order_asked_for()
    {
        var c = ThreeModels();

        var many = Engine(c).CompareMany([c.FindModel("gpt-4o")!, c.FindModel("deepseek-v3-2")!, c.FindModel("gpt-4o")!, c.FindModel("claude")!], TrafficProfile.Default);

        Assert.Equal(["gpt-4o", "deepseek-v3-2", "claude"], many.Facts.Select(f => f.Slug));
        Assert.Equal(
            ["/compare/deepseek-v3-2-vs-gpt-4o", "/compare/claude-vs-gpt-4o", "/compare/claude-vs-deepseek-v3-2"],
            many.Pairs.Select(p => p.Path));
        Assert.Equal(["Yes", "No", "Unknown"], Row(many.Capabilities, Formatting.CapabilityName(Capability.Vision)));
        Assert.Equal(["128K tokens", "164K tokens", Formatting.Unknown], Row(many.Specs, "Context window"));
    }

    private static string[] Row(IEnumerable<MultiRow> rows, string label) => [.. rows.Single(r => r.Label == label).Values];

    // Provider

    [Fact]
    public void A_provider_page_shows_a_free_tier_as_free_and_counts_unusually_low_prices()
    {
        var c = DeepSeekFamily();

        var openrouter = new ComparisonEngine(c).Provider(c.FindProvider("openrouter")!);
        var cheapo = new ComparisonEngine(c).Provider(c.FindProvider("cheapo")!);

        var free = openrouter.Routes.Single(r => r.Model.Slug == "deepseek-r1");
        Assert.Equal(("Free tier or plan", "Free tier or plan", Formatting.Missing), (free.InputText, free.OutputText, free.CacheReadText));
        Assert.Equal(["DeepSeek R1", "DeepSeek V3.1", "DeepSeek V3.2"], openrouter.Routes.Select(r => r.Model.Name));
        Assert.Null(openrouter.UnusuallyLowText);
        // $0.10/$0.10 is a blend of $0.10 against DeepSeek's own $0.322: more than half below.
        Assert.Equal(
            "1 price on Cheapo is unusually low: more than half below the model's list or market price. They are marked in the table below and never used as a model's headline price.",
            cheapo.UnusuallyLowText);
    }

    [Fact]
    public void The_providers_list_gives_each_provider_by_name_with_its_role_and_counts()
    {
        var c = DeepSeekFamily();

        var rows = new ComparisonEngine(c).Providers();

        Assert.Equal(c.Providers.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase), rows.Select(r => r.Provider.Name));
        var cheapo = rows.Single(r => r.Provider.Slug == "cheapo");
        var deepseek = rows.Single(r => r.Provider.Slug == "deepseek");
        // Cheapo makes nothing and serves V3.1 and V3.2, the cheapest route for both; DeepSeek makes four and serves V3.2 alone.
        Assert.Equal(("Host", "0", "2", "2"), (cheapo.RoleText, cheapo.MadeText, cheapo.ServedText, cheapo.CheapestForText));
        Assert.Equal(("4", "1", "0"), (deepseek.MadeText, deepseek.ServedText, deepseek.CheapestForText));
    }

    [Fact]
    public void A_provider_page_lists_the_models_it_is_the_cheapest_route_for_with_that_blend()
    {
        var c = DeepSeekFamily();

        var cheapo = new ComparisonEngine(c).Provider(c.FindProvider("cheapo")!);
        var deepseek = new ComparisonEngine(c).Provider(c.FindProvider("deepseek")!);

        // Cheapo: V3.1 at 0.7 x $0.20 + 0.3 x $0.80 = $0.38; V3.2 at 0.7 x $0.10 + 0.3 x $0.10 = $0.10.
        Assert.Equal([("DeepSeek V3.1", "$0.38"), ("DeepSeek V3.2", "$0.10")], cheapo.CheapestFor.Select(e => (e.Model.Name, e.BlendText)));
        Assert.Equal(2, new ComparisonEngine(c).Providers().Single(r => r.Provider.Slug == "cheapo").CheapestFor);
        Assert.Empty(deepseek.CheapestFor);
        Assert.Equal(["deepseek-v3-2", "deepseek-v3-1", "deepseek-r1", "deepseek-v3"], deepseek.Made.Select(m => m.Slug));
        Assert.Equal("Serves models from other makers", cheapo.Role);
        Assert.Equal("DeepSeek serves 4 models; it is the cheapest route for 0 models. Prices per 1M tokens with sources.", deepseek.Description);
    }

    [Theory]
    [InlineData(true, true, "Makes models and serves them")]
    [InlineData(true, false, "Makes models")]
    [InlineData(false, true, "Serves models from other makers")]
    public void A_providers_role_reads(bool maker, bool host, string expected) => Assert.Equal(expected, Sentences.ProviderRole(maker, host));

    [Fact]
    public void Two_unusually_low_prices_are_plural() =>
        Assert.StartsWith("2 prices on Cheapo are unusually low:", Sentences.ProviderUnusuallyLow("Cheapo", 2), StringComparison.Ordinal);

    // Leaderboard

    [Fact]
    public void A_leaderboard_ranks_independent_runs_in_every_setting_together_and_carries_each_models_price()
    {
        var c = new TestCatalogBuilder()
            .Provider("x", "X")
            .Model("a", "A", "x").Model("b", "B", "x").Model("d", "D", "x")
            .Route("x", "a", 1m, 2m)
            .Benchmark("gpqa", "GPQA Diamond")
            .Score("gpqa", "a", 60m).Score("gpqa", "b", 70m).Score("gpqa", "d", 65m)
            .Score("gpqa", "a", 75m, variant: "5-shot")
            .Build();

        var result = new ComparisonEngine(c).Leaderboard(c.FindBenchmark("gpqa")!);

        // A's 5-shot run is its best independent score: one table, the setting on the row.
        Assert.Equal(["a", "b", "d"], result.Main!.Entries.Select(e => e.Model.Slug));
        Assert.Equal(("5-shot", LeaderboardKind.Independent), (result.Main.Entries[0].Score.Variant, result.Main.Kind));
        Assert.Empty(result.Others);
        Assert.Equal(3, result.Charted.Length);
        Assert.Equal(PriceBasis.List, result.Main.Entries.Single(e => e.Model.Slug == "a").Price!.Basis);
        Assert.Equal(PriceBasis.None, result.Main.Entries.Single(e => e.Model.Slug == "b").Price!.Basis);
        // One priced model of three is too few for a price against score chart.
        Assert.Null(result.PriceScore);
        Assert.Equal("GPQA Diamond (reasoning): 3 scores, ranked, each with its source, date and whether the maker reported it.", result.Description);
    }

    [Fact]
    public void The_makers_own_claims_are_ranked_apart_and_never_top_the_independent_runs()
    {
        var c = new TestCatalogBuilder()
            .Provider("x", "X")
            .Model("gpt", "GPT", "x").Model("rival", "Rival", "x").Model("claimer", "Claimer", "x")
            .Benchmark("aime", "AIME 2025", BenchmarkCategory.Math)
            .Score("aime", "gpt", 94.6m, variant: "no tools")
            .Score("aime", "rival", 93.9m)
            .Score("aime", "gpt", 99.6m, selfReported: true, source: "GPT Labs", variant: "with tools")
            .Score("aime", "claimer", 98m, selfReported: true, source: "Claimer Inc")
            .Build();

        var result = new ComparisonEngine(c).Leaderboard(c.FindBenchmark("aime")!);

        Assert.Equal(["gpt", "rival"], result.Main!.Entries.Select(e => e.Model.Slug));
        Assert.All(result.Main.Entries, e => Assert.False(e.Score.SelfReported));
        var claims = Assert.Single(result.Others);
        Assert.Equal(LeaderboardKind.MakersClaims, claims.Kind);
        Assert.Equal(["gpt", "claimer"], claims.Entries.Select(e => e.Model.Slug));
        Assert.Equal("gpt", new ComparisonEngine(c).BenchmarkIndex().Categories.Single().Benchmarks.Single().Leader!.Model.Slug);
    }

    [Fact]
    public void A_benchmark_with_only_makers_claims_has_them_as_its_main_leaderboard()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x")
            .Benchmark("hle", "HLE")
            .Score("hle", "a", 20m, selfReported: true, source: "A Labs").Score("hle", "b", 25m, selfReported: true, source: "B Labs")
            .Build();

        var result = new ComparisonEngine(c).Leaderboard(c.FindBenchmark("hle")!);

        Assert.Equal((LeaderboardKind.MakersClaims, 1), (result.Main!.Kind, result.Boards.Length));
        Assert.Equal(["b", "a"], result.Main.Entries.Select(e => e.Model.Slug));
    }

    [Fact]
    public void A_leaderboard_without_scores_is_empty_and_says_none()
    {
        var c = new TestCatalogBuilder().Model("a", "A", "x").Benchmark("gpqa", "GPQA Diamond").Build();

        var result = new ComparisonEngine(c).Leaderboard(c.FindBenchmark("gpqa")!);

        Assert.Empty(result.Boards);
        Assert.Null(result.Main);
        Assert.Empty(result.Charted);
        Assert.Equal("GPQA Diamond (reasoning): 0 scores, ranked, each with its source, date and whether the maker reported it.", result.Description);
    }

    // Benchmarks page

    [Fact]
    public void The_benchmark_index_groups_by_category_in_order_counts_models_and_names_each_leader()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x").Model("b", "B", "x").Model("d", "D", "x")
            .Benchmark("ruler", "RULER", BenchmarkCategory.LongContext)
            .Benchmark("gpqa", "GPQA Diamond")
            .Benchmark("aime", "AIME", BenchmarkCategory.Math)
            .Benchmark("arc", "ARC")
            .Score("gpqa", "a", 60m).Score("gpqa", "b", 70m)
            .Score("gpqa", "d", 90m, variant: "5-shot")
            .Score("aime", "d", 40m)
            .Build();

        var index = new ComparisonEngine(c).BenchmarkIndex();

        // Categories in their declared order (reasoning, math, long context), benchmarks by name within each.
        Assert.Equal(["Reasoning", "Math", "Long context"], index.Categories.Select(g => g.Name));
        Assert.Equal(["arc", "gpqa"], index.Categories[0].Benchmarks.Select(b => b.Benchmark.Slug));
        Assert.Equal(4, index.BenchmarkCount);
        var gpqa = index.Categories[0].Benchmarks[1];
        // Three models have a GPQA score; the main leaderboard ranks independent runs in every setting together: D's 90 on 5-shot.
        Assert.Equal(3, gpqa.ModelsScored);
        Assert.Equal("d", gpqa.Leader!.Model.Slug);
        Assert.Null(index.Categories[0].Benchmarks[0].Leader);
        Assert.Equal(0, index.Categories[0].Benchmarks[0].ModelsScored);
    }

    [Fact]
    public void A_leaderboard_names_its_category_in_words() =>
        Assert.StartsWith("RULER (long context):", Sentences.LeaderboardDescription("RULER", BenchmarkCategory.LongContext, 2), StringComparison.Ordinal);

    // Picker

    [Fact]
    public void The_picker_marks_the_newest_of_a_family_and_shows_maker_date_and_price()
    {
        var entries = new ComparisonEngine(DeepSeekFamily()).PickerEntries();

        Assert.Equal(["DeepSeek R1", "DeepSeek V3", "DeepSeek V3.1", "DeepSeek V3.2", "Lonely"], entries.Select(e => e.Name));
        Assert.Equal(["deepseek-v3-2"], entries.Where(e => e.IsNewest).Select(e => e.Slug));
        Assert.Equal("DeepSeek V3.2 (DeepSeek, Dec 1, 2025, list price $0.28 in / $0.42 out per 1M, newest)", entries.Single(e => e.Slug == "deepseek-v3-2").Label);
        Assert.Equal("DeepSeek V3.1 (DeepSeek, Aug 1, 2025, market price $0.25 in / $0.90 out per 1M)", entries.Single(e => e.Slug == "deepseek-v3-1").Label);
        Assert.Equal("Lonely (nobody, release date unknown, no price)", entries.Single(e => e.Slug == "lonely").Label);
    }

    [Fact]
    public void A_model_whose_successor_is_in_the_catalog_is_never_the_newest()
    {
        var c = new TestCatalogBuilder()
            .Model("a", "A", "x", m => m with { Family = "f", ReleaseDate = new DateOnly(2025, 1, 1), SuccessorSlug = "b" })
            .Model("b", "B", "x", m => m with { Family = "f", ReleaseDate = new DateOnly(2025, 1, 1) })
            .Model("c", "C", "y", m => m with { Family = "f", ReleaseDate = new DateOnly(2026, 1, 1) })
            .Build();

        // C shares the family name but has another maker, and a family of one has no newest.
        Assert.Equal(["b"], new ComparisonEngine(c).PickerEntries().Where(e => e.IsNewest).Select(e => e.Slug));
    }

    [Theory]
    [InlineData(null, "no price")]
    [InlineData("free", "free from its maker")]
    public void A_picker_price_without_a_figure_says_so(string? kind, string expected)
    {
        var b = new TestCatalogBuilder().Provider("x", "X").Model("a", "A", "x");
        if (kind == "free")
        {
            b.Route("x", "a", 0m, 0m, r => r with { IsFreeTier = true });
        }

        var c = b.Build();

        Assert.Equal(expected, Sentences.PickerPrice(new ComparisonEngine(c).PriceOf(c.FindModel("a")!)));
    }

    // Home

    [Fact]
    public void The_cheapest_capable_note_states_the_rule_it_is_drawn_from() =>
        Assert.Equal(
            "Models with function calling or tool use and at least 128K tokens of context, by the 70/30 blend of their list price per 1M tokens (the market price when the maker sells no API).",
            Sentences.CheapestCapableNote());
}
