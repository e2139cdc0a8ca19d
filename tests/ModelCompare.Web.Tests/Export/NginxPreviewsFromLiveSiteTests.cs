using System.Net;
using AngleSharp.Html.Parser;
using ModelCompare.Web.Cli;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// An export written without share previews, served by nginx with <c>deploy/nginx/previews-from-live-site.conf</c>:
/// every page's og:image comes from the live site (drawn on first request) with the headers an exported image has.
/// </summary>
public sealed class NginxPreviewsFromLiveSiteTests : IAsyncLifetime, IDisposable
{
    private const string Pair = "/compare/deepseek-r1-vs-gpt-4o";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-previews-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });
    private readonly SiteFactory _live = SiteFactory.For(SiteOptions.Fixture("export") with { Kestrel = true });
    private NginxHost? _nginx;

    private string Site => Path.Combine(_root, "site");

    public async Task InitializeAsync()
    {
        var result = await SiteExport.RunAsync(new ExportOptions(Site)
        {
            PublicOrigin = new Uri("http://localhost:5080"),
            DataDirectory = SiteOptions.FixturePath("export"),
            DatabasePath = Path.Combine(_root, "catalog.db"),
            Previews = false,
        });
        Assert.Empty(result.Missing);
        var live = _live.Start();
        _nginx = await NginxHost.StartAsync(_root, Site, ["deploy/nginx/previews-from-live-site.conf"],
            conf => conf.Replace("proxy_pass http://127.0.0.1:5080;", $"proxy_pass {live.GetLeftPart(UriPartial.Authority)};", StringComparison.Ordinal));
        _client.BaseAddress = _nginx.Address;
    }

    [Fact]
    public async Task A_page_s_share_preview_comes_from_the_live_site_with_the_exported_image_s_headers()
    {
        Assert.Empty(Directory.EnumerateFiles(Site, "preview.png", SearchOption.AllDirectories));
        var page = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri(Pair, UriKind.Relative)));
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!.Replace("http://localhost:5080", string.Empty, StringComparison.Ordinal);
        Assert.StartsWith(Pair + "/preview.png?v=", image, StringComparison.Ordinal);

        using var served = await _client.GetAsync(new Uri(image, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", Assert.Single(served.Headers.GetValues("Cache-Control")));
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Equal(value, Assert.Single(served.Headers.GetValues(name)));
        }

        using var liveClient = _live.CreateClient();
        Assert.Equal(await liveClient.GetByteArrayAsync(new Uri(image, UriKind.Relative)), await served.Content.ReadAsByteArrayAsync());

        using var bare = await _client.GetAsync(new Uri(Pair + "/preview.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal("public, max-age=3600", Assert.Single(bare.Headers.GetValues("Cache-Control")));
    }

    [Theory]
    [InlineData("/models/gpt-4o/preview.png")]
    [InlineData("/previews/home.png")]
    public async Task Every_kind_of_preview_is_drawn_by_the_live_site(string path)
    {
        using var served = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_preview_of_an_unknown_pair_is_a_404_and_pages_stay_on_disk()
    {
        using var missing = await _client.GetAsync(new Uri("/compare/no-such-model-vs-gpt-4o/preview.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var page = await _client.GetAsync(new Uri(Pair, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-cache", Assert.Single(page.Headers.GetValues("Cache-Control")));
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
        _live.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
