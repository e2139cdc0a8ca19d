using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class FormattingTests
{
    [Theory]
    [InlineData("10", "$10")]
    [InlineData("2.5", "$2.50")]
    [InlineData("18.711", "$18.71")]
    [InlineData("0.25", "$0.25")]
    [InlineData("0.289", "$0.289")]
    [InlineData("0.028", "$0.028")]
    [InlineData("0.0375", "$0.0375")]
    [InlineData("0.1", "$0.10")]
    [InlineData("0.9999", "$1")]
    [InlineData("0", "$0")]
    [InlineData("1250", "$1,250")]
    public void Prices_per_million_are_trimmed_like_a_person_writes_them(string price, string expected) =>
        Assert.Equal(expected, Formatting.PricePerMillion(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_price_with_its_unit_reads_dollars_per_one_million_tokens() =>
        Assert.Equal("$0.25/1M tokens", Formatting.PerMillionTokens(0.25m));

    [Theory]
    [InlineData("0.75", RunCostUnit.Task, "$0.75 per task")]
    [InlineData("2.3538", RunCostUnit.Run, "$2.35 per run")]
    [InlineData("13.7517", RunCostUnit.Suite, "$13.75 for the whole suite")]
    [InlineData("0.0033", RunCostUnit.Task, "$0.0033 per task")]
    public void A_cost_to_run_names_what_it_covers(string usd, RunCostUnit per, string expected) =>
        Assert.Equal(expected, Formatting.RunCost(new RunCost(decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture), per)));

    [Fact]
    public void A_missing_price_is_a_dash() => Assert.Equal("—", Formatting.PerMillionTokens((decimal?)null));

    [Theory]
    [InlineData("18000", "$18,000")]
    [InlineData("2850", "$2,850")]
    [InlineData("100", "$100")]
    [InlineData("326.4", "$326")]
    [InlineData("99.5", "$99.50")]
    [InlineData("0.4", "$0.40")]
    public void Monthly_totals_drop_cents_from_one_hundred_dollars_up(string amount, string expected) =>
        Assert.Equal(expected, Formatting.MonthlyTotal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(128_000, "128K")]
    [InlineData(200_000, "200K")]
    [InlineData(163_840, "164K")]
    [InlineData(65_536, "65.5K")]
    [InlineData(1_000_000, "1M")]
    [InlineData(1_048_576, "1.05M")]
    [InlineData(999_999, "1M")]
    [InlineData(8_192, "8,192")]
    [InlineData(512, "512")]
    public void Token_counts_use_k_and_m_with_three_significant_digits(long tokens, string expected) =>
        Assert.Equal(expected, Formatting.Tokens(tokens));

    [Fact]
    public void Dates_read_month_day_and_year() => Assert.Equal("Dec 1, 2025", Formatting.Date(new DateOnly(2025, 12, 1)));

    [Fact]
    public void Partial_dates_are_as_precise_as_the_data()
    {
        Assert.Equal("Apr 2024", Formatting.Date(new PartialDate(2024, 4)));
        Assert.Equal("2024", Formatting.Date(new PartialDate(2024)));
        Assert.Equal("Apr 30, 2024", Formatting.Date(new PartialDate(2024, 4, 30)));
    }

    [Theory]
    [InlineData("0.25", "10", "40x cheaper")]
    [InlineData("296", "18000", "61x cheaper")]
    [InlineData("4", "10", "2.5x cheaper")]
    [InlineData("5", "10", "2x cheaper")]
    [InlineData("6.5", "10", "35% cheaper")]
    [InlineData("10", "10", "0% cheaper")]
    public void Savings_read_as_times_from_a_ratio_of_two_and_as_a_percentage_below(string low, string high, string expected) =>
        Assert.Equal(expected, Formatting.Cheaper(Parse(low), Parse(high)));

    [Fact]
    public void A_saving_below_a_ratio_of_two_reads_as_percent_less_and_never_above_one_hundred_percent()
    {
        Assert.Equal("35% less", Formatting.Less(6.5m, 10m));
        Assert.Equal("40x less", Formatting.Less(0.25m, 10m));
        Assert.Equal("100% less", Formatting.Less(0m, 10m));
    }

    [Fact]
    public void A_rise_reads_as_times_more_or_percent_more()
    {
        Assert.Equal("40x more", Formatting.More(0.25m, 10m));
        Assert.Equal("53.8% more", Formatting.More(6.5m, 10m));
    }

    [Fact]
    public void Ratios_have_one_decimal_below_ten_and_none_above()
    {
        Assert.Equal("9.5x", Formatting.Times(9.52m));
        Assert.Equal("12x", Formatting.Times(12.4m));
    }

    [Fact]
    public void Lists_are_joined_with_an_oxford_comma()
    {
        Assert.Equal(string.Empty, Formatting.JoinList([]));
        Assert.Equal("A", Formatting.JoinList(["A"]));
        Assert.Equal("A and B", Formatting.JoinList(["A", "B"]));
        Assert.Equal("A, B, and C", Formatting.JoinList(["A", "B", "C"]));
        Assert.Equal("A, B, or C", Formatting.JoinList(["A", "B", "C"], "or"));
    }

    [Fact]
    public void Plurals_agree_with_the_count()
    {
        Assert.Equal("1 provider", Formatting.Plural(1, "provider"));
        Assert.Equal("2 providers", Formatting.Plural(2, "provider"));
        Assert.Equal("0 providers", Formatting.Plural(0, "provider"));
        Assert.Equal("1,200 entries", Formatting.Plural(1200, "entry", "entries"));
    }

    [Fact]
    public void Capabilities_have_table_names_and_in_sentence_phrases()
    {
        Assert.Equal("Function calling", Formatting.CapabilityName(Capability.FunctionCalling));
        Assert.Equal("Structured outputs", Formatting.CapabilityName(Capability.StructuredOutputs));
        Assert.Equal("function calling", Formatting.CapabilityPhrase(Capability.FunctionCalling));
        Assert.Equal("PDF input", Formatting.CapabilityPhrase(Capability.PdfInput));
    }

    [Fact]
    public void Every_capability_has_a_display_name_of_its_own() =>
        Assert.Equal(CapabilitySet.All.Count, CapabilitySet.All.Select(Formatting.CapabilityName).Distinct().Count());

    [Fact]
    public void Parameters_show_total_and_active_counts()
    {
        Assert.Equal("671B total, 37B active", Formatting.Parameters(new ParameterCount(671m, 37m)));
        Assert.Equal("1.76T", Formatting.Parameters(new ParameterCount(1760m, null)));
        Assert.Equal("4B", Formatting.Parameters(new ParameterCount(4m, 4m)));
        Assert.Equal("Unknown", Formatting.Parameters(null));
    }

    [Fact]
    public void Yes_no_keeps_unknown_apart_from_no()
    {
        Assert.Equal("Yes", Formatting.YesNo(true));
        Assert.Equal("No", Formatting.YesNo(false));
        Assert.Equal("Unknown", Formatting.YesNo(null));
    }

    [Fact]
    public void Modalities_are_listed_in_a_sentence_case_line()
    {
        Assert.Equal("Text, image, PDF", Formatting.Modalities([Modality.Text, Modality.Image, Modality.Pdf]));
        Assert.Equal("Unknown", Formatting.Modalities([]));
    }

    [Fact]
    public void A_route_is_named_by_provider_name_and_slug()
    {
        Assert.Equal("Azure OpenAI (azure)", Formatting.RouteName("Azure OpenAI", "azure"));
        Assert.Equal("OpenRouter", Formatting.RouteName("OpenRouter", "openrouter"));
    }

    [Fact]
    public void Traffic_reads_as_monthly_volumes_with_the_cached_share_when_there_is_one()
    {
        Assert.Equal("1,000M input and 200M output tokens a month", Formatting.TrafficText(TrafficProfile.Default));
        Assert.Equal("1,000M input and 200M output tokens a month, 50% of input cached", Formatting.TrafficText(new TrafficProfile(1000m, 200m, 50m)));
    }

    private static decimal Parse(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
