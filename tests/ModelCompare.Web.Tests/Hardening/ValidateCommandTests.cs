using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// <c>validate --errors</c> prints errors only; <c>validate FILE...</c> prints only the named files' problems
/// while every file is still read for the checks across files.
/// </summary>
public sealed class ValidateCommandTests : IDisposable
{
    private const string OpenAiRoute = "data/routes/openai/gpt-4o.yaml";
    private const string DeepSeekRoute = "data/routes/deepseek/deepseek-v3-2.yaml";

    private readonly FixtureFolder _folder = new();

    public ValidateCommandTests()
    {
        // An error in one file (a tenfold slip on the maker's route) and a warning in another (a price edit
        // without a history entry, after giving DeepSeek's route a history).
        _folder.Replace("routes/openai/gpt-4o.yaml", "input: 2.5\n  output: 10\n  cache_read", "input: 25\n  output: 10\n  cache_read");
        File.AppendAllText(_folder.PathOf("routes/deepseek/deepseek-v3-2.yaml"), "history:\n  - date: 2026-06-01\n    event: added\n    input: 0.3\n    output: 0.42\n");
    }

    public void Dispose() => _folder.Dispose();

    private Task<SiteProcess.Run> Validate(params string[] args) => SiteProcess.RunAsync("/", ["--invoked-from", _folder.Root, "validate", "--data", "data", .. args]);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Validate_prints_errors_and_warnings_of_every_file()
    {
        var run = await Validate();

        Assert.Equal(1, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("routes/deepseek/deepseek-v3-2.yaml:3:10: price.input: warning: 0.28 differs from", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("routes/openai/gpt-4o.yaml:3:10: price.input: 25 is more than 3 times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Errors_only_leaves_the_warnings_out()
    {
        var run = await Validate("--errors");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(Lines(run.Output));
        Assert.Contains("routes/openai/gpt-4o.yaml:3:10: price.input: 25 is more than 3 times", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_file_shows_its_own_problems_and_says_that_other_files_have_some()
    {
        var run = await Validate(DeepSeekRoute);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("routes/deepseek/deepseek-v3-2.yaml:3:10: price.input: warning", Assert.Single(Lines(run.Output)), StringComparison.Ordinal);
        Assert.Contains("Other files have 1 error(s) and 0 warning(s) (not shown); the data does not go live until they are fixed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_file_with_an_error_exits_1()
    {
        var run = await Validate("--errors", OpenAiRoute);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("routes/openai/gpt-4o.yaml:3:10: price.input", Assert.Single(Lines(run.Output)), StringComparison.Ordinal);
        Assert.StartsWith("1 problem(s) found in 1 named file(s)", run.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_prints_nothing_on_the_repositorys_catalog()
    {
        var data = ModelCompare.Data.CatalogPaths.Resolve(null, null).DataDirectory;

        var run = await SiteProcess.RunAsync("/", "validate", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("OK: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_lists_the_least_recently_reviewed_records_oldest_first()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "checked: 2026-07-01", "checked: 2024-01-02");

        var run = await Validate("--stale", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Output);
        Assert.Equal(2, lines.Length);
        Assert.Equal("2024-01-02  data/routes/openai/gpt-4o.yaml (checked)", lines[0]);
        Assert.Contains("The 2 least recently reviewed of 8 records", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_file_that_does_not_exist_is_said_so()
    {
        var run = await Validate("data/routes/openai/gpt-5.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"No such file: {Path.Combine(_folder.Root, "data/routes/openai/gpt-5.yaml")}", run.Error.Trim());
    }
}
