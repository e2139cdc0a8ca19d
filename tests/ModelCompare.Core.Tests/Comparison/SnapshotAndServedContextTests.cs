using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>
/// Dated snapshots of one line read as snapshots (an undated name's record says which snapshot it is and when the line
/// first came out; a later snapshot is no new model), and context is ranked by what a route serves.
/// </summary>
public class SnapshotAndServedContextTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    /// <summary>OpenAI's GPT-4o line: the undated name serves the Aug 6 snapshot; May 13 and Nov 20 are records of their own.</summary>
    private static CatalogSnapshot Snapshots() => new TestCatalogBuilder()
        .Provider("openai", "OpenAI")
        .Model("gpt-4o-2024-05-13", "GPT-4o (2024-05-13)", "openai", m => m with
        {
            Family = "gpt-4o", ReleaseDate = new DateOnly(2024, 5, 13), SuccessorSlug = "gpt-4o",
            ApiIds = ["gpt-4o-2024-05-13", "openai/gpt-4o-2024-05-13"], ContextWindow = 128_000,
        })
        .Model("gpt-4o", "GPT-4o", "openai", m => m with
        {
            Family = "gpt-4o", ReleaseDate = new DateOnly(2024, 8, 6), SuccessorSlug = "gpt-4o-2024-11-20",
            ApiIds = ["gpt-4o", "gpt-4o-2024-08-06", "openai/gpt-4o"], ContextWindow = 128_000,
            SourcesDiffer = [new FactDispute("release_date", [new DisputedValue("2024-08-06", 0, ["LLM Stats"], true), new DisputedValue("2024-05-13", 16, [], false)])],
        })
        .Model("gpt-4o-2024-11-20", "GPT-4o (2024-11-20)", "openai", m => m with
        {
            Family = "gpt-4o", ReleaseDate = new DateOnly(2024, 11, 20),
            ApiIds = ["gpt-4o-2024-11-20"], ContextWindow = 128_000,
        })
        // Another family with a dated id of another base: not of the GPT-4o line.
        .Model("gpt-4o-mini", "GPT-4o mini", "openai", m => m with
        {
            Family = "gpt-mini", ReleaseDate = new DateOnly(2024, 7, 18), ApiIds = ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"],
        })
        .Route("openai", "gpt-4o-2024-05-13", 5m, 15m).Route("openai", "gpt-4o", 2.5m, 10m).Route("openai", "gpt-4o-2024-11-20", 2.5m, 10m)
        .Route("openai", "gpt-4o-mini", 0.15m, 0.6m)
        .Build();

    [Fact]
    public void The_undated_names_record_says_its_snapshot_and_when_the_line_first_came_out()
    {
        var c = Snapshots();
        var facts = Engine(c).Describe(c.FindModel("gpt-4o")!, TrafficProfile.Default);

        const string released = "Aug 6, 2024 as the gpt-4o-2024-08-06 snapshot; GPT-4o first came out May 13, 2024 (GPT-4o (2024-05-13))";
        Assert.Equal($"GPT-4o is a model from OpenAI, released {released}.", ProfileFacts.Tldr(c, facts, TestCatalogBuilder.Reviewed)[0]);
        Assert.StartsWith($"GPT-4o is a model made by OpenAI, released on {released}.", Engine(c).Profile(facts).Overview, StringComparison.Ordinal);
        // The spec cell says both dates; the routes' May 13 is that first release, not repeated as a dispute.
        Assert.Equal(released, facts.Specs.Single(s => s.Kind == SpecKind.ReleaseDate).Text);

        // The first snapshot has no earlier one; a model of another family is not of the line.
        Assert.Equal("May 13, 2024", Engine(c).Describe(c.FindModel("gpt-4o-2024-05-13")!, TrafficProfile.Default).Specs.Single(s => s.Kind == SpecKind.ReleaseDate).Text);
        Assert.Null(ModelSnapshots.Of(c, c.FindModel("gpt-4o-mini")!)!.First);
        Assert.Equal("GPT-4o", ModelSnapshots.Of(c, c.FindModel("gpt-4o-2024-11-20")!)!.LineName);
    }

    [Fact]
    public void A_newer_snapshot_of_the_same_model_is_not_offered_as_an_upgrade_to_a_new_model()
    {
        var c = Snapshots();
        var facts = Engine(c).Describe(c.FindModel("gpt-4o")!, TrafficProfile.Default);

        Assert.Contains("A newer snapshot of the same model as GPT-4o: GPT-4o (2024-11-20), released Nov 20, 2024.", ProfileFacts.Tldr(c, facts, TestCatalogBuilder.Reviewed));
        Assert.DoesNotContain(ProfileFacts.Tldr(c, facts, TestCatalogBuilder.Reviewed), s => s.StartsWith("Upgrade to", StringComparison.Ordinal));
        Assert.Equal("A newer snapshot of the same model:", Engine(c).Profile(facts).SuccessorLead);
        // The undated name's record holds the Aug 6 snapshot: newer than May 13, of the same line.
        Assert.True(ModelSnapshots.IsNewerSnapshot(c.FindModel("gpt-4o-2024-05-13")!, c.FindModel("gpt-4o")!));
        var upgrade = Engine(c).Compare(c.FindModel("gpt-4o")!, c.FindModel("gpt-4o-2024-11-20")!, TrafficProfile.Default).Upgrade;
        Assert.Equal("Moving from GPT-4o to GPT-4o (2024-11-20), a newer snapshot of the same model: what changes", upgrade!.Heading);
        Assert.False(ModelSnapshots.IsNewerSnapshot(c.FindModel("gpt-4o-mini")!, c.FindModel("gpt-4o-2024-11-20")!));
    }

    /// <summary>Scout: 10M by its maker, served up to 3.5M; Wide: 5M, served in full.</summary>
    private static CatalogSnapshot Contexts() => new TestCatalogBuilder()
        .Provider("meta", "Meta").Provider("host", "Host").Provider("other", "Other")
        .Model("scout", "Scout", "meta", m => m with { ContextWindow = 10_000_000, ReleaseDate = new DateOnly(2025, 4, 5) })
        .Model("wide", "Wide", "meta", m => m with { ContextWindow = 5_000_000, ReleaseDate = new DateOnly(2025, 1, 1) })
        .Route("host", "scout", 0.1m, 0.3m, r => r with { ContextWindow = 3_500_000 })
        .Route("other", "scout", 0.1m, 0.3m, r => r with { ContextWindow = 128_000 })
        .Route("host", "wide", 0.1m, 0.3m, r => r with { ContextWindow = 5_000_000 })
        .Build();

    [Fact]
    public void Context_is_ranked_by_the_largest_a_route_serves_and_the_spec_says_both()
    {
        var c = Contexts();

        Assert.Equal(3_500_000, ModelLimits.RankingContext(new SnapshotView(c), c.FindModel("scout")!));
        Assert.Equal(["wide", "scout"], CatalogHighlights.LargestContext(new SnapshotView(c), 2, TestCatalogBuilder.Reviewed).Select(m => m.Slug).ToArray());
        // The home page's list says each context as the spec row does.
        Assert.Equal(["wide 5M tokens", "scout 10M by its maker; served up to 3.5M"],
            CatalogHighlights.LargestContextWithText(new SnapshotView(c), 2, TestCatalogBuilder.Reviewed).Select(h => $"{h.Model.Slug} {h.Context}"));
        var scout = Engine(c).Describe(c.FindModel("scout")!, TrafficProfile.Default);
        Assert.Equal("10M by its maker; served up to 3.5M", scout.Specs.Single(s => s.Kind == SpecKind.ContextWindow).Text);

        // The pair's context reason goes to the model whose routes serve more.
        var pair = Engine(c).Compare(c.FindModel("scout")!, c.FindModel("wide")!, TrafficProfile.Default);
        Assert.Contains(pair.Tradeoffs, t => t.Kind == TradeoffKind.Context && t.Favors == Side.B);
        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind == TradeoffKind.Context && t.Favors == Side.A);

        // /models sorts and filters by the same figure: Wide (5M served) before Scout (3.5M served), and a 4M minimum
        // leaves Scout out although its maker states 10M.
        var listing = new ModelListing(new SnapshotView(c), new DateOnly(2026, 12, 4), []);
        Assert.Equal(["wide", "scout"], listing.List(new ModelListQuery { Sort = ModelSort.Context, Descending = true }).Rows.Select(r => r.Slug).ToArray());
        Assert.Equal(["wide"], listing.List(new ModelListQuery { MinContext = 4_000_000 }).Rows.Select(r => r.Slug).ToArray());
    }

    [Fact]
    public void Every_sentence_and_list_cell_states_the_context_a_route_serves_as_the_spec_row_does()
    {
        // Three small models make the strength count: Scout's 3.5M served is larger than 3 of the 4 others, not Wide's 5M.
        var c = new TestCatalogBuilder()
            .Provider("meta", "Meta").Provider("host", "Host")
            .Model("scout", "Scout", "meta", m => m with { ContextWindow = 10_000_000, ReleaseDate = new DateOnly(2025, 4, 5) })
            .Model("wide", "Wide", "meta", m => m with { ContextWindow = 5_000_000 })
            .Model("s1", "S1", "meta", m => m with { ContextWindow = 1_000_000 })
            .Model("s2", "S2", "meta", m => m with { ContextWindow = 128_000 })
            .Model("s3", "S3", "meta", m => m with { ContextWindow = 32_000 })
            .Route("host", "scout", 0.1m, 0.3m, r => r with { ContextWindow = 3_500_000 })
            .Route("host", "wide", 0.1m, 0.3m).Route("host", "s1", 0.1m, 0.3m).Route("host", "s2", 0.1m, 0.3m).Route("host", "s3", 0.1m, 0.3m)
            .Build();
        var scout = Engine(c).Describe(c.FindModel("scout")!, TrafficProfile.Default);

        Assert.Contains("It reads up to 3.5M tokens as served (10M by its maker); its largest output is not recorded.", ProfileFacts.Tldr(c, scout, TestCatalogBuilder.Reviewed));
        Assert.Contains("Its context window is 3.5M tokens as served (10M by its maker),", Engine(c).Profile(scout).Overview, StringComparison.Ordinal);
        // Larger than the three small ones, not than Wide's 5M.
        Assert.Contains("Context window of 3.5M tokens as served (10M by its maker): larger than 3 of 4 other models.", scout.Strengths);

        // The home list and /models say what the spec row says.
        const string cell = "10M by its maker; served up to 3.5M";
        Assert.Equal(cell, ModelLimits.Text(new SnapshotView(c), c.FindModel("scout")!));
        Assert.Equal("5M tokens", ModelLimits.Text(new SnapshotView(c), c.FindModel("wide")!));
        var listing = new ModelListing(new SnapshotView(c), new DateOnly(2026, 12, 4), []);
        Assert.Equal(cell, listing.List(new ModelListQuery()).Rows.Single(r => r.Slug == "scout").ContextText);

        // A pair page compares the served figures in every sentence: moving to Scout loses context, not to Wide.
        var pair = Engine(c).Compare(c.FindModel("scout")!, c.FindModel("wide")!, TrafficProfile.Default);
        Assert.Contains("Scout's context window is smaller: 3.5M tokens against 5M, so long prompts may no longer fit.", pair.SwitchFriction.BToA.Items);
        Assert.DoesNotContain(pair.SwitchFriction.AToB.Items, i => i.Contains("context window", StringComparison.Ordinal));
        Assert.Contains("Scout reads up to 3.5M tokens of context, Wide up to 5M.", pair.Intro.Sentences);
        Assert.Equal(cell, pair.Summary.A.ContextText);
    }

    [Fact]
    public void A_pairs_status_note_names_where_the_retirement_date_comes_from()
    {
        var c = new TestCatalogBuilder()
            .Provider("lab", "Lab")
            .Model("old", "Old", "lab", m => m with
            {
                Status = ModelStatus.Deprecated, RetirementDate = new DateOnly(2025, 10, 1),
                StatusSource = new StatusSource("LiteLLM's entry for the maker's own API (old-20241022)", "https://example.com/litellm", new DateOnly(2025, 11, 21)),
            })
            .Model("new", "New", "lab")
            .Route("lab", "old", 3m, 15m).Route("lab", "new", 3m, 15m)
            .Build();

        var pair = Engine(c).Compare(c.FindModel("old")!, c.FindModel("new")!, TrafficProfile.Default);

        Assert.Contains(pair.Summary.StatusNotes, n => n.EndsWith(" Source: LiteLLM's entry for the maker's own API (old-20241022), checked Nov 21, 2025.", StringComparison.Ordinal));
    }
}
