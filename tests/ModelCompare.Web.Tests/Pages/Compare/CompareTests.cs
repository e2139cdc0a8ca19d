using System.Net;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Compare;

[Collection(SharedSite.Name)]
public sealed class CompareTests(SiteFactory site)
{
    [Fact]
    public async Task The_picker_redirects_to_the_pair_page_with_slugs_in_ordinal_order()
    {
        var (first, second) = (site.Catalog().Models[0].Slug, site.Catalog().Models[1].Slug);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={second}&b={first}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{first}-vs-{second}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Picking_the_same_model_twice_goes_to_its_profile()
    {
        var slug = site.Catalog().Models[0].Slug;
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={slug}&b={slug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/models/{slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Picking_text_like_no_model_goes_to_search_which_names_it()
    {
        var slug = site.Catalog().Models[0].Slug;
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={slug}&b=zzqx-nothing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/search?q=", location, StringComparison.Ordinal);
        var doc = await client.GetDocumentAsync(location);
        Assert.Contains("zzqx-nothing", doc.ByTestId("pair-unmatched")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_name_in_the_swapper_takes_the_closest_model_not_a_404()
    {
        // A letter of the model's longest word doubled: one edit from its name.
        var model = site.Catalog().Models.First(m => m.Name.Split(' ').Any(w => w.Length >= 5 && w.All(char.IsLetter)));
        var word = model.Name.Split(' ').Where(w => w.Length >= 5 && w.All(char.IsLetter)).MaxBy(w => w.Length)!;
        var typo = model.Name.Replace(word, word[..3] + word[2] + word[3..], StringComparison.Ordinal);
        var other = site.Catalog().Models.First(m => m.Slug != model.Slug).Slug;
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri($"/compare?a={Uri.EscapeDataString(typo)}&b={other}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compare/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("-vs-", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_models_are_shown_side_by_side_with_links_to_each_pair_and_noindex()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve("/compare?models={model},{model2},{model3}"));

        Assert.Equal(3, doc.ByTestId("pair-links").QuerySelectorAll("a[href^='/compare/']").Length);
        Assert.Equal(4, doc.ByTestId("multi-prices").QuerySelectorAll("thead th").Length);
        Assert.NotNull(doc.ByTestId("multi-specs"));
        Assert.NotNull(doc.ByTestId("multi-capabilities"));
        Assert.NotNull(doc.QuerySelector("meta[name=robots][content='noindex, follow']"));
        Assert.Contains("1,000M input and 200M output tokens a month", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_side_by_side_traffic_is_read_from_the_query_with_notes_for_bad_values()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve("/compare?models={model},{model2},{model3},{model4}&input=50&output=abc"));

        Assert.Equal(6, doc.ByTestId("pair-links").QuerySelectorAll("a").Length);
        Assert.Contains("50M input and 200M output tokens a month", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(doc.QuerySelectorAll("[role=status]"), n => n.TextContent.Contains("Output volume \"abc\" is not a number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/compare?models={model}", "Tick or list 2 to 4 models to compare; 1 was given")]
    [InlineData("/compare?models=", "Tick or list 2 to 4 models to compare; none was given")]
    [InlineData("/compare?models={model},{model2},{model3},{model4},{model5}", "at most 4 models; 5 were given")]
    [InlineData("/compare?models={model},{model2},no-such-model", "The catalog has no model \"no-such-model\"")]
    public async Task Too_few_too_many_or_unknown_models_are_a_400_page_that_says_why(string template, string message)
    {
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(site.Resolve(template), UriKind.Relative));
        var doc = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, doc.ByTestId("compare-problem").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_list_is_a_400_even_after_the_bare_form_was_cached()
    {
        using var client = site.CreatePlainClient();

        using var form = await client.GetAsync(new Uri("/compare", UriKind.Relative));
        using var blank = await client.GetAsync(new Uri("/compare?models=", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
    }

    [Theory]
    [InlineData("/compare?models={second},{first}", "")]
    [InlineData("/compare?models={second}&models={first}", "")]
    [InlineData("/compare?models={second}&models={first}&input=50&output=10", "?input=50&output=10")]
    public async Task Two_models_go_to_their_canonical_pair_page_with_any_traffic(string template, string query)
    {
        var (first, second) = (site.Catalog().Models[0].Slug, site.Catalog().Models[1].Slug);
        using var client = site.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(template.Replace("{first}", first, StringComparison.Ordinal).Replace("{second}", second, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/compare/{first}-vs-{second}{query}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Models_ticked_as_repeated_values_are_shown_side_by_side()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync(site.Resolve("/compare?models={model}&models={model2}&models={model3}"));

        Assert.Equal(3, doc.ByTestId("pair-links").QuerySelectorAll("a").Length);
    }
}
