using ModelCompare.Tests.Shared;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Issue 19, the data-side faults that stopped the site: special files in the data folder, deep Markdown
/// emphasis, a missing data folder beside a good database, editors' backups and file names that forge
/// report lines. Each is tried where it hurt: at start, during live reload, and in validate. Every wait
/// has a deadline, so a site that blocks fails the test instead of hanging the run.
/// </summary>
public sealed class DataFaultTests : IDisposable
{
    private const string Page = "/compare/deepseek-v3-2-vs-gpt-4o";
    private const string Special = "models/openai/zz.md";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private static readonly Dictionary<string, string?> Watching = new() { ["ModelCompare:WatchData"] = "true" };
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> SpecialKinds => [SpecialFiles.NamedPipe, SpecialFiles.Socket, SpecialFiles.CharacterDevice, SpecialFiles.LinkToPipe];

    private static string NotRegular(string description) =>
        $"{Special}:1:1: (file): the file cannot be read: it is {description}, not a regular file; a data file must be a regular file (remove this one)";

    [Theory]
    [MemberData(nameof(SpecialKinds))]
    public async Task Fault19_a_special_file_at_start_is_a_located_data_fault_and_the_last_good_catalog_is_served(string kind)
    {
        await StartCleanAsync();
        var description = SpecialFiles.Make(_folder.PathOf(Special), kind);

        var (status, body, health) = await WithinDeadline(async () =>
        {
            using var site = _folder.Start();
            var (status, body) = await site.GetAsync(Page);
            return (status, body, (await site.GetAsync("/healthz")).Body);
        });

        Assert.Equal(200, status);
        Assert.Contains("GPT-4o", body, StringComparison.Ordinal);
        Assert.StartsWith("Degraded\nData fault: ", health, StringComparison.Ordinal);
        Assert.Contains(NotRegular(description), health.Split('\n'));
    }

    [Fact]
    public async Task Fault19_a_named_pipe_at_the_first_start_stops_the_site_in_one_line_instead_of_hanging()
    {
        SpecialFiles.Make(_folder.PathOf(Special), SpecialFiles.NamedPipe);

        using var site = SiteProcess.Start(_folder.Root, "--data", "data", "--db", "db/catalog.db");
        await site.WaitForExitAsync(Deadline);

        var line = Assert.Single(site.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, site.ExitCode);
        Assert.StartsWith($"ModelCompare cannot start: the data files in {_folder.Data} have 1 problem(s) and there is no earlier good catalog.", line, StringComparison.Ordinal);
        Assert.Contains($"{Special}:1:1: (file): the file cannot be read: it is a named pipe (FIFO)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault19_a_named_pipe_during_live_reload_is_reported_and_later_edits_still_go_live()
    {
        await WithinDeadline(async () =>
        {
            using var site = _folder.Start(Watching);
            Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);

            SpecialFiles.Make(_folder.PathOf(Special), SpecialFiles.NamedPipe);
            await WaitForAsync(site, "/healthz", body => body.Split('\n').Contains(NotRegular(SpecialFiles.NamedPipe)));

            File.Delete(_folder.PathOf(Special));
            await WaitForAsync(site, "/healthz", body => body == "Healthy");

            _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: GPT-4o Edited");
            await WaitForAsync(site, "/models/gpt-4o", body => body.Contains("GPT-4o Edited", StringComparison.Ordinal));
            return true;
        });
    }

    [Fact]
    public async Task Fault19_validate_reports_every_special_file_and_finishes()
    {
        SpecialFiles.Make(_folder.PathOf("models/openai/pipe.md"), SpecialFiles.NamedPipe);
        SpecialFiles.Make(_folder.PathOf("providers/socket.md"), SpecialFiles.Socket);
        SpecialFiles.Make(_folder.PathOf("routes/openai/device.yaml"), SpecialFiles.CharacterDevice);
        SpecialFiles.Make(_folder.PathOf("benchmarks/link.yaml"), SpecialFiles.LinkToPipe);

        var (exitCode, output, error) = await SiteProcess.RunAsync(_folder.Root, Deadline, "validate", "--data", "data");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            [
                "data/benchmarks/link.yaml:1:1: (file): the file cannot be read: it is a named pipe (FIFO), not a regular file; a data file must be a regular file (remove this one)",
                "data/models/openai/pipe.md:1:1: (file): the file cannot be read: it is a named pipe (FIFO), not a regular file; a data file must be a regular file (remove this one)",
                "data/providers/socket.md:1:1: (file): the file cannot be read: it is a socket, not a regular file; a data file must be a regular file (remove this one)",
                "data/routes/openai/device.yaml:1:1: (file): the file cannot be read: it is a character device, not a regular file; a data file must be a regular file (remove this one)",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("4 problem(s) found", error.Trim(), StringComparison.Ordinal);
    }

    private const string DeepBody = "GPT-4o is *OpenAI's* omni model.";

    private static string DeepEmphasis => "Deep: " + new string('*', 400) + "x" + new string('*', 400);

    private const string DeepProblem = "models/openai/gpt-4o.md:26:203: (body): the Markdown is nested too deeply here";

    [Fact]
    public async Task Fault19_deep_emphasis_is_located_by_validate_without_a_stack_trace()
    {
        _folder.Replace("models/openai/gpt-4o.md", DeepBody, DeepEmphasis);

        var (exitCode, output, error) = await SiteProcess.RunAsync(_folder.Root, Deadline, "validate", "--data", "data");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("data/" + DeepProblem, Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault19_deep_emphasis_at_a_restart_serves_the_last_good_database_and_names_the_file()
    {
        await StartCleanAsync();
        _folder.Replace("models/openai/gpt-4o.md", DeepBody, DeepEmphasis);

        using var site = _folder.Start();
        var (status, _) = await site.GetAsync(Page);
        var (_, health) = await site.GetAsync("/healthz");

        Assert.Equal(200, status);
        Assert.StartsWith("Degraded\nData fault: ", health, StringComparison.Ordinal);
        Assert.Contains(health.Split('\n'), l => l.StartsWith(DeepProblem, StringComparison.Ordinal));
        Assert.DoesNotContain("Reload fault", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault19_deep_emphasis_during_live_reload_is_a_data_fault_naming_the_file()
    {
        using var site = _folder.Start(Watching);
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);

        _folder.Replace("models/openai/gpt-4o.md", DeepBody, DeepEmphasis);
        var health = await WaitForAsync(site, "/healthz", body => body.StartsWith("Degraded", StringComparison.Ordinal));

        Assert.Contains(health.Split('\n'), l => l.StartsWith(DeepProblem, StringComparison.Ordinal));
        Assert.DoesNotContain("Reload fault", health, StringComparison.Ordinal);
    }

    /// <summary>
    /// Item 5: with no data folder beside a good database, the README's rule for data faults applies: the
    /// last good catalog is served and /healthz reports the fault; once the folder is back it is read.
    /// </summary>
    [Fact]
    public async Task Fault19_a_missing_data_folder_beside_a_good_database_serves_it_reports_it_and_reads_the_folder_when_it_is_back()
    {
        var built = await SiteProcess.RunAsync(_folder.Root, Deadline, "build-db", "--data", "data", "--out", "db/catalog.db");
        Assert.Equal(0, built.ExitCode);
        var away = Path.Combine(_folder.Root, "data-away");
        Directory.Move(_folder.Data, away);

        using var site = SiteProcess.Start(_folder.Root, "--data", "data", "--db", "db/catalog.db");
        await site.WaitUntilListeningAsync(Deadline);
        var (status, body) = await site.GetAsync(Page);
        var (_, health) = await site.GetAsync("/healthz");

        Assert.Equal(200, status);
        Assert.Contains("GPT-4o", body, StringComparison.Ordinal);
        Assert.StartsWith("Degraded\nData fault: the latest change to the data files was refused with 1 problem(s)", health, StringComparison.Ordinal);
        Assert.EndsWith("\ndata:1:1: (data): the data folder data does not exist", health, StringComparison.Ordinal);

        Directory.Move(away, _folder.Data);
        await site.WaitForAsync("/healthz", b => b == "Healthy", Deadline);
        Assert.False(site.HasExited, site.Log);
        Assert.DoesNotContain("Exception", site.Log, StringComparison.Ordinal);
    }

    /// <summary>Item 7: an editor's backup beside a file made the whole change refused.</summary>
    [Fact]
    public async Task Fault19_an_editor_backup_does_not_stop_a_change_going_live()
    {
        using var site = _folder.Start(Watching);
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);

        File.Copy(_folder.PathOf("models/openai/gpt-4o.md"), _folder.PathOf("models/openai/gpt-4o.md~"));
        File.WriteAllText(_folder.PathOf("models/openai/#gpt-4o.md#"), "an autosave");
        _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: GPT-4o Edited");

        await WaitForAsync(site, "/models/gpt-4o", body => body.Contains("GPT-4o Edited", StringComparison.Ordinal));
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);
    }

    /// <summary>Item 9: a file name with a line break printed a second, invented line on /healthz.</summary>
    [Fact]
    public async Task Fault19_a_file_name_cannot_forge_a_health_line()
    {
        await StartCleanAsync();
        File.WriteAllText(_folder.PathOf("providers/x\nData fault: forged\u202e.md"), "x");

        using var site = _folder.Start();
        var (_, health) = await site.GetAsync("/healthz");

        var lines = health.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("Degraded", lines[0]);
        Assert.StartsWith("Data fault: the latest change to the data files was refused with 1 problem(s)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("providers/x\\nData fault: forged\\u202E.md:1:1: (file name): ", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\u202e', health);
    }

    private async Task StartCleanAsync()
    {
        using var site = _folder.Start();
        Assert.Equal(200, (await site.GetAsync(Page)).Status);
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);
    }

    private static async Task<T> WithinDeadline<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work);
        Assert.True(await Task.WhenAny(task, Task.Delay(Deadline)) == task, $"the site did not answer within {Deadline.TotalSeconds} s: it blocked");
        return await task;
    }

    private static async Task<string> WaitForAsync(SiteFactory site, string url, Func<string, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (_, body) = await site.GetAsync(url);
            if (done(body))
            {
                return body;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{url} did not change within a minute: {body}");
            await Task.Delay(100);
        }
    }
}
