using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>Traffic stated per request or as a workload preset, read from the query string.</summary>
public class WorkloadTrafficTests
{
    private static TrafficQuery Read(string? input = null, string? output = null, string? cache = null, string? preset = null, string? requests = null, string? inPer = null, string? outPer = null, string? mode = null) =>
        TrafficProfile.FromQuery(input, output, cache, preset, requests, inPer, outPer, mode);

    [Fact]
    public void Requests_times_tokens_per_request_give_the_monthly_totals()
    {
        // 50,000 × 1,000 = 50M input tokens; 50,000 × 200 = 10M output tokens.
        var query = Read(requests: "50000", inPer: "1000", outPer: "200", cache: "25");

        Assert.Empty(query.Notes.ToArray());
        Assert.Equal((50m, 10m, 25m), (query.Profile.InputMillions, query.Profile.OutputMillions, query.Profile.CachePercent));
        Assert.Equal(new RequestShape(50_000m, 1_000m, 200m), query.Profile.PerRequest);
        Assert.Null(query.Profile.Preset);
        Assert.Equal("50M input and 10M output tokens a month, 25% of input cached", query.Profile.Text);
    }

    [Theory]
    [InlineData("chat", 2000, 500)] // 1M × 2,000 and 1M × 500
    [InlineData("rag", 1600, 80)] // 200,000 × 8,000 and 200,000 × 400
    [InlineData("agent", 3000, 150)] // 100,000 × 30,000 and 100,000 × 1,500
    [InlineData("BATCH", 5000, 1000)] // 5M × 1,000 and 5M × 200
    public void A_preset_sets_its_documented_traffic(string key, int inputMillions, int outputMillions)
    {
        var query = Read(preset: key);

        Assert.Empty(query.Notes.ToArray());
        Assert.Equal(((decimal)inputMillions, (decimal)outputMillions), (query.Profile.InputMillions, query.Profile.OutputMillions));
        Assert.Equal(key.ToLowerInvariant(), query.Profile.Preset?.Key);
    }

    [Fact]
    public void Per_request_figures_win_over_a_preset_and_blank_ones_take_the_presets()
    {
        // RAG's 8,000 input and 400 output tokens per request, at 10,000 requests: 80M and 4M.
        var query = Read(preset: "rag", requests: "10000", inPer: "", input: "5", output: "5");

        Assert.Equal((80m, 4m), (query.Profile.InputMillions, query.Profile.OutputMillions));
        Assert.Null(query.Profile.Preset);
    }

    [Fact]
    public void A_form_that_says_monthly_uses_the_monthly_totals_whatever_else_it_sends()
    {
        var query = Read(input: "50", output: "10", requests: "1000", inPer: "1", outPer: "1", preset: "nonsense", mode: "monthly");

        Assert.Empty(query.Notes.ToArray());
        Assert.Equal((50m, 10m), (query.Profile.InputMillions, query.Profile.OutputMillions));
        Assert.Null(query.Profile.PerRequest);
    }

    [Fact]
    public void Per_request_figures_that_match_a_preset_are_that_preset()
    {
        var query = Read(requests: "200000", inPer: "8000", outPer: "400", mode: "request");

        Assert.Same(WorkloadPreset.Rag, query.Profile.Preset);
    }

    [Fact]
    public void Odd_values_are_noted_and_replaced_never_thrown()
    {
        var query = Read(requests: "lots", inPer: "-3", outPer: "20000000", preset: "poetry", mode: "weekly");

        Assert.Equal(
            [
                "Traffic mode \"weekly\" is not monthly or request; it is ignored.",
                "Workload \"poetry\" is not one of chat, rag, agent, or batch; it is ignored.",
                "Requests a month \"lots\" is not a number; using the default 1,000,000.",
                "Input tokens per request \"-3\" is below the allowed range; using 0.",
                "Output tokens per request \"20000000\" is above the allowed range; using 10,000,000.",
                "Output volume of 10,000,000M tokens is above the allowed range; using 1,000,000M tokens.",
            ],
            query.Notes.ToArray());
        // 1,000,000 × 0 = 0M input; 1,000,000 × 10,000,000 = 10,000,000M output, clamped to 1,000,000M.
        Assert.Equal((0m, 1_000_000m), (query.Profile.InputMillions, query.Profile.OutputMillions));
    }

    [Fact]
    public void Totals_above_the_monthly_limit_are_clamped_with_a_note_giving_the_product()
    {
        var query = Read(requests: "10000000000", inPer: "1000", outPer: "1");

        Assert.Equal(["Input volume of 10,000,000M tokens is above the allowed range; using 1,000,000M tokens."], query.Notes.ToArray());
        Assert.Equal((1_000_000m, 10_000m), (query.Profile.InputMillions, query.Profile.OutputMillions));
    }

    [Fact]
    public void A_mode_of_request_with_no_figures_uses_the_default_shape_which_is_the_default_traffic()
    {
        var query = Read(mode: "request");

        Assert.True(query.IsDefault);
        Assert.Equal(TrafficProfile.DefaultShape, query.Profile.PerRequest);
    }

    [Fact]
    public void Without_per_request_figures_or_a_preset_the_monthly_totals_are_read_as_before()
    {
        var query = Read(input: "abc");

        Assert.Equal(["Input volume \"abc\" is not a number; using the default 1,000M tokens."], query.Notes.ToArray());
        Assert.Null(query.Profile.PerRequest);
    }

    [Fact]
    public void Blank_and_out_of_range_figures_a_form_sent_are_noted_beside_their_fields()
    {
        var query = Read(requests: "", inPer: "-5", outPer: "300", mode: "request");

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["requests"] = "Requests a month was left blank; the figures use 1,000,000. Type a number to bill your own.",
                ["in_per"] = "Input tokens per request \"-5\" is below the allowed range; using 0.",
            },
            query.FieldNotes.OrderBy(n => n.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal(query.FieldNotes.Count, query.Notes.Length);
    }

    [Fact]
    public void A_blank_in_an_address_without_a_form_is_no_note()
    {
        var query = Read(requests: "50000");

        Assert.Empty(query.FieldNotes);
        Assert.Empty(query.Notes);
    }
}
