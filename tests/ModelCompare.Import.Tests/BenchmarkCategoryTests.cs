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
