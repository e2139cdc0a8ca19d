using System.Globalization;
using System.IO.Compression;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ModelCompare.Catalog;
using ModelCompare.Data;
using ModelCompare.Data.Files;
using ModelCompare.Web.Feeds;
using ModelCompare.Web.Charts;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace ModelCompare.Web.Hosting;

/// <summary>All of the site's wiring, so Program.cs stays a few lines long.</summary>
public static class ModelCompareHost
{
    /// <summary>The output-cache tag every page carries; evicted when a new snapshot goes live.</summary>
    internal const string CatalogTag = "catalog";

    /// <summary>
    /// The rate-limit policies of the pages that compute from a free-form query: search, and multi-compare
    /// when it has a query (the bare /compare page computes nothing). They are attached to the pages
    /// (endpoints), not to paths, so /search/ or any other spelling that reaches a page is limited too.
    /// </summary>
    internal const string SearchPolicy = "search";

    internal const string ComparePolicy = "compare";

    /// <summary>
    /// The query parameters each page reads, by output-cache policy name. A page is cached per data version
    /// and per value of these only: any other parameter (?utm_source=...) is ignored, so it neither makes a
    /// new cache entry nor a different page.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> PageQueryKeys = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["pair"] = ["input", "output", "cache", "basis", "via", "preset", "requests", "in_per", "out_per", "mode", "tier", "write", "ttl", "thinking", "reasoning", "search"],
        ["compare"] = ["a", "b", "c", "d", "models", "input", "output", "cache"],
        ["models"] = ["sort", "dir", "maker", "capability", "open", "maxin", "maxout", "context", "bench", "page"],
        ["search"] = ["q"],
    };

    /// <summary>
    /// Host options: static files come from the repository's top-level wwwroot/. Settings files are read
    /// once, not watched: the default watcher covers the content root (the working folder) and every
    /// folder under it, which is a repository with build output and exports when run from a clone and cost
    /// seconds of start-up; the data folder has its own watcher (<see cref="CatalogWatcher"/>).
    /// </summary>
    public static WebApplicationOptions CreateOptions(string[] args) => new()
    {
        Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
        WebRootPath = CatalogPaths.FindUp("wwwroot", d => File.Exists(Path.Combine(d, "css", "site.css"))),
    };

    public static WebApplicationBuilder AddModelCompare(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Logging: readable text in development, JSON lines elsewhere; levels can be tuned under "Serilog".
        builder.Services.AddSerilog(log =>
        {
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext();
            // A command whose standard output is its result (the export's changed URLs) logs to standard error.
            var toError = builder.Configuration.GetValue<bool>($"{ModelCompareOptions.Section}:{nameof(ModelCompareOptions.LogToStandardError)}")
                ? LogEventLevel.Verbose
                : (LogEventLevel?)null;
            if (builder.Environment.IsDevelopment())
            {
                log.WriteTo.Console(standardErrorFromLevel: toError);
            }
            else
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: toError);
            }
        });

        // Settings and the catalog, kept live by a watcher on the data folder.
        builder.Services.AddOptions<ModelCompareOptions>().BindConfiguration(ModelCompareOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ModelCompareOptions>, PublicOriginValidation>();
        builder.Services.AddSingleton<IValidateOptions<ModelCompareOptions>, SettingsValidation>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ModelCompareOptions>>().Value;
            return CatalogPaths.Resolve(options.DataDirectory, options.DatabasePath);
        });
        builder.Services.AddSingleton<CatalogStore>();
        builder.Services.AddSingleton<ICatalogAccessor>(sp => sp.GetRequiredService<CatalogStore>());
        builder.Services.AddHostedService<CatalogLoader>();
        builder.Services.AddHostedService<CatalogWatcher>();
        builder.Services.AddHostedService<OutputCacheEviction>();
        builder.Services.AddSingleton<SiteData>();
        builder.Services.AddSingleton<PreviewImages>();

        // Server: no Server header to advertise the stack.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Speed: rendered pages cached per data version and the query parameters the page reads, compressed on the way out.
        builder.Services.AddOutputCache(o =>
        {
            // A detail page answers another spelling of its address (capitals) with a 301 of its own, so a
            // cached canonical page must not answer for it.
            o.UseCaseSensitivePaths = true;
            foreach (var (name, keys) in PageQueryKeys)
            {
                // Only the keys: whether to cache at all stays with the base policy (and the CacheOutput setting).
                // Also by which keys are present: a blank value (/compare?models=) and no key (/compare) share a
                // query-value key but are different pages (a 400 that says none was given, and the form).
                o.AddPolicy(name, policy => policy.SetVaryByQuery(keys).VaryByValue(c => new KeyValuePair<string, string>(
                    "present", c.Request.QueryString.HasValue ? string.Join(',', keys.Where(c.Request.Query.ContainsKey)) : "")), excludeDefaultPolicy: true);
            }
        });
        // The base policy reads the services it needs once, here: looked up per request, they made every cached
        // answer create a service scope of its own.
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<ModelCompareOptions>, CatalogStore, IResponseCompressionProvider>((o, site, store, compression) =>
        {
            var cacheOutput = site.Value.CacheOutput;
            o.AddBasePolicy(policy => policy
                .With(c => cacheOutput && IsCacheable(c.HttpContext.Request.Path))
                .SetVaryByQuery(Array.Empty<string>())
                .VaryByValue(_ => new KeyValuePair<string, string>("data", store.CurrentView.CacheKey))
                // Pages are compressed inside the cache (see UseModelCompare), so each encoding is an entry of its own.
                .VaryByValue(c => new KeyValuePair<string, string>("encoding", EncodingOf(compression, c)))
                // No request collapsing: a page renders in a millisecond or two, and collapsing put every cached answer
                // through a shared dictionary and a task of its own.
                .SetLocking(false)
                .Tag(CatalogTag)
                .Expire(TimeSpan.FromMinutes(30)));
            // Bounded: each distinct query a page reads is an entry, so the cache's size is what visitors can make the site keep.
            o.SizeLimit = site.Value.OutputCacheMegabytes * 1024L * 1024;
            o.MaximumBodySize = site.Value.OutputCacheEntryKilobytes * 1024L;
        });
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliResponses>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/atom+xml", "application/rss+xml"];
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, VaryingCompression>());

        // Behind a load balancer: the client's address and scheme from the configured proxies' headers, so the
        // rate limit sees each client and HSTS sees HTTPS that ended at the proxy. The whole chain of configured
        // proxies is unwound (no hop limit); the first address that is not one of them is the client.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ModelCompareOptions>>((o, site) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = null;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in site.Value.ForwardedHeaders.Proxies())
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in site.Value.ForwardedHeaders.Networks())
            {
                o.KnownIPNetworks.Add(network);
            }
        });

        // Hard to break: the pages that compute from a free-form query are rate limited per client.
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ModelCompareOptions>>((o, site) => ConfigureRateLimits(o, site.Value.QueryPagePermitsPerMinute));

        // Pages.
        builder.Services.AddRouting(o =>
        {
            o.LowercaseUrls = true;
            o.AppendTrailingSlash = false;
        });
        var razor = builder.Services.AddRazorPages();
        // Pages are UTF-8: a dash or a × is written as itself (3 bytes), not as a character reference (8); the
        // characters HTML gives a meaning to (< > & ' ") are still escaped.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
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
        // First, so everything after (HSTS, the rate limiter, the request log) sees the client, not the proxy.
        // Only with proxies configured: with none, the middleware would believe every sender. Read from the
        // settings as they are (malformed entries stop the site when the options are validated at start).
        if (app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() is { IsEnabled: true })
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        // Static files are compressed on the way out; everything routed is compressed inside the output cache (below).
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), branch => branch.UseResponseCompression());
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging();
        app.UseReadOnlyMethods();
        app.UseLowercaseUrls();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = MarkFingerprintedImmutable });
        app.UseMiddleware<DataVersionHeaders>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseOutputCache();
        // Pages are compressed where they are rendered, so the cache keeps the compressed bytes and a browser's
        // request for a cached page (Accept-Encoding: br) is sent as it is; compressing every such hit again had
        // raised a warm pair page from 41 to 123 µs of CPU. Error pages are rendered here too; the compression outside is for static
        // files, and leaves a response that already has an encoding alone.
        app.UseResponseCompression();
        // Inside the cache, so a cached page keeps the validators it was given when it was rendered.
        app.UseMiddleware<DataVersionHeaders.Validators>();
        // The site has no sign-in, but Razor Pages registers the authorization services, and the host then puts both
        // middlewares at the head of the pipeline; named here, they run only for what the cache does not answer.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = CatalogHealthCheck.WriteAsync });
        app.MapModelCompareFeeds();
        app.MapPreviewImages();
        app.MapCharts();
        app.MapRazorPages();
        return app;
    }

    /// <summary>The encoding the response compression would choose for the request ("br", "gzip"), or empty for none.</summary>
    private static string EncodingOf(IResponseCompressionProvider compression, HttpContext context) => compression.GetCompressionProvider(context)?.EncodingName ?? "";

    private static bool IsCacheable(PathString path) =>
        !path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);

    private static void ConfigureRateLimits(RateLimiterOptions options, int permitsPerMinute)
    {
        // A token bucket of a minute's permits that refills steadily: a client that used them all may try
        // again as soon as the next token is due, and Retry-After says when that is (a fixed window can only
        // say "a whole window", which was always 60 seconds).
        var permits = Math.Max(1, permitsPerMinute);
        var perSecond = permits >= 60;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = perSecond ? permits / 60 : 1,
            ReplenishmentPeriod = perSecond ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / permits),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        RateLimitPartition<string> PerClient(HttpContext context) =>
            RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => bucket);
        options.AddPolicy(SearchPolicy, PerClient);
        options.AddPolicy(ComparePolicy, context => context.Request.QueryString.HasValue ? PerClient(context) : RateLimitPartition.GetNoLimiter(string.Empty));
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var response = rejected.HttpContext.Response;
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : bucket.ReplenishmentPeriod;
            response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                string.Create(CultureInfo.InvariantCulture, $"Too many requests: search and multi-model comparison answer {permitsPerMinute} requests a minute from one address. Please try again in {Math.Ceiling(wait.TotalSeconds)} seconds."),
                cancellationToken);
        };
    }

    /// <summary>A file requested with its content hash (<c>?v=</c>, from asp-append-version) never changes.</summary>
    private static void MarkFingerprintedImmutable(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context)
    {
        if (context.Context.Request.Query.ContainsKey("v"))
        {
            context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }
    }
}

/// <summary>
/// Reports the site as degraded while an editor's change is refused (with each problem, located in the
/// data folder), while the database or its folder has a fault, or after a reload failed. The public text
/// names no absolute path and quotes no exception: the details are in the log.
/// </summary>
internal sealed class CatalogHealthCheck(CatalogStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var version = store.Latest.Version.ShortHash;
        var faults = new List<string>();
        var problems = store.Problems;
        if (problems.Count > 0)
        {
            faults.Add($"Data fault: the latest change to the data files was refused with {problems.Count} problem(s); serving data version {version}.");
            faults.AddRange(problems.Take(50).Select(p => PublicText(p, store.Paths.DataDirectory)));
        }

        if (store.DatabaseProblem is not null)
        {
            faults.Add($"Database fault: the catalog database or its folder cannot be used or written (the data files are not at fault); serving data version {version} from memory. The site's log has the details.");
        }

        if (store.ReloadFailed)
        {
            faults.Add($"Reload fault: the latest reload of the data failed for a reason the data files do not explain; serving data version {version}. The site's log has the details.");
        }

        return Task.FromResult(faults.Count == 0
            ? HealthCheckResult.Healthy($"Serving data version {version}.")
            : HealthCheckResult.Degraded(string.Join('\n', faults)));
    }

    /// <summary>"models/x/y.md:3:1: name: ...": the problem located in the data folder, with that folder's own path left out.</summary>
    internal static string PublicText(DataProblem problem, string dataDirectory)
    {
        var full = Path.GetFullPath(problem.Path);
        var relative = Path.GetRelativePath(dataDirectory, full).Replace('\\', '/');
        var where = relative == "." ? "data" : relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(full) : relative;
        var message = problem.Message.Replace(dataDirectory, "data", StringComparison.Ordinal);
        return DataProblem.Escape($"{where}:{problem.Line}:{problem.Column}: {problem.Field}: {message}");
    }

    /// <summary>"Healthy" alone when all is well; otherwise the status, then why, one fault or problem a line.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var details = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description);
        return context.Response.WriteAsync(string.Join('\n', details.Prepend(report.Status.ToString())));
    }
}

/// <summary>Drops every cached page the moment a new view (a new data version, or a new day) goes live.</summary>
internal sealed class OutputCacheEviction(CatalogStore store, IOutputCacheStore cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.ViewChanged += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.ViewChanged -= Evict;
        return Task.CompletedTask;
    }

    private void Evict(SiteView view) =>
        cache.EvictByTagAsync(ModelCompareHost.CatalogTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
