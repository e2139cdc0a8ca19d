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
    public async Task A_pair_page_links_each_models_list_of_files_which_together_hold_both_models_files()
    {
        using var site = _folder.Start();
        using var client = site.CreatePlainClient();

        // One link per model to its profile's list, rather than the two lists copied into every pair page.
        var note = (await client.GetDocumentAsync("/compare/deepseek-v3-2-vs-gpt-4o")).ByTestId("edit-data");
        var links = note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains("print-skip", note.ClassList);
        Assert.Equal(["/models/deepseek-v3-2#edit-data", "/models/gpt-4o#edit-data"], links);

        var files = new List<string>();
        foreach (var link in links)
        {
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var profile = await client.GetDocumentAsync(link[..hash]);
            var list = profile.GetElementById(link[(hash + 1)..]);
            Assert.NotNull(list);
            Assert.Equal("edit-data", list!.GetAttribute("data-testid"));
            files.AddRange(Files(list));
        }

        Assert.Contains("data/models/deepseek/deepseek-v3-2.md", files);
        Assert.Contains("data/routes/openrouter/deepseek-v3-2.yaml", files);
        Assert.Contains("data/models/openai/gpt-4o.md", files);
        Assert.Contains("data/routes/openai/gpt-4o.yaml", files);
        Assert.Contains("data/benchmarks/gpqa-diamond.yaml", files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(_folder.Root, f)), f));
    }
}
