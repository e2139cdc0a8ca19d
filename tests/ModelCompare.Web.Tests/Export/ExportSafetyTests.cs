using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// The export writes and deletes only inside its output folder: paths read back from the manifest are
/// confined to it, symbolic links are never followed (a link is replaced or deleted, never its target),
/// and it refuses folders it must not write into (the data folder and its parents, the repository root,
/// <c>/</c>, and a non-empty folder it did not write unless <c>--force</c>).
/// </summary>
public sealed class ExportSafetyTests : IDisposable
{
    private const int Refused = 2;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-export-safety-" + Guid.NewGuid().ToString("N"));

    public ExportSafetyTests()
    {
        TestDataFolders.Copy("export", Data);
    }

    private string Data => Path.Combine(_root, "data");

    private string Output => Path.Combine(_root, "site");

    private string Manifest => Output + ".manifest";

    [Fact]
    public async Task Manifest_paths_that_leave_the_output_folder_are_ignored_and_nothing_outside_is_deleted()
    {
        await ExportAsync();
        var victim = Write(Path.Combine(_root, "victim.txt"));
        var deeper = Write(Path.Combine(_root, "above", "deeper", "victim.txt"));
        var absolute = Write(Path.Combine(_root, "absolute", "victim.txt"));
        var inData = Path.Combine(Data, "models", "openai", "gpt-4o.md");
        string[] hostile =
        [
            "../victim.txt", "../above/deeper/victim.txt", absolute, "models/../../victim.txt", "./../victim.txt", "..", "../data/models/openai/gpt-4o.md",
            "..\\victim.txt", "", ".", "models//../../victim.txt", "models/\0/../../victim.txt", "models/\n/../../victim.txt",
        ];
        File.AppendAllLines(Manifest, hostile.Select((file, i) => $"/gone-{i}\t{file}\t0\t"));
        // A listed page whose recorded file is outside: the export writes the page where it belongs.
        File.WriteAllLines(Manifest, File.ReadAllLines(Manifest).Select(line => line.StartsWith("/models/gpt-4o\t", StringComparison.Ordinal) ? "/models/gpt-4o\t../victim.txt\t0\t" : line));

        var result = await ExportAsync();

        Assert.True(File.Exists(victim) && File.Exists(deeper) && File.Exists(absolute) && File.Exists(inData), "a file outside the output folder was deleted");
        Assert.True(Directory.Exists(Path.Combine(_root, "above", "deeper")));
        Assert.True(File.Exists(Path.Combine(Output, "models", "gpt-4o", "index.html")));
        Assert.DoesNotContain(result.Changed, path => path.StartsWith("/gone-", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadAllLines(Manifest), line => line.Contains("..", StringComparison.Ordinal) || line.StartsWith("/gone-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_never_writes_through_a_symbolic_link_in_its_folder()
    {
        await ExportAsync();
        var outside = Path.Combine(_root, "outside");
        var kept = Write(Path.Combine(outside, "keep.txt"));
        // A page's folder replaced by a link to a folder outside, and a page file by a link to a file that does not exist yet.
        var folder = Path.Combine(Output, "models", "gpt-4o");
        Directory.Delete(folder, recursive: true);
        Directory.CreateSymbolicLink(folder, outside);
        var page = Path.Combine(Output, "compare", "gpt-4o-vs-gpt-4o-mini", "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, Path.Combine(outside, "dangling.html"));

        await ExportAsync(full: true);

        Assert.Equal([kept], Directory.EnumerateFileSystemEntries(outside));
        Assert.True(new DirectoryInfo(folder).LinkTarget is null, $"{folder} is still a link");
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        Assert.True(new FileInfo(page).LinkTarget is null, $"{page} is still a link");
        Assert.True(new FileInfo(page).Length > 1000);
    }

    [Fact]
    public async Task Removing_a_page_deletes_a_link_never_its_target()
    {
        await ExportAsync();
        var outside = Path.Combine(_root, "outside");
        var target = Write(Path.Combine(outside, "index.html"));
        var throughFolder = Write(Path.Combine(_root, "elsewhere", "index.html"));
        File.CreateSymbolicLink(Path.Combine(Output, "gone.html"), target);
        Directory.CreateSymbolicLink(Path.Combine(Output, "linked"), Path.GetDirectoryName(throughFolder)!);
        File.AppendAllLines(Manifest, ["/gone\tgone.html\t0\t", "/linked\tlinked/index.html\t0\t"]);

        await ExportAsync();

        Assert.True(File.Exists(target) && File.Exists(throughFolder), "the target of a link was deleted");
        Assert.False(File.Exists(Path.Combine(Output, "gone.html")) || new FileInfo(Path.Combine(Output, "gone.html")).LinkTarget is not null, "the link itself is deleted");
    }

    [Fact]
    public async Task The_export_refuses_the_data_folder_its_parents_and_the_repository_root()
    {
        var before = Files(Data);
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        var elsewhere = Path.Combine(_root, "elsewhere-data");
        TestDataFolders.Copy("export", elsewhere);

        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", Data, "--no-previews"));
        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", Path.Combine(Data, "site"), "--no-previews"));
        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", _root, "--no-previews"));
        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", Path.Combine(Data, "models", ".."), "--no-previews"));
        // The repository the command is typed in, with the data elsewhere.
        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", elsewhere, "--out", ".", "--no-previews", "--force"));

        Assert.Equal(before, Files(Data));
        Assert.False(File.Exists(Path.Combine(_root, "index.html")));
    }

    [Fact]
    public async Task The_export_refuses_the_file_system_root()
    {
        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", "/", "--no-previews", "--force"));

        Assert.False(File.Exists("/index.html"));
        Assert.False(File.Exists("/site.manifest"));
    }

    [Fact]
    public async Task A_non_empty_folder_without_a_manifest_is_refused_unless_forced()
    {
        var stray = Write(Path.Combine(Output, "index.html"));
        var before = Files(Output);

        Assert.Equal(Refused, await CommandAsync(_root, "export", "--data", Data, "--out", Output, "--no-previews"));
        Assert.Equal(before, Files(Output));
        Assert.False(File.Exists(Manifest));

        var refusal = await Assert.ThrowsAsync<ExportRefusedException>(() => ExportAsync());
        Assert.Contains("--force", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);

        var forced = await ExportAsync(force: true);
        Assert.True(forced.Pages > 0);
        Assert.NotEqual("victim", File.ReadAllText(stray));
        Assert.True(File.Exists(Manifest));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<ExportResult> ExportAsync(bool full = false, bool force = false) =>
        SiteExport.RunAsync(new ExportOptions(Output) { PublicOrigin = new Uri("http://localhost:5080"), DataDirectory = Data, DatabasePath = Path.Combine(_root, "catalog.db"), Full = full, Force = force, Previews = false });

    /// <summary>Runs the command line as typed in <paramref name="directory"/>; the refusals come before the site is built.</summary>
    private static Task<int> CommandAsync(string directory, params string[] args) =>
        SiteCommands.RunAsync(new Invocation(directory, args));

    private static string Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "victim");
        return path;
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => $"{Path.GetRelativePath(folder, f)}:{File.GetLastWriteTimeUtc(f).Ticks}").Order(StringComparer.Ordinal)];
}
