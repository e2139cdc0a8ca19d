using Microsoft.Extensions.Options;

namespace ModelCompare.Web.Hosting;

/// <summary>The site's settings, bound from the <c>ModelCompare</c> configuration section.</summary>
public sealed class ModelCompareOptions
{
    public const string Section = "ModelCompare";

    /// <summary>The folder holding the editors' data files; found by walking up from the working folder when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Where the built SQLite catalog is written; defaults to <c>.modelcompare/catalog.db</c> beside the data folder.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// The absolute origin used in canonical links, og:url, og:image, sitemaps and feeds. Required outside
    /// Development (see <see cref="PublicOriginValidation"/>); Development falls back to this default.
    /// </summary>
    public Uri PublicOrigin { get; set; } = new("http://localhost:5080");

    /// <summary>Whether the running site watches the data folder and puts valid changes live.</summary>
    public bool WatchData { get; set; } = true;

    /// <summary>Whether rendered pages are kept in the output cache (keyed by data version and query).</summary>
    public bool CacheOutput { get; set; } = true;

    /// <summary>Writes the log to standard error instead of standard output (set by commands whose output is data).</summary>
    public bool LogToStandardError { get; set; }

    /// <summary>Requests a minute one client may make to the pages that compute from their query (search, multi-compare).</summary>
    public int QueryPagePermitsPerMinute { get; set; } = 60;

    /// <summary>
    /// The most memory the rendered pages in the output cache may take, in MiB. Every distinct query a page
    /// reads (<c>?input=</c> on a pair page) is a new entry, so this bounds what visitors can make the site
    /// keep; the least recently used pages go first.
    /// </summary>
    public int OutputCacheMegabytes { get; set; } = 32;

    /// <summary>The largest response kept in the output cache, in KiB; a larger one is served but not kept.</summary>
    public int OutputCacheEntryKilobytes { get; set; } = 1024;

    /// <summary>The most memory the share previews kept in memory may take, in MiB (about 20 previews a MiB).</summary>
    public int PreviewCacheMegabytes { get; set; } = 32;

    /// <summary>The proxies whose forwarded headers are believed; none by default.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}

/// <summary>
/// Which senders of <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed: the load balancers or
/// reverse proxies in front of the site. Off by default, because a header from anyone else would let any
/// client choose its own address (its own rate-limit bucket) or claim HTTPS.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = ModelCompareOptions.Section + ":" + nameof(ModelCompareOptions.ForwardedHeaders);

    /// <summary>The proxies' addresses, separated by commas or spaces (<c>10.0.0.5, 10.0.0.6</c>).</summary>
    public string? KnownProxies { get; set; }

    /// <summary>The proxies' networks in CIDR notation, separated by commas or spaces (<c>10.0.0.0/8</c>).</summary>
    public string? KnownNetworks { get; set; }

    /// <summary>Whether any proxy is configured, and so whether forwarded headers are read at all.</summary>
    public bool IsEnabled => Split(KnownProxies).Length > 0 || Split(KnownNetworks).Length > 0;

    /// <summary>The configured addresses; a malformed one is named in <see cref="Problems"/>.</summary>
    public IEnumerable<System.Net.IPAddress> Proxies() =>
        Split(KnownProxies).Select(text => System.Net.IPAddress.TryParse(text, out var address) && IsWholeAddress(text) ? address : null).OfType<System.Net.IPAddress>();

    /// <summary>The configured networks; a malformed one is named in <see cref="Problems"/>.</summary>
    public IEnumerable<System.Net.IPNetwork> Networks() =>
        Split(KnownNetworks).Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? (System.Net.IPNetwork?)network : null).OfType<System.Net.IPNetwork>();

    /// <summary>One line per malformed entry, naming the setting.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var text in Split(KnownProxies).Where(t => !System.Net.IPAddress.TryParse(t, out _) || !IsWholeAddress(t)))
        {
            yield return $"{Section}:{nameof(KnownProxies)}: \"{text}\" is not an IP address such as 10.0.0.5 or fd00::5";
        }

        foreach (var text in Split(KnownNetworks).Where(t => !System.Net.IPNetwork.TryParse(t, out _)))
        {
            yield return $"{Section}:{nameof(KnownNetworks)}: \"{text}\" is not a network such as 10.0.0.0/8";
        }
    }

    private static string[] Split(string? list) =>
        (list ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>IPAddress.TryParse takes "10" for 0.0.0.10; a proxy's address is written in full.</summary>
    private static bool IsWholeAddress(string text) => text.Contains(':', StringComparison.Ordinal) || text.Count(c => c == '.') == 3;
}

/// <summary>
/// Refuses to start with a malformed proxy address or network or a cache size that is not positive, in
/// one line naming the setting (checked at start-up, like the public origin).
/// </summary>
internal sealed class SettingsValidation : IValidateOptions<ModelCompareOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelCompareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.ForwardedHeaders.Problems().ToList();
        foreach (var (setting, value) in new[]
        {
            (nameof(ModelCompareOptions.OutputCacheMegabytes), options.OutputCacheMegabytes),
            (nameof(ModelCompareOptions.OutputCacheEntryKilobytes), options.OutputCacheEntryKilobytes),
            (nameof(ModelCompareOptions.PreviewCacheMegabytes), options.PreviewCacheMegabytes),
        })
        {
            if (value <= 0)
            {
                problems.Add($"{ModelCompareOptions.Section}:{setting} must be a positive number, not {value}");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join("; ", problems));
    }
}

/// <summary>
/// Refuses to start a site outside Development whose public origin was not configured: every canonical
/// link, og:url, preview image and sitemap entry would point at localhost. Checked at start-up
/// (<c>ValidateOnStart</c>), so the site stops with one line saying how to set it.
/// </summary>
internal sealed class PublicOriginValidation(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<ModelCompareOptions>
{
    public const string Key = ModelCompareOptions.Section + ":" + nameof(ModelCompareOptions.PublicOrigin);

    public const string EnvironmentVariable = ModelCompareOptions.Section + "__" + nameof(ModelCompareOptions.PublicOrigin);

    public ValidateOptionsResult Validate(string? name, ModelCompareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration[Key]))
        {
            return ValidateOptionsResult.Fail(
                $"{Key} is not set: set the environment variable {EnvironmentVariable} to the site's public address, such as {EnvironmentVariable}=https://models.example.com");
        }

        return options.PublicOrigin is { IsAbsoluteUri: true } origin && (origin.Scheme == Uri.UriSchemeHttps || origin.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} must be an absolute http or https address such as https://models.example.com, not \"{configuration[Key]}\"");
    }
}
