using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Data;
using ModelCompare.Web.Feeds;
using ModelCompare.Web.Site;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ModelCompare.Web.Hosting;

/// <summary>All of the site's wiring, so Program.cs stays a few lines long.</summary>
public static class ModelCompareHost
{
    /// <summary>Host options: static files come from the repository's top-level wwwroot/.</summary>
    public static WebApplicationOptions CreateOptions(string[] args) => new()
    {
        Args = args,
        WebRootPath = CatalogPaths.FindUp("wwwroot", d => File.Exists(Path.Combine(d, "css", "site.css"))),
    };

    public static WebApplicationBuilder AddModelCompare(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Logging: readable text in development, JSON lines elsewhere.
        builder.Services.AddSerilog(log =>
        {
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (builder.Environment.IsDevelopment())
            {
                log.WriteTo.Console();
            }
            else
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });

        // Settings and the catalog.
        builder.Services.AddOptions<ModelCompareOptions>().BindConfiguration(ModelCompareOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ModelCompareOptions>>().Value;
            return CatalogPaths.Resolve(options.DataDirectory, options.DatabasePath);
        });
        builder.Services.AddSingleton<CatalogStore>();
        builder.Services.AddSingleton<ICatalogAccessor>(sp => sp.GetRequiredService<CatalogStore>());
        builder.Services.AddHostedService<CatalogLoader>();
        builder.Services.AddSingleton<ComparisonEngine>();
        builder.Services.AddSingleton<SiteData>();

        // Pages.
        builder.Services.AddRouting(o =>
        {
            o.LowercaseUrls = true;
            o.AppendTrailingSlash = false;
        });
        var razor = builder.Services.AddRazorPages();
#if DEBUG
        razor.AddRazorRuntimeCompilation();
#endif

        // Health.
        builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
        return builder;
    }

    public static WebApplication UseModelCompare(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseLowercaseUrls();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthChecks("/healthz");
        app.MapModelCompareFeeds();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>Reports the data as degraded while an editor's change is refused.</summary>
internal sealed class CatalogHealthCheck(CatalogStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = store.Problems;
        var version = store.Current.Version.ShortHash;
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"Serving data version {version}.")
            : HealthCheckResult.Degraded(
                $"Serving data version {version}; the latest change to the data files was refused with {problems.Count} problem(s): "
                + string.Join("; ", problems.Take(20).Select(p => p.ToString()))));
    }
}
