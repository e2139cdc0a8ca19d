using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>
/// The site's program (built beside the tests) run as its own process, as a user or a container runs it,
/// for the faults only a real start shows (an abort, a hang, an exit code). Every wait has a deadline,
/// and the process is killed when the test is done with it, so a site that hangs fails the test instead
/// of hanging the run.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly HttpClient _client;

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the program wrote so far, standard output then standard error.</summary>
    public string Log
    {
        get
        {
            lock (_output)
            {
                lock (_error)
                {
                    return _output + "\n" + _error;
                }
            }
        }
    }

    /// <summary>Standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the program in <paramref name="workingDirectory"/> with a public origin and a free loopback port.</summary>
    public static SiteProcess Start(string workingDirectory, params string[] args)
    {
        var port = FreePort();
        var start = CommandStart(workingDirectory, args);
        start.Environment["ModelCompare__PublicOrigin"] = "https://models.example.com";
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        return new SiteProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>What a command of the program printed and how it ended.</summary>
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs a command of the program to its end within two minutes, in Production, with no public origin.</summary>
    public static Task<Run> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs a command of the program to its end within two minutes, in Production, with <paramref name="environment"/> added.</summary>
    public static async Task<Run> RunAsync(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var start = CommandStart(workingDirectory, args);
        // A site started here is given no origin unless a test passes one, whatever the environment holds.
        start.Environment.Remove("ModelCompare__PublicOrigin");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Runs a command of the program (validate, build-db) to its end, within <paramref name="deadline"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, TimeSpan deadline, params string[] args)
    {
        using var site = new SiteProcess(Process.Start(CommandStart(workingDirectory, args))!, new Uri("http://127.0.0.1/"));
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await site._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{string.Join(' ', args)} did not finish within {deadline.TotalSeconds} s (it was killed); it wrote: {site.Log}");
        }

        site._process.WaitForExit(); // drains the redirected streams
        lock (site._output)
        {
            return (site._process.ExitCode, site._output.ToString(), site.Error);
        }
    }

    /// <summary>Waits until the site answers (any status), or fails if it exits or does not answer in time.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(_process.HasExited, $"the site exited with code {(_process.HasExited ? _process.ExitCode : 0)} instead of serving: {Log}");
            try
            {
                using var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Assert.True(clock.Elapsed < deadline, $"the site did not listen within {deadline.TotalSeconds} s: {Log}");
            await Task.Delay(200);
        }
    }

    /// <summary>Waits for the process to exit within <paramref name="deadline"/>; fails if it does not.</summary>
    public async Task WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the program did not exit within {deadline.TotalSeconds} s: {Log}");
        }

        _process.WaitForExit();
    }

    public async Task<(int Status, string Body)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls <paramref name="url"/> until its body satisfies <paramref name="done"/>; fails after <paramref name="deadline"/>.</summary>
    public async Task<string> WaitForAsync(string url, Func<string, bool> done, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (_, body) = await GetAsync(url);
            if (done(body))
            {
                return body;
            }

            Assert.True(clock.Elapsed < deadline, $"{url} did not change within {deadline.TotalSeconds} s: {body}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _client.Dispose();
        _process.Dispose();
    }

    private static ProcessStartInfo CommandStart(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_NOLOGO"] = "1",
                // The runtime's diagnostic pipes live in the temporary folder and outlive a process the test kills.
                ["DOTNET_EnableDiagnostics"] = "0",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ModelCompare.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (to)
        {
            to.Append(line).Append('\n');
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
