using Microsoft.Playwright;

namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>
/// Two sites on loopback and one headless Chromium, shared by every browser test: the real catalog, for the
/// quality checks that measure every page type (their examples are picked from the catalog at run time, see
/// <see cref="Resolve"/>), and the hand-written fixture catalog, on which the end-to-end journeys run with
/// names and figures known in advance. Chromium is the system's (Debian's package), never one Playwright
/// downloads; without it every test fails and says how to install it.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IAsyncDisposable
{
    public const string ChromiumVariable = "MODELCOMPARE_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Bounds for a 2-core machine that other builds share: generous, but never open-ended.</summary>
    public const float ActionTimeout = 15_000;

    public const float NavigationTimeout = 30_000;

    // Chromium's background services try to reach Google at every start; the network here is closed.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly SiteFactory _site = SiteFactory.For(SiteOptions.RealCatalog with { Kestrel = true });
    private readonly SiteFactory _fixture = SiteFactory.For(SiteOptions.Fixture("catalog") with { Kestrel = true });
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site over the real catalog.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site over the fixture catalog (TestData/catalog).</summary>
    public Uri FixtureUrl { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium}, and it is not there. Install Debian's package with "
                + $"`apt-get install -y chromium` (bash .ci/run does), or set {ChromiumVariable} to a Chromium binary.");
        }

        BaseUrl = _site.Start();
        FixtureUrl = _fixture.Start();

        // Belt and braces: nothing in these tests may fetch a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh context (cookies, storage, settings) pointed at the site over the real catalog, with bounded waits.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => NewContextAsync(BaseUrl, options);

    /// <summary>A fresh context pointed at the site over the fixture catalog, with bounded waits.</summary>
    public Task<IBrowserContext> NewFixtureContextAsync(BrowserNewContextOptions? options = null) => NewContextAsync(FixtureUrl, options);

    /// <summary>
    /// A path with examples from the real catalog put in: {pair} is the first indexed pair whose two models both
    /// have a list price and share a benchmark that scores at least five models (so its page has a chart),
    /// {model} and {model2} its models, {model3} the next indexed model, {maker} the first model's maker and
    /// {benchmark} that shared benchmark.
    /// </summary>
    public string Resolve(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var catalog = _site.Catalog();
        var plan = _site.Engine().IndexPlan;
        var scored = catalog.Benchmarks.ToDictionary(
            b => b.Slug,
            b => catalog.Scores.Where(s => s.BenchmarkSlug == b.Slug).Select(s => s.ModelSlug).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        bool Priced(string slug) => catalog.RoutesFor(slug).Any(r => r.HasCompletePrice);
        var (pair, benchmark) = plan.PairPaths
            .Select(path => path["/compare/".Length..].Split("-vs-"))
            .Where(p => p.Length == 2 && Priced(p[0]) && Priced(p[1]))
            .Select(p => (Pair: p, Benchmark: scored.FirstOrDefault(b => plan.Benchmarks.Contains(b.Key) && b.Value.Count >= 5 && b.Value.Contains(p[0]) && b.Value.Contains(p[1])).Key))
            .First(p => p.Benchmark is not null);
        var third = catalog.Models.First(m => plan.Models.Contains(m.Slug) && m.Slug != pair[0] && m.Slug != pair[1]).Slug;
        return template
            .Replace("{pair}", $"{pair[0]}-vs-{pair[1]}", StringComparison.Ordinal)
            .Replace("{model}", pair[0], StringComparison.Ordinal)
            .Replace("{model2}", pair[1], StringComparison.Ordinal)
            .Replace("{model3}", third, StringComparison.Ordinal)
            .Replace("{maker}", catalog.FindModel(pair[0])!.MakerSlug, StringComparison.Ordinal)
            .Replace("{benchmark}", benchmark, StringComparison.Ordinal);
    }

    private async Task<IBrowserContext> NewContextAsync(Uri site, BrowserNewContextOptions? options)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = site.ToString();
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(NavigationTimeout);
        return context;
    }

    /// <summary>Opens a path in a new page of the context and checks the status the server answered.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path, int expectedStatus = 200)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == expectedStatus, $"{path} answered {response.Status}, expected {expectedStatus}.");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        await _site.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
