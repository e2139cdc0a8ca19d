using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and a free port, so a real browser can reach it, over the
/// repository's data/ folder with its own temporary database.
/// </summary>
public sealed class LoopbackSite : WebApplicationFactory<Program>
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-browser-tests", Guid.NewGuid().ToString("N"));

    public LoopbackSite() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server and returns its address, such as http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ModelCompare:DatabasePath", Path.Combine(_root, "catalog.db"));
        builder.UseSetting("ModelCompare:PublicOrigin", "http://localhost:5080");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
