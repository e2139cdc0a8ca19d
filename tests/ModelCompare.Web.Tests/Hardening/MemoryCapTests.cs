using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// What visitors can make the site keep is bounded by settings: the output cache (every distinct query a
/// page reads is an entry), the largest page it keeps, and the share previews kept in memory.
/// </summary>
public sealed class MemoryCapTests : IDisposable
{
    private readonly FixtureFolder _folder = new();

    [Fact]
    public void The_caches_are_bounded_by_default()
    {
        using var site = _folder.Start();
        _ = site.Server;

        var cache = site.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;
        Assert.Equal(32L * 1024 * 1024, cache.SizeLimit);
        Assert.Equal(1024L * 1024, cache.MaximumBodySize);
        Assert.Equal(32L * 1024 * 1024, site.Services.GetRequiredService<PreviewImages>().CacheBytes);
    }

    [Fact]
    public void The_caches_take_their_bounds_from_the_settings()
    {
        using var site = _folder.Start(new Dictionary<string, string?>
        {
            ["ModelCompare:OutputCacheMegabytes"] = "5",
            ["ModelCompare:OutputCacheEntryKilobytes"] = "100",
            ["ModelCompare:PreviewCacheMegabytes"] = "3",
        });
        _ = site.Server;

        var cache = site.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value;
        Assert.Equal(5L * 1024 * 1024, cache.SizeLimit);
        Assert.Equal(100L * 1024, cache.MaximumBodySize);
        Assert.Equal(3L * 1024 * 1024, site.Services.GetRequiredService<PreviewImages>().CacheBytes);
    }

    [Fact]
    public void A_cache_bound_that_is_not_positive_is_refused_naming_the_setting()
    {
        var result = new SettingsValidation().Validate(null, new ModelCompareOptions { OutputCacheMegabytes = 0, PreviewCacheMegabytes = -1 });

        Assert.Equal("ModelCompare:OutputCacheMegabytes must be a positive number, not 0; ModelCompare:PreviewCacheMegabytes must be a positive number, not -1", result.FailureMessage);
    }

    public void Dispose() => _folder.Dispose();
}
