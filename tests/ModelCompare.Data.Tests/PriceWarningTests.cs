namespace ModelCompare.Data.Tests;

/// <summary>A route priced far below its model's list or market price is reported as a likely typo.</summary>
public sealed class PriceWarningTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteOpenRouterRoute(string input, string output) => _folder.Write("routes/openrouter/gpt-4o.yaml", $"""
        price:
          input: {input}
          output: {output}
        source_url: https://openrouter.ai/openai/gpt-4o
        checked: 2026-07-01

        """);

    [Fact]
    public void A_price_a_tenth_of_the_list_price_is_a_warning_at_that_price()
    {
        // OpenAI's own route lists GPT-4o at 2.5 input and 10 output; 0.25 is a slipped decimal point.
        WriteOpenRouterRoute("0.25", "10");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        Assert.EndsWith(
            "data/routes/openrouter/gpt-4o.yaml:2:10: price.input: warning: 0.25 is a tenth or less of the list price of 2.5 (openai); check for a slipped decimal point",
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
