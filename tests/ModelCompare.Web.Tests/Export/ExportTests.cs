using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

[Collection(SharedSite.Name)]
public sealed class ExportTests(SiteFactory site) : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests", "export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_exported_page_is_the_live_response_byte_for_byte()
    {
        string[] urls = ["/", "/compare/qwen-flash-vs-qwen-max", "/compare/claude-3-5-haiku-vs-gpt-4o", "/css/site.css"];
        using var client = site.CreatePlainClient();
        _ = await client.GetAsync(new Uri("/", UriKind.Relative)); // the shared site builds the database first

        var result = await SiteExport.RunAsync(new ExportOptions(_output) { PublicOrigin = new Uri("http://localhost:5080"), DatabasePath = site.DatabasePath, Paths = urls });

        Assert.True(result.Pages == 3, $"{result}");
        foreach (var url in urls)
        {
            var live = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
            var file = SiteExport.FileFor(_output, url, url.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/html");
            Assert.Equal(live, await File.ReadAllBytesAsync(file));
            Assert.True(File.Exists(file + ".br"), $"{file} has no Brotli copy");
            Assert.False(File.Exists(file + ".gz"), $"{file} has a gzip copy: the hosts serve the file itself to a client without Brotli");
        }

        Assert.True(File.Exists(Path.Combine(_output, "compare", "qwen-flash-vs-qwen-max", "index.html")));
        Assert.True(File.Exists(Path.Combine(_output, "404.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
