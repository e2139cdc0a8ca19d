using System.Net;
using System.Text.Json;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Models;

[Collection(SharedSite.Name)]
public sealed class ProfileTests(SiteFactory site)
{
    [Fact]
    public async Task A_profile_has_every_section()
    {
        var model = site.Catalog().Models.OrderByDescending(m => site.Catalog().RoutesFor(m.Slug).Length).First();
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync($"/models/{model.Slug}");

        Assert.Equal(model.Name, doc.QuerySelector("h1")!.TextContent);
        foreach (var id in new[] { "tldr", "specs", "price-history", "capabilities", "strengths", "weaknesses", "faq", "comparisons", "sources", "last-reviewed" })
        {
            Assert.NotNull(doc.ByTestId(id));
        }

        Assert.Equal(site.Catalog().RoutesFor(model.Slug).Length, doc.QuerySelectorAll("[data-testid='route-row']").Length);
        Assert.Equal(14, doc.ByTestId("capabilities").QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_profile_with_an_faq_carries_faqpage_json_ld()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve("/models/{model}"));

        var questions = doc.ByTestId("faq").QuerySelectorAll("summary").Length;
        var faq = doc.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(e => e.GetProperty("@type").GetString() == "FAQPage");
        Assert.Equal(questions, faq.GetProperty("mainEntity").GetArrayLength());
    }

    [Fact]
    public async Task A_model_with_price_history_draws_a_step_chart_with_a_table_alternative()
    {
        var catalog = site.Catalog();
        var model = catalog.Models.First(m => site.Engine().PriceOf(m).ListRoute?.Route.History.Length > 1);
        using var client = site.CreatePlainClient();

        var history = (await client.GetDocumentAsync($"/models/{model.Slug}")).ByTestId("price-history");

        Assert.NotNull(history.QuerySelector("svg[role=img] title"));
        Assert.NotEmpty(history.QuerySelectorAll("svg path"));
        Assert.NotEmpty(history.QuerySelectorAll("[data-testid='price-history-table'] tbody tr"));
    }

    [Fact]
    public async Task An_old_slug_redirects_permanently_to_the_current_one()
    {
        var catalog = site.Catalog();
        var model = catalog.Models.FirstOrDefault(m => m.Aliases.Any(a => catalog.FindModel(a) is null));
        Assert.NotNull(model);
        var alias = model.Aliases.First(a => catalog.FindModel(a) is null);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/models/{alias}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/models/{model.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_uppercase_address_redirects_permanently_to_lowercase_keeping_the_query()
    {
        var slug = site.Catalog().Models[0].Slug;
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/Models/{slug.ToUpperInvariant()}?x=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/models/{slug}?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_model_is_a_404_that_suggests_similar_models_and_offers_search()
    {
        var model = site.Catalog().Models.First(m => m.Slug.Contains('-', StringComparison.Ordinal));
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/models/{model.Slug}-xyz-9", UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains(doc.ByTestId("suggestions").QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/models/{model.Slug}");
        Assert.NotNull(doc.ByTestId("not-found-search").QuerySelector("input[name=q]"));
        Assert.NotNull(doc.QuerySelector("meta[name=robots][content='noindex, follow']"));
    }
}
