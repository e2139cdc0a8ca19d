using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Status;

/// <summary>
/// The day is a dependency: the site judges each model's status on its clock's day, not the day the data was
/// built, and builds its view again when that day changes. The fixture catalog is reviewed on 2026-07-01; its
/// GPT-4o is given a retirement date half a year later.
/// </summary>
public sealed class PinnedClockTests : IDisposable
{
    private const string Model = "models/openai/gpt-4o.md";

    private const string Pair = "/compare/deepseek-v3-2-vs-gpt-4o";

    private readonly FixtureFolder _folder = new();

    public PinnedClockTests() =>
        _folder.Replace(Model, "last_reviewed: 2026-07-01", """
            retirement_date: 2027-01-15
            status_source:
              name: OpenAI deprecations
              url: https://platform.openai.com/docs/deprecations
              checked: 2026-07-01
            last_reviewed: 2026-07-01
            """);

    public void Dispose() => _folder.Dispose();

    private static FakeTimeProvider ClockOn(int year, int month, int day, int hour = 12) =>
        new(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    private WebApplicationFactory<Program> SiteWith(TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null) =>
        _folder.Start(settings).WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton(clock)));

    private static async Task<(string Profile, string ModelsCsv, string List)> StatusesAsync(HttpClient client)
    {
        var profile = (await client.GetDocumentAsync("/models/gpt-4o")).ByTestId("retirement").GetAttribute("data-status")!;
        var csv = (await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative))).Split('\n');
        var header = csv[0].Split(',');
        var row = csv.Single(l => l.StartsWith("gpt-4o,", StringComparison.Ordinal)).Split(',');
        var list = await client.GetDocumentAsync("/models");
        var badge = list.QuerySelector("[data-testid='model-row'][data-slug='gpt-4o'] [data-testid='status-badge']")?.TextContent ?? "active";
        return (profile, row[Array.IndexOf(header, "status")], badge);
    }

    [Fact]
    public async Task A_site_started_a_year_after_the_data_says_the_model_past_its_retirement_date_is_retired()
    {
        await using var site = SiteWith(ClockOn(2027, 7, 1));
        using var client = site.CreateClient();

        Assert.Equal(("retired", "retired", "retired"), await StatusesAsync(client));
        var profile = await client.GetDocumentAsync("/models/gpt-4o");
        Assert.StartsWith("GPT-4o was retired on Jan 15, 2027.", profile.ByTestId("retirement").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_day_passes_the_retirement_date_the_running_site_says_retired_without_a_reload()
    {
        var clock = ClockOn(2026, 7, 1);
        await using var site = SiteWith(clock);
        using var client = site.CreateClient();
        Assert.Equal(("deprecated", "deprecated", "deprecated"), await StatusesAsync(client));

        clock.Advance(TimeSpan.FromDays(365));

        Assert.Equal(("retired", "retired", "retired"), await StatusesAsync(client));
    }

    [Fact]
    public async Task A_new_days_view_reuses_the_snapshots_figures_instead_of_working_them_out_again()
    {
        var clock = ClockOn(2026, 7, 1);
        await using var site = SiteWith(clock);
        using var client = site.CreateClient();
        var store = site.Services.GetRequiredService<CatalogStore>();
        _ = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var first = store.LatestView;

        clock.Advance(TimeSpan.FromDays(1));
        _ = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var next = store.LatestView;

        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2)), (first.Today, next.Today));
        Assert.Same(first.Snapshot, next.Snapshot);
        Assert.Same(first.Engine.View, next.Engine.View);
    }

    [Fact]
    public async Task Within_one_day_every_page_is_byte_for_byte_the_same()
    {
        var clock = ClockOn(2026, 7, 1, hour: 0);
        // Rendered each time, not served from the page cache.
        await using var site = SiteWith(clock, new Dictionary<string, string?> { ["ModelCompare:CacheOutput"] = "false" });
        using var client = site.CreateClient();
        string[] paths = ["/", "/models", "/models/gpt-4o", Pair, "/data/catalog.json"];
        var morning = await Task.WhenAll(paths.Select(p => client.GetStringAsync(new Uri(p, UriKind.Relative))));

        clock.Advance(TimeSpan.FromHours(23.9));

        var evening = await Task.WhenAll(paths.Select(p => client.GetStringAsync(new Uri(p, UriKind.Relative))));
        Assert.Equal(morning, evening);
    }

    [Fact]
    public async Task A_pairs_share_image_drawn_before_the_retirement_date_is_drawn_again_once_the_day_passes_it()
    {
        var clock = ClockOn(2026, 7, 1);
        await using var site = SiteWith(clock);
        using var client = site.CreateClient();
        async Task<(string Image, byte[] Png)> ShareAsync()
        {
            var image = new Uri((await client.GetDocumentAsync(Pair)).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).PathAndQuery;
            return (image, await client.GetByteArrayAsync(new Uri(image.Split('?')[0], UriKind.Relative)));
        }

        var before = await ShareAsync();
        clock.Advance(TimeSpan.FromDays(365));
        var after = await ShareAsync();

        // The page links a new picture (the status card says retired) and the image address serves it, not the one kept from the day before.
        Assert.NotEqual(before.Image, after.Image);
        Assert.NotEqual(before.Png, after.Png);
    }
}
