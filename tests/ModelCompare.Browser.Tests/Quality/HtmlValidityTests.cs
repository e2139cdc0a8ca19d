using System.Diagnostics;
using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>
/// html-validate, pinned in package.json, on the HTML the server sends for every page type, with the
/// committed .htmlvalidate.json (docs/html-validate.md says why each rule it changes is changed).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_is_valid_HTML(string pageType)
    {
        var (_, path, status) = PageTypes.Named(site, pageType);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response!.Status);
        var html = await response.TextAsync();

        var file = Path.Combine(Path.GetTempPath(), $"modelcompare-{pageType}-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        try
        {
            var (exitCode, output) = await ValidateAsync(file);
            Assert.True(exitCode == 0, $"html-validate found problems in {path} (exit {exitCode}):\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string file)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.ToolsFolder,
        };
        foreach (var arg in new[]
        {
            Repository.NodeTool("html-validate/bin/html-validate.mjs"),
            "--config", Path.Combine(Repository.ToolsFolder, ".htmlvalidate.json"),
            "--formatter", "text",
            file,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"html-validate took longer than a minute on {file}.");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
