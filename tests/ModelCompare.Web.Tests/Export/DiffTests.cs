using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// The diff verb lists the pages an edit changes and shows their changed sentences and figures, from two
/// catalogs built through the site's own pipeline, without an export.
/// </summary>
public sealed class DiffTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-diff-tests-" + Guid.NewGuid().ToString("N"));

    public DiffTests()
    {
        TestDataFolders.Copy("export", Base);
        TestDataFolders.Copy("export", Data);
    }

    private string Base => Path.Combine(_root, "base");

    private string Data => Path.Combine(_root, "data");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void Edit(string relative, string oldText, string newText)
    {
        var path = Path.Combine(Data, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private Task<DiffResult> DiffAsync(int show = 10) =>
        SiteDiff.RunAsync(new DiffOptions(Data) { BaseDataDirectory = Base, Show = show, CacheDirectory = Path.Combine(_root, "cache") });

    [Fact]
    public async Task A_price_edit_lists_the_pages_it_changes_with_their_before_and_after_figures()
    {
        Edit("routes/openai/gpt-4o.yaml", "input: 2.5\n  output: 10\n  cache_read", "input: 2.75\n  output: 10\n  cache_read");

        var result = await DiffAsync();

        // GPT-4o's profile, its maker's page, its leaderboard and its three pair pages; not the pair without it.
        Assert.Contains("/models/gpt-4o", result.Pages);
        Assert.Contains("/providers/openai", result.Pages);
        Assert.Contains("/benchmarks/gpqa-diamond", result.Pages);
        Assert.Contains("/compare/deepseek-v3-2-vs-gpt-4o", result.Pages);
        Assert.Contains("/compare/gpt-4o-vs-gpt-4o-mini", result.Pages);
        Assert.DoesNotContain("/compare/deepseek-r1-vs-deepseek-v3-2", result.Pages);
        Assert.DoesNotContain("/models/deepseek-r1", result.Pages);
        Assert.Equal(3, result.PairPages);

        var profile = result.Shown.Single(p => p.Path == "/models/gpt-4o");
        Assert.Contains(profile.Lines, l => l.Before is { } b && b.Contains("$2.50 input", StringComparison.Ordinal) && l.After is { } a && a.Contains("$2.75 input", StringComparison.Ordinal));
        var pair = result.Shown.Single(p => p.Path == "/compare/deepseek-v3-2-vs-gpt-4o");
        Assert.Contains(pair.Lines, l => l.Before is { } b && b.Contains("$2.50", StringComparison.Ordinal) && l.After is { } a && a.Contains("$2.75", StringComparison.Ordinal));
        Assert.All(result.Shown.SelectMany(p => p.Lines), l => Assert.NotEqual(l.Before, l.After));
    }

    [Fact]
    public async Task The_base_can_be_the_data_folder_at_a_git_revision()
    {
        Git("init", "-q");
        Git("add", "data");
        Git("-c", "user.name=Editor", "-c", "user.email=editor@example.com", "commit", "-q", "-m", "catalog");
        Edit("models/openai/gpt-4o-mini.md", "name: GPT-4o mini", "name: GPT-4o Mini");

        var result = await SiteDiff.RunAsync(new DiffOptions(Data) { BaseRevision = "HEAD", Show = 1, CacheDirectory = Path.Combine(_root, "cache") });

        Assert.Equal("HEAD", result.BaseName);
        Assert.Contains("/models/gpt-4o-mini", result.Pages);
        Assert.Contains("/compare/gpt-4o-vs-gpt-4o-mini", result.Pages);
        Assert.Contains(result.Shown.Single().Lines, l => l.Before is { } b && b.Contains("GPT-4o mini", StringComparison.Ordinal) && l.After is { } a && a.Contains("GPT-4o Mini", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_outside_git_without_a_base_folder_is_told_how_to_give_one()
    {
        var error = await Assert.ThrowsAsync<DiffBaseException>(() => SiteDiff.RunAsync(new DiffOptions(Data) { CacheDirectory = Path.Combine(_root, "cache") }));

        Assert.Contains("--base-data", error.Message, StringComparison.Ordinal);
    }

    private void Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, git.StandardError.ReadToEnd());
    }

    [Fact]
    public async Task Unchanged_data_changes_no_page()
    {
        var result = await DiffAsync();

        Assert.Empty(result.Pages);
        Assert.Empty(result.Shown);
    }

    [Fact]
    public void Moved_lines_are_not_changes_and_a_replaced_line_reads_before_and_after()
    {
        var changes = SiteDiff.Changes(["Title", "Row A", "Row B", "Price $2.50"], ["Title", "Row B", "Row A", "Price $2.75"]);

        var change = Assert.Single(changes);
        Assert.Equal(new ChangedLine("Price $2.50", "Price $2.75"), change);
    }
}
