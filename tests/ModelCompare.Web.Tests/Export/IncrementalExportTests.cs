using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// The export against its manifest, on a four-model fixture (two OpenAI, two DeepSeek): an edit
/// rewrites the pages and share previews whose bytes it changes and no others, a removed model's pages
/// and previews are deleted, and an export of unchanged data writes nothing and draws no image.
/// </summary>
public sealed class IncrementalExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-incremental-" + Guid.NewGuid().ToString("N"));

    public IncrementalExportTests()
    {
        TestDataFolders.Copy("export", Data);
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
        // Four models' and six pairs' previews, three providers' and one leaderboard's (the hubs' are under /previews/).
        Assert.Equal(14, first.Images);
        Assert.Equal(14, second.Images);
        Assert.Equal(0, second.Written);
        Assert.Equal(0, second.Removed);
        Assert.Empty(second.Changed);
        Assert.True(second.Rendered <= first.Rendered - 16, $"{second.Rendered} of {first.Rendered} URLs rendered; the six pair pages and all ten previews should have been kept");
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

        // The previews redrawn are exactly those that show GPT-4o's price: its own and its pairs'.
        string[] showingThePrice = ["/compare/deepseek-r1-vs-gpt-4o/preview.png", "/compare/deepseek-v3-2-vs-gpt-4o/preview.png", "/compare/gpt-4o-vs-gpt-4o-mini/preview.png", "/models/gpt-4o/preview.png"];
        Assert.Equal(showingThePrice, result.Changed.Where(p => p.EndsWith("/preview.png", StringComparison.Ordinal)));

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
    public async Task A_price_edit_leaves_an_unrelated_pair_page_that_shows_the_edited_models_chart_byte_for_byte_the_same()
    {
        // With all four models on GPQA Diamond, every pair page shows its price against score chart, which plots GPT-4o.
        foreach (var model in new[] { "deepseek-r1", "gpt-4o-mini" })
        {
            File.AppendAllText(Path.Combine(Data, "benchmarks", "gpqa-diamond.yaml"), $"""
                  - model: {model}
                    value: 60.5
                    source: Epoch AI
                    source_url: https://epoch.ai/benchmarks
                    self_reported: false

                """);
        }

        const string Unrelated = "/compare/deepseek-r1-vs-deepseek-v3-2";
        const string Chart = "/charts/gpqa-diamond.svg";
        var page = Path.Combine(Output, "compare", "deepseek-r1-vs-deepseek-v3-2", "index.html");
        var chart = Path.Combine(Output, "charts", "gpqa-diamond.svg");
        await ExportAsync(Output);
        var (pageBefore, chartBefore) = (File.ReadAllBytes(page), File.ReadAllBytes(chart));
        Assert.Contains($"src=\"{Chart}\"", System.Text.Encoding.UTF8.GetString(pageBefore), StringComparison.Ordinal);
        Assert.Contains("data-slug=\"gpt-4o\"", System.Text.Encoding.UTF8.GetString(chartBefore), StringComparison.Ordinal);
        Edit("routes/openai/gpt-4o.yaml", "  input: 2.5\n", "  input: 2.4\n");

        var result = await ExportAsync(Output);
        await ExportAsync(Path.Combine(_root, "fresh"), full: true);

        // The chart's file shows the new price; the unrelated page that links it is neither rendered again nor different when it is.
        Assert.Contains(Chart, result.Changed);
        Assert.NotEqual(chartBefore, File.ReadAllBytes(chart));
        Assert.Contains("/compare/deepseek-v3-2-vs-gpt-4o", result.Changed);
        Assert.DoesNotContain(Unrelated, result.Changed);
        Assert.Equal(pageBefore, File.ReadAllBytes(page));
        Assert.Equal(pageBefore, File.ReadAllBytes(Path.Combine(_root, "fresh", "compare", "deepseek-r1-vs-deepseek-v3-2", "index.html")));

        // The page marks its pair over the chart, and the marks still sit on the pair's points of the edited file: the axes did not move.
        var overlay = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(pageBefore)).QuerySelectorAll("svg.chart-overlay circle.point").ToList();
        var drawn = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(chart));
        // DeepSeek V3.2's only score is its maker's claim, ranked apart from the main leaderboard the chart draws.
        Assert.Equal(["deepseek-r1"], overlay.Select(c => c.GetAttribute("data-slug")));
        foreach (var mark in overlay)
        {
            var under = drawn.QuerySelector($"circle.point[data-slug='{mark.GetAttribute("data-slug")}']")!;
            Assert.Equal((under.GetAttribute("cx"), under.GetAttribute("cy")), (mark.GetAttribute("cx"), mark.GetAttribute("cy")));
        }
    }

    [Fact]
    public async Task The_gzip_copies_an_earlier_export_wrote_are_deleted_even_beside_files_it_keeps()
    {
        await ExportAsync(Output);
        // What an export that wrote .gz copies left: one beside every text file, and "1" in its manifest.
        var manifest = ExportManifest.PathFor(Output);
        var lines = File.ReadAllLines(manifest);
        Assert.EndsWith("\t2", lines[1], StringComparison.Ordinal);
        lines[1] = lines[1][..^1] + "1";
        File.WriteAllLines(manifest, lines);
        var brotli = Directory.EnumerateFiles(Output, "*.br", SearchOption.AllDirectories).ToList();
        foreach (var file in brotli)
        {
            File.WriteAllBytes(file[..^3] + ".gz", [1]);
        }

        var result = await ExportAsync(Output);

        Assert.True(brotli.Count > 20, $"{brotli.Count} .br files");
        Assert.Equal(0, result.Written);
        Assert.Empty(Directory.EnumerateFiles(Output, "*.gz", SearchOption.AllDirectories));
        Assert.EndsWith("\t2", File.ReadAllLines(manifest)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_model_deletes_its_pages_and_their_compressed_copies()
    {
        await ExportAsync(Output);
        var page = Path.Combine(Output, "compare", "gpt-4o-vs-gpt-4o-mini", "index.html");
        Assert.True(File.Exists(page) && File.Exists(page + ".br"));
        Assert.True(File.Exists(Path.Combine(Output, "compare", "gpt-4o-vs-gpt-4o-mini", "preview.png")));
        File.Delete(Path.Combine(Data, "models", "openai", "gpt-4o-mini.md"));
        File.Delete(Path.Combine(Data, "routes", "openai", "gpt-4o-mini.yaml"));

        var result = await ExportAsync(Output);

        string[] pages = ["/compare/deepseek-r1-vs-gpt-4o-mini", "/compare/deepseek-v3-2-vs-gpt-4o-mini", "/compare/gpt-4o-vs-gpt-4o-mini", "/models/gpt-4o-mini"];
        var gone = pages.Concat(pages.Select(p => p + "/preview.png")).ToList();
        Assert.All(gone, path => Assert.Contains(path, result.Changed));
        Assert.Equal(gone.Count, result.Removed);
        // Three models' and three pairs' previews, three providers' and one leaderboard's.
        Assert.Equal(10, result.Images);
        Assert.False(File.Exists(page) || File.Exists(page + ".br"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(page)), "the emptied folder is removed");
        Assert.DoesNotContain(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories), f => f.Contains("gpt-4o-mini", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_previews_the_export_writes_pages_only_and_deletes_the_images_of_the_last()
    {
        await ExportAsync(Output);

        var result = await SiteExport.RunAsync(new ExportOptions(Output) { PublicOrigin = new Uri("http://localhost:5080"), DataDirectory = Data, DatabasePath = Path.Combine(_root, "catalog.db"), Previews = false });

        Assert.Equal(0, result.Images);
        // Fourteen preview.png files (models, pairs, providers, the leaderboard) and the five hubs' images.
        Assert.Equal(19, result.Removed);
        Assert.Empty(Directory.EnumerateFiles(Output, "preview.png", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(Output, "previews")));
        Assert.True(File.Exists(Path.Combine(Output, "compare", "gpt-4o-vs-gpt-4o-mini", "index.html")));
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
