using System.Diagnostics;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>Runs the site's program (built beside the tests) as its own process, as a user starts a verb.</summary>
public static class SiteProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs the site's program (built beside the tests) as its own process.</summary>
    public static Task<Run> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    public static async Task<Run> RunAsync(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" },
        };
        // A site started here is given no origin unless a test passes one, whatever the environment holds.
        start.Environment.Remove("ModelCompare__PublicOrigin");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ModelCompare.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }
}
