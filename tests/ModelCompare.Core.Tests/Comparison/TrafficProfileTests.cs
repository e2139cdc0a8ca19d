using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class TrafficProfileTests
{
    [Fact]
    public void No_query_values_give_the_default_profile_without_notes()
    {
        var query = TrafficProfile.FromQuery(null, "", "  ");

        Assert.True(query.IsDefault);
        Assert.Empty(query.Notes.ToArray());
        Assert.Equal(1000m, query.Profile.InputMillions);
        Assert.Equal(200m, query.Profile.OutputMillions);
        Assert.Equal(0m, query.Profile.CachePercent);
    }

    [Fact]
    public void Invariant_culture_numbers_are_read()
    {
        var query = TrafficProfile.FromQuery("2500.5", "300", "12.5");

        Assert.False(query.IsDefault);
        Assert.Empty(query.Notes.ToArray());
        Assert.Equal(2500.5m, query.Profile.InputMillions);
        Assert.Equal(300m, query.Profile.OutputMillions);
        Assert.Equal(12.5m, query.Profile.CachePercent);
    }

    [Fact]
    public void A_malformed_value_is_ignored_with_a_note_naming_the_default_used()
    {
        var query = TrafficProfile.FromQuery("abc", "1,5e3x", "half");

        Assert.True(query.IsDefault);
        Assert.Equal(
            [
                "Input volume \"abc\" is not a number; using the default 1,000M tokens.",
                "Output volume \"1,5e3x\" is not a number; using the default 200M tokens.",
                "Cache share \"half\" is not a number; using the default 0%.",
            ],
            query.Notes.ToArray());
    }

    [Fact]
    public void Out_of_range_values_are_clamped_with_a_note()
    {
        var query = TrafficProfile.FromQuery("2000000", "-5", "150");

        Assert.Equal(1_000_000m, query.Profile.InputMillions);
        Assert.Equal(0m, query.Profile.OutputMillions);
        Assert.Equal(100m, query.Profile.CachePercent);
        Assert.Equal(
            [
                "Input volume \"2000000\" is above the allowed range; using 1,000,000M tokens.",
                "Output volume \"-5\" is below the allowed range; using 0M tokens.",
                "Cache share \"150\" is above the allowed range; using 100%.",
            ],
            query.Notes.ToArray());
    }

    [Fact]
    public void A_decimal_comma_is_not_guessed_at_but_ignored_with_a_note()
    {
        var query = TrafficProfile.FromQuery("1,5", null, null);

        Assert.Equal(1000m, query.Profile.InputMillions);
        Assert.Equal(["Input volume \"1,5\" is not a number; using the default 1,000M tokens."], query.Notes.ToArray());
    }

    [Fact]
    public void The_constructor_clamps_too() =>
        Assert.Equal(100m, new TrafficProfile(cachePercent: 400m).CachePercent);
}
