namespace ModelCompare.Core.Tests.Comparison;

using ModelCompare.Comparison;

public sealed class TitleTests
{
    [Fact]
    public void A_pair_title_keeps_the_longest_suffix_that_fits_in_65_characters()
    {
        Assert.Equal("GPT-4o vs Claude Sonnet 4.5: price, context, benchmarks", Sentences.Title("GPT-4o", "Claude Sonnet 4.5"));
        // 36 characters of names: the full suffix would make 66.
        Assert.Equal("Gemini 2.5 Flash-Lite vs Claude Opus 4.1: price and benchmarks", Sentences.Title("Gemini 2.5 Flash-Lite", "Claude Opus 4.1"));
        Assert.Equal("Llama 3.1 Nemotron Ultra 253B v1 vs DeepSeek R1 Distill Qwen 32B", Sentences.Title("Llama 3.1 Nemotron Ultra 253B v1", "DeepSeek R1 Distill Qwen 32B"));
    }

    [Fact]
    public void Names_too_long_for_any_title_lose_a_bracketed_date_then_their_last_words()
    {
        Assert.Equal("Qwen3 235B A22B Instruct 2507 Thinking vs GPT-4o", Sentences.Title("Qwen3 235B A22B Instruct 2507 Thinking (2025-07-25)", "GPT-4o (2024-11-20)"));
        // 81 characters without the date: the longer name loses "Instruct Preview" a word at a time.
        var title = Sentences.Title("Llama 3.1 Nemotron Ultra 253B v1 Instruct Preview", "DeepSeek R1 Distill Qwen 32B (2025-01-20)");
        Assert.Equal("Llama 3.1 Nemotron Ultra 253B v1… vs DeepSeek R1 Distill Qwen 32B", title);
        Assert.Equal(Sentences.MaxTitleLength, title.Length);
    }

    [Fact]
    public void Leaderboard_provider_and_profile_titles_say_what_the_page_holds_within_65_characters()
    {
        Assert.Equal("SimpleQA leaderboard: 12 models ranked, with prices", Sentences.LeaderboardTitle("SimpleQA", 12));
        Assert.Equal("Groq: 1 model with prices", Sentences.ProviderTitle("Groq", 1));
        Assert.Equal("GPT-4o: price, context window, benchmarks and providers", Sentences.ProfileTitle("GPT-4o"));
        Assert.Equal("Llama 3.1 Nemotron Ultra 253B v1: price, context and benchmarks", Sentences.ProfileTitle("Llama 3.1 Nemotron Ultra 253B v1"));
    }
}
