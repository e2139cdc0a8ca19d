using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Tests.Hosting;

/// <summary>What a <see cref="SiteFactory"/> serves and how.</summary>
public sealed record SiteOptions
{
    /// <summary>The data folder; null serves the repository's <c>data/</c>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Copy the data folder into the site's own temporary folder first, so a test may edit it as an editor does.</summary>
    public bool CopyData { get; init; }

    /// <summary>The database file; null puts it in the site's own temporary folder.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>Listen on Kestrel at 127.0.0.1 and a free port (see <see cref="SiteFactory.Start"/>), for raw sockets and real browsers.</summary>
    public bool Kestrel { get; init; }

    /// <summary>Configuration settings, applied after the defaults (Production, the public origin http://localhost:5080).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// The repository's real catalog, for tests that walk it and check invariants. Many tests (and the
    /// fuzzer) share one such host, so its query pages are not rate limited; the rate limit is tested on a
    /// host of its own.
    /// </summary>
    public static SiteOptions RealCatalog { get; } = new SiteOptions().With(("ModelCompare:QueryPagePermitsPerMinute", "1000000"));

    /// <summary>The hand-written catalog <c>TestData/{name}</c> beside the tests, served where it lies.</summary>
    public static SiteOptions Fixture(string name) => new() { DataDirectory = FixturePath(name), Settings = NoWatch };

    /// <summary>The folder of the hand-written catalog <c>TestData/{name}</c> beside the tests.</summary>
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>These settings with <paramref name="more"/> added (a key in both takes the later value).</summary>
    public SiteOptions With(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(Settings, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return this with { Settings = settings };
    }

    private static Dictionary<string, string?> NoWatch => new(StringComparer.Ordinal) { ["ModelCompare:WatchData"] = "false" };
}

/// <summary>
/// The real site in process over the data <see cref="SiteOptions"/> names (the repository's data/, a
/// fixture catalog, or a private copy of either), with a database of its own in a temporary folder that
/// is deleted with the factory. The one host every web and browser test starts.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string Origin = "http://localhost:5080";

    private readonly SiteOptions _options;
    private Uri? _address;

    /// <summary>The real catalog (a collection fixture's constructor).</summary>
    public SiteFactory()
        : this(SiteOptions.RealCatalog)
    {
    }

    /// <summary>A site over what <paramref name="options"/> names.</summary>
    public static SiteFactory For(SiteOptions options) => new(options);

    // xUnit makes a collection fixture through its one public constructor: this one is for For and subclasses.
    protected SiteFactory(SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        if (options.CopyData)
        {
            DataDirectory = Path.Combine(Root, "data");
            CopyDirectory(options.DataDirectory ?? RepositoryData(), DataDirectory);
        }
        else
        {
            DataDirectory = options.DataDirectory ?? RepositoryData();
        }

        if (options.Kestrel)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The site's own temporary folder (its database, and its copy of the data when it copies).</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "modelcompare-site-" + Guid.NewGuid().ToString("N"));

    public string DataDirectory { get; } = string.Empty;

    public string DatabasePath => _options.DatabasePath ?? Path.Combine(Root, "catalog.db");

    /// <summary>The catalog the site serves now.</summary>
    public CatalogSnapshot Catalog() => Services.GetRequiredService<ICatalogAccessor>().Current;

    /// <summary>The engine the site's pages ask now, over <see cref="Catalog"/> and its figures.</summary>
    public ComparisonEngine Engine() => Services.GetRequiredService<CatalogStore>().CurrentView.Engine;

    public string PathOf(string relative) => Path.Combine(DataDirectory, relative);

    /// <summary>Rewrites a file of the site's own copy of the data the way editors' tools do: write a temporary file, then move it over.</summary>
    public void Write(string relative, string text)
    {
        if (!_options.CopyData)
        {
            throw new InvalidOperationException("Only a site over its own copy of the data may edit it.");
        }

        var path = PathOf(relative);
        var temp = path + ".tmp~";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Starts Kestrel (a site made with <see cref="SiteOptions.Kestrel"/>) and returns its address, such as http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        if (!_options.Kestrel)
        {
            throw new InvalidOperationException("Only a site made with Kestrel = true listens on a port.");
        }

        if (_address is null)
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                ?? throw new InvalidOperationException("Kestrel reported no addresses.");
            _address = new Uri(addresses.Single().TrimEnd('/') + "/");
        }

        return _address;
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<(int Status, string Body)> GetAsync(string url)
    {
        using var client = CreatePlainClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ModelCompare:PublicOrigin", Origin);
        builder.UseSetting("ModelCompare:DatabasePath", DatabasePath);
        if (_options.DataDirectory is not null || _options.CopyData)
        {
            builder.UseSetting("ModelCompare:DataDirectory", DataDirectory);
        }

        foreach (var (key, value) in _options.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>The repository's data/ folder, found above the test output.</summary>
    public static string RepositoryData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "models")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No data/ folder above the test output.");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
