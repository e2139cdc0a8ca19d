using System.Collections.Immutable;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>
/// What the bill assumes about thinking, said where it is assumed: the three-valued thinking mode, the note beside the
/// bill of a model whose mode is unknown, an upgrade's saving that rests on assumed reasoning tokens, and a price read
/// on a page that is not the seller's own. Figures worked out by hand at the default traffic (1,000M in, 200M out).
/// </summary>
public class AssumedReasoningTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static CatalogSnapshot Upgrade(decimal nextInput, decimal nextOutput) => new TestCatalogBuilder()
        .Provider("openai", "OpenAI")
        .Model("gpt-5", "GPT-5", "openai", m => m with { SuccessorSlug = "gpt-5-1", Modes = ["thinking"], Capabilities = Caps((Capability.Reasoning, true)) })
        .Model("gpt-5-1", "GPT-5.1", "openai", m => m with { Modes = ["non-thinking", "thinking"], Capabilities = Caps((Capability.Reasoning, true)) })
        .Route("openai", "gpt-5", 1.25m, 10m)
        .Route("openai", "gpt-5-1", nextInput, nextOutput)
        .Build();

    [Fact]
    public void The_thinking_mode_is_always_optional_or_unknown_for_a_reasoning_model()
    {
        Model M(ImmutableArray<string> modes, bool? reasoning) => new TestCatalogBuilder()
            .Provider("lab", "Lab")
            .Model("m", "M", "lab", m => m with { Modes = modes, Capabilities = reasoning is { } r ? Caps((Capability.Reasoning, r)) : CapabilitySet.Empty })
            .Build().FindModel("m")!;

        Assert.Equal(ThinkingMode.Always, M(["thinking"], true).Thinking);
        Assert.Equal(ThinkingMode.Optional, M(["non-thinking", "thinking"], true).Thinking);
        Assert.Equal(ThinkingMode.Unknown, M([], true).Thinking);
        Assert.Equal(ThinkingMode.NotReasoning, M([], false).Thinking);
        Assert.Equal(ThinkingMode.NotReasoning, M([], null).Thinking);
        Assert.True(M(["thinking"], true).AlwaysThinks);
        Assert.False(M([], true).AlwaysThinks);
    }

    [Fact]
    public void The_bill_of_a_reasoning_model_whose_mode_is_unknown_says_so_and_assumes_no_reasoning_tokens()
    {
        var c = new TestCatalogBuilder()
            .Provider("xai", "xAI").Provider("openai", "OpenAI")
            .Model("grok-x", "Grok X", "xai", m => m with { Capabilities = Caps((Capability.Reasoning, true)) })
            .Model("gpt-4-1", "GPT-4.1", "openai", m => m with { Capabilities = Caps((Capability.Reasoning, false)) })
            .Route("xai", "grok-x", 3m, 15m)
            .Route("openai", "gpt-4-1", 2m, 8m)
            .Build();

        var cost = Engine(c).Compare(c.FindModel("grok-x")!, c.FindModel("gpt-4-1")!, TrafficProfile.Default).MonthlyCost;

        var grok = new[] { cost.A, cost.B }.Single(m => m.ModelSlug == "grok-x");

        // 1,000M × $3 + 200M × $15 = $6,000: no reasoning line.
        Assert.Equal(6_000m, grok.Bill!.Monthly);
        Assert.DoesNotContain(grok.Bill.Lines, l => l.Kind == BillLineKind.Reasoning);
        Assert.Contains(
            "Whether Grok X thinks on every answer is unknown: no source says whether it can answer without thinking, so its bill counts no hidden reasoning tokens, which it may spend on top.",
            cost.Notes);
        Assert.DoesNotContain(cost.Notes, n => n.Contains("GPT-4.1 thinks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saving_that_comes_only_from_assumed_reasoning_tokens_is_not_stated_as_a_saving()
    {
        var c = Upgrade(1.25m, 10m);

        var upgrade = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default).Upgrade!;

        // GPT-5: 1,250 + 2,000 + 200M reasoning × $10 = $5,250; GPT-5.1: 1,250 + 2,000 = $3,250; the same prices.
        Assert.Equal(
            "At 1,000M input and 200M output tokens a month, GPT-5.1 costs $3,250 against $5,250 for GPT-5, a gap that rests on an assumption: GPT-5 is assumed to spend hidden reasoning tokens equal to 100% of its visible output, and without them the two cost the same.",
            upgrade.Changes[0]);
    }

    [Fact]
    public void A_saving_that_holds_without_the_assumption_states_the_assumption_in_the_same_sentence()
    {
        var c = Upgrade(1m, 8m);

        var upgrade = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default).Upgrade!;

        // GPT-5.1: 1,000 + 1,600 = $2,600 against $5,250: $2,650 less; without GPT-5's $2,000 of reasoning, $650 less.
        Assert.Equal(
            "At 1,000M input and 200M output tokens a month, GPT-5.1 costs $2,600 against $5,250 for GPT-5: $2,650 less, assuming GPT-5 spends hidden reasoning tokens equal to 100% of its visible output (without them, $650 less).",
            upgrade.Changes[0]);
    }

    [Fact]
    public void A_gap_that_turns_without_the_assumption_says_which_way()
    {
        Assert.Equal(
            "At T, New costs $3,000 against $2,800 for Old, a gap that rests on an assumption: each is assumed to spend hidden reasoning tokens equal to 50% of its visible output, and without them New costs $200 less than Old.",
            Sentences.UpgradeBill("New", 3_000m, "Old", 2_800m, "T", nextAssumed: 1_000m, oldAssumed: 600m, reasoningPercent: 50m));
        Assert.Equal(
            "At T, New costs $1,800 against $3,600 for Old: $1,800 less.",
            Sentences.UpgradeBill("New", 1_800m, "Old", 3_600m, "T"));
    }

    [Fact]
    public void A_price_read_on_a_page_not_the_sellers_own_says_what_the_page_is_on_its_bill_line()
    {
        var route = new Route
        {
            ProviderSlug = "openai",
            ModelSlug = "gpt-4o",
            Price = new TokenPrices(2.5m, 10m),
            BatchPrice = new TokenPrices(1.25m, 5m),
            PriceSources = new Dictionary<string, PriceSource>
            {
                ["batch"] = new("https://community.example.com/batch", new DateOnly(2026, 12, 4)) { Note = "a forum post, not a page of OpenAI's own" },
            }.ToImmutableSortedDictionary(StringComparer.Ordinal),
            SourceUrl = "https://models.dev/openai/gpt-4o",
            Checked = Reviewed,
        };

        var cost = Pricing.Cost(route, "OpenAI", TrafficProfile.Default with { Tier = ServiceTier.Batch })!;

        var output = cost.Lines.Single(l => l.Kind == BillLineKind.Output);
        Assert.Equal(1_000m, output.Amount);
        Assert.Equal("https://community.example.com/batch", output.SourceUrl);
        Assert.Equal("price read on a forum post, not a page of OpenAI's own", output.Note);
        Assert.Null(Pricing.Cost(route, "OpenAI", TrafficProfile.Default)!.Lines.Single(l => l.Kind == BillLineKind.Output).Note);
    }

    [Fact]
    public void The_verdicts_cost_sentence_is_followed_by_what_its_gap_rests_on()
    {
        // Same list price ($1.25/$10): GPT-5 always thinks, so its bill adds 200M assumed reasoning tokens × $10 = $2,000
        // to $3,250; GPT-5.1 (optional thinking) is billed $3,250. Without the assumption the two cost the same.
        var c = Upgrade(1.25m, 10m);
        var verdict = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default).Verdict.Sentences.ToList();

        var cost = verdict.FindIndex(s => s.Contains("GPT-5.1 costs 38.1% less than GPT-5 ($3,250 against $5,250 a month)", StringComparison.Ordinal));
        Assert.True(cost >= 0, string.Join("\n", verdict));
        Assert.Equal(
            "That gap rests on an assumption: GPT-5 is assumed to spend hidden reasoning tokens equal to 100% of its visible output; without them the two cost the same.",
            verdict[cost + 1]);
    }
    [Fact]
    public void The_scorecard_marks_a_lower_bill_that_rests_on_assumed_reasoning_tokens_as_the_verdict_does()
    {
        // Same list price ($1.25/$10): GPT-5 (always thinks) $5,250 with $2,000 of assumed reasoning, GPT-5.1 $3,250.
        // Without the assumption both cost $3,250, so the check on GPT-5.1's price says what it rests on.
        var c = Upgrade(1.25m, 10m);
        var page = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default);

        var price = page.Scorecard.Single(r => r.Signal == ScorecardSignal.Price);
        Assert.Equal(Side.B, price.Better);
        Assert.True(price.RestsOnAssumption);
        Assert.Equal("$1.25 / $10 (list price)", price.AText);
        Assert.Equal("$1.25 / $10 (list price); lower bill only with assumed reasoning tokens", price.BText);

        var tradeoff = page.Tradeoffs.Single(t => t.Kind == TradeoffKind.Price);
        Assert.Equal(Side.B, tradeoff.Favors);
        Assert.Equal("a lower bill that rests on assumed reasoning tokens", tradeoff.Edge);
        Assert.Equal(
            "At list prices, GPT-5.1 costs 38.1% less: $3,250 a month against $5,250 for GPT-5, a gap that rests on the hidden reasoning tokens GPT-5 is assumed to spend.",
            tradeoff.Text);
        Assert.DoesNotContain(page.Scorecard, r => r.AText.Contains("the lower bill", StringComparison.Ordinal) || r.BText.Contains("the lower bill", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Verdict.Sentences, s => s.Contains("the lower bill", StringComparison.Ordinal));
    }

    [Fact]
    public void The_faq_cost_answer_and_the_meta_description_say_what_a_gap_rests_on()
    {
        // Same list price ($1.25/$10): GPT-5.1 $3,250 against GPT-5's $5,250, of which $2,000 is assumed reasoning.
        var c = Upgrade(1.25m, 10m);
        var page = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default);

        var answer = page.Faq.Single(f => f.Question == "Which is cheaper, GPT-5 or GPT-5.1?").Answer;
        Assert.StartsWith("At list prices, GPT-5.1 is ", answer, StringComparison.Ordinal);
        Assert.EndsWith(
            "That gap rests on an assumption: GPT-5 is assumed to spend hidden reasoning tokens equal to 100% of its visible output; without them the two cost the same.",
            answer, StringComparison.Ordinal);
        Assert.Contains("for 1,000M input and 200M output tokens a month, counting assumed reasoning tokens", page.MetaDescription, StringComparison.Ordinal);

        // GPT-5.1 at $1/$8 stays $650 cheaper without the assumption: the meta description needs no qualifier, and the
        // FAQ still names the assumption its figures include.
        var plain = Upgrade(1m, 8m);
        var held = Engine(plain).Compare(plain.FindModel("gpt-5")!, plain.FindModel("gpt-5-1")!, TrafficProfile.Default);
        Assert.DoesNotContain("counting assumed reasoning tokens", held.MetaDescription, StringComparison.Ordinal);
        Assert.EndsWith(
            "The bills assume GPT-5 spends hidden reasoning tokens equal to 100% of its visible output; without them, GPT-5.1 costs $650 a month less than GPT-5.",
            held.Faq.Single(f => f.Question == "Which is cheaper, GPT-5 or GPT-5.1?").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorecard_checks_a_lower_bill_that_holds_without_the_assumption_plainly()
    {
        // GPT-5.1 at $1/$8: $2,600 against GPT-5's $5,250 (5,250 / 2,600 = 2.02, "2x less"); without GPT-5's $2,000 of
        // reasoning still $650 less.
        var c = Upgrade(1m, 8m);
        var page = Engine(c).Compare(c.FindModel("gpt-5")!, c.FindModel("gpt-5-1")!, TrafficProfile.Default);

        var price = page.Scorecard.Single(r => r.Signal == ScorecardSignal.Price);
        Assert.Equal(Side.B, price.Better);
        Assert.False(price.RestsOnAssumption);
        Assert.Equal("$1 / $8 (list price)", price.BText);
        var tradeoff = page.Tradeoffs.Single(t => t.Kind == TradeoffKind.Price);
        Assert.Equal("the lower bill", tradeoff.Edge);
        Assert.Equal("At list prices, GPT-5.1 costs 2x less: $2,600 a month against $5,250 for GPT-5.", tradeoff.Text);
    }

    [Fact]
    public void A_gap_rests_on_the_assumption_when_it_vanishes_or_turns_without_it()
    {
        // $5,250 with $2,000 assumed against $3,250: $3,250 each without it.
        Assert.True(PriceRules.GapRestsOnAssumption(5_250m, 2_000m, 3_250m, 0m));
        // $3,000 with $1,000 assumed against $2,800 with $600: $2,000 against $2,200 without, so the gap turns.
        Assert.True(PriceRules.GapRestsOnAssumption(3_000m, 1_000m, 2_800m, 600m));
        // $5,250 with $2,000 assumed against $2,600: $3,250 against $2,600 without, so the gap holds.
        Assert.False(PriceRules.GapRestsOnAssumption(5_250m, 2_000m, 2_600m, 0m));
        // No assumed tokens: nothing rests on an assumption.
        Assert.False(PriceRules.GapRestsOnAssumption(5_250m, 0m, 3_250m, 0m));
    }
}
