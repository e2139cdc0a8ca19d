using System.Diagnostics;
using System.Net;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>Editors' saves go live on the running site; a bad save is refused and reported.</summary>
public sealed class LiveDataTests : IDisposable
{
    private const string ModelFile = "models/alder/alder-v3-2.md";
    private const string PairUrl = "/compare/alder-v3-2-vs-birch-4o";
    private readonly SiteFactory _site = SiteFactory.For(new SiteOptions { DataDirectory = SiteOptions.FixturePath(FixtureCatalogSite.Folder), CopyData = true });

    [Fact]
    public async Task A_valid_change_goes_live_and_a_broken_one_is_refused_while_the_last_good_data_is_served()
    {
        using var client = _site.CreatePlainClient();
        var before = await GetAsync(client, PairUrl);
        Assert.Contains("<h1>Alder V3.2 vs Birch-4o</h1>", before.Body, StringComparison.Ordinal);
        var original = File.ReadAllText(_site.PathOf(ModelFile));

        // A valid edit is live within a couple of seconds.
        _site.Write(ModelFile, original.Replace("name: Alder V3.2", "name: Alder V3.2 Edited", StringComparison.Ordinal));
        var edited = await WaitForAsync(client, PairUrl, page => page.Body.Contains("<h1>Alder V3.2 Edited vs Birch-4o</h1>", StringComparison.Ordinal));
        Assert.NotEqual(before.ETag, edited.ETag);
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        // A broken edit is refused: /healthz names the file and line, the last good page stays.
        _site.Write(ModelFile, original.Replace("name: Alder V3.2", "name: [Alder V3.2", StringComparison.Ordinal));
        var health = await WaitForHealthAsync(client, body => body.StartsWith("Degraded", StringComparison.Ordinal));
        Assert.Contains("alder-v3-2.md:", health, StringComparison.Ordinal);
        var stillServed = await GetAsync(client, PairUrl);
        Assert.Contains("<h1>Alder V3.2 Edited vs Birch-4o</h1>", stillServed.Body, StringComparison.Ordinal);
        Assert.Equal(edited.ETag, stillServed.ETag);

        // Fixing the file clears the report and puts the fix live.
        _site.Write(ModelFile, original);
        await WaitForAsync(client, PairUrl, page => page.Body.Contains("<h1>Alder V3.2 vs Birch-4o</h1>", StringComparison.Ordinal));
        await WaitForHealthAsync(client, body => body == "Healthy");
    }

    public void Dispose() => _site.Dispose();

    private sealed record Page(string Body, string? ETag);

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Page(await response.Content.ReadAsStringAsync(), response.Headers.ETag?.ToString());
    }

    /// <summary>The site promises a save is live within 2 s; allow more on a busy test machine.</summary>
    private static async Task<Page> WaitForAsync(HttpClient client, string url, Func<Page, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await GetAsync(client, url);
            if (done(page))
            {
                return page;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The change did not go live within a minute.");
            await Task.Delay(100);
        }
    }

    private static async Task<string> WaitForHealthAsync(HttpClient client, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var body = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
            if (done(body))
            {
                return body;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"/healthz did not change within a minute: {body}");
            await Task.Delay(100);
        }
    }
}
