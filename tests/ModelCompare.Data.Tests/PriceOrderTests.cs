namespace ModelCompare.Data.Tests;

/// <summary>
/// The prices added for the itemised bill (service tiers, 1-hour cache writes, thinking output, fees, price sources) are
/// read, and prices out of their usual order are reported as warnings where they sit.
/// </summary>
public sealed class PriceOrderTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteOpenAiRoute(string extra) => _folder.Write("routes/openai/gpt-4o.yaml", $"""
        price:
          input: 2.5
          output: 10
          cache_read: 1.25
        {extra}
        source_url: https://platform.openai.com/docs/pricing
        checked: 2026-07-01

        """);

    [Fact]
    public void Service_tier_prices_fees_and_their_sources_are_read()
    {
        WriteOpenAiRoute("""
            batch:
              input: 1.25
              output: 5
            flex:
              input: 1.25
              output: 5
            priority:
              input: 4.25
              output: 17
            fees:
              per_1k_requests: 12
              per_1k_web_searches: 10
            price_sources:
              batch:
                url: https://example.com/batch
                checked: 2026-12-04
            """);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        var route = result.Routes.Single(r => r.ProviderSlug == "openai" && r.ModelSlug == "gpt-4o");
        Assert.Equal((1.25m, 5m), (route.BatchPrice!.Input, route.BatchPrice.Output));
        Assert.Equal(1.25m, route.FlexPrice!.Input);
        Assert.Equal(17m, route.PriorityPrice!.Output);
        Assert.Equal(new Catalog.RouteFees(12m, 10m), route.Fees);
        Assert.Equal(new Catalog.PriceSource("https://example.com/batch", new DateOnly(2026, 12, 4)), route.PriceSources["batch"]);
    }

    [Fact]
    public void A_batch_price_above_the_standard_price_is_a_warning_at_that_price()
    {
        WriteOpenAiRoute("""
            batch:
              input: 3
              output: 5
            """);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/openai/gpt-4o.yaml:6:10: batch.input: warning: 3 is above the standard price of 2.5; a batch price is a discount",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_tier_below_the_price_under_its_threshold_is_a_warning_at_that_price()
    {
        WriteOpenAiRoute("""
            tiers:
            - above_tokens: 200000
              input: 5
              output: 20
            - above_tokens: 500000
              input: 4
              output: 20
            """);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/openai/gpt-4o.yaml:10:10: tiers[1].input: warning: 4 is below 5, the price under this tier's threshold; a larger prompt is not usually cheaper per token",
            warning.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_write_below_the_cache_read_is_a_warning_at_that_price()
    {
        _folder.Write("routes/deepseek/deepseek-v3-2.yaml", """
            price:
              input: 0.28
              output: 0.42
              cache_read: 0.028
              cache_write: 0.002
              cache_write_1h: 0.5
              reasoning: 0.84
            source_url: https://api-docs.deepseek.com/quick_start/pricing
            checked: 2026-07-01

            """);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings, w => w.ToString().Contains("cache_write", StringComparison.Ordinal));
        Assert.EndsWith(
            "data/routes/deepseek/deepseek-v3-2.yaml:5:16: price.cache_write: warning: 0.002 is below the cache read price of 0.028; writing a cache costs at least as much as reading it",
            warning.ToString(),
            StringComparison.Ordinal);
        var route = result.Routes.Single(r => r.ProviderSlug == "deepseek" && r.ModelSlug == "deepseek-v3-2");
        Assert.Equal((0.5m, 0.84m), (route.Price!.CacheWrite1h, route.Price.Reasoning));
    }

    [Fact]
    public void A_cache_write_priced_at_zero_is_free_writing_not_a_slip()
    {
        WriteOpenAiRoute("");
        _folder.Replace("routes/openai/gpt-4o.yaml", "  cache_read: 1.25\n", "  cache_read: 1.25\n  cache_write: 0\n");

        Assert.Empty(_folder.Read().Warnings);
    }

    [Fact]
    public void A_price_source_for_an_unknown_field_or_without_a_date_is_a_problem()
    {
        WriteOpenAiRoute("""
            price_sources:
              batch:
                url: https://example.com/batch
              rebate:
                url: https://example.com/rebate
                checked: 2026-12-04
            """);

        var problems = _folder.Read().Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("price_sources.batch.checked", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("price_sources.rebate", StringComparison.Ordinal));
    }
}
