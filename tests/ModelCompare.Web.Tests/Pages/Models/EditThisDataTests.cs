using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Models;

/// <summary>A profile and a pair page name the data files their figures come from, in a list a printout leaves out.</summary>
public sealed class EditThisDataTests : IDisposable
{
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<string> Files(AngleSharp.Dom.IElement list) => [.. list.QuerySelectorAll("li code").Select(c => c.TextContent)];

    [Fact]
    public async Task A_profile_lists_its_model_maker_route_and_benchmark_files_hidden_in_print()
    {
        using var site = _folder.Start();
        using var client = site.CreatePlainClient();

        var list = (await client.GetDocumentAsync("/models/gpt-4o")).ByTestId("edit-data");

        Assert.Contains("print-skip", list.ClassList);
        Assert.Equal(["data/models/openai/gpt-4o.md", "data/providers/openai.md", "data/routes/openai/gpt-4o.yaml", "data/benchmarks/gpqa-diamond.yaml"], Files(list));
        Assert.All(Files(list), f => Assert.True(File.Exists(Path.Combine(_folder.Root, f)), f));
    }

    [Fact]
    public async Task A_pair_page_lists_both_models_files()
    {
        using var site = _folder.Start();
        using var client = site.CreatePlainClient();

        var files = Files((await client.GetDocumentAsync("/compare/deepseek-v3-2-vs-gpt-4o")).ByTestId("edit-data"));

        Assert.Contains("data/models/deepseek/deepseek-v3-2.md", files);
        Assert.Contains("data/routes/openrouter/deepseek-v3-2.yaml", files);
        Assert.Contains("data/models/openai/gpt-4o.md", files);
        Assert.Contains("data/routes/openai/gpt-4o.yaml", files);
        Assert.Single(files, "data/benchmarks/gpqa-diamond.yaml");
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(_folder.Root, f)), f));
    }
}
