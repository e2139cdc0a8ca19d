using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// The request faults found by attacking the published site on loopback, one test each, numbered as
/// they were reported. Those that only a real server shows (header validation) run through Kestrel.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class FaultRegressionTests(SiteFactory site, KestrelFixtureSite kestrel) : IDisposable, IClassFixture<KestrelFixtureSite>
{
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("//EVIL.COM", "/evil.com")]
    [InlineData("/%5CEVIL.COM", "/evil.com")]
    [InlineData("//%5C/EVIL.COM", "/evil.com")]
    public async Task Fault02_a_capitalised_path_that_looks_like_another_host_redirects_within_the_site(string path, string location)
    {
        var response = await RawAsync($"GET {path} HTTP/1.1");

        Assert.Equal(301, response.Status);
        Assert.Equal(location, response.Header("Location"));
    }

    [Theory]
    [InlineData("GET /A%C3%A4 HTTP/1.1", 301)]
    [InlineData("GET /A%0d%0aX:1 HTTP/1.1", 301)]
    [InlineData("GET /models/%20 HTTP/1.1", 404)]
    [InlineData("GET /compare/%09 HTTP/1.1", 404)]
    [InlineData("GET /providers/%20%20 HTTP/1.1", 404)]
    [InlineData("GET /benchmarks/%20 HTTP/1.1", 404)]
    [InlineData("TRACE /models/gpt-4o HTTP/1.1", 405)]
    [InlineData("TRACE /compare/deepseek-v3-2-vs-gpt-4o HTTP/1.1", 405)]
    [InlineData("DELETE /providers/openai HTTP/1.1", 405)]
    [InlineData("GET /Compare/gpt-4o-vs-deepseek-v3-2?x=%C3%A4 HTTP/1.1", 301)]
    public async Task Fault04_capitals_with_non_ascii_blank_slugs_and_trace_answer_4xx_not_500(string requestLine, int expected)
    {
        var response = await RawAsync(requestLine);

        Assert.Equal(expected, response.Status);
        Assert.All(response.Headers, h => Assert.True(h.All(c => c is >= ' ' and < '\u007f'), h));
    }

    [Fact]
    public async Task Fault05_a_name_with_a_nul_is_refused_and_the_feed_keeps_answering()
    {
        using (var first = _folder.Start())
        {
            Assert.Equal(200, (await first.GetAsync("/feed.xml")).Status);
        }

        _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: GPT\0-4o");
        using var site = _folder.Start();

        var (status, feed) = await site.GetAsync("/feed.xml");
        var (_, health) = await site.GetAsync("/healthz");

        Assert.Equal(200, status);
        Assert.DoesNotContain("\0", feed, StringComparison.Ordinal);
        Assert.Contains("models/openai/gpt-4o.md:2:10: name: contains the control character U+0000 (NUL)", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault08_a_trailing_slash_is_no_way_around_the_rate_limit_and_retry_after_is_the_real_wait()
    {
        using var limited = _folder.Start(new Dictionary<string, string?> { ["ModelCompare:QueryPagePermitsPerMinute"] = "120" });
        using var client = limited.CreatePlainClient();
        // The slash is only another spelling: one 301 to the address that is limited, never a search of its own.
        using (var slash = await client.GetAsync(new Uri("/search/?q=qwen0", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, slash.StatusCode);
            Assert.Equal("/search?q=qwen0", slash.Headers.Location!.OriginalString);
        }

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 2000 && refused is null; i++)
        {
            var response = await client.GetAsync(new Uri($"/search?q=qwen{i % 3}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("try again in 1 seconds", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        refused.Dispose();
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemaps/pages.xml")]
    [InlineData("/sitemaps/models.xml")]
    [InlineData("/sitemaps/compare-1.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/data/catalog.json")]
    [InlineData("/data/models.csv")]
    [InlineData("/data/routes.csv")]
    public async Task Fault10_head_answers_200_on_the_feeds_sitemaps_robots_and_downloads(string url)
    {
        using var client = site.CreatePlainClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Fault11_healthz_shows_no_absolute_path_or_exception_and_names_a_data_fault()
    {
        using (var first = _folder.Start())
        {
            Assert.Equal("Healthy", (await first.GetAsync("/healthz")).Body);
        }

        File.Delete(_folder.PathOf("providers/openrouter.md"));
        Directory.CreateDirectory(_folder.PathOf("providers/openrouter.md"));
        using var site = _folder.Start();

        var (_, health) = await site.GetAsync("/healthz");

        Assert.StartsWith("Degraded\nData fault: the latest change to the data files was refused", health, StringComparison.Ordinal);
        Assert.Contains("\nproviders/openrouter.md:1:1: (data): unexpected folder: providers/ holds files only", health, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Root, health, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault12_a_query_parameter_the_page_does_not_read_neither_makes_a_cache_entry_nor_reaches_the_canonical()
    {
        using var client = site.CreatePlainClient();
        var pair = site.Engine().IndexPlan.PairPaths[0];
        var first = await GetAsync(client, pair + "?utm_source=a");
        var second = await GetAsync(client, pair + "?utm_source=b&fbclid=c");
        var traffic = await GetAsync(client, pair + "?input=4321.5&utm_source=a");

        Assert.NotNull(second.Age); // served from the entry the first request (or an earlier one without a query) made
        Assert.Equal(first.Body, second.Body);
        Assert.Null(traffic.Age); // a parameter the page reads is a page of its own
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost:5080{pair}\">", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fault12_the_feeds_etag_is_weak_because_gzip_and_plain_bodies_share_it()
    {
        using var client = site.CreatePlainClient();
        using var plain = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        using var gzip = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var plainResponse = await client.SendAsync(plain);
        using var gzipResponse = await client.SendAsync(gzip);

        Assert.Equal("gzip", Assert.Single(gzipResponse.Content.Headers.ContentEncoding));
        Assert.True(plainResponse.Headers.ETag!.IsWeak);
        Assert.True(gzipResponse.Headers.ETag!.IsWeak);
    }

    private sealed record Page(string Body, TimeSpan? Age);

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Page(await response.Content.ReadAsStringAsync(), response.Headers.Age);
    }

    private sealed record RawResponse(int Status, IReadOnlyList<string> Headers)
    {
        public string? Header(string name) =>
            Headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
    }

    /// <summary>A raw request through Kestrel on loopback: Kestrel, unlike the test server, refuses bad header values.</summary>
    private async Task<RawResponse> RawAsync(string requestLine)
    {
        var address = kestrel.Start();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"{requestLine}\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var text = await reader.ReadToEndAsync();
        var head = text.Split("\r\n\r\n", 2)[0].Split("\r\n");
        return new RawResponse(int.Parse(head[0].Split(' ', 3)[1], CultureInfo.InvariantCulture), head[1..]);
    }
}
