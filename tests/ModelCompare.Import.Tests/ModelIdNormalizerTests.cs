using ModelCompare.Import.Matching;

namespace ModelCompare.Import.Tests;

public class ModelIdNormalizerTests
{
    [Theory]
    [InlineData("deepseek-v3.2", "deepseek-v3-2")]
    [InlineData("anthropic/claude-sonnet-4-20250514", "claude-sonnet-4")]
    [InlineData("us.anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o")]
    [InlineData("openai/gpt-oss-120b:free", "gpt-oss-120b")]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct", "llama-3-3-70b-instruct")]
    [InlineData("@cf/meta/llama-3.3-70b-instruct-fp8-fast", "llama-3-3-70b-instruct")]
    [InlineData("qwen-2.5-72b-instruct", "qwen2-5-72b-instruct")]
    [InlineData("vertex_ai/claude-3-5-sonnet@20240620", "claude-3-5-sonnet")]
    public void Normalize_maps_provider_spellings_to_one_key(string raw, string expected)
    {
        Assert.Equal(expected, ModelIdNormalizer.Normalize(raw));
    }

    [Fact]
    public void Normalize_keeps_four_digit_release_tags_because_they_name_other_weights()
    {
        Assert.Equal("deepseek-r1-0528", ModelIdNormalizer.Normalize("deepseek-r1-0528"));
        Assert.Equal("kimi-k2-0905", ModelIdNormalizer.Normalize("kimi-k2-0905"));
    }

    [Theory]
    [InlineData("gpt-5.4-mini-2026-03-17_high", "gpt-5.4-mini-2026-03-17", "high")]
    [InlineData("claude-opus-4-7_xhigh", "claude-opus-4-7", "xhigh")]
    [InlineData("claude-3-7-sonnet-20250219_16K", "claude-3-7-sonnet-20250219", "16k")]
    [InlineData("gpt-4o-2024-08-06", "gpt-4o-2024-08-06", null)]
    [InlineData("o3-mini_unknown", "o3-mini", null)]
    [InlineData("Qwen2.5-7B_mistral", "Qwen2.5-7B_mistral", null)]
    public void SplitEffort_separates_the_reasoning_setting(string version, string id, string? variant)
    {
        Assert.Equal((id, variant), ModelIdNormalizer.SplitEffort(version));
    }

    [Theory]
    [InlineData("mistral-large-2512", "2025-12-01")]
    [InlineData("gpt-4o-2024-05-13", "2024-05-01")]
    [InlineData("claude-sonnet-4-5-20250929", "2025-09-01")]
    [InlineData("command-a-03-2025", "2025-03-01")]
    [InlineData("qwen3-235b-a22b-instruct-2507", "2025-07-01")]
    [InlineData("kimi-k2-0905", null)]
    [InlineData("llama-3-1-405b", null)]
    [InlineData("gpt-4o", null)]
    public void MonthOf_reads_the_date_a_key_ends_with(string key, string? month) =>
        Assert.Equal(month is null ? null : DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), ModelIdNormalizer.MonthOf(key));

    [Theory]
    [InlineData("gpt-3-5-turbo-0125", 1, 25)]
    [InlineData("gpt-4-0314", 3, 14)]
    [InlineData("kimi-k2-0905", 9, 5)]
    [InlineData("mistral-large-2512", null, null)]
    [InlineData("gpt-4o-2024-05-13", null, null)]
    [InlineData("claude-sonnet-4-5-20250929", null, null)]
    [InlineData("llama-3-1-405b", null, null)]
    [InlineData("gpt-4o", null, null)]
    [InlineData("model-1399", null, null)]
    public void MonthDayOf_reads_a_month_and_day_ending_but_not_a_date_or_a_month(string key, int? month, int? day) =>
        Assert.Equal(month is null ? null : (month.Value, day!.Value), ModelIdNormalizer.MonthDayOf(key));

    [Fact]
    public void Fallbacks_drop_one_decoration()
    {
        Assert.Equal(["llama-3-3-70b"], ModelIdNormalizer.Fallbacks("llama-3-3-70b-instruct"));
        Assert.Empty(ModelIdNormalizer.Fallbacks("gpt-4o"));
    }

    [Theory]
    [InlineData("DeepSeek V3.2", "deepseek-v3-2")]
    [InlineData("wafer.ai", "wafer-ai")]
    [InlineData("model-vs-model", "model-v-model")]
    public void ToSlug_gives_a_valid_slug(string value, string expected)
    {
        Assert.Equal(expected, ModelIdNormalizer.ToSlug(value));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", ModelIdNormalizer.ToSlug(value));
    }

    [Theory]
    [InlineData("llama-3-1-nemotron-70b-instruct", "nvidia")]
    [InlineData("deepseek-r1-distill-llama-70b", "deepseek")]
    [InlineData("o3-mini", "openai")]
    [InlineData("llama-4-maverick", "meta")]
    [InlineData("some-unknown-model", null)]
    public void MakerResolver_names_the_lab(string key, string? maker)
    {
        Assert.Equal(maker, MakerResolver.Resolve(key));
    }

    [Theory]
    [InlineData("text-embedding-3-large", false)]
    [InlineData("gpt-4o-mini-tts", false)]
    [InlineData("gpt-4o", true)]
    public void TextModelFilter_keeps_text_generation_only(string key, bool expected)
    {
        Assert.Equal(expected, TextModelFilter.IsTextGeneration(key, ["text"]));
    }
}
