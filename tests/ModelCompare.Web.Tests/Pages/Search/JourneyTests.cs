using System.Globalization;
using System.Net;
using ModelCompare.Comparison;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Search;

/// <summary>
/// The ways to an answer: a search box on every page, searches that forgive typos and say "did you mean",
/// searches in a reader's words, and the home page's tasks with the /models filters that answer them.
/// These walk the real catalog and check invariants, never a slug.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class JourneyTests(SiteFactory site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/models")]
    [InlineData("/models/{model}")]
    [InlineData("/compare/{model}-vs-{model2}")]
    [InlineData("/providers/{provider}")]
    [InlineData("/benchmarks/{benchmark}")]
    [InlineData("/search?q=x")]
    public async Task Every_page_has_a_search_box_in_its_header(string path)
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve(path));

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)doc.QuerySelector("header [data-testid='site-search']")!;
        Assert.Equal(("get", "/search"), (form.Method, form.GetAttribute("action")));
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.NotNull(doc.QuerySelector("label[for='site-q']"));
    }

    [Fact]
    public async Task A_misspelt_name_finds_its_model_and_says_did_you_mean()
    {
        // The longest all-letter word of a model's name with one letter doubled: one edit away.
        var model = site.Catalog().Models.First(m => m.Name.Split(' ').Any(w => w.Length >= 5 && w.All(char.IsLetter)));
        var word = model.Name.Split(' ').Where(w => w.Length >= 5 && w.All(char.IsLetter)).MaxBy(w => w.Length)!;
        var typo = model.Name.Replace(word, word[..3] + word[2] + word[3..], StringComparison.Ordinal);
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(typo));

        Assert.NotNull(doc.ByTestId("did-you-mean"));
        Assert.Contains(doc.QuerySelectorAll("[data-testid='search-hit']"), h => h.GetAttribute("data-slug") == model.Slug);
        Assert.Null(doc.QuerySelector("[data-testid='search-no-results']"));
    }

    [Fact]
    public async Task A_search_in_a_readers_words_offers_the_view_that_answers_it()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/search?q=best+coding+model");

        var link = doc.ByTestId("search-tasks").QuerySelector("a[data-testid='task-link']")!;
        Assert.StartsWith("Best coding models under", link.TextContent, StringComparison.Ordinal);
        var list = await client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.NotEmpty(list.QuerySelectorAll("[data-testid='model-row']"));
        Assert.Empty(list.QuerySelectorAll("[data-testid='query-note']"));
    }

    [Fact]
    public async Task The_home_pages_tasks_each_open_a_page_that_answers_in_one_click()
    {
        using var client = site.CreatePlainClient();
        var home = await client.GetDocumentAsync("/");

        var links = home.ByTestId("reader-tasks").QuerySelectorAll("a[data-testid='task-link']").ToList();

        Assert.Contains(links, l => l.GetAttribute("data-kind") == nameof(ReaderTaskKind.CheapestWith));
        Assert.Contains(links, l => l.GetAttribute("data-kind") == nameof(ReaderTaskKind.BestUnder));
        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Empty(page.QuerySelectorAll("[data-testid='query-note']"));
            Assert.True(page.QuerySelectorAll("[data-testid='model-row']").Length > 0 || page.ByTestId("summary") is not null, $"{link.GetAttribute("href")} answers nothing.");
        }
    }

    [Fact]
    public async Task The_coding_task_offers_one_board_per_coding_benchmark_and_each_says_what_ranks_it()
    {
        using var client = site.CreatePlainClient();
        var home = await client.GetDocumentAsync("/");
        var catalog = site.Catalog();
        var coding = home.ByTestId("reader-tasks").QuerySelectorAll("li")
            .Single(li => li.QuerySelector($"a[data-kind='{nameof(ReaderTaskKind.BestUnder)}']")?.TextContent.StartsWith("Best coding", StringComparison.Ordinal) == true);

        // The task's own link and its "or by" links: each ranks by one coding benchmark, none twice.
        var hrefs = coding.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(hrefs.Count > 1, "The coding task offers one benchmark only.");
        var slugs = hrefs.Select(h => System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), h).Query)["bench"]).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        foreach (var (href, slug) in hrefs.Zip(slugs))
        {
            var benchmark = catalog.FindBenchmark(slug!);
            Assert.NotNull(benchmark);
            Assert.Equal(ModelCompare.Catalog.BenchmarkCategory.Coding, benchmark.Category);

            var page = await client.GetDocumentAsync(href);
            var note = page.ByTestId("ranked-by").TextContent;
            Assert.StartsWith($"Ranked by {benchmark.Name} alone, one of the catalog's coding benchmarks", note, StringComparison.Ordinal);
            var others = page.QuerySelectorAll("[data-testid='other-board']").Select(a => a.TextContent).ToList();
            Assert.Equal(hrefs.Count - 1, others.Count);
            Assert.DoesNotContain(benchmark.Name, others);
        }
    }

    [Fact]
    public async Task The_cheapest_vision_task_lists_vision_models_cheapest_input_first()
    {
        using var client = site.CreatePlainClient();
        var home = await client.GetDocumentAsync("/");
        var href = home.ByTestId("reader-tasks").QuerySelector($"a[data-kind='{nameof(ReaderTaskKind.CheapestWith)}']")!.GetAttribute("href")!;

        var doc = await client.GetDocumentAsync(href);

        var catalog = site.Catalog();
        var rows = doc.QuerySelectorAll("[data-testid='model-row']").ToList();
        Assert.All(rows, r => Assert.True(catalog.FindModel(r.GetAttribute("data-slug")!)!.Capabilities.Has(ModelCompare.Catalog.Capability.Vision)));
        var prices = rows.Select(r => r.ByTestId("input-price").TextContent.Trim()).TakeWhile(t => t.StartsWith('$')).Select(Dollars).ToList();
        Assert.True(prices.Count > 1);
        Assert.Equal(prices.Order(), prices);
    }

    [Fact]
    public async Task A_price_ceiling_and_a_benchmark_sort_list_only_models_within_it_in_leaderboard_order()
    {
        var benchmark = site.Catalog().Benchmarks.First(b => site.Engine().IndexPlan.Benchmarks.Contains(b.Slug));
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models?bench={benchmark.Slug}&maxout=5");

        var rows = doc.QuerySelectorAll("[data-testid='model-row']").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(Dollars(r.ByTestId("output-price").TextContent) <= 5m));
        var places = rows.Select(r => r.ByTestId("score").GetAttribute("data-rank")).TakeWhile(p => !string.IsNullOrEmpty(p))
            .Select(p => (Board: int.Parse(p!.Split(':')[0], CultureInfo.InvariantCulture), Rank: int.Parse(p.Split(':')[1], CultureInfo.InvariantCulture)))
            .ToList();
        Assert.NotEmpty(places);
        Assert.Equal(places.OrderBy(p => p.Board).ThenBy(p => p.Rank), places);
        Assert.Contains(benchmark.Name, doc.QuerySelector("[data-testid='model-table'] thead")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/models?maxout=abc", "Output price")]
    [InlineData("/models?maxin=-1", "Input price")]
    [InlineData("/models?context=lots", "Context")]
    [InlineData("/models?bench=no-such-benchmark", "Benchmark")]
    [InlineData("/models?sort=score", "needs a benchmark")]
    public async Task Filter_values_the_page_cannot_use_are_noted_never_an_error(string path, string note)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(doc.QuerySelectorAll("[data-testid='query-note']"), n => n.TextContent.Contains(note, StringComparison.Ordinal));
    }

    private static decimal Dollars(string text) =>
        decimal.Parse(text.Trim().TrimStart('$').Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
