namespace ModelCompare.Data.Tests;

/// <summary>
/// A price is checked against its route's own history and against the model's other routes; the problem is
/// reported at the price that is out of line, in the file the editor changed.
/// </summary>
public sealed class PriceCheckTests : IDisposable
{
    private const string OpenAiRoute = "routes/openai/gpt-4o.yaml";

    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteOpenRouterRoute(string input, string output) => WriteResellerRoute("openrouter", input, output);

    private void WriteResellerRoute(string provider, string input, string output) => _folder.Write($"routes/{provider}/gpt-4o.yaml", $"""
        price:
          input: {input}
          output: {output}
        source_url: https://openrouter.ai/openai/gpt-4o
        checked: 2026-07-01

        """);

    /// <summary>Fourteen resellers that agree with OpenAI's own 2.5 / 10.</summary>
    private void WriteFourteenAgreeingRoutes()
    {
        _folder.Write("providers/reseller.md", """
            ---
            name: Reseller
            roles: [host]
            last_reviewed: 2026-07-01
            ---
            """);
        WriteOpenRouterRoute("2.5", "10");
        for (var i = 1; i <= 13; i++)
        {
            var provider = $"reseller-{i}";
            _folder.Write($"providers/{provider}.md", File.ReadAllText(_folder.PathOf("providers/reseller.md")).Replace("Reseller", $"Reseller {i}", StringComparison.Ordinal));
            WriteResellerRoute(provider, "2.5", "10");
        }

        _folder.Delete("providers/reseller.md");
    }

    [Fact]
    public void A_tenfold_slip_on_the_makers_route_is_an_error_in_that_file_and_nowhere_else()
    {
        WriteFourteenAgreeingRoutes();
        Assert.True(_folder.Read().IsValid);

        _folder.Replace(OpenAiRoute, "input: 2.5\n  output: 10\n  cache_read", "input: 27.5\n  output: 10\n  cache_read");
        var result = _folder.Read();

        var error = Assert.Single(result.Problems);
        Assert.EndsWith(
            "data/routes/openai/gpt-4o.yaml:3:10: price.input: 27.5 is more than 3 times the last price in this route's history (2.5 on 2024-08-06): correct the slip, or, if the price really changed, add a history entry (date, event: changed, the new prices) and update source_url and checked",
            error.ToString(),
            StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_slip_on_the_makers_route_keeps_the_last_good_catalog_serving()
    {
        var paths = new CatalogPaths(_folder.Data, _folder.Database);
        Assert.True(SnapshotLoader.Refresh(paths, TimeProvider.System).Rebuilt);

        _folder.Replace(OpenAiRoute, "input: 2.5\n  output: 10\n  cache_read", "input: 27.5\n  output: 10\n  cache_read");
        var refused = SnapshotLoader.Refresh(paths, TimeProvider.System);

        Assert.False(refused.IsValid);
        Assert.Contains(refused.Problems, p => p.Path.EndsWith(OpenAiRoute, StringComparison.Ordinal) && p.Field == "price.input");
        Assert.Equal(2.5m, refused.Snapshot!.RoutesFor("gpt-4o").Single(r => r.ProviderSlug == "openai").Price!.Input);
    }

    [Fact]
    public void A_change_the_history_records_is_accepted()
    {
        _folder.Replace(OpenAiRoute, "input: 2.5\n  output: 10\n  cache_read", "input: 27.5\n  output: 10\n  cache_read");
        File.AppendAllText(_folder.PathOf(OpenAiRoute), """
              - date: 2026-07-01
                event: changed
                input: 27.5
                output: 10

            """);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_price_edit_without_a_history_entry_is_a_warning_naming_the_file()
    {
        _folder.Replace(OpenAiRoute, "input: 2.5\n  output: 10\n  cache_read", "input: 2.75\n  output: 10\n  cache_read");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/openai/gpt-4o.yaml:3:10: price.input: warning: 2.75 differs from the last price in this route's history (2.5 on 2024-08-06): add a history entry for the change (date, event: changed, the new prices) and update source_url and checked to the page that states it",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_entry_newer_than_checked_asks_for_checked_and_source_url()
    {
        File.AppendAllText(_folder.PathOf(OpenAiRoute), """
              - date: 2026-08-01
                event: changed
                input: 2.5
                output: 10

            """);

        var warning = Assert.Single(_folder.Read().Warnings);

        Assert.Equal("checked", warning.Field);
        Assert.EndsWith(OpenAiRoute, warning.Path, StringComparison.Ordinal);
        Assert.Contains("2026-07-01 is before the last history entry (2026-08-01)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_announced_before_it_took_effect_read_at_the_page_that_dates_it_is_no_warning()
    {
        _folder.Replace(OpenAiRoute, "source_url: https://openai.com/api/pricing", """
            price_sources:
              history:
                url: https://openai.com/api/pricing
                checked: 2026-07-01
            source_url: https://openai.com/api/pricing
            """.TrimEnd());
        File.AppendAllText(_folder.PathOf(OpenAiRoute), """
              - date: 2026-08-01
                event: changed
                input: 2.5
                output: 10

            """);

        Assert.Empty(_folder.Read().Warnings);
    }

    [Fact]
    public void A_makers_list_price_without_history_far_from_the_other_routes_is_an_error()
    {
        WriteFourteenAgreeingRoutes();
        var text = _folder.ReadText(OpenAiRoute);
        _folder.Write(OpenAiRoute, text[..text.IndexOf("history:", StringComparison.Ordinal)].Replace("input: 2.5\n", "input: 27.5\n", StringComparison.Ordinal));

        var result = _folder.Read();

        var error = Assert.Single(result.Problems);
        Assert.EndsWith(
            "data/routes/openai/gpt-4o.yaml:3:10: price.input: 27.5 is more than 3 times the median of this model's 14 other costed routes (2.5); every page quotes the maker's list price: correct the slip, or, if the maker really changed the price, add a history entry recording it",
            error.ToString(),
            StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_makers_list_price_without_history_is_not_held_against_a_single_other_route()
    {
        var text = _folder.ReadText(OpenAiRoute);
        _folder.Write(OpenAiRoute, text[..text.IndexOf("history:", StringComparison.Ordinal)]);
        WriteOpenRouterRoute("0.5", "10");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_reseller_far_below_the_others_is_warned_about_and_the_others_are_not()
    {
        WriteFourteenAgreeingRoutes();
        WriteResellerRoute("reseller-7", "0.25", "10");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/reseller-7/gpt-4o.yaml:2:10: price.input: warning: 0.25 is a tenth or less of the median of this model's 14 other costed routes (2.5); check for a slipped decimal point",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_a_tenth_of_the_list_price_is_a_warning_at_that_price()
    {
        // OpenAI's own route lists GPT-4o at 2.5 input and 10 output; 0.25 is a slipped decimal point.
        WriteOpenRouterRoute("0.25", "10");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/openrouter/gpt-4o.yaml:2:10: price.input: warning: 0.25 is a tenth or less of the list price on openai (2.5); check for a slipped decimal point",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_half_the_list_price_is_not_reported()
    {
        WriteOpenRouterRoute("1.25", "5");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_valid_fixture_has_no_warnings() => Assert.Empty(_folder.Read().Warnings);
}
