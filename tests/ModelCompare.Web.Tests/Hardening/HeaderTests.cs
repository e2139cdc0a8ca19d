using System.Net;
using System.Net.Http.Headers;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

[Collection(SharedSite.Name)]
public sealed class HeaderTests(SiteFactory site)
{
    private const string PairUrl = "/compare/{model}-vs-{model2}";

    /// <summary>A pair of the catalog in its canonical order.</summary>
    private string Pair => site.Resolve(PairUrl);

    [Theory]
    [InlineData("/")]
    [InlineData(PairUrl)]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        url = site.Resolve(url);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_page_answers_304_to_its_own_etag_and_last_modified()
    {
        using var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri(Pair, UriKind.Relative));
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.NotNull(lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        // Last-Modified is the page's data date, which cannot show a change of wording: that date alone is not
        // trusted, as the copy may be from before this data and build were served. A date since then is.
        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
        byDate.Headers.IfModifiedSince = lastModified;
        using var sinceDataDate = await client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.OK, sinceDataDate.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        using var byNow = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
        byNow.Headers.IfModifiedSince = DateTimeOffset.UtcNow;
        using var notModifiedSince = await client.SendAsync(byNow);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"some-older-version\"", isWeak: true));
        using var modified = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    /// <summary>
    /// A conditional request is answered 304 only for a resource that exists and would answer 200: a
    /// missing page, a redirect or a refused query answers as it would without the condition.
    /// </summary>
    [Theory]
    [InlineData("/no-such-page", 404)]
    [InlineData("/models/no-such-model", 404)]
    [InlineData("/models/no-such-model/preview.png", 404)]
    [InlineData("/compare/{model2}-vs-{model}", 301)]
    [InlineData("/compare/{model2}-vs-{model}/preview.png", 301)]
    [InlineData("/MODELS/{model}", 301)]
    [InlineData("/compare?a={model}&b={model2}", 302)]
    [InlineData("/compare?models=no-such-model,{model2},{model}", 400)]
    [InlineData("/sitemaps/compare-999.xml", 404)]
    public async Task A_conditional_request_for_what_does_not_answer_200_gets_its_own_status_not_304(string url, int status)
    {
        url = site.Resolve(url);
        using var client = site.CreatePlainClient();
        using var plain = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, (int)plain.StatusCode);

        using var anyTag = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        anyTag.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var byAnyTag = await client.SendAsync(anyTag);
        Assert.Equal(status, (int)byAnyTag.StatusCode);

        using var future = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        future.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddYears(1);
        using var byFutureDate = await client.SendAsync(future);
        Assert.Equal(status, (int)byFutureDate.StatusCode);
    }

    [Theory]
    [InlineData(PairUrl)]
    [InlineData("/models/{model}/preview.png")]
    [InlineData("/sitemap.xml")]
    public async Task An_existing_resource_matches_any_tag_and_ignores_a_date_in_the_future(string url)
    {
        url = site.Resolve(url);
        using var client = site.CreatePlainClient();

        using var anyTag = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        anyTag.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var byAnyTag = await client.SendAsync(anyTag);
        Assert.Equal(HttpStatusCode.NotModified, byAnyTag.StatusCode);
        Assert.Empty(await byAnyTag.Content.ReadAsByteArrayAsync());
        Assert.NotNull(byAnyTag.Headers.ETag);

        // RFC 9110 13.1.3: a date later than the server's clock is not a date the client saw; it is ignored.
        using var future = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        future.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddYears(1);
        using var byFutureDate = await client.SendAsync(future);
        Assert.Equal(HttpStatusCode.OK, byFutureDate.StatusCode);
        Assert.NotEmpty(await byFutureDate.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pages_are_compressed_with_brotli_or_gzip_when_asked()
    {
        using var client = site.CreatePlainClient();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [Fact]
    public async Task A_page_is_sent_in_brotli_of_the_quality_the_export_writes_and_decodes_to_the_page()
    {
        using var client = site.CreatePlainClient();
        var page = await client.GetByteArrayAsync(new Uri(Pair, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Pair, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);
        var sent = await response.Content.ReadAsByteArrayAsync();

        var decoded = new byte[page.Length];
        Assert.True(System.IO.Compression.BrotliDecoder.TryDecompress(sent, decoded, out var length));
        Assert.Equal(page, decoded[..length]);
        // Streamed, the site's copy can differ from one compressed at once by a few bytes, never by a quality's worth:
        // quality 1 (ASP.NET's fastest level) is some 7% larger on a pair page.
        static int At(byte[] bytes, int quality)
        {
            var buffer = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
            Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(bytes, buffer, out var written, quality, BrotliResponses.Window));
            return written;
        }

        Assert.InRange(sent.Length, At(page, BrotliResponses.Quality) - 64, At(page, BrotliResponses.Quality) + 64);
        Assert.True(sent.Length < At(page, 1), $"{sent.Length} bytes sent, {At(page, 1)} at quality 1");
    }

    [Fact]
    public async Task A_cached_page_is_kept_compressed_in_each_encoding_and_sent_as_kept()
    {
        using var client = site.CreatePlainClient();
        var url = new Uri(site.Resolve("/models/{model}"), UriKind.Relative);
        var page = await client.GetByteArrayAsync(url);

        async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string encoding, string? etag = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            if (etag is not null)
            {
                request.Headers.IfNoneMatch.ParseAdd(etag);
            }

            var response = await client.SendAsync(request);
            return (response, await response.Content.ReadAsByteArrayAsync());
        }

        foreach (var (encoding, decode) in new (string, Func<Stream, Stream>)[]
        {
            ("gzip, deflate, br, zstd", s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionMode.Decompress)),
            ("gzip", s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress)),
        })
        {
            _ = await GetAsync(encoding);
            var (cached, body) = await GetAsync(encoding);
            using (cached)
            {
                // Age: the answer came from the output cache, with the bytes it kept when the page was rendered.
                Assert.True(cached.Headers.Age is not null, $"{encoding}: the second request was not answered from the cache");
                Assert.Equal(cached.Content.Headers.ContentLength, body.Length);
                using var decoded = new MemoryStream();
                await using (var stream = decode(new MemoryStream(body)))
                {
                    await stream.CopyToAsync(decoded);
                }

                Assert.Equal(page, decoded.ToArray());
                Assert.Contains("Accept-Encoding", cached.Headers.Vary);

                // A 304 carries no body, so it names no encoding.
                var (notModified, _) = await GetAsync(encoding, cached.Headers.ETag!.ToString());
                using (notModified)
                {
                    Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
                    Assert.Empty(notModified.Content.Headers.ContentEncoding);
                }
            }
        }
    }

    [Fact]
    public async Task Every_form_of_a_compressible_answer_says_it_varies_by_encoding_once()
    {
        using var client = site.CreatePlainClient();
        var css = await StylesheetOfAsync(client);
        // A page (cached inside the output cache), a feed, and a static file (compressed outside it).
        var urls = new[] { new Uri(site.Resolve("/compare/{model}-vs-{model2}"), UriKind.Relative), new Uri("/feed.xml", UriKind.Relative), css };
        foreach (var (url, encoding) in urls.SelectMany(u => new[] { null, "identity", "gzip", "gzip, deflate, br, zstd" }.Select(e => (u, e))))
        {
            // The first answer (rendered, for the page) and the next (from the cache).
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (encoding is not null)
                {
                    request.Headers.AcceptEncoding.ParseAdd(encoding);
                }

                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var named = response.Headers.Vary.Where(v => v.Equals("Accept-Encoding", StringComparison.OrdinalIgnoreCase)).ToArray();
                Assert.True(named.SequenceEqual(["Accept-Encoding"]), $"{url} with Accept-Encoding {encoding ?? "(none)"}: Vary {response.Headers.Vary}");
            }
        }
    }

    /// <summary>The fingerprinted stylesheet address the home page links to.</summary>
    private static async Task<Uri> StylesheetOfAsync(HttpClient client)
    {
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var css = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(css);
        return new Uri(css, UriKind.Relative);
    }

    [Fact]
    public async Task A_fingerprinted_asset_is_cached_for_a_year()
    {
        using var client = site.CreatePlainClient();
        var css = await StylesheetOfAsync(client);

        using var response = await client.GetAsync(css);

        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void No_page_uses_inline_styles_event_handlers_or_inline_script()
    {
        var pages = Path.Combine(FindUp("src"), "ModelCompare.Web", "Pages");
        var offenders = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, "\\sstyle=|\\son[a-z]+=\"|<script(?![^>]*(type=\"application/ld\\+json\"|src=))", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(x => $"{Path.GetRelativePath(pages, x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    private static string FindUp(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, name, "ModelCompare.Web")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new DirectoryNotFoundException(name);
    }
}
