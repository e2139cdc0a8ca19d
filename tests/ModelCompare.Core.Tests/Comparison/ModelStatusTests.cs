using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>A model's status judged on the engine's clock, and what the pages and lists do with it.</summary>
public class ModelStatusTests
{
    private static readonly StatusSource Said = new("Maker's deprecations page", "https://example.com/deprecations", new DateOnly(2026, 6, 1));

    private static Model M(Func<Model, Model>? edit = null)
    {
        var model = new Model { Slug = "m", Name = "M", MakerSlug = "lab", LastReviewed = Reviewed };
        return edit is null ? model : edit(model);
    }

    [Fact]
    public void Status_follows_the_announced_dates_and_the_makers_word_on_the_day_asked()
    {
        var day = new DateOnly(2026, 7, 1);

        Assert.Equal(ModelStatus.Active, ModelLifecycle.StatusOn(M(), day));
        // A retirement still to come is deprecated until its day, then retired.
        var retiring = M(m => m with { RetirementDate = new DateOnly(2026, 8, 1), StatusSource = Said });
        Assert.Equal(ModelStatus.Deprecated, ModelLifecycle.StatusOn(retiring, day));
        Assert.Equal(ModelStatus.Retired, ModelLifecycle.StatusOn(retiring, new DateOnly(2026, 8, 1)));
        // The maker's word with no date holds on any day.
        Assert.Equal(ModelStatus.Deprecated, ModelLifecycle.StatusOn(M(m => m with { Status = ModelStatus.Deprecated, StatusSource = Said }), day));
        Assert.Equal(ModelStatus.Retired, ModelLifecycle.StatusOn(M(m => m with { Status = ModelStatus.Retired, StatusSource = Said }), day));
        // A deprecation date counts from its day.
        var deprecating = M(m => m with { DeprecationDate = new DateOnly(2026, 9, 1), StatusSource = Said });
        Assert.Equal(ModelStatus.Active, ModelLifecycle.StatusOn(deprecating, day));
        Assert.Equal(ModelStatus.Deprecated, ModelLifecycle.StatusOn(deprecating, new DateOnly(2026, 9, 1)));
    }

    /// <summary>Alpha (retiring on Aug 1, 2026, succeeded by Gamma) is cheaper than Beta; the day decides the verdict.</summary>
    private static CatalogSnapshot Retiring() => new TestCatalogBuilder()
        .Provider("host", "Host")
        .Model("alpha", "Alpha", "lab", m => m with { RetirementDate = new DateOnly(2026, 8, 1), SuccessorSlug = "gamma", StatusSource = Said, ReleaseDate = new DateOnly(2024, 1, 1) })
        .Model("beta", "Beta", "lab")
        .Model("gamma", "Gamma", "lab", m => m with { ReleaseDate = new DateOnly(2025, 1, 1) })
        .Route("host", "alpha", 1m, 1m)
        .Route("host", "beta", 2m, 2m)
        .Route("host", "gamma", 3m, 3m)
        .Build();

    [Fact]
    public void The_verdict_judges_retirement_on_the_clocks_day_not_the_day_the_data_was_built()
    {
        var catalog = Retiring();
        var before = new ComparisonEngine(catalog, FixedClock.On(2026, 7, 31)).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default);
        var after = new ComparisonEngine(catalog, FixedClock.On(2026, 8, 1)).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default);

        // The catalog was built on Jul 1, 2026; only the clock moved.
        Assert.Equal((Side.A, VerdictReason.Wins), (before.Verdict.Recommended, before.Verdict.Reason));
        Assert.Equal("Alpha retires on Aug 1, 2026; its nearest active successor is Gamma.", before.Verdict.Sentences[0]);
        Assert.Equal((Side.B, VerdictReason.Retired), (after.Verdict.Recommended, after.Verdict.Reason));
        Assert.Equal("Alpha was retired on Aug 1, 2026; its nearest active successor is Gamma.", after.Verdict.Sentences[0]);
        Assert.Equal("Choose Beta: Alpha is retired, so its routes may stop answering.", after.Summary.VerdictLine);
        Assert.Equal(("Retired on Aug 1, 2026", "Active"), (after.Summary.StatusA, after.Summary.StatusB));
        Assert.Equal(["Alpha was retired on Aug 1, 2026; its nearest active successor is Gamma. Source: Maker's deprecations page, checked Jun 1, 2026."], after.Summary.StatusNotes.ToArray());
    }

    [Fact]
    public void The_upgrade_named_is_the_first_active_model_down_the_line_of_successors_never_a_retired_one()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("v1", "V1", "lab", m => m with { RetirementDate = new DateOnly(2025, 1, 1), SuccessorSlug = "v2", StatusSource = Said })
            .Model("v2", "V2", "lab", m => m with { RetirementDate = new DateOnly(2026, 1, 1), SuccessorSlug = "v3", StatusSource = Said })
            .Model("v3", "V3", "lab", m => m with { Status = ModelStatus.Deprecated, SuccessorSlug = "v4", StatusSource = Said })
            .Model("v4", "V4", "lab")
            .Model("end", "End", "lab", m => m with { RetirementDate = new DateOnly(2025, 1, 1), SuccessorSlug = "loop", StatusSource = Said })
            .Model("loop", "Loop", "lab", m => m with { RetirementDate = new DateOnly(2025, 1, 1), SuccessorSlug = "end", StatusSource = Said })
            .Route("host", "v1", 1m, 1m)
            .Route("host", "v4", 2m, 2m)
            .Build();
        var today = new DateOnly(2026, 7, 1);

        Assert.Equal("v4", ProfileFacts.Replacement(catalog, catalog.FindModel("v1")!, today)?.Slug);
        Assert.Equal("v4", ProfileFacts.Replacement(catalog, catalog.FindModel("v3")!, today)?.Slug);
        // A line of retired models that loops names no upgrade, and ends.
        Assert.Null(ProfileFacts.Replacement(catalog, catalog.FindModel("end")!, today));
        var engine = new ComparisonEngine(catalog, FixedClock.On(2026, 7, 1));
        Assert.Equal("v4", engine.Profile(engine.Describe(catalog.FindModel("v1")!, TrafficProfile.Default)).Successor?.Slug);
        Assert.Equal("V1 was retired on Jan 1, 2025; its nearest active successor is V4. Source: Maker's deprecations page, checked Jun 1, 2026.", engine.Compare(catalog.FindModel("v1")!, catalog.FindModel("v4")!, TrafficProfile.Default).Summary.StatusNotes[0]);
    }

    [Fact]
    public void A_model_its_maker_marks_deprecated_without_a_date_says_so_first_and_both_active_pairs_say_nothing()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("host", "Host")
            .Model("alpha", "Alpha", "lab", m => m with { Status = ModelStatus.Deprecated, StatusSource = Said })
            .Model("beta", "Beta", "lab")
            .Route("host", "alpha", 1m, 1m)
            .Route("host", "beta", 2m, 2m)
            .Build();
        var pair = new ComparisonEngine(catalog, FixedClock.ReviewDay).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default);

        Assert.Equal("Alpha is deprecated by its maker.", pair.Intro.Sentences[0]);
        Assert.Equal(["Alpha is deprecated by its maker. Source: Maker's deprecations page, checked Jun 1, 2026."], pair.Summary.StatusNotes.ToArray());
        Assert.Contains(pair.Tradeoffs, t => t is { Kind: TradeoffKind.Retirement, Favors: Side.B, Edge: "availability (Alpha is deprecated by its maker)" });

        var plain = new ComparisonEngine(Retiring(), FixedClock.ReviewDay).Compare(Retiring().FindModel("beta")!, Retiring().FindModel("gamma")!, TrafficProfile.Default);
        Assert.Empty(plain.Summary.StatusNotes);
    }

    [Fact]
    public void A_retired_model_leaves_popular_pairs_and_suggestions_but_keeps_its_own()
    {
        var catalog = Retiring();
        var day = new DateOnly(2026, 8, 1);
        var engine = new ComparisonEngine(catalog, FixedClock.On(2026, 8, 1));

        Assert.DoesNotContain(engine.Alternatives(catalog.FindModel("beta")!, count: 8), l => l.Path.Contains("alpha", StringComparison.Ordinal));
        Assert.Contains(new ComparisonEngine(catalog, FixedClock.ReviewDay).Alternatives(catalog.FindModel("beta")!, count: 8), l => l.Path.Contains("alpha", StringComparison.Ordinal));
        Assert.NotEmpty(engine.Alternatives(catalog.FindModel("alpha")!, count: 8));

        var popularBefore = CatalogHighlights.PopularPairs(new SnapshotView(MultiMaker()), 8, Reviewed);
        var popularAfter = CatalogHighlights.PopularPairs(new SnapshotView(MultiMaker()), 8, day);
        // Popular pairs are indexed pairs, and a model with a retirement announced is not indexed: it leaves
        // them on the announcement, before the day, as well as after.
        Assert.Equal(["/compare/beta-vs-delta"], popularBefore.Select(p => p.Path));
        Assert.DoesNotContain(popularAfter, p => p.Path.Contains("alpha", StringComparison.Ordinal));
    }

    [Fact]
    public void The_profile_says_the_status_and_the_specs_show_it()
    {
        var catalog = Retiring();
        var engine = new ComparisonEngine(catalog, FixedClock.On(2026, 9, 1));
        var profile = engine.Profile(engine.Describe(catalog.FindModel("alpha")!, TrafficProfile.Default));

        Assert.Equal((ModelStatus.Retired, "Alpha was retired on Aug 1, 2026."), (profile.Status, profile.RetirementText));
        Assert.Equal("Retired on Aug 1, 2026", profile.Facts.Specs.Single(s => s.Kind == SpecKind.RetirementDate).Text);
        Assert.Contains("Alpha was retired on Aug 1, 2026; its nearest active successor is Gamma.", profile.Facts.Weaknesses);
    }

    /// <summary>Two makers with two models each, all on one host, so the popular pairs have something to pick from.</summary>
    private static CatalogSnapshot MultiMaker() => new TestCatalogBuilder()
        .Provider("la", "Lab A").Provider("lb", "Lab B").Provider("host", "Host")
        .Model("alpha", "Alpha", "la", m => m with { RetirementDate = new DateOnly(2026, 8, 1), StatusSource = Said })
        .Model("delta", "Delta", "la")
        .Model("beta", "Beta", "lb")
        .Route("la", "alpha", 1m, 1m).Route("host", "alpha", 1m, 1m)
        .Route("la", "delta", 1m, 1m)
        .Route("lb", "beta", 2m, 2m).Route("host", "beta", 2m, 2m)
        .Build();
}
