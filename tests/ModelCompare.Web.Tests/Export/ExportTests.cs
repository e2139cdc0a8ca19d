using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

/// <summary>The export over the fixture catalog, into a folder of the test's own that it deletes, manifest and all.</summary>
[Collection(FixtureCatalog.Name)]
public sealed class ExportTests(FixtureCatalogSite site) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-export-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "site");

    [Fact]
    public async Task An_exported_page_is_the_live_response_byte_for_byte()
    {
        string[] urls = ["/", "/compare/alder-v3-2-vs-birch-4o", "/compare/alder-r1-vs-birch-4o-mini", "/css/site.css"];
        using var client = site.CreatePlainClient();
        _ = await client.GetAsync(new Uri("/", UriKind.Relative)); // the shared site builds the database first

        var result = await SiteExport.RunAsync(new ExportOptions(Output)
        {
            PublicOrigin = new Uri(SiteFactory.Origin), DataDirectory = site.DataDirectory, DatabasePath = site.DatabasePath, Paths = urls,
        });

        Assert.True(result.Pages == 3, $"{result}");
        foreach (var url in urls)
        {
            var live = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
            var file = SiteExport.FileFor(Output, url, url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/html");
            Assert.Equal(live, await File.ReadAllBytesAsync(file));
            Assert.True(File.Exists(file + ".br"), $"{file} has no Brotli copy");
            Assert.False(File.Exists(file + ".gz"), $"{file} has a gzip copy: the hosts serve the file itself to a client without Brotli");
        }

        Assert.True(File.Exists(Path.Combine(Output, "compare", "alder-v3-2-vs-birch-4o", "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "404.html")));
        // The manifest lies beside the output folder, inside the test's own folder.
        Assert.Equal([Output, Output + ".manifest"], Directory.EnumerateFileSystemEntries(_root).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
