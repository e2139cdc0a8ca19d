using Microsoft.Data.Sqlite;
using ModelCompare.Web.Cli;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Serves the site. The catalog is loaded before the server listens, so a site that cannot serve says
/// why in one line and exits with code 1, instead of a stack trace.
/// </summary>
internal static class SiteStartup
{
    public static async Task<int> RunAsync(Invocation invocation)
    {
        string[] args;
        try
        {
            args = SiteArguments(invocation);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"ModelCompare cannot start: {ex.Message}");
            return 2;
        }

        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder(ModelCompareHost.CreateOptions(args));
            builder.AddModelCompare();
            app = builder.Build();

            // Start-up is mostly building the catalog and compiling code on first use. The catalog and the
            // figures every page reads are built on one core while the request pipeline and its endpoints
            // are put together on the other; the server listens only once both are done.
            var store = app.Services.GetRequiredService<CatalogStore>();
            var loading = Task.Run(store.EnsureLoaded, CancellationToken.None);
            app.UseModelCompare();
            PrepareEndpoints(app);
            await loading;
            await app.StartAsync();
        }
        catch (Exception ex) when (ex is CatalogUnavailableException or IOException or UnauthorizedAccessException or SqliteException or InvalidDataException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"ModelCompare cannot start: {Data.Files.DataProblem.Escape(ex.Message)}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            // A hosted service stopped the host while it was starting: one line, not a stack trace.
            await Console.Error.WriteLineAsync("ModelCompare cannot start: the site was stopped while it was starting; the log above says why.");
            return 1;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// Builds the endpoint list that routing would otherwise build on the first request (the Razor pages'
    /// descriptors and the mapped endpoints' request delegates).
    /// </summary>
    private static void PrepareEndpoints(WebApplication app)
    {
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints;
        }
    }

    /// <summary>
    /// The site's own options, <c>--data</c> and <c>--db</c>, become the settings they stand for, with the
    /// path made absolute against the folder the command was typed in; every other argument (host
    /// settings such as <c>--urls</c>) passes through.
    /// </summary>
    /// <exception cref="ArgumentException">An option is given without its path.</exception>
    internal static string[] SiteArguments(Invocation invocation)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--data"] = "ModelCompare:DataDirectory",
            ["--db"] = "ModelCompare:DatabasePath",
        };
        var result = new List<string>();
        var args = invocation.Args;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal) ? (n, (string?)v) : (args[i], null);
            if (!settings.TryGetValue(name, out var key))
            {
                result.Add(args[i]);
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"{name} needs a path, as in {name} {(name == "--data" ? "data" : ".modelcompare/catalog.db")}");
                }

                value = args[++i];
            }

            result.Add($"--{key}={invocation.Resolve(value)}");
        }

        return [.. result];
    }
}
