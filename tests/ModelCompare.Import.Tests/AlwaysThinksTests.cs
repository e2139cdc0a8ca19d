using ModelCompare.Import.Building;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Tests;

/// <summary>Which models.dev entries document reasoning that cannot be turned off.</summary>
public sealed class AlwaysThinksTests
{
    private static ModelsDevModel Entry(bool? reasoning, IReadOnlyList<string>? kinds, IReadOnlyList<string>? effort = null, bool toggle = false) => new()
    {
        Id = "x",
        ProviderId = "p",
        Name = "x",
        Reasoning = reasoning,
        ReasoningOptionKinds = kinds,
        EffortLevels = effort ?? [],
        ThinkingToggle = toggle,
    };

    [Theory]
    // o3: effort levels only, none of them "none".
    [InlineData("o3", true, new[] { "effort" }, new[] { "low", "medium", "high" }, false, true)]
    // GPT-5.1: effort "none" turns reasoning off.
    [InlineData("gpt-5-1", true, new[] { "effort" }, new[] { "none", "low", "medium", "high" }, false, false)]
    // Claude: a thinking budget, for thinking that is off unless asked for.
    [InlineData("claude-sonnet-4-5", true, new[] { "budget_tokens" }, new string[0], false, false)]
    // Qwen3: a switch.
    [InlineData("qwen3-235b-a22b", true, new[] { "toggle" }, new string[0], true, false)]
    // DeepSeek R1 and QwQ: reasoning models by name, with no switch.
    [InlineData("deepseek-r1", true, new string[0], new string[0], false, true)]
    [InlineData("qwq-32b", true, new string[0], new string[0], false, true)]
    [InlineData("qwen3-next-80b-a3b-thinking", true, new[] { "budget_tokens" }, new string[0], false, true)]
    // No options and no reasoning name (gpt-5-chat-latest): not known to always think.
    [InlineData("gpt-5-chat", true, new string[0], new string[0], false, false)]
    // Not a reasoning model.
    [InlineData("deepseek-r1", false, new string[0], new string[0], false, false)]
    public void A_model_always_thinks_only_when_nothing_turns_its_thinking_off(string slug, bool reasoning, string[] kinds, string[] effort, bool toggle, bool expected) =>
        Assert.Equal(expected, ModelFactsBuilder.AlwaysThinks(Entry(reasoning, kinds, effort, toggle), slug));

    [Fact]
    public void An_entry_that_documents_no_options_is_not_read_as_always_thinking() =>
        Assert.False(ModelFactsBuilder.AlwaysThinks(Entry(true, null), "o3"));

    [Fact]
    public void A_maker_whose_api_thinks_only_when_asked_names_the_page_that_says_so()
    {
        var (url, read, says) = ModelFactsBuilder.OptInThinking["anthropic"];
        Assert.StartsWith("https://platform.claude.com/", url, StringComparison.Ordinal);
        Assert.Equal("2026-12-04", read);
        Assert.Contains("off unless", says, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grok-4", new[] { "thinking" }, "https://docs.x.ai/docs/guides/reasoning")]
    [InlineData("grok-4-3", new[] { "non-thinking", "thinking" }, "https://docs.x.ai/developers/model-capabilities/text/reasoning")]
    public void A_mode_the_makers_page_states_is_the_models_with_the_page_among_its_sources(string slug, string[] modes, string url)
    {
        var model = new CatalogModel { Slug = slug, Key = slug, Maker = "xai", Name = slug };

        ModelFactsBuilder.SetModes(model, [], null);

        Assert.Equal(modes, model.Modes);
        Assert.Contains(model.Sources, s => s.Url == url && s.Name.Contains("read 2026-12-04", StringComparison.Ordinal));
    }

    [Theory]
    // GPT-5.1: OpenAI's effort levels include "none", so its reasoning can be turned off.
    [InlineData("gpt-5-1", "openai", true, new[] { "effort" }, new[] { "none", "low", "medium", "high" }, new[] { "non-thinking", "thinking" })]
    // o3: effort levels only, none of them "none": it always thinks.
    [InlineData("o3", "openai", true, new[] { "effort" }, new[] { "low", "medium", "high" }, new[] { "thinking" })]
    // Claude Sonnet 4.6: effort and a thinking budget, no toggle; Anthropic's thinking is off unless asked for.
    [InlineData("claude-sonnet-4-6", "anthropic", true, new[] { "effort", "budget_tokens" }, new[] { "low", "medium", "high", "max" }, new[] { "non-thinking", "thinking" })]
    // Claude 3 Haiku does not reason at all: no thinking mode to state.
    [InlineData("claude-3-haiku", "anthropic", false, new string[0], new string[0], new string[0])]
    public void A_makers_way_to_turn_thinking_off_makes_it_optional(string slug, string maker, bool reasoning, string[] kinds, string[] effort, string[] modes)
    {
        var model = new CatalogModel { Slug = slug, Key = slug, Maker = maker, Name = slug };

        ModelFactsBuilder.SetModes(model, [], Entry(reasoning, kinds, effort));

        Assert.Equal(modes, model.Modes);
    }

    [Fact]
    public void A_reasoning_model_no_source_states_a_mode_for_keeps_none()
    {
        var model = new CatalogModel { Slug = "qwen3-235b-a22b-thinking-2507", Key = "qwen3-235b-a22b-thinking-2507", Maker = "alibaba", Name = "Qwen3 Thinking" };

        ModelFactsBuilder.SetModes(model, [], null);

        Assert.Empty(model.Modes);
    }
}
