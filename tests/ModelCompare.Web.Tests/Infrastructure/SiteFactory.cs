using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>
/// The real site over the repository's real data/ folder, with its own temporary database so tests
/// never touch a developer's build.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_root, "catalog.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Many tests (and the fuzzer) share this host; RateLimitTests checks the limit on a host of its own.
        builder.UseSetting("ModelCompare:QueryPagePermitsPerMinute", "1000000");
        builder.UseSetting("ModelCompare:DatabasePath", DatabasePath);
        builder.UseSetting("ModelCompare:PublicOrigin", "http://localhost:5080");
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
}

[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
