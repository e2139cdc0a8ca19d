using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>Every route the site has, each with a real slug where it takes one.</summary>
    private static readonly string[] Paths =
    [
        "/", "/compare/qwen-flash-vs-qwen-max", "/compare/", "/compare", "/compare?models=qwen-flash,qwen-max,gpt-4o", "/models/qwen-flash", "/models",
        "/models?sort=price&dir=desc&page=2", "/search", "/search?q=claude", "/providers", "/providers/openai", "/benchmarks", "/benchmarks/mmlu", "/data",
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
        "qwen-flash", "QWEN-MAX", "gpt-4o", "a", "", "-", "--", "_", "~", "!", "$", "(", ")", "*", "+", ",", ";", "=", "@", "[", "]", "{", "}", "|", "^", "`",
        new string('a', 300), new string('x', 2000), "-1", "0", "1e309", "NaN", "Infinity", "-0", "99999999999999999999999999", "0x10", "1,5",
        "A%C3%A4", "A%0d%0aX:1", "%20", "%09", " ", "\t", "/EVIL.COM", "%5CEVIL.COM", "\\evil.com", "Ä", "\r\n", "Qwen-Flash", "\u00a0",
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
            var url = RandomUrl(random);
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
    [InlineData("GET /compare/qwen-flash%00-vs-qwen-max HTTP/1.1")]
    [InlineData("GET /%00 HTTP/1.1")]
    [InlineData("GET /models/%c0%af..%c0%af HTTP/1.1")]
    [InlineData("GET /compare/qwen-flash-vs-qwen-max?input=%00&output=%ff HTTP/1.1")]
    [InlineData("GET /..%2f..%2fetc%2fpasswd HTTP/1.1")]
    [InlineData("GET //compare//qwen-flash-vs-qwen-max HTTP/1.1")]
    [InlineData("GET /compare/qwen-flash-vs-qwen-max?input=1&input=2&input=-5 HTTP/1.1")]
    public async Task Raw_requests_that_a_test_server_refuses_get_no_5xx_through_kestrel(string requestLine)
    {
        using var kestrel = new KestrelSite(site.DatabasePath);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = new Uri(kestrel.ClientOptions.BaseAddress.ToString());

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"{requestLine}\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();

        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(status, 200, 499);
        Assert.False(LooksLikeAStackTrace(response), response);
    }

    private static bool LooksLikeAStackTrace(string body) =>
        body.Contains("Exception", StringComparison.Ordinal)
        || body.Contains("   at ", StringComparison.Ordinal)
        || body.Contains("StackTrace", StringComparison.OrdinalIgnoreCase);

    private static string RandomUrl(Random random)
    {
        var route = Paths[random.Next(Paths.Length)].Split('?', 2);
        var path = route[0];
        var mutation = random.Next(7);
        path = mutation switch
        {
            0 => path,
            1 => "/compare/" + Pick(random) + "-vs-" + Pick(random),
            2 => path + "/" + Uri.EscapeDataString(Pick(random)),
            3 => "/models/" + Pick(random),
            4 => (random.Next(2) == 0 ? "/providers/" : "/benchmarks/") + Pick(random),
            5 => path.ToUpperInvariant() + Pick(random),
            _ => path + Pick(random).Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal),
        };
        path = "/" + string.Join('/', path.TrimStart('/').Split('/').Select(EscapeForUri));

        var query = new StringBuilder(route.Length == 2 ? "?" + route[1] : "");
        for (var k = random.Next(0, 6); k > 0; k--)
        {
            query.Append(query.Length == 0 ? '?' : '&')
                .Append(Uri.EscapeDataString(Keys[random.Next(Keys.Length)]))
                .Append('=')
                .Append(Uri.EscapeDataString(Pick(random)));
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
    private sealed class KestrelSite(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ModelCompare:DatabasePath", databasePath);
            builder.UseSetting("ModelCompare:PublicOrigin", "http://localhost:5080");
            builder.UseSetting("ModelCompare:WatchData", "false");
        }
    }
}
