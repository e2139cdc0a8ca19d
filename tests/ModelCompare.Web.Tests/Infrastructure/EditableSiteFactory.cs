using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>
/// The real site over a temporary copy of data/, so a test can edit files the way an editor does and
/// watch the site pick the change up. Each instance has its own copy and database.
/// </summary>
public sealed class EditableSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public EditableSiteFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        CopyDirectory(FindData(), DataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory => Path.Combine(_root, "data");

    public string DatabasePath => Path.Combine(_root, "catalog.db");

    public string PathOf(string relative) => Path.Combine(DataDirectory, relative);

    /// <summary>Rewrites a data file the way editors' tools do: write a temporary file, then move it over.</summary>
    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        var temp = path + ".tmp~";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ModelCompare:DataDirectory", DataDirectory);
        builder.UseSetting("ModelCompare:DatabasePath", DatabasePath);
        builder.UseSetting("ModelCompare:PublicOrigin", "http://localhost:5080");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string FindData()
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
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
