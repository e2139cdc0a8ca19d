using ModelCompare.Import.Building;

namespace ModelCompare.Import.Tests;

public class BenchmarkCategoryTests
{
    [Theory]
    [InlineData("mmlu-pro", new[] { "language", "reasoning", "math", "general" }, "knowledge")]
    [InlineData("global-mmlu-lite", new[] { "reasoning", "general" }, "knowledge")]
    [InlineData("aime-2025", new[] { "math", "reasoning" }, "math")]
    [InlineData("livecodebench", new[] { "reasoning", "code" }, "coding")]
    [InlineData("gpqa", new[] { "reasoning", "general" }, "reasoning")]
    public void A_benchmark_takes_its_first_tag_in_order_and_the_mmlu_family_is_knowledge(string id, string[] tags, string category) =>
        Assert.Equal(category, BenchmarkBuilder.Category(id, tags));
}

public class BenchmarkCategoryTableTests
{
    [Theory]
    [InlineData("charxiv-r", "multimodal")]
    [InlineData("charxiv-reasoning", "multimodal")]
    [InlineData("mrcrv2", "long-context")]
    [InlineData("openai-mrcr-2-needle-128k", "long-context")]
    [InlineData("graphwalks-bfs-128k", "long-context")]
    [InlineData("long-context-reasoning", "long-context")]
    [InlineData("mathvista", "multimodal")]
    [InlineData("livecodebench-v6", "coding")]
    [InlineData("humaneval-plus", "coding")]
    [InlineData("codeforces", "coding")]
    [InlineData("swe-bench-verified-agentless", "coding")]
    [InlineData("tau2-retail", "agents")]
    [InlineData("bfcl-v3", "agents")]
    [InlineData("terminal-bench", "agents")]
    [InlineData("3-banking", "agents")]
    [InlineData("simpleqa", "factuality")]
    [InlineData("mmlu-pro", "knowledge")]
    [InlineData("supergpqa", "knowledge")]
    [InlineData("big-bench-hard", "reasoning")]
    [InlineData("ifeval", "general")]
    public void A_benchmark_is_filed_by_what_it_measures_not_by_its_source_tags(string slug, string category) =>
        Assert.Equal(category, BenchmarkCategories.Of(slug));

    [Fact]
    public void A_benchmark_no_rule_names_keeps_its_source_category() =>
        Assert.Null(BenchmarkCategories.Of("gpqa-diamond"));

    [Fact]
    public void Chart_reasoning_tagged_math_by_its_source_is_multimodal() =>
        Assert.Equal("multimodal", BenchmarkBuilder.Category("charxiv-r", ["math", "reasoning", "vision"]));
}

public class ScoreReporterTests
{
    [Theory]
    [InlineData("https://www.anthropic.com/news/claude-opus-4-8", "anthropic")]
    [InlineData("https://openai.com/index/introducing-gpt-5/", "openai")]
    [InlineData("https://arxiv.org/abs/2602.10604", "arxiv.org")]
    [InlineData("https://labs.scale.com/leaderboard/swe_bench_pro_public", null)]
    [InlineData("https://openrouter.ai/openai/gpt-5/benchmarks", null)]
    [InlineData("https://artificialanalysis.ai/models/gpt-5", null)]
    public void A_figure_on_a_makers_site_or_in_an_unattributed_paper_is_reported_by_it_not_independent(string url, string? reporter) =>
        Assert.Equal(reporter, BenchmarkBuilder.ReportedBy(new Uri(url)));

    [Fact]
    public void A_makers_site_about_its_own_model_is_its_claim()
    {
        Assert.True(BenchmarkBuilder.IsMakers(new Uri("https://www.anthropic.com/news/claude-opus-4-8"), "anthropic"));
        Assert.False(BenchmarkBuilder.IsMakers(new Uri("https://www.anthropic.com/news/claude-opus-4-8"), "openai"));
    }
}
