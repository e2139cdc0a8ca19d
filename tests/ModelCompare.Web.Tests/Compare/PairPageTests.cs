using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Compare;

/// <summary>
/// The pair page on the fixture catalog (TestData/catalog), with figures worked out by hand from its files:
/// Birch-4o's maker sells it at $2.50 in and $10 out per 1M tokens, Relay at $2.25 and $9.
/// </summary>
[Collection(FixtureCatalog.Name)]
public sealed class PairPageTests(FixtureCatalogSite site)
{
    private const string Canonical = "/compare/alder-v3-2-vs-birch-4o";

    private static readonly string[] SectionOrder =
    [
        "pair-swapper", "summary", "intro", "verdict", "scorecard", "tradeoffs", "monthly-cost", "switch-friction", "specs", "pricing",
        "capabilities", "benchmarks", "deep-dive", "faq", "related", "last-reviewed",
    ];

    /// <summary>The sections after the answer and its bill: folded to their headings as the page loads.</summary>
    private static readonly string[] Folded = ["switch-friction", "specs", "pricing", "capabilities", "benchmarks", "deep-dive", "faq", "related"];

    private CatalogSnapshot Catalog => site.Services.GetRequiredService<ICatalogAccessor>().Current;

    private async Task<IHtmlDocument> PairAsync(string url = Canonical)
    {
        using var client = site.CreatePlainClient();
        return await client.GetDocumentAsync(url);
    }

    [Fact]
    public async Task Every_section_is_present_once_and_in_order()
    {
        var document = await PairAsync();

        var found = document.QuerySelectorAll("section[data-testid]").Select(s => s.GetAttribute("data-testid")).ToArray();

        Assert.Equal(SectionOrder, found);
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("Alder V3.2 vs Birch-4o", document.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Sections_after_the_answer_are_folded_to_their_headings_with_their_content_in_the_html()
    {
        var document = await PairAsync();

        foreach (var id in Folded)
        {
            var section = document.ByTestId(id);
            var fold = section.QuerySelector(":scope > details[data-fold]");
            Assert.True(fold is not null, $"{id} is not folded.");
            Assert.False(fold!.HasAttribute("open"), $"{id} loads open.");
            Assert.NotNull(fold.QuerySelector(":scope > summary > h2"));
            Assert.NotNull(fold.QuerySelector($":scope > div#{id}"));
            Assert.False(string.IsNullOrWhiteSpace(fold.QuerySelector($":scope > div#{id}")!.Text()));
        }

        foreach (var id in new[] { "summary", "verdict", "scorecard", "tradeoffs", "monthly-cost" })
        {
            Assert.Null(document.ByTestId(id).QuerySelector(":scope > details[data-fold]"));
        }
    }

    /// <summary>The verdict from its sentence on the bills: after the status sentences a deprecated or retired model puts first.</summary>
    private static string CostSentence(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var verdict = document.ByTestId("verdict").QuerySelector("p")!.Text();
        foreach (var note in document.QuerySelectorAll("[data-testid='status-note']").Select(n => n.Text()))
        {
            Assert.StartsWith(note, verdict, StringComparison.Ordinal);
            verdict = verdict[note.Length..].TrimStart();
        }

        return verdict;
    }

    [Fact]
    public async Task The_monthly_cost_is_the_makers_list_price_at_the_default_traffic()
    {
        var document = await PairAsync();

        // 1,000M input at $2.50 and 200M output at $10: $2,500 + $2,000.
        var card = document.ByTestId("cost-birch-4o");
        Assert.Equal("$4,500", card.ByTestId("amount").Text());
        Assert.StartsWith("List price from ", card.ByTestId("bill-source").Text(), StringComparison.Ordinal);
        Assert.Equal("1,000M input and 200M output tokens a month", document.ByTestId("traffic").Text());
        Assert.StartsWith("At list prices, for 1,000M input and 200M output tokens a month, ", CostSentence(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calculator_recomputes_the_cost_at_the_requested_traffic()
    {
        var document = await PairAsync($"{Canonical}?input=10&output=2");

        // 10M input at $2.50 and 2M output at $10: $25 + $20; below $100 a month the amount keeps its cents.
        Assert.Equal("$45.00", document.ByTestId("cost-birch-4o").ByTestId("amount").Text());
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task The_cheapest_basis_bills_each_models_cheapest_route_and_is_not_indexed()
    {
        var document = await PairAsync($"{Canonical}?basis=cheapest");

        // Relay's $2.25 and $9: 1,000M x $2.25 + 200M x $9 = $2,250 + $1,800, under the maker's $4,500.
        Assert.Equal("$4,050", document.ByTestId("cost-birch-4o").ByTestId("amount").Text());
        Assert.StartsWith("Cheapest route at this traffic: ", document.ByTestId("cost-birch-4o").ByTestId("bill-source").Text(), StringComparison.Ordinal);
        Assert.StartsWith("On each model's cheapest route, for ", CostSentence(document), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Equal("cheapest", document.ByTestId("basis-select").QuerySelector("option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task One_provider_for_both_is_offered_from_the_providers_that_serve_both_and_bills_both_there()
    {
        var document = await PairAsync();
        var offered = document.ByTestId("via-select").QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        // Relay is the one provider that sells both.
        Assert.Equal(["relay"], offered);
        var via = offered[0]!;

        var onOne = await PairAsync($"{Canonical}?via={via}");

        Assert.StartsWith("On Relay, for ", CostSentence(onOne), StringComparison.Ordinal);
        Assert.StartsWith("On ", onOne.ByTestId("cost-birch-4o").ByTestId("bill-source").Text(), StringComparison.Ordinal);
        Assert.Equal("$4,050", onOne.ByTestId("cost-birch-4o").ByTestId("amount").Text());
        // Alder V3.2 on Relay: 1,000M x $0.30 + 200M x $0.45 = $300 + $90.
        Assert.Equal("$390", onOne.ByTestId("cost-alder-v3-2").ByTestId("amount").Text());
        Assert.Equal(via, onOne.ByTestId("via-select").QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.NotNull(onOne.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Theory]
    [InlineData("basis=bogus", "Basis \"bogus\" is not list or cheapest")]
    [InlineData("via=no-such-provider", "\"no-such-provider\" does not sell both")]
    public async Task An_unknown_basis_or_provider_is_noted_and_list_prices_are_shown(string query, string notePrefix)
    {
        var document = await PairAsync($"{Canonical}?{query}");

        Assert.StartsWith(notePrefix, document.ByTestId("traffic-note").Text(), StringComparison.Ordinal);
        Assert.StartsWith("List price from ", document.ByTestId("cost-birch-4o").ByTestId("bill-source").Text(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }

    [Fact]
    public async Task The_meta_description_names_the_traffic()
    {
        var document = await PairAsync();

        Assert.Contains("1,000M input and 200M output tokens a month", document.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input=abc", "Input volume \"abc\" is not a number")]
    [InlineData("output=-5", "Output volume \"-5\" is below")]
    [InlineData("cache=250", "Cache share \"250\" is above")]
    public async Task Malformed_or_out_of_range_traffic_is_noted_not_an_error(string query, string notePrefix)
    {
        var document = await PairAsync($"{Canonical}?{query}");

        var note = document.QuerySelector("[data-testid=traffic-note], [data-testid^=field-note-]")!.Text();
        Assert.StartsWith(notePrefix, note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_page_of_an_indexed_pair_is_indexable_with_a_canonical_link_and_open_graph_tags()
    {
        var indexed = site.Engine().IndexPlan.PairPaths[0];
        using var client = site.CreatePlainClient();
        var document = await client.GetDocumentAsync(indexed);

        Assert.Null(document.QuerySelector("meta[name=robots]"));
        Assert.Equal("http://localhost:5080" + indexed, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.NotNull(document.QuerySelector("meta[property='og:title']"));
        Assert.NotNull(document.QuerySelector("meta[name='twitter:card']"));
    }

    /// <summary>
    /// Google shows FAQ rich results only for well-known government and health sites
    /// (https://developers.google.com/search/docs/appearance/structured-data/faqpage, read 2026-12-05), so the FAQ is
    /// on the page once, as questions a reader opens, and not again as 3 KB of FAQPage JSON-LD; the breadcrumb trail stays.
    /// </summary>
    [Fact]
    public async Task The_faq_is_on_the_page_once_not_repeated_as_faqpage_json_ld()
    {
        var document = await PairAsync();

        var questions = document.ByTestId("faq").QuerySelectorAll("details.faq > summary").Select(s => s.Text()).ToArray();
        var types = document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.GetProperty("@type").GetString() ?? string.Empty)
            .ToArray();

        Assert.NotEmpty(questions);
        Assert.All(document.ByTestId("faq").QuerySelectorAll("details.faq"), d => Assert.False(string.IsNullOrWhiteSpace(d.QuerySelector("p")?.Text())));
        Assert.Equal(["BreadcrumbList"], types);
    }

    [Fact]
    public async Task Capabilities_list_every_tracked_capability_with_unknown_kept_apart_from_no()
    {
        var document = await PairAsync();

        var rows = document.ByTestId("capabilities").QuerySelectorAll("tbody tr");
        Assert.Equal(CapabilitySet.All.Count, rows.Length);
        var cells = rows.SelectMany(r => r.QuerySelectorAll("td")).Select(td => td.Text()).ToHashSet();
        Assert.Subset(new HashSet<string> { "Yes", "No", "Unknown" }, cells);
    }

    [Fact]
    public async Task Every_price_row_names_its_source_and_checked_date()
    {
        var document = await PairAsync();

        var rows = document.ByTestId("pricing").QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.QuerySelector("a[href^='http']"));
            // The row's own date, or the one date every row of its table was checked on, in the caption.
            var date = row.QuerySelector("time") ?? row.Closest("table")!.QuerySelector(":scope > caption > time");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", date!.GetAttribute("datetime"));
        });
    }

    [Fact]
    public async Task Related_links_lead_to_canonical_pair_pages()
    {
        var document = await PairAsync();

        var links = document.ByTestId("related").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.NotEmpty(links);
        using var client = site.CreatePlainClient();
        foreach (var link in links.Take(4))
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Continue_comparing_offers_each_side_models_of_other_makers()
    {
        var document = await PairAsync();

        foreach (var card in document.ByTestId("related").QuerySelectorAll(".card"))
        {
            var own = card.QuerySelector("h3")!.Text()["Alternatives to ".Length..];
            var self = Catalog.Models.Single(m => m.Name == own);
            var others = card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!["/compare/".Length..].Split("-vs-").Single(slug => slug != self.Slug));
            Assert.Contains(others, slug => Catalog.FindModel(slug)!.MakerSlug != self.MakerSlug);
        }
    }

    [Theory]
    [InlineData("/compare/birch-4o-vs-alder-v3-2", Canonical)]
    [InlineData("/compare/birch-4o-vs-alder-v3-2?input=10", Canonical + "?input=10")]
    [InlineData("/compare/Alder-V3-2-vs-BIRCH-4o", Canonical)]
    [InlineData("/compare/alder-v3-2-vs-birch-4o-2024-08-06", Canonical)]
    [InlineData("/compare/alder-v3-2-vs-birch4o", Canonical)]
    [InlineData("/compare/birch-4o-vs-birch-4o-2024-08-06", "/models/birch-4o")]
    [InlineData("/compare/birch-4o-vs-birch-4o", "/models/birch-4o")]
    public async Task Other_forms_of_the_address_redirect_permanently(string url, string location)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_model_paired_with_its_own_alias_is_its_profile_never_a_comparison()
    {
        // Every model with an old slug or floating name (birch4o is Birch-4o), in both orders.
        var pairs = Catalog.Models
            .SelectMany(m => m.Aliases.Where(a => Catalog.FindModel(a) is null).Take(2).Select(a => (m.Slug, Alias: a)))
            .ToList();
        Assert.NotEmpty(pairs);
        using var client = site.CreatePlainClient();
        foreach (var (slug, alias) in pairs)
        {
            foreach (var url in new[] { $"/compare/{slug}-vs-{alias}", $"/compare/{alias}-vs-{slug}" })
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

                Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
                Assert.Equal($"/models/{slug}", response.Headers.Location!.OriginalString);
            }
        }
    }

    [Theory]
    [InlineData("/compare/birch-4oo-vs-alder-v3-2", "/compare/alder-v3-2-vs-birch-4o")]
    [InlineData("/compare/aldr-r1-vs-birch-4o", "/compare/alder-r1-vs-birch-4o")]
    [InlineData("/compare/birch-4o-vs-alder", "/compare/alder-v3-2-vs-birch-4o")]
    public async Task An_unknown_model_is_a_404_whose_suggestions_are_pairs_that_exist(string url, string suggested)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var suggestions = document.ByTestId("suggestions").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains(suggested, suggestions);
        foreach (var path in suggestions)
        {
            using var pair = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(pair.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)pair.StatusCode}");
        }

        Assert.NotEmpty(document.ByTestId("valid-comparisons").QuerySelectorAll("a"));
    }

    [Theory]
    [InlineData("/compare/birch-4o")]
    [InlineData("/compare/-vs-")]
    [InlineData("/compare/a-vs-b-vs-c")]
    [InlineData("/compare/%E2%9C%93-vs-%F0%9F%98%80")]
    public async Task A_malformed_pair_is_a_404_not_an_error(string url)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Pair pages across the real catalog: an invariant, so it names no model.</summary>
[Collection(SharedSite.Name)]
public sealed class EveryPairPageTests(SiteFactory site)
{
    [Fact]
    public async Task Every_pair_in_the_catalog_renders()
    {
        // A bounded, deterministic sample here; bench/pairs walks every pair.
        var models = site.Catalog().Models;
        using var client = site.CreatePlainClient();
        var step = Math.Max(1, models.Length / 25);
        var checkedPairs = 0;
        for (var i = 0; i < models.Length; i += step)
        {
            for (var j = i + 1; j < models.Length; j += step * 3)
            {
                var path = Comparison.ComparisonEngine.CanonicalPath(models[i].Slug, models[j].Slug);
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs > 100, $"only {checkedPairs} pairs checked");
    }
}
