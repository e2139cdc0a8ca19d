using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Each page's ETag follows its own bytes and its Last-Modified its own data date: an editor's price
/// change moves the validators of the pages that show the price and of no other.
/// </summary>
public sealed class PageValidatorTests : IDisposable
{
    private const string RouteFile = "routes/birch/birch-4o.yaml";
    private const string EditedPair = "/compare/birch-4o-vs-birch-4o-mini";
    private const string UnrelatedPair = "/compare/alder-r1-vs-alder-v3-2";
    private readonly SiteFactory _site = SiteFactory.For(new SiteOptions { DataDirectory = SiteOptions.FixturePath(FixtureCatalogSite.Folder), CopyData = true });

    [Fact]
    public async Task A_price_edit_changes_the_validators_of_the_pages_showing_it_and_leaves_an_unrelated_page_alone()
    {
        using var client = _site.CreatePlainClient();
        var edited = await GetAsync(client, EditedPair);
        Assert.DoesNotContain("$2.65", edited.Body, StringComparison.Ordinal);
        var unrelated = await GetAsync(client, UnrelatedPair);
        // The unrelated page never shows the edited model (it may link to Birch-4o mini).
        Assert.DoesNotMatch("Birch-4o(?! mini)", unrelated.Body);

        var original = File.ReadAllText(_site.PathOf(RouteFile));
        var text = original
            .Replace("price:\n  input: 2.5\n", "price:\n  input: 2.65\n", StringComparison.Ordinal)
            .Replace("checked: 2026-07-01\n", "checked: 2026-12-01\n", StringComparison.Ordinal)
            + "  - date: 2026-12-01\n    event: changed\n    input: 2.65\n    output: 10\n";
        Assert.NotEqual(original, text);
        _site.Write(RouteFile, text);

        var after = await WaitForAsync(client, EditedPair, page => page.Body.Contains("$2.65", StringComparison.Ordinal));
        Assert.NotEqual(edited.ETag, after.ETag);
        Assert.True(after.LastModified > edited.LastModified, $"Last-Modified {after.LastModified:R} is not later than {edited.LastModified:R}");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), after.LastModified);

        var unrelatedAfter = await GetAsync(client, UnrelatedPair);
        Assert.Equal(unrelated.Body, unrelatedAfter.Body);
        Assert.Equal(unrelated.ETag, unrelatedAfter.ETag);
        Assert.Equal(unrelated.LastModified, unrelatedAfter.LastModified);

        // A client holding the unrelated page may keep it; one holding the edited page's old copy may not.
        Assert.Equal(HttpStatusCode.NotModified, await ConditionalAsync(client, UnrelatedPair, unrelated.ETag));
        Assert.Equal(HttpStatusCode.OK, await ConditionalAsync(client, EditedPair, edited.ETag));
        using var byOldDate = new HttpRequestMessage(HttpMethod.Get, new Uri(EditedPair, UriKind.Relative));
        byOldDate.Headers.IfModifiedSince = edited.LastModified;
        using var response = await client.SendAsync(byOldDate);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _site.Dispose();

    private sealed record Page(string Body, EntityTagHeaderValue ETag, DateTimeOffset LastModified);

    private static async Task<HttpStatusCode> ConditionalAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Page(await response.Content.ReadAsStringAsync(), response.Headers.ETag!, response.Content.Headers.LastModified!.Value);
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
}
