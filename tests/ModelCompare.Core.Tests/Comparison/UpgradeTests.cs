using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>An upgrade page: when one of the pair succeeds the other, what the move changes, worked out by hand.</summary>
public class UpgradeTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static CatalogSnapshot Catalog(Func<Model, Model>? old = null) => new TestCatalogBuilder()
        .Provider("lab", "Lab").Provider("host", "Host")
        .Model("alpha", "Alpha", "lab", m => (old ?? (x => x))(m with
        {
            SuccessorSlug = "beta",
            ContextWindow = 128_000,
            MaxOutput = 16_000,
            Capabilities = Caps((Capability.Vision, false), (Capability.FunctionCalling, true)),
            RetirementDate = new DateOnly(2026, 10, 1),
            Status = ModelStatus.Deprecated,
        }))
        .Model("beta", "Beta", "lab", m => m with
        {
            ContextWindow = 1_000_000,
            MaxOutput = 16_000,
            Capabilities = Caps((Capability.Vision, true), (Capability.FunctionCalling, true)),
            ApiIds = ["beta", "beta-2026-05-01"],
        })
        .Route("lab", "alpha", 2m, 8m).Route("host", "alpha", 2m, 8m)
        .Route("lab", "beta", 1m, 4m).Route("host", "beta", 1m, 4m)
        .Build();

    [Fact]
    public void The_move_from_a_model_to_its_successor_leads_with_what_changes()
    {
        var c = Catalog();

        var upgrade = Engine(c).Compare(c.FindModel("beta")!, c.FindModel("alpha")!, TrafficProfile.Default).Upgrade;

        // Default traffic, 1,000M in and 200M out: Alpha 2,000 + 1,600 = $3,600; Beta 1,000 + 800 = $1,800.
        Assert.NotNull(upgrade);
        Assert.Equal(Side.A, upgrade!.From);
        Assert.Equal("Upgrading from Alpha to Beta: what changes", upgrade.Heading);
        Assert.Equal(
            [
                "At 1,000M input and 200M output tokens a month, Beta costs $1,800 against $3,600 for Alpha: $1,800 less.",
                "Context window: 128K → 1M tokens.",
                "Beta adds vision.",
                "Call Beta as beta or beta-2026-05-01.",
                "Alpha is deprecated and retires on Oct 1, 2026.",
                "2 providers sell both: Host and Lab.",
            ],
            upgrade.Changes.ToArray());
    }

    [Fact]
    public void A_retired_predecessor_says_the_move_is_due_and_no_line_is_guessed()
    {
        var c = Catalog(m => m with { RetirementDate = new DateOnly(2026, 1, 1), Status = ModelStatus.Retired, ContextWindow = null });

        var upgrade = Engine(c).Compare(c.FindModel("alpha")!, c.FindModel("beta")!, TrafficProfile.Default).Upgrade!;

        Assert.Contains("Alpha was retired on Jan 1, 2026: the move is due.", upgrade.Changes);
        Assert.DoesNotContain(upgrade.Changes, line => line.StartsWith("Context window", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_models_neither_of_which_succeeds_the_other_have_no_upgrade()
    {
        var c = Catalog(m => m with { SuccessorSlug = null });

        Assert.Null(Engine(c).Compare(c.FindModel("alpha")!, c.FindModel("beta")!, TrafficProfile.Default).Upgrade);
    }
}
