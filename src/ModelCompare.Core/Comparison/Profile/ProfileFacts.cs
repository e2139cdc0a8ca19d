using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>One row of a model's pricing tiers: the standard price, cache hit and write, batch, and each context tier.</summary>
public sealed record PricingTierRow(string Label, string InputText, string OutputText);

/// <summary>
/// The pricing tiers of a model's headline price: the maker's route for a list price (<see cref="ProviderSlug"/>
/// set), or the medians for a market price (<see cref="Source"/> says what they are drawn from).
/// </summary>
public sealed record PricingTiers(string? ProviderSlug, string Source, PriceBasis Basis, ImmutableArray<PricingTierRow> Rows);

/// <summary>A route's price from <see cref="From"/> on; both prices are null while the route was withdrawn.</summary>
public sealed record PriceStep(DateOnly From, PriceEvent Event, decimal? Input, decimal? Output)
{
    /// <summary>What changed, in a reader's words: "Price changed", "Cache price changed", "Added".</summary>
    public string EventText { get; init; } = Sentences.PriceEventText(Event);
}

/// <summary>The list route whose price history a profile charts, with its steps and the date the chart runs to.</summary>
public sealed record PriceHistory(string ProviderSlug, string RouteName, ImmutableArray<PriceStep> Steps, DateOnly Until);

/// <summary>One host's price change, listed under a market price.</summary>
public sealed record HostPriceChange(string ProviderSlug, string RouteName, PriceStep Step);

/// <summary>
/// A profile's price history: the list route's chart, or a note (a market price has no single history; a list
/// route without recorded changes; no price) with, for a market price, each host's changes, newest first.
/// </summary>
public sealed record PriceHistorySection(PriceHistory? Chart, string? Note, ImmutableArray<HostPriceChange> HostChanges);

/// <summary>A benchmark row of a profile: the model's score and each peer's score on the same benchmark and variant.</summary>
public sealed record PeerBenchmarkRow(ScoreView Own, ImmutableArray<ScoreView?> Peers);

/// <summary>
/// What a model's profile page says beyond <see cref="ModelFacts"/>: TL;DR, pricing tiers, price history,
/// benchmark peers, the most useful comparisons, upgrade path and FAQ. Plain C#, no I/O.
/// </summary>
public static class ProfileFacts
{
    public const int PeerCount = 3;
    public const int ComparisonCount = 8;

    /// <summary>Up to six sentences: identity, limits, list or market price, the cheapest route beside it, best for, and the upgrade when there is one.</summary>
    public static ImmutableArray<string> Tldr(CatalogSnapshot catalog, ModelFacts facts, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var m = facts.Model;
        var list = new List<string> { Sentences.ProfileIdentity(m.Name, facts.MakerName, m.Parameters, m.ReleaseDate, ModelSnapshots.Of(catalog, m)) };
        if (Sentences.ProfileLimits(m.ContextWindow, m.MaxOutput, rankingContext: facts.RankingContext) is { } limits)
        {
            list.Add(limits);
        }

        if (facts.Price.Basis == PriceBasis.None)
        {
            list.Add(facts.NoPriceReason ?? Sentences.NotAvailable(m.Name));
        }
        else
        {
            list.Add(Sentences.PriceHeadline(facts.Price));
            if (Sentences.CheapestBeside(facts.Price) is { } beside)
            {
                list.Add(beside);
            }
        }

        list.Add(facts.BestForFromEditor ? Sentences.ProfileBestFor(facts.BestFor) : DerivedBestFor(facts));
        if (Upgrade(catalog, m, today) is { } upgrade)
        {
            list.Add(upgrade);
        }

        return [.. list];
    }

    /// <summary>
    /// A derived "best for" with what supports each use. A use is tied to benchmarks only when benchmarks of its own
    /// category put the model in the top quarter of models with comparable scores (at most three named); a use with
    /// no such benchmark (a large context window, a capability) is said to go by its features. A standing that rests
    /// only on the makers' own claims says so. General chat alone stands bare.
    /// </summary>
    private static string DerivedBestFor(ModelFacts facts)
    {
        var ranked = DecisionRules.Ranked(facts.Model, facts.Distinctions).Take(2).ToList();
        var standings = facts.Distinctions.Categories.Where(c => c.Share >= DecisionRules.TopShare).ToList();
        if (ranked is [DecisionFit.Chat] && !standings.Any(c => c.Category == BenchmarkCategory.Writing))
        {
            return Sentences.ProfileBestFor(facts.BestFor);
        }

        // Each use with the benchmarks of its own categories (at most three), and which of those are makers' claims.
        var uses = ranked.Select(fit =>
        {
            var backing = standings.Where(c => DecisionRules.FitOf(c.Category) == fit).ToList();
            var named = backing.SelectMany(c => c.Leading).Distinct(StringComparer.Ordinal).Take(3).ToList();
            var claims = backing.SelectMany(c => c.LeadingOnMakersClaims).ToHashSet(StringComparer.Ordinal);
            return new BestForUse(Formatting.DecisionFitPhrase(fit), named, [.. named.Where(claims.Contains)]);
        }).ToList();
        return uses.All(u => u.Benchmarks.Count == 0) || uses.Count == 1
            ? Sentences.ProfileBestFor(facts.BestFor, uses.SelectMany(u => u.Benchmarks).ToList(), uses.SelectMany(u => u.Claims).ToList())
            : Sentences.ProfileBestForEach(facts.BestFor, uses);
    }

    /// <summary>The price section's first line: the list or market price with the cheapest route beside it, or why there is no price.</summary>
    public static string PriceHeadline(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Price.Basis == PriceBasis.None)
        {
            return facts.NoPriceReason ?? Sentences.NotAvailable(facts.Name);
        }

        return Sentences.CheapestBeside(facts.Price) is { } beside
            ? Sentences.PriceHeadline(facts.Price) + " " + beside
            : Sentences.PriceHeadline(facts.Price);
    }

    public static string MetaDescription(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Sentences.ProfileMetaDescription(facts.Name, facts.MakerName, facts.RankingContext, facts.Price, facts.ProviderSlugs.Length);
    }

    /// <summary>The model's successor when it is in the catalog.</summary>
    public static Model? Successor(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return model.SuccessorSlug is { } s && s != model.Slug ? catalog.FindModel(s) : null;
    }

    /// <summary>
    /// The model to move to from <paramref name="model"/>: its successor, or, when that one is retired or
    /// deprecated on <paramref name="today"/>, the first active model further down the line of successors.
    /// Null when the line holds no active model: a retired model is never named as the upgrade.
    /// </summary>
    public static Model? Replacement(CatalogSnapshot catalog, Model model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        var seen = new HashSet<string>(StringComparer.Ordinal) { model.Slug };
        for (var next = Successor(catalog, model); next is not null && seen.Add(next.Slug); next = Successor(catalog, next))
        {
            if (ModelLifecycle.StatusOn(next, today) == ModelStatus.Active)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// "Upgrade to X: ..." naming <see cref="Replacement"/> when <paramref name="today"/> is known (the
    /// successor itself when it is active), else the listed successor; null when there is none to name.
    /// </summary>
    private static string? Upgrade(CatalogSnapshot catalog, Model m, DateOnly? today)
    {
        var direct = Successor(catalog, m);
        var next = today is { } day ? Replacement(catalog, m, day) : direct;
        return next is null ? null : Sentences.ProfileUpgrade(m.Name, next.Name, next == direct, ModelSnapshots.IsNewerSnapshot(m, next) ? next.ReleaseDate : null);
    }

    /// <summary>Models that name this one as their successor, newest first.</summary>
    public static ImmutableArray<Model> Predecessors(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return [.. catalog.Models
            .Where(m => m.SuccessorSlug == model.Slug && m.Slug != model.Slug)
            .OrderByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The tiers of the price the headline quotes: for a list price, the maker's route (standard price,
    /// cache hit, cache write, batch and prompt-size tiers); for a market price, the medians. Null without
    /// either.
    /// </summary>
    public static PricingTiers? Tiers(CatalogSnapshot catalog, ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var price = facts.Price;
        if (price.Basis == PriceBasis.Market)
        {
            var m = price.Reference!;
            var medians = new List<PricingTierRow> { new("Market price (median)", Price(m.Input), Price(m.Output)) };
            if (m.CacheRead is { } hit)
            {
                medians.Add(new("Cache hit (median)", Price(hit), Formatting.Missing));
            }

            return new PricingTiers(null, Sentences.MarketSpread(price.MarketRoutes, price.MarketProviders), PriceBasis.Market, [.. medians]);
        }

        if (price.ListRoute is not { } list)
        {
            return null;
        }

        var route = list.Route;
        if (list.IsFreeFromMaker)
        {
            return new PricingTiers(route.ProviderSlug, list.RouteName, PriceBasis.List, [new("Free from its maker", Formatting.PerMillionTokens(0m), Formatting.PerMillionTokens(0m))]);
        }

        var p = route.Price!;
        var rows = new List<PricingTierRow>
        {
            new(p.CacheRead is null ? "Standard" : "Standard (cache miss)", Price(p.Input), Price(p.Output)),
        };
        if (p.CacheRead is { } read)
        {
            rows.Add(new("Cache hit", Price(read), Formatting.Missing));
        }

        if (p.CacheWrite is { } write)
        {
            rows.Add(new("Cache write", Price(write), Formatting.Missing));
        }

        if (route.BatchPrice is { } batch && (batch.Input is not null || batch.Output is not null))
        {
            rows.Add(new("Batch", Price(batch.Input), Price(batch.Output)));
        }

        foreach (var tier in route.Tiers.IsDefault ? [] : route.Tiers)
        {
            rows.Add(new($"Prompts above {Formatting.Tokens(tier.AboveTokens)} tokens", Price(tier.Price.Input), Price(tier.Price.Output)));
        }

        return new PricingTiers(route.ProviderSlug, list.RouteName, PriceBasis.List, [.. rows]);

        static string Price(decimal? v) => v is { } x ? Formatting.PerMillionTokens(x) : Formatting.Missing;
    }

    /// <summary>
    /// The history of the price the profile headlines. A list price charts its list route's recorded changes; a
    /// market price is a median of hosts and has no single history, so the section lists each host's changes
    /// instead; without a basis there is nothing to chart. A reseller's history is never charted as the price.
    /// </summary>
    public static PriceHistorySection History(CatalogSnapshot catalog, ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var price = facts.Price;
        if (price.ListRoute is { } list)
        {
            var route = list.Route;
            if (route.History.IsDefaultOrEmpty)
            {
                return new PriceHistorySection(null, Sentences.ListPriceNoHistory(list.RouteName), []);
            }

            var steps = Steps(route);
            var until = route.Checked > steps[^1].From ? route.Checked : steps[^1].From;
            return new PriceHistorySection(new PriceHistory(route.ProviderSlug, list.RouteName, steps, until), null, []);
        }

        if (price.Basis != PriceBasis.Market)
        {
            return new PriceHistorySection(null, Sentences.NoPriceNoHistory(facts.Name), []);
        }

        var changes = price.Routes
            .Where(r => r.IsCosted && !r.IsPlan && !r.Route.History.IsDefaultOrEmpty)
            // A host's price of $0 is a free plan or a slip, never a market price: such steps stay off the list.
            .SelectMany(r => Steps(r.Route).Where(step => step is not { Input: 0m, Output: 0m }).Select(step => new HostPriceChange(r.ProviderSlug, r.RouteName, step)))
            .OrderByDescending(c => c.Step.From)
            .ThenBy(c => c.RouteName, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PriceHistorySection(null, Sentences.MarketPriceHistory(price.MarketProviders, changes.Length), changes);
    }

    /// <summary>A route's history as steps, oldest first; a removal is a step with no price.</summary>
    public static ImmutableArray<PriceStep> Steps(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var points = route.History.OrderBy(h => h.Date).ToList();
        return [.. points.Select((h, i) => h.Event == PriceEvent.Removed || h.Price is null
                ? new PriceStep(h.Date, h.Event, null, null)
                : new PriceStep(h.Date, h.Event, h.Price.Input, h.Price.Output) { EventText = Sentences.PriceEventText(i > 0 ? points[i - 1] : null, h) })];
    }

    /// <summary>
    /// Up to <paramref name="count"/> models to set the model's benchmark scores against: those sharing the
    /// most benchmarks (same benchmark and variant), then the same maker, then the slug.
    /// </summary>
    public static ImmutableArray<Model> Peers(CatalogSnapshot catalog, Model model, int count = PeerCount)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        var own = catalog.ScoresFor(model.Slug).Select(s => (s.BenchmarkSlug, s.Setting.Protocol)).ToHashSet();
        if (own.Count == 0)
        {
            return [];
        }

        return [.. own
            .SelectMany(k => catalog.ScoresOn(k.BenchmarkSlug).Where(s => s.Setting.Protocol == k.Item2))
            .Where(s => s.ModelSlug != model.Slug)
            .GroupBy(s => s.ModelSlug, StringComparer.Ordinal)
            .Select(g => (Model: catalog.FindModel(g.Key), Shared: g.Select(s => (s.BenchmarkSlug, s.Setting.Protocol)).Distinct().Count()))
            .Where(x => x.Model is not null)
            .OrderByDescending(x => x.Shared)
            .ThenByDescending(x => x.Model!.MakerSlug == model.MakerSlug)
            .ThenBy(x => x.Model!.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Model!)];
    }

    /// <summary>Each of the model's best-known scores, with each peer's score on the same benchmark and variant (null when it has none).</summary>
    public static ImmutableArray<PeerBenchmarkRow> PeerBenchmarks(CatalogSnapshot catalog, ModelFacts facts, IReadOnlyList<Model> peers)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(peers);
        var peerScores = peers
            .Select(p => ComparisonEngine.BestScoresOf(catalog, p.Slug).ToDictionary(s => (s.BenchmarkSlug, s.Variant ?? string.Empty)))
            .ToList();
        return [.. facts.Scores.Select(s => new PeerBenchmarkRow(
            s,
            [.. peerScores.Select(d => d.GetValueOrDefault((s.BenchmarkSlug, s.Variant ?? string.Empty)))]))];
    }

    /// <summary>Questions a reader asks about one model, answered from the data; questions the data cannot answer are left out.</summary>
    public static ImmutableArray<FaqItem> Faq(CatalogSnapshot catalog, ModelFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var m = facts.Model;
        var list = new List<FaqItem>
        {
            new(Sentences.ProfileFaqCostQuestion(m.Name), facts.Price.Basis != PriceBasis.None
                ? Sentences.ProfileFaqCostAnswer(m.Name, facts.Price, facts.ProviderSlugs.Length)
                : facts.NoPriceReason ?? Sentences.NotAvailable(m.Name)),
        };

        if (Sentences.ProfileLimits(m.ContextWindow, m.MaxOutput, m.Name, facts.RankingContext) is { } limits)
        {
            list.Add(new(Sentences.ProfileFaqContextQuestion(m.Name), limits));
        }

        if (m.OpenWeights is not null || !string.IsNullOrWhiteSpace(m.License))
        {
            var clause = Sentences.FaqOpenClause(m.Name, m.OpenWeights, m.License);
            list.Add(new(Sentences.ProfileFaqOpenQuestion(m.Name), char.ToUpperInvariant(clause[0]) + clause[1..] + "."));
        }

        list.Add(new(Sentences.ProfileFaqWhereQuestion(m.Name), Sentences.FaqWhereClause(m.Name, facts.ProviderNames)));

        if (m.Capabilities.Known.Count > 0)
        {
            var yes = CapabilitySet.All.Where(c => m.Capabilities[c] == true).ToList();
            var no = CapabilitySet.All.Where(c => m.Capabilities[c] == false).ToList();
            list.Add(new(Sentences.ProfileFaqFeaturesQuestion(m.Name), Sentences.ProfileFaqFeaturesAnswer(m.Name, yes, no)));
        }

        if (Upgrade(catalog, m, today) is { } upgrade)
        {
            var answer = upgrade;
            if (Sentences.Status(m, today) is { } status)
            {
                answer += " " + status;
            }

            list.Add(new(Sentences.ProfileFaqSuccessorQuestion(m.Name), answer));
        }

        return [.. list];
    }

    /// <summary>The lowest input price among costed routes, with its route; null when none is costed.</summary>
    public static RouteCost? CheapestInput(ModelFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.RouteCosts.OrderBy(c => c.InputPrice).ThenBy(c => c.RouteKey, StringComparer.Ordinal).FirstOrDefault();
    }
}
