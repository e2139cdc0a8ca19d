using ModelCompare.Web.Cli;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// The export against its manifest, on a four-model fixture (two OpenAI, two DeepSeek): an edit
/// rewrites the pages whose bytes it changes and no others, a removed model's pages are deleted, and
/// an export of unchanged data writes nothing.
/// </summary>
public sealed class IncrementalExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests", "incremental-" + Guid.NewGuid().ToString("N"));

    public IncrementalExportTests()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "export");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Data, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string Data => Path.Combine(_root, "data");

    private string Output => Path.Combine(_root, "site");

    [Fact]
    public async Task An_export_of_unchanged_data_writes_nothing_and_renders_no_pair_page()
    {
        var first = await ExportAsync(Output);
        var written = Snapshot(Output);

        var second = await ExportAsync(Output);

        Assert.False(first.Incremental);
        Assert.True(second.Incremental);
        Assert.Equal(0, second.Written);
        Assert.Equal(0, second.Removed);
        Assert.Empty(second.Changed);
        Assert.True(second.Rendered <= first.Rendered - 6, $"{second.Rendered} of {first.Rendered} URLs rendered; the six pair pages should have been kept");
        Assert.Equal(written.ToList(), Snapshot(Output).ToList());
    }

    [Fact]
    public async Task One_price_edit_rewrites_only_the_pages_whose_bytes_it_changes()
    {
        await ExportAsync(Output);
        var before = Snapshot(Output);
        Edit("routes/openai/gpt-4o.yaml", "  input: 2.5\n", "  input: 2.4\n");

        var result = await ExportAsync(Output);

        // The page that shows the price is written; a pair of two other models is not.
        Assert.Contains("/compare/deepseek-v3-2-vs-gpt-4o", result.Changed);
        Assert.Contains("/models/gpt-4o", result.Changed);
        Assert.DoesNotContain("/compare/deepseek-r1-vs-deepseek-v3-2", result.Changed);

        // Written are exactly the files whose bytes changed, and the result is what a full export of the edited data writes.
        var after = Snapshot(Output);
        var changedBytes = after.Where(f => !before.TryGetValue(f.Key, out var old) || old.Hash != f.Value.Hash).Select(f => f.Key).Order().ToList();
        var rewritten = after.Where(f => !before.TryGetValue(f.Key, out var old) || old.Written != f.Value.Written).Select(f => f.Key).Order().ToList();
        Assert.NotEmpty(changedBytes);
        Assert.Equal(changedBytes, rewritten);
        Assert.True(result.Written < after.Count / 3, $"wrote {result.Written} URLs of {after.Count / 3}");
        await ExportAsync(Path.Combine(_root, "fresh"), full: true);
        Assert.Equal(Snapshot(Path.Combine(_root, "fresh")).Select(f => (f.Key, f.Value.Hash)), after.Select(f => (f.Key, f.Value.Hash)));
    }

    [Fact]
    public async Task A_removed_model_deletes_its_pages_and_their_compressed_copies()
    {
        await ExportAsync(Output);
        var page = Path.Combine(Output, "compare", "gpt-4o-vs-gpt-4o-mini", "index.html");
        Assert.True(File.Exists(page) && File.Exists(page + ".br") && File.Exists(page + ".gz"));
        File.Delete(Path.Combine(Data, "models", "openai", "gpt-4o-mini.md"));
        File.Delete(Path.Combine(Data, "routes", "openai", "gpt-4o-mini.yaml"));

        var result = await ExportAsync(Output);

        string[] gone = ["/compare/deepseek-r1-vs-gpt-4o-mini", "/compare/deepseek-v3-2-vs-gpt-4o-mini", "/compare/gpt-4o-vs-gpt-4o-mini", "/models/gpt-4o-mini"];
        Assert.All(gone, path => Assert.Contains(path, result.Changed));
        Assert.Equal(gone.Length, result.Removed);
        Assert.False(File.Exists(page) || File.Exists(page + ".br") || File.Exists(page + ".gz"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(page)), "the emptied folder is removed");
        Assert.DoesNotContain(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories), f => f.Contains("gpt-4o-mini", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<ExportResult> ExportAsync(string output, bool full = false) =>
        SiteExport.RunAsync(new ExportOptions(output) { PublicOrigin = new Uri("http://localhost:5080"), DataDirectory = Data, DatabasePath = Path.Combine(_root, "catalog.db"), Full = full });

    private void Edit(string relative, string from, string to)
    {
        var path = Path.Combine(Data, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Every exported file, in path order, with its bytes' hash and when it was written.</summary>
    private static SortedDictionary<string, (string Hash, DateTime Written)> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => (ExportManifest.HashOf(File.ReadAllBytes(f)), File.GetLastWriteTimeUtc(f))),
        StringComparer.Ordinal);
}
