using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Parser;
using ModelCompare.Web.Cli;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// Serves a fresh export of the fixture catalog with nginx and the repository's
/// <c>deploy/nginx/modelcompare.conf</c>, and crawls it from every page: no broken link or share preview,
/// the live site's headers on every answer, the pre-compressed copies served, the 404 page for unknown paths.
/// Needs nginx with Debian's brotli_static module (<c>.ci/run</c> installs them).
/// </summary>
public sealed class NginxExportTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });
    private NginxHost? _nginx;

    private string Site => Path.Combine(_root, "site");

    public async Task InitializeAsync()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "export");
        var result = await SiteExport.RunAsync(new ExportOptions(Site) { PublicOrigin = new Uri("http://localhost:5080"), DataDirectory = fixture, DatabasePath = Path.Combine(_root, "catalog.db") });
        Assert.Empty(result.Missing);
        _nginx = await NginxHost.StartAsync(_root, Site);
        _client.BaseAddress = _nginx.Address;
    }

    [Fact]
    public async Task Every_link_and_share_preview_answers_200_with_the_live_sites_headers()
    {
        var parser = new HtmlParser();
        // From the home page and, for pages no link reaches, every exported page.
        var pages = Directory.EnumerateFiles(Site, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Site, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "/." ? "/" : p)
            .Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(["/", .. pages], StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        var broken = new List<string>();
        while (queue.TryDequeue(out var path))
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }

            foreach (var (name, value) in SecurityHeaders.All)
            {
                Assert.True(response.Headers.TryGetValues(name, out var sent) && sent.Single() == value, $"{path} has no {name}: {value}");
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
                .Concat(document.QuerySelectorAll("meta[property='og:image'], meta[name='twitter:image']").Select(e => e.GetAttribute("content")!));
            foreach (var link in links.Select(Local).OfType<string>().Where(seen.Add))
            {
                queue.Enqueue(link);
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} broken link(s) of {seen.Count}: {string.Join(", ", broken.Take(20))}");
        Assert.Contains("/compare/deepseek-r1-vs-gpt-4o", seen);
        // Every exported share preview is some page's og:image, and was followed: four models and their six
        // pairs, three providers and one leaderboard.
        var exported = Directory.EnumerateFiles(Site, "preview.png", SearchOption.AllDirectories).Select(f => "/" + Path.GetRelativePath(Site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(14, exported.Count);
        Assert.Equal(exported, seen.Where(p => p.Contains("/preview.png?v=", StringComparison.Ordinal)).Select(p => p.Split('?')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_share_preview_linked_with_its_version_is_the_live_image_cached_for_a_year()
    {
        // The live site over the same data, for the bytes it serves.
        await using var live = SiteFactory.For(SiteOptions.Fixture("export"));
        using var liveClient = live.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await liveClient.GetStringAsync(new Uri("/compare/deepseek-r1-vs-gpt-4o", UriKind.Relative)));
        var image = Local(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!)!;
        Assert.StartsWith("/compare/deepseek-r1-vs-gpt-4o/preview.png?v=", image, StringComparison.Ordinal);

        using var served = await GetAsync(image, "br, gzip");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Empty(served.Content.Headers.ContentEncoding);
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
        Assert.Equal(await liveClient.GetByteArrayAsync(new Uri(image, UriKind.Relative)), await served.Content.ReadAsByteArrayAsync());

        using var bare = await GetAsync("/compare/deepseek-r1-vs-gpt-4o/preview.png", null);
        Assert.Equal("public, max-age=3600", bare.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/compare/deepseek-r1-vs-gpt-4o", "text/html")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/data/models.csv", "text/csv")]
    public async Task A_page_is_served_from_its_precompressed_copy_with_the_live_type(string path, string mediaType)
    {
        var plain = await GetAsync(path, null);
        Assert.Equal(mediaType, plain.Content.Headers.ContentType?.MediaType);
        var bytes = await plain.Content.ReadAsByteArrayAsync();

        using var br = await GetAsync(path, "br");
        Assert.Equal("br", Assert.Single(br.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", br.Headers.Vary);
        await using (var decoded = new BrotliStream(await br.Content.ReadAsStreamAsync(), CompressionMode.Decompress))
        {
            Assert.Equal(bytes, await ReadAllAsync(decoded));
        }

        // The export writes no .gz: a client without Brotli gets the file itself.
        using var gz = await GetAsync(path, "gzip");
        Assert.Empty(gz.Content.Headers.ContentEncoding);
        Assert.Equal(bytes, await gz.Content.ReadAsByteArrayAsync());

        Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        plain.Dispose();
    }

    [Fact]
    public async Task An_asset_requested_with_its_hash_is_immutable_and_an_unknown_path_gets_the_404_page()
    {
        using var asset = await GetAsync("/css/site.css?v=abc", null);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());

        using var missing = await GetAsync("/compare/no-such-model-vs-gpt-4o", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Site, "404.html")), await missing.Content.ReadAsByteArrayAsync());

        using var headers = await GetAsync("/_headers", null);
        Assert.Equal(HttpStatusCode.NotFound, headers.StatusCode);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _nginx?.Dispose();
        _nginx = null;
        _client.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The site path of a link to this site (absolute to the public origin, or root-relative); null for others.</summary>
    private static string? Local(string href)
    {
        if (href.StartsWith("http://localhost:5080/", StringComparison.Ordinal))
        {
            href = href["http://localhost:5080".Length..];
        }

        return href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? href.Split('#')[0] : null;
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        return await _client.SendAsync(request);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
