using Microsoft.Playwright;

namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>
/// One site on loopback and one headless Chromium, shared by every browser test. Chromium is the
/// system's (Debian's package), never one Playwright downloads; without it every test fails and says
/// how to install it.
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

    private readonly LoopbackSite _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

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

    /// <summary>A fresh context (cookies, storage, settings) pointed at the site, with bounded waits.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseUrl.ToString();
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
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
