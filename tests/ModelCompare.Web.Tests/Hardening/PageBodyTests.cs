using System.IO.Hashing;
using System.Text;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// What a page's body and validators are once the templates' indentation is taken out and the validators are
/// given where the page is rendered (inside the output cache): the same on a cached answer as on the first.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class PageBodyTests(SiteFactory site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/models/{model}")]
    [InlineData("/compare/{model}-vs-{model2}")]
    public async Task A_page_has_no_indentation_and_its_cached_answer_has_the_same_bytes_and_validators(string template)
    {
        var path = site.Resolve(template);
        using var client = site.CreatePlainClient();

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await first.Content.ReadAsByteArrayAsync();
        var html = Encoding.UTF8.GetString(body);

        Assert.DoesNotContain(html.Split('\n'), line => line.StartsWith(' ') || line.StartsWith('\t'));
        Assert.DoesNotContain("\n\n", html, StringComparison.Ordinal);
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync());
        // The ETag is the digest of the bytes sent, whichever answer it is; the marker that says the validators are a page's never leaves.
        Assert.Equal($"W/\"{Convert.ToHexStringLower(XxHash128.Hash(body))}\"", first.Headers.ETag!.ToString());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
        Assert.Equal("no-cache", second.Headers.CacheControl!.ToString());
        Assert.DoesNotContain(first.Headers.Concat(second.Headers), h => h.Key.StartsWith("X-ModelCompare", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_cached_page_answers_its_own_etag_and_a_date_from_before_the_data_was_served_with_the_page()
    {
        var profile = site.Resolve("/models/{model}");
        using var client = site.CreatePlainClient();
        using var first = await client.GetAsync(new Uri(profile, UriKind.Relative));

        using var byTag = new HttpRequestMessage(HttpMethod.Get, profile);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(byTag);
        // The page's own date is before this process began serving its data: a date-only condition is not trusted for a page.
        using var byDate = new HttpRequestMessage(HttpMethod.Get, profile);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var full = await client.SendAsync(byDate);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, full.StatusCode);
    }
}
