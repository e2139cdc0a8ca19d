using System.Net.Sockets;
using System.Text;
using ModelCompare.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Malformed paths, slugs, queries, methods and headers from a fixed seed, across every route of the
/// site: the site answers each with a 2xx-4xx status and never shows an exception. The test prints the
/// status counts.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class FuzzTests(SiteFactory site, ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int Requests = 10_000;

    /// <summary>Every route the site has, each with a slug of the catalog where it takes one (see <see cref="CatalogSamples.Resolve"/>).</summary>
    private static readonly string[] Paths =
    [
        "/", "/compare/{model}-vs-{model2}", "/compare/", "/compare", "/compare?models={model},{model2},{model3}", "/models/{model}", "/models",
        "/models?sort=price&dir=desc&page=2", "/search", "/search?q=model", "/providers", "/providers/{provider}", "/benchmarks", "/benchmarks/{benchmark}", "/data",
        "/data/catalog.json", "/data/models.csv", "/data/routes.csv", "/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/models.xml", "/sitemaps/compare-1.xml",
        "/robots.txt", "/feed.xml", "/healthz", "/error/500", "/error/404", "/error/abc", "/css/site.css", "/js/picker.js", "/favicon.svg",
    ];

    private static readonly HttpMethod[] Methods =
    [
        HttpMethod.Get, HttpMethod.Get, HttpMethod.Get, HttpMethod.Get, HttpMethod.Get, HttpMethod.Get, HttpMethod.Head, HttpMethod.Head,
        HttpMethod.Post, HttpMethod.Trace, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, new("PROPFIND"),
    ];

    // A NUL in the path is refused by the test server's client before the site sees it; the raw
    // requests below send it (and other bytes HttpClient will not) to Kestrel.
    private static readonly string[] Pieces =
    [
        "-vs-", "-vs--vs-", "..", "%2e%2e", "%2F", "%252e", "%c0%ae", "%ff", "%", "%%", "é", "模型", "🙂", "\u202e", "' OR 1=1 --", "<script>alert(1)</script>",
        "{model}", "{model3}", "a", "", "-", "--", "_", "~", "!", "$", "(", ")", "*", "+", ",", ";", "=", "@", "[", "]", "{", "}", "|", "^", "`",
        new string('a', 300), new string('x', 2000), "-1", "0", "1e309", "NaN", "Infinity", "-0", "99999999999999999999999999", "0x10", "1,5",
        "A%C3%A4", "A%0d%0aX:1", "%20", "%09", " ", "\t", "/EVIL.COM", "%5CEVIL.COM", "\\evil.com", "Ä", "\r\n", "\u00a0",
    ];

    private readonly string[] _paths = [.. Paths.Select(site.Resolve)];

    /// <summary>The pieces with real slugs, one in capitals and one capitalised.</summary>
    private readonly string[] _pieces =
    [
        .. Pieces.Select(site.Resolve), site.Resolve("{model2}").ToUpperInvariant(), char.ToUpperInvariant(site.Resolve("{model}")[0]) + site.Resolve("{model}")[1..],
    ];

    private static readonly string[] Keys = ["input", "output", "cache", "q", "models", "a", "b", "page", "sort", "dir", "maker", "capability", "open", "v", "utm_source", "input[]", "", "__proto__"];

    [Fact]
    public async Task Ten_thousand_malformed_requests_across_every_route_get_no_5xx_and_no_stack_trace()
    {
        var random = new Random(Seed);
        using var client = site.CreatePlainClient();
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < Requests && failures.Count < 10; i++)
        {
            var url = RandomUrl(random, _paths, _pieces);
            using var request = new HttpRequestMessage(Methods[random.Next(Methods.Length)], new Uri(url, UriKind.Relative));
            AddRandomHeaders(random, request);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 || LooksLikeAStackTrace(body))
            {
                failures.Add($"{status} {request.Method} {url}");
            }
        }

        output.WriteLine($"fuzz: {statuses.Values.Sum()} requests (seed {Seed}); by status: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}; 5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}");
        Assert.Empty(failures);
        Assert.Equal(Requests, statuses.Values.Sum());
    }

    [Theory]
    [InlineData("GET /compare/{model}%00-vs-{model2} HTTP/1.1")]
    [InlineData("GET /%00 HTTP/1.1")]
    [InlineData("GET /models/%c0%af..%c0%af HTTP/1.1")]
    [InlineData("GET /compare/{model}-vs-{model2}?input=%00&output=%ff HTTP/1.1")]
    [InlineData("GET /..%2f..%2fetc%2fpasswd HTTP/1.1")]
    [InlineData("GET //compare//{model}-vs-{model2} HTTP/1.1")]
    [InlineData("GET /compare/{model}-vs-{model2}?input=1&input=2&input=-5 HTTP/1.1")]
    public async Task Raw_requests_that_a_test_server_refuses_get_no_5xx_through_kestrel(string requestLine)
    {
        using var kestrel = Kestrel();
        var address = kestrel.Start();

        var (status, _, response) = await SendRawAsync(address, site.Resolve(requestLine), []);

        Assert.InRange(status, 200, 499);
        Assert.False(LooksLikeAStackTrace(response), response);
    }

    /// <summary>
    /// A control byte sent raw in the query (not percent-encoded, as a browser never would) reaches the
    /// request's query string as it is; every redirect that keeps the query puts it in Location escaped,
    /// where a raw byte would make the server fail the response.
    /// </summary>
    [Fact]
    public async Task A_raw_control_byte_in_the_query_is_escaped_in_every_redirect_that_keeps_the_query()
    {
        (string Target, int Status, string Location)[] cases =
        [
            ("/compare/{model2}-vs-{model}/preview.png?x=\u0001", 301, "/compare/{model}-vs-{model2}/preview.png?x=%01"),
            ("/models/{alias}/preview.png?x=\u0001&y=\u001f", 301, "/models/{aliased}/preview.png?x=%01&y=%1F"),
            ("/compare/{model2}-vs-{model}?input=2&x=\u0001", 301, "/compare/{model}-vs-{model2}?input=2&x=%01"),
            ("/compare/{model}-vs-{model}?x=\u0001", 301, "/models/{model}?x=%01"),
            ("/MODELS/{model}?x=\u0001", 301, "/models/{model}?x=%01"),
        ];
        cases = [.. cases.Select(c => (site.Resolve(c.Target), c.Status, site.Resolve(c.Location)))];
        using var kestrel = Kestrel();
        var address = kestrel.Start();

        foreach (var (target, expectedStatus, expectedLocation) in cases)
        {
            var (status, headers, response) = await SendRawAsync(address, $"GET {target} HTTP/1.1", []);

            Assert.True(status == expectedStatus, $"{target.ReplaceLineEndings()} answered {status}: {response}");
            Assert.Equal(expectedLocation, headers.GetValueOrDefault("location"));
        }
    }

    /// <summary>
    /// What the last round of hostile testing tried, on every kind of route (pages, redirects, missing
    /// pages, refused queries, previews, feeds, assets, health): each control byte raw in the query,
    /// control bytes raw in header values, and the conditional headers that must not turn a missing page
    /// or a redirect into 304. Prints the figures.
    /// </summary>
    [Fact]
    public async Task Raw_control_bytes_and_conditional_headers_on_every_route_kind_get_no_5xx_and_no_false_304()
    {
        string[] routes =
        [
            .. Paths, "/compare/{model2}-vs-{model}", "/compare/{model}-vs-{model}", "/compare/{model}-vs-{model2}/preview.png",
            "/compare/{model2}-vs-{model}/preview.png", "/models/{model}/preview.png", "/models/{alias}", "/models/{alias}/preview.png",
            "/MODELS/{model}", "/no-such-page", "/models/no-such-model", "/models/no-such-model/preview.png", "/compare?a={model}&b={model2}",
            "/compare?models=no-such-model,{model2},{model}", "/search?q={model}+vs+{model2}", "/sitemaps/compare-999.xml",
        ];
        routes = [.. routes.Select(site.Resolve)];
        byte[] controls = [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), 0x7f, 0x80, 0xc0, 0xff];
        string[] headerNames = ["If-None-Match", "If-Modified-Since", "Accept-Encoding", "Accept", "Cookie", "X-Forwarded-For", "X-Forwarded-Proto", "Referer"];
        string[][] conditionals =
        [
            ["If-None-Match: *"],
            [$"If-Modified-Since: {DateTimeOffset.UtcNow.AddYears(1):R}"],
            ["If-None-Match: *", $"If-Modified-Since: {DateTimeOffset.UtcNow.AddDays(1):R}"],
            ["If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT"],
            ["If-None-Match: W/\"not-a-version\""],
            ["If-Modified-Since: not a date"],
            [$"If-Modified-Since: {DateTimeOffset.UtcNow.AddYears(1):R}", $"If-Modified-Since: {DateTimeOffset.UtcNow.AddYears(-1):R}"],
        ];

        using var kestrel = Kestrel();
        var address = kestrel.Start();
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var sent = 0;

        async Task<int> SendAsync(string requestLine, string[] headers, string what)
        {
            var (status, responseHeaders, response) = await SendRawAsync(address, requestLine, headers);
            sent++;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status is < 200 or >= 500 || LooksLikeAStackTrace(response) || responseHeaders.GetValueOrDefault("location") is { } location && !location.All(c => c is > ' ' and < '\u007f'))
            {
                failures.Add($"{status} {what}");
            }

            return status;
        }

        foreach (var route in routes)
        {
            var separator = route.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            foreach (var b in controls)
            {
                await SendAsync($"GET {route}{separator}x=a{(char)b}b HTTP/1.1", [], $"{route} with byte 0x{b:x2} in the query");
            }

            foreach (var name in headerNames)
            {
                foreach (var b in new byte[] { 0x00, 0x01, 0x08, 0x1b, 0x1f, 0x7f, 0xff })
                {
                    await SendAsync($"GET {route} HTTP/1.1", [$"{name}: a{(char)b}b"], $"{route} with byte 0x{b:x2} in {name}");
                }
            }

            var unconditional = await SendAsync($"GET {route} HTTP/1.1", [], route);
            foreach (var headers in conditionals)
            {
                var status = await SendAsync($"GET {route} HTTP/1.1", headers, $"{route} with {string.Join(" and ", headers)}");
                if (status == 304 && unconditional != 200)
                {
                    failures.Add($"304 for {route} with {string.Join(" and ", headers)}, which answers {unconditional} without it");
                }
            }
        }

        output.WriteLine($"raw fuzz: {sent} requests over {routes.Length} routes; by status: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}; 5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}");
        Assert.Empty(failures);
    }

    /// <summary>
    /// The export's manifest as an attacker would write it: lines whose file is built from a fixed seed out of
    /// <c>..</c>, <c>.</c>, empty segments, absolute paths, backslashes, control characters, encoded dots,
    /// a symbolic link to a folder outside and real page paths (including one a listed URL writes). Nothing
    /// outside the output folder is deleted, no listed page is lost, and the export succeeds. Prints the figures.
    /// </summary>
    [Fact]
    public async Task Hostile_manifest_paths_never_reach_outside_the_output_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-manifest-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = Path.Combine(root, "data");
            var folder = Path.Combine(root, "site");
            TestDataFolders.Copy("export", data);
            Task<ModelCompare.Web.Cli.ExportResult> ExportAsync() => ModelCompare.Web.Cli.SiteExport.RunAsync(new ModelCompare.Web.Cli.ExportOptions(folder)
            {
                PublicOrigin = new Uri("http://localhost:5080"), DataDirectory = data, DatabasePath = Path.Combine(root, "catalog.db"), Previews = false,
            });
            await ExportAsync();
            var outside = Path.Combine(root, "outside");
            string[] victims = [Path.Combine(root, "victim.txt"), Path.Combine(root, "above", "deeper", "victim.txt"), Path.Combine(outside, "index.html")];
            foreach (var victim in victims)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(victim)!);
                File.WriteAllText(victim, "victim");
            }

            Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), outside);
            var before = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.StartsWith(folder, StringComparison.Ordinal) && !f.StartsWith(Path.Combine(root, "catalog.db"), StringComparison.Ordinal))
                .ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

            string[] pieces =
            [
                "..", "..", ".", "", "~", "%2e%2e", "..%2f", "\\..", "..\\..", "\u0001", "\u007f", "\u0000", "\u202e", "é", "linked", "linked", "index.html", "victim.txt",
                "above", "deeper", "models", "gpt-4o", "compare", "data", "outside", "site", new string('a', 300), root.TrimStart('/'), ":", "C:", "*", "?",
            ];
            var random = new Random(Seed);
            var lines = new List<string>();
            for (var i = 0; i < 2_000; i++)
            {
                var file = string.Join('/', Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
                file = random.Next(8) switch
                {
                    0 => "/" + file,
                    1 => root + "/" + file,
                    2 => "../" + file,
                    _ => file,
                };
                lines.Add($"/fuzz-{i}\t{file}\t0\t");
            }

            lines.AddRange(["/fuzz-home\tindex.html\t0\t", "/fuzz-victim\t../victim.txt\t0\t", $"/fuzz-absolute\t{victims[1]}\t0\t", "/fuzz-link\tlinked/index.html\t0\t", "a line with no tabs", "\t\t\t", "/x\ty"]);
            File.AppendAllLines(folder + ".manifest", lines);

            var result = await ExportAsync();

            var after = before.Keys.Where(File.Exists).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"manifest fuzz: {lines.Count} hostile lines; {result.Rejected.Count} rejected as outside the folder; {result.Removed} inside it, taken as gone (their files deleted where there were any); files outside the output folder before/after: {before.Count}/{after.Count}"));
            Assert.Equal(before, after);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")), "the home page a manifest line claimed for a gone URL was deleted");
            Assert.True(new DirectoryInfo(Path.Combine(folder, "linked")).LinkTarget is not null || !Directory.Exists(Path.Combine(folder, "linked")));
            Assert.Empty(result.Missing);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Sends one request as raw bytes (Latin-1, so each char is one byte) and reads the whole answer.</summary>
    private static async Task<(int Status, Dictionary<string, string> Headers, string Response)> SendRawAsync(Uri address, string requestLine, string[] headers)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var head = new StringBuilder(requestLine).Append("\r\nHost: ").Append(address.Authority).Append("\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.Append("\r\n").ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var responseHeaders = response.Split("\r\n\r\n", 2)[0].Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
        return (status, responseHeaders, response);
    }

    private static bool LooksLikeAStackTrace(string body) =>
        body.Contains("Exception", StringComparison.Ordinal)
        || body.Contains("   at ", StringComparison.Ordinal)
        || body.Contains("StackTrace", StringComparison.OrdinalIgnoreCase);

    private static string RandomUrl(Random random, string[] paths, string[] pieces)
    {
        string PickPiece() => pieces[random.Next(pieces.Length)];
        var route = paths[random.Next(paths.Length)].Split('?', 2);
        var path = route[0];
        var mutation = random.Next(7);
        path = mutation switch
        {
            0 => path,
            1 => "/compare/" + PickPiece() + "-vs-" + PickPiece(),
            2 => path + "/" + Uri.EscapeDataString(PickPiece()),
            3 => "/models/" + PickPiece(),
            4 => (random.Next(2) == 0 ? "/providers/" : "/benchmarks/") + PickPiece(),
            5 => path.ToUpperInvariant() + PickPiece(),
            _ => path + PickPiece().Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal),
        };
        path = "/" + string.Join('/', path.TrimStart('/').Split('/').Select(EscapeForUri));

        var query = new StringBuilder(route.Length == 2 ? "?" + route[1] : "");
        for (var k = random.Next(0, 6); k > 0; k--)
        {
            query.Append(query.Length == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(Keys[random.Next(Keys.Length)]))
                .Append('=')
                .Append(Uri.EscapeDataString(PickPiece()));
        }

        return path + query;
    }

    /// <summary>Keeps percent sequences as they are (they are the point) and escapes what HttpClient would reject.</summary>
    private static string EscapeForUri(string segment) =>
        string.Concat(segment.Select(c => c is '%' || char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@".Contains(c, StringComparison.Ordinal) ? c.ToString() : Uri.EscapeDataString(c.ToString())));

    private static string Pick(Random random) => Pieces[random.Next(Pieces.Length)];

    private static void AddRandomHeaders(Random random, HttpRequestMessage request)
    {
        switch (random.Next(6))
        {
            case 0:
                request.Headers.TryAddWithoutValidation("If-None-Match", Pick(random));
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("If-Modified-Since", Pick(random));
                break;
            case 2:
                request.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=" + Pick(random) + ", gzip, " + Pick(random));
                break;
            case 3:
                request.Headers.TryAddWithoutValidation("Accept", Pick(random));
                break;
            case 4:
                request.Headers.TryAddWithoutValidation("Cookie", Pick(random) + "=" + Pick(random));
                break;
            default:
                break;
        }
    }

    /// <summary>The real site listening on a loopback port, over the shared site's database.</summary>
    private SiteFactory Kestrel() =>
        SiteFactory.For(SiteOptions.RealCatalog.With(("ModelCompare:WatchData", "false")) with { DatabasePath = site.DatabasePath, Kestrel = true });
}
