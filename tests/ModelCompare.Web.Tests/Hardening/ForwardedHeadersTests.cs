using System.Net;
using Microsoft.AspNetCore.Http;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Behind a proxy the site sees the client only through X-Forwarded-For and X-Forwarded-Proto, which it
/// believes only from the proxies it is told of: a header from anyone else is ignored (the rate limit
/// stays with the connection's address), one from a configured proxy names the client (each client behind
/// it has its own bucket, and TLS ended at the proxy counts as HTTPS for HSTS).
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Proxy = "10.0.0.1";
    private const string Stranger = "192.0.2.7";

    private readonly FixtureFolder _folder = new();

    [Fact]
    public async Task By_default_a_forwarded_address_is_ignored_and_one_connection_is_one_client()
    {
        using var site = _folder.Start(Limits());

        Assert.All(await SearchesAsync(site, Proxy, ["198.51.100.1", "198.51.100.2", "198.51.100.3"]), s => Assert.Equal(200, s));
        Assert.Equal(429, (await SearchesAsync(site, Proxy, ["198.51.100.4"]))[0]);
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unknown_sender_is_ignored()
    {
        using var site = _folder.Start(Limits(("ModelCompare:ForwardedHeaders:KnownProxies", Proxy)));

        Assert.All(await SearchesAsync(site, Stranger, ["198.51.100.1", "198.51.100.2", "198.51.100.3"]), s => Assert.Equal(200, s));
        Assert.Equal(429, (await SearchesAsync(site, Stranger, ["198.51.100.4"]))[0]);
    }

    [Theory]
    [InlineData("ModelCompare:ForwardedHeaders:KnownProxies", Proxy)]
    [InlineData("ModelCompare:ForwardedHeaders:KnownNetworks", "10.0.0.0/24")]
    public async Task Clients_behind_a_configured_proxy_each_get_their_own_bucket(string setting, string value)
    {
        using var site = _folder.Start(Limits((setting, value)));

        Assert.All(await SearchesAsync(site, Proxy, ["198.51.100.1", "198.51.100.1", "198.51.100.1"]), s => Assert.Equal(200, s));
        Assert.Equal(429, (await SearchesAsync(site, Proxy, ["198.51.100.1"]))[0]);
        Assert.All(await SearchesAsync(site, Proxy, ["198.51.100.2", "198.51.100.2", "198.51.100.2"]), s => Assert.Equal(200, s));
    }

    [Fact]
    public async Task Tls_ended_at_a_configured_proxy_makes_hsts_apply_and_a_stranger_cannot_claim_it()
    {
        using var proxied = _folder.Start(Limits(("ModelCompare:ForwardedHeaders:KnownProxies", Proxy)));

        Assert.True((await HomeAsync(proxied, Proxy)).Headers.ContainsKey("Strict-Transport-Security"));
        Assert.False((await HomeAsync(proxied, Stranger)).Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("KnownProxies", "10.0.0.300", "ModelCompare:ForwardedHeaders:KnownProxies: \"10.0.0.300\" is not an IP address such as 10.0.0.5 or fd00::5")]
    [InlineData("KnownProxies", "10.0.0.1, 10", "ModelCompare:ForwardedHeaders:KnownProxies: \"10\" is not an IP address such as 10.0.0.5 or fd00::5")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "ModelCompare:ForwardedHeaders:KnownNetworks: \"10.0.0.0/33\" is not a network such as 10.0.0.0/8")]
    [InlineData("KnownNetworks", "10.0.0.0/8 fd00::/8", null)]
    public void A_malformed_proxy_address_or_network_is_refused_naming_the_setting(string setting, string value, string? failure)
    {
        var options = new ModelCompareOptions();
        if (setting == "KnownProxies")
        {
            options.ForwardedHeaders.KnownProxies = value;
        }
        else
        {
            options.ForwardedHeaders.KnownNetworks = value;
        }

        var result = new SettingsValidation().Validate(null, options);

        Assert.Equal(failure, result.Failed ? result.FailureMessage : null);
    }

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, string?> Limits(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal) { ["ModelCompare:QueryPagePermitsPerMinute"] = "3" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>One search per forwarded client, each sent from <paramref name="sender"/>; returns the statuses.</summary>
    private static async Task<List<int>> SearchesAsync(SiteFactory site, string sender, string[] clients)
    {
        var statuses = new List<int>();
        foreach (var client in clients)
        {
            var context = await site.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = "/search";
                c.Request.QueryString = new QueryString("?q=model");
                c.Connection.RemoteIpAddress = IPAddress.Parse(sender);
                c.Request.Headers["X-Forwarded-For"] = client;
            });
            statuses.Add(context.Response.StatusCode);
        }

        return statuses;
    }

    private static async Task<HttpResponse> HomeAsync(SiteFactory site, string sender)
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/";
            c.Request.Host = new HostString("models.example.com");
            c.Request.Scheme = "http";
            c.Connection.RemoteIpAddress = IPAddress.Parse(sender);
            c.Request.Headers["X-Forwarded-For"] = "198.51.100.1";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
        });
        return context.Response;
    }
}
