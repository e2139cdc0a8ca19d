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
