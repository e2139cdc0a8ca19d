using System.Buffers.Binary;
using System.Net;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Previews;

[Collection(SharedSite.Name)]
public sealed class PreviewImageTests(SiteFactory site)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The width and height a PNG's IHDR chunk (always first) declares.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/models")]
    [InlineData("/providers")]
    [InlineData("/benchmarks")]
    [InlineData("/data")]
    [InlineData("/providers/{provider}")]
    [InlineData("/benchmarks/{benchmark}")]
    [InlineData("/models/{model}")]
    public async Task Every_page_type_has_a_share_image_that_answers_a_png_robots_allow(string template)
    {
        using var client = site.CreatePlainClient();
        var doc = await client.GetDocumentAsync(site.Resolve(template));

        var image = doc.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.NotNull(image);
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content")));
        var path = new Uri(image).PathAndQuery;
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1200, 630), PngSize(await response.Content.ReadAsByteArrayAsync()));

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.True(RobotsAllow(robots, path), $"robots.txt keeps crawlers off {path}");
    }

    [Theory]
    [InlineData("/previews/nope.png")]
    [InlineData("/providers/no-such-provider/preview.png")]
    [InlineData("/benchmarks/no-such-benchmark/preview.png")]
    public async Task A_share_image_of_nothing_is_a_404(string path)
    {
        using var client = site.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Google's reading of robots.txt: the longest matching rule wins, Allow on a tie; * is any run of characters.</summary>
    private static bool RobotsAllow(string robots, string path)
    {
        var best = (Length: -1, Allow: true);
        foreach (var line in robots.Split('\n'))
        {
            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0 || parts[0] is not ("Allow" or "Disallow"))
            {
                continue;
            }

            var pattern = "^" + Regex.Escape(parts[1]).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\$", "$", StringComparison.Ordinal);
            if (Regex.IsMatch(path, pattern) && (parts[1].Length > best.Length || (parts[1].Length == best.Length && parts[0] == "Allow")))
            {
                best = (parts[1].Length, parts[0] == "Allow");
            }
        }

        return best.Allow;
    }

    /// <summary>Pairs spread evenly over the whole list of pairs, so every part of the catalog is drawn.</summary>
    private static List<(Model A, Model B)> SamplePairs(CatalogSnapshot catalog, int count)
    {
        var models = catalog.Models;
        var total = (long)models.Length * (models.Length - 1) / 2;
        var step = Math.Max(1, total / count);
        var pairs = new List<(Model, Model)>();
        long index = 0;
        for (var i = 0; i < models.Length && pairs.Count < count; i++)
        {
            for (var j = i + 1; j < models.Length && pairs.Count < count; j++, index++)
            {
                if (index % step == 0)
                {
                    pairs.Add((models[i], models[j]));
                }
            }
        }

        return pairs;
    }

    [Fact]
    public async Task A_sample_of_200_pairs_each_answers_a_1200_by_630_png()
    {
        var pairs = SamplePairs(site.Catalog(), 200);
        using var client = site.CreatePlainClient();

        Assert.Equal(200, pairs.Count);
        foreach (var (a, b) in pairs)
        {
            var path = PreviewImages.PairPath(a.Slug, b.Slug);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal((1200, 630), PngSize(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task Model_profiles_answer_1200_by_630_pngs()
    {
        var models = site.Catalog().Models;
        using var client = site.CreatePlainClient();

        for (var i = 0; i < models.Length; i += Math.Max(1, models.Length / 20))
        {
            var bytes = await client.GetByteArrayAsync(new Uri(PreviewImages.ModelPath(models[i].Slug), UriKind.Relative));
            Assert.Equal((1200, 630), PngSize(bytes));
        }
    }

    /// <summary>
    /// Fills {a} and {b} with the first two indexed models, in slug order, that have a list or market price, so
    /// their images show a monthly bill; {a-name} with the first one's name.
    /// </summary>
    private string Priced(string template)
    {
        var catalog = site.Catalog();
        var plan = site.Engine().IndexPlan;
        var priced = catalog.Models
            .Where(m => plan.Models.Contains(m.Slug) && site.Engine().PriceOf(m).Reference is not null)
            .OrderBy(m => m.Slug, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return template
            .Replace("{a-name}", priced[0].Name, StringComparison.Ordinal)
            .Replace("{a}", priced[0].Slug, StringComparison.Ordinal)
            .Replace("{b}", priced[1].Slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/{a}-vs-{b}", "/compare/{a}-vs-{b}/preview.png")]
    [InlineData("/models/{a}", "/models/{a}/preview.png")]
    public async Task Pair_pages_and_profiles_name_their_preview_as_a_large_card_with_size_and_description(string pageTemplate, string imageTemplate)
    {
        var (page, image) = (Priced(pageTemplate), Priced(imageTemplate));
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(page);

        string? Meta(string key) => doc.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");
        var og = Meta("og:image")!;
        Assert.Matches($"^http://localhost:5080{Regex.Escape(image)}\\?v=[0-9a-f]{{12}}$", og);
        var version = og[(og.IndexOf("?v=", StringComparison.Ordinal) + 3)..];
        Assert.Equal(("image/png", "1200", "630"), (Meta("og:image:type"), Meta("og:image:width"), Meta("og:image:height")));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
        var alt = Meta("og:image:alt")!;
        Assert.Contains(Priced("{a-name}"), alt, StringComparison.Ordinal);
        Assert.Contains("a month", alt, StringComparison.Ordinal);
        using var png = await client.GetAsync(new Uri(image + "?v=" + version, UriKind.Relative));
        Assert.Equal((1200, 630), PngSize(await png.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_pair_at_other_traffic_describes_the_image_it_links_which_shows_the_default_traffic()
    {
        using var client = site.CreatePlainClient();

        var pair = Priced("/compare/{a}-vs-{b}");
        var standard = await client.GetDocumentAsync(pair);
        var custom = await client.GetDocumentAsync(pair + "?input=5&output=1");

        const string Alt = "meta[property='og:image:alt']";
        const string Image = "meta[property='og:image']";
        Assert.Equal(standard.QuerySelector(Alt)!.GetAttribute("content"), custom.QuerySelector(Alt)!.GetAttribute("content"));
        Assert.Equal(standard.QuerySelector(Image)!.GetAttribute("content"), custom.QuerySelector(Image)!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/search?q=gpt")]
    public async Task Pages_without_a_preview_keep_the_small_card(string page)
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(page);

        Assert.Equal("summary", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Null(doc.QuerySelector("meta[property='og:image']"));
    }

    [Theory]
    [InlineData("/compare/no-such-model-vs-{model}/preview.png")]
    [InlineData("/compare/{model}/preview.png")]
    [InlineData("/compare/a-vs-b-vs-c/preview.png")]
    [InlineData("/compare/%E2%9C%93-vs-%F0%9F%98%80/preview.png")]
    [InlineData("/models/no-such-model/preview.png")]
    public async Task Unknown_or_malformed_slugs_are_a_404(string template)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(site.Resolve(template), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/compare/{model2}-vs-{model}/preview.png?v=1", "/compare/{model}-vs-{model2}/preview.png?v=1")]
    [InlineData("/compare/{model}-vs-{model}/preview.png", "/models/{model}/preview.png")]
    public async Task Other_spellings_of_a_preview_answer_301_to_the_canonical_image(string path, string location)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(site.Resolve(path), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(site.Resolve(location), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_versioned_address_is_cached_for_a_year_and_revalidates_by_what_it_shows()
    {
        var pair = site.Resolve("/compare/{model}-vs-{model2}");
        var path = pair + "/preview.png";
        using var client = site.CreatePlainClient();
        var page = await client.GetDocumentAsync(pair);
        var og = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var version = og[(og.IndexOf("?v=", StringComparison.Ordinal) + 3)..];

        using var versioned = await client.GetAsync(new Uri($"{path}?v={version}", UriKind.Relative));
        using var plain = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal("public, max-age=3600", plain.Headers.CacheControl!.ToString());
        Assert.StartsWith($"\"{version}-", plain.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.False(plain.Headers.ETag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(await versioned.Content.ReadAsByteArrayAsync(), await plain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void Every_preview_path_of_a_snapshot_is_listed_once_for_the_export()
    {
        var catalog = site.Catalog();
        var n = catalog.Models.Length;

        var paths = PreviewImages.Paths(catalog).ToList();

        Assert.Equal(n + (n * (n - 1) / 2), paths.Count);
        Assert.Equal(paths.Count, paths.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(PreviewImages.ModelPath(site.Resolve("{model}")), paths);
        Assert.Contains(site.Resolve("/compare/{model}-vs-{model2}/preview.png"), paths);
        Assert.All(paths.Where(p => p.StartsWith("/compare/", StringComparison.Ordinal)), p =>
        {
            var slugs = PairQuery.SplitPath(p["/compare/".Length..^"/preview.png".Length])!.Value;
            Assert.True(string.CompareOrdinal(slugs.Left, slugs.Right) < 0, p);
        });
    }
}
