using ModelCompare.Web.Cli;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// The program as a user starts it: relative paths resolve in the folder the command was typed in
/// (<c>dotnet run</c> passes it as --invoked-from), every "not found" names the absolute path, and a
/// site that cannot start says why in one line with exit code 1.
/// </summary>
public sealed class StartupTests : IDisposable
{
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validate_resolves_a_relative_data_folder_where_the_command_was_typed()
    {
        var run = await RunAsync(workingDirectory: "/", "--invoked-from", _folder.Root, "validate", "--data", "data");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("OK: 9 files, 2 models, 3 providers", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_the_absolute_path_of_a_data_folder_that_is_not_there()
    {
        var run = await RunAsync(workingDirectory: "/", "--invoked-from", _folder.Root, "validate", "--data", "nowhere");

        var missing = Path.Combine(_folder.Root, "nowhere");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{missing}:1:1: (data): the data folder {missing} does not exist", run.Output.Trim());
    }

    [Fact]
    public async Task The_site_without_its_data_says_why_in_one_line_and_exits_1()
    {
        var run = await RunAsync(workingDirectory: _folder.Root, "--data", "nowhere", "--db", "db/catalog.db", "--urls", "http://127.0.0.1:0", "--ModelCompare:PublicOrigin=https://models.example.com");

        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"ModelCompare cannot start: the data folder {Path.Combine(_folder.Root, "nowhere")} does not exist", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_site_without_its_public_origin_says_how_to_set_it_in_one_line_and_exits_1()
    {
        var run = await RunAsync(workingDirectory: _folder.Root, "--data", "data", "--db", "db/catalog.db", "--urls", "http://127.0.0.1:0");

        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "ModelCompare cannot start: ModelCompare:PublicOrigin is not set: set the environment variable ModelCompare__PublicOrigin to the site's public address, such as ModelCompare__PublicOrigin=https://models.example.com",
            line);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_data_and_db_options_become_absolute_settings_and_other_arguments_pass_through()
    {
        var args = SiteStartup.SiteArguments(new Invocation("/work/here", ["--data", "data", "--db=db/catalog.db", "--urls", "http://127.0.0.1:0"]));

        Assert.Equal(["--ModelCompare:DataDirectory=/work/here/data", "--ModelCompare:DatabasePath=/work/here/db/catalog.db", "--urls", "http://127.0.0.1:0"], args);
        Assert.Throws<ArgumentException>(() => SiteStartup.SiteArguments(new Invocation("/", ["--data"])));
    }

    [Fact]
    public void Invoked_from_is_taken_off_the_arguments_only_when_it_names_a_folder()
    {
        var invocation = Invocation.Parse(["--invoked-from", _folder.Root, "validate"]);
        var plain = Invocation.Parse(["validate", "--invoked-from", _folder.Root]);

        Assert.Equal(_folder.Root, invocation.Directory);
        Assert.Equal(["validate"], invocation.Args);
        Assert.Equal((Environment.CurrentDirectory, 3), (plain.Directory, plain.Args.Length));
    }

    [Fact]
    public async Task The_export_prints_only_changed_urls_on_standard_output_and_logs_to_standard_error()
    {
        var data = Path.Combine(_folder.Root, "export-data");
        TestDataFolders.Copy("export", data);
        // A score at or below 1 percent is accepted with a warning, which the export logs.
        var scores = Path.Combine(data, "benchmarks", "gpqa-diamond.yaml");
        File.WriteAllText(scores, File.ReadAllText(scores).Replace("value: 49.1", "value: 0.5", StringComparison.Ordinal));

        var origin = new Dictionary<string, string> { ["ModelCompare__PublicOrigin"] = "https://example.com" };
        string[] export = ["export", "--data", data, "--out", Path.Combine(_folder.Root, "site"), "--no-previews"];
        Assert.Equal(0, (await RunAsync(_folder.Root, origin, export)).ExitCode);
        // The second export lists what a price edit changed.
        var route = Path.Combine(data, "routes", "openai", "gpt-4o.yaml");
        File.WriteAllText(route, File.ReadAllText(route).Replace("  input: 2.5\n", "  input: 2.4\n", StringComparison.Ordinal));

        var run = await RunAsync(_folder.Root, origin, export);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("https://example.com/compare/deepseek-v3-2-vs-gpt-4o", lines);
        Assert.All(lines, line => Assert.StartsWith("https://example.com/", line, StringComparison.Ordinal));
        Assert.Contains("warning", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_export_refuses_the_data_folder_in_one_line_with_exit_code_2()
    {
        var data = Path.Combine(_folder.Root, "export-data");
        TestDataFolders.Copy("export", data);
        var origin = new Dictionary<string, string> { ["ModelCompare__PublicOrigin"] = "https://example.com" };

        var run = await RunAsync(_folder.Root, origin, "export", "--data", data, "--out", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"Refusing to export into the data folder {data}: the pages would be mixed with the data files; give --out a folder of its own, such as out/site.", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    private static Task<SiteProcess.Run> RunAsync(string workingDirectory, params string[] args) => SiteProcess.RunAsync(workingDirectory, args);

    private static Task<SiteProcess.Run> RunAsync(string workingDirectory, Dictionary<string, string> environment, params string[] args) => SiteProcess.RunAsync(workingDirectory, environment, args);
}
