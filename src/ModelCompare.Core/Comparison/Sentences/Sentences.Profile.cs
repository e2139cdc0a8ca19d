using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>The sentences of a model's profile page.</summary>
public static partial class Sentences
{
    /// <summary>"DeepSeek V3.2 is a 671B total, 37B active model from DeepSeek, released Dec 1, 2025."</summary>
    public static string ProfileIdentity(string name, string makerName, ParameterCount? parameters, DateOnly? released, SnapshotLine? line = null)
    {
        var size = Formatting.Parameters(parameters);
        var what = size == Formatting.Unknown ? "a model" : $"{Formatting.Article(size)} {size}-parameter model";
        var when = released is { } r ? $", released {Released(r, line)}" : string.Empty;
        return $"{name} is {what} from {makerName}{when}.";
    }

    /// <summary>
    /// The overview's opening, built from the record each time the page is drawn so that it follows every edit:
    /// "GPT-4o is a model made by OpenAI, released on May 13, 2024. Its context window is 128K tokens, and 17
    /// providers offer it in this catalog."
    /// </summary>
    public static string ProfileOverview(string name, string makerName, DateOnly? released, long? contextWindow, int providers, SnapshotLine? line = null, long? rankingContext = null)
    {
        var when = released is { } r ? $", released on {Released(r, line)}" : string.Empty;
        var offered = providers switch
        {
            0 => "no provider offers it in this catalog",
            1 => "one provider offers it in this catalog",
            _ => $"{providers} providers offer it in this catalog",
        };
        var rest = contextWindow is { } c ? $"Its context window is {ContextTokens(c, rankingContext ?? c)}, and {offered}." : $"{char.ToUpperInvariant(offered[0])}{offered[1..]}.";
        return $"{name} is a model made by {makerName}{when}. {rest}";
    }

    /// <summary>"10M by its maker; served up to 3.5M": a context no route serves in full (<see cref="ModelLimits"/>).</summary>
    public static string ContextStatedAndServed(long stated, long served) =>
        $"{Formatting.Tokens(stated)} by its maker; served up to {Formatting.Tokens(served)}";

    /// <summary>
    /// A model's context in a table cell or list, as its spec row says it: "10M by its maker; served up to 3.5M" when
    /// no route serves the maker's figure (<paramref name="ranking"/> is <see cref="ModelLimits.RankingContext"/>),
    /// else "128K tokens".
    /// </summary>
    public static string ContextCell(long? stated, long? ranking) => stated is { } s && ranking is { } r && r < s
        ? ContextStatedAndServed(s, r)
        : Formatting.TokensOrUnknown(stated);

    /// <summary>
    /// A model's context inside a sentence: the figure a route serves, with the maker's beside it when larger
    /// ("3.5M tokens as served (10M by its maker)"), else "128K tokens".
    /// </summary>
    public static string ContextTokens(long stated, long ranking) => ranking < stated
        ? $"{Formatting.Tokens(ranking)} tokens as served ({Formatting.Tokens(stated)} by its maker)"
        : $"{Formatting.Tokens(stated)} tokens";

    /// <summary>"It reads up to 128K tokens and writes up to 8,192 tokens per response."; null when neither is known.</summary>
    public static string? ProfileLimits(long? contextWindow, long? maxOutput, string subject = "It", long? rankingContext = null) => (contextWindow, maxOutput) switch
    {
        ({ } c, { } m) => $"{subject} reads up to {ContextTokens(c, rankingContext ?? c)} and writes up to {Formatting.Tokens(m)} tokens per response.",
        ({ } c, null) => $"{subject} reads up to {ContextTokens(c, rankingContext ?? c)}; its largest output is not recorded.",
        (null, { } m) => $"{subject} writes up to {Formatting.Tokens(m)} tokens per response; its context window is not recorded.",
        _ => null,
    };

    /// <summary>
    /// "Best for coding and tool-using agents: in the top quarter of models with comparable scores on SWE-bench
    /// Verified and Aider Polyglot." With no such benchmark (a derived phrase): "..., going by its features; no
    /// benchmark puts it in the top quarter of models with comparable scores." An editor's phrase stands alone
    /// (<paramref name="benchmarks"/> null).
    /// </summary>
    public static string ProfileBestFor(string bestFor, IReadOnlyCollection<string>? benchmarks = null, IReadOnlyCollection<string>? claims = null) => benchmarks switch
    {
        null => $"Best for {bestFor}.",
        { Count: 0 } => $"Best for {bestFor}, going by its features; no benchmark puts it in the top quarter of models with comparable scores.",
        _ => $"Best for {bestFor}: in the top quarter of models with comparable scores on {Formatting.JoinList(benchmarks)}{MakersOwnFigures(benchmarks, claims ?? [])}.",
    };

    /// <summary>
    /// A "best for" of two uses, each with its own grounds: "Best for long-document work and image and document input:
    /// long-document work in the top quarter of models with comparable scores on Fiction.LiveBench; image and document
    /// input in the top quarter of models with comparable scores on MMMU, by the makers' own claims." A use no
    /// benchmark of its own category supports goes "by its features".
    /// </summary>
    public static string ProfileBestForEach(string bestFor, IEnumerable<BestForUse> uses) =>
        $"Best for {bestFor}: {string.Join("; ", uses.Select(u => u.Benchmarks.Count == 0
            ? $"{u.Phrase} going by its features"
            : $"{u.Phrase} in the top quarter of models with comparable scores on {Formatting.JoinList(u.Benchmarks)}{MakersOwnFigures(u.Benchmarks, u.Claims)}"))}.";

    /// <summary>
    /// ", by the makers' own claims" when every named benchmark ranks the model among the makers' own claims; ", MMMU by
    /// the makers' own claims" when some do; empty when none does.
    /// </summary>
    private static string MakersOwnFigures(IReadOnlyCollection<string> benchmarks, IReadOnlyCollection<string> claims) =>
        claims.Count == 0 ? string.Empty
        : claims.Count >= benchmarks.Count ? ", by the makers' own claims"
        : $", {Formatting.JoinList(claims)} by the makers' own claims";

    /// <summary>
    /// "Aug 6, 2024 as the gpt-4o-2024-08-06 snapshot; GPT-4o first came out May 13, 2024 (GPT-4o (2024-05-13))" for a
    /// dated snapshot whose line has an earlier snapshot in the catalog (<see cref="ModelSnapshots"/>); else the date.
    /// </summary>
    public static string Released(DateOnly released, SnapshotLine? line) =>
        line is { First: { ReleaseDate: { } first } earlier }
            ? $"{Formatting.Date(released)} as the {line.SnapshotId} snapshot; {line.LineName} first came out {Formatting.Date(first)} ({earlier.Name})"
            : Formatting.Date(released);

    /// <summary>"Upgrade to", or "A newer snapshot of the same model:" before a successor that is a later dated snapshot (<see cref="ModelSnapshots.IsNewerSnapshot"/>).</summary>
    public static string ProfileSuccessorLead(bool newerSnapshot) => newerSnapshot ? "A newer snapshot of the same model:" : "Upgrade to";

    /// <summary>
    /// "Upgrade to DeepSeek V4: the catalog lists it as the successor of DeepSeek V3.2." A later dated snapshot of the
    /// same model (<see cref="ModelSnapshots.IsNewerSnapshot"/>) is no new model: "A newer snapshot of the same model
    /// as GPT-4o: GPT-4o (2024-11-20), released Nov 20, 2024."
    /// </summary>
    public static string ProfileUpgrade(string name, string successorName, bool direct = true, DateOnly? newerSnapshot = null) => (newerSnapshot, direct) switch
    {
        ({ } d, _) => $"A newer snapshot of the same model as {name}: {successorName}, released {Formatting.Date(d)}.",
        (null, true) => $"Upgrade to {successorName}: the catalog lists it as the successor of {name}.",
        _ => $"Upgrade to {successorName}: the nearest model still sold in the line of successors of {name}.",
    };

    /// <summary>"DeepSeek V3.2 replaces DeepSeek V3.1." for one or more predecessors.</summary>
    public static string ProfileReplaces(string name, IReadOnlyList<string> predecessorNames)
    {
        ArgumentNullException.ThrowIfNull(predecessorNames);
        return $"{name} replaces {Formatting.JoinList(predecessorNames)}.";
    }

    /// <summary>"DeepSeek V3.2 by DeepSeek: 164K-token context, list price $0.28 input / $0.42 output per 1M tokens, on 3 providers." (at most 160 characters).</summary>
    public static string ProfileMetaDescription(string name, string makerName, long? contextWindow, ModelPrice price, int providerCount, int maxLength = 160)
    {
        var clauses = new List<string>();
        if (contextWindow is { } c)
        {
            clauses.Add($"{Formatting.Tokens(c)}-token context");
        }

        ArgumentNullException.ThrowIfNull(price);
        if (price.Basis != PriceBasis.None)
        {
            var r = price.Reference!;
            clauses.Add(price.IsFreeFromMaker
                ? $"free from its maker, on {Formatting.Plural(providerCount, "provider")}"
                : $"{Formatting.PriceBasisName(price.Basis)} {Formatting.PricePerMillion(r.Input!.Value)} input / {Formatting.PricePerMillion(r.Output!.Value)} output per 1M tokens, on {Formatting.Plural(providerCount, "provider")}");
        }

        const string Tail = " Specs, prices, benchmarks and capabilities.";
        for (var count = clauses.Count; count >= 0; count--)
        {
            var body = count == 0 ? $"{name} by {makerName}." : $"{name} by {makerName}: {string.Join(", ", clauses.Take(count))}.";
            if ((body + Tail).Length <= maxLength)
            {
                return body + Tail;
            }

            if (body.Length <= maxLength)
            {
                return body;
            }
        }

        var text = $"{name} by {makerName}.";
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    public static string ProfileFaqCostQuestion(string name) => $"How much does {name} cost?";

    /// <summary>
    /// "List price: $0.28 input and $0.42 output per 1M tokens from DeepSeek. Cheapest route: ... 3 providers
    /// offer DeepSeek V3.2." The cheapest route is named when it is not the list route.
    /// </summary>
    public static string ProfileFaqCostAnswer(string name, ModelPrice price, int providerCount)
    {
        ArgumentNullException.ThrowIfNull(price);
        var offer = providerCount == 1 ? $"1 provider offers {name}." : $"{Formatting.Plural(providerCount, "provider")} offer {name}.";
        return CheapestBeside(price) is { } beside ? $"{PriceHeadline(price)} {beside} {offer}" : $"{PriceHeadline(price)} {offer}";
    }

    public static string ProfileFaqContextQuestion(string name) => $"How large is the context window of {name}?";

    public static string ProfileFaqOpenQuestion(string name) => $"Is {name} open source?";

    public static string ProfileFaqWhereQuestion(string name) => $"Where can I use {name}?";

    public static string ProfileFaqFeaturesQuestion(string name) => $"Which features does {name} support?";

    /// <summary>"DeepSeek V3.2 supports reasoning and function calling. It does not support vision." Unknown features are not mentioned.</summary>
    public static string ProfileFaqFeaturesAnswer(string name, IReadOnlyList<Capability> supported, IReadOnlyList<Capability> unsupported)
    {
        ArgumentNullException.ThrowIfNull(supported);
        ArgumentNullException.ThrowIfNull(unsupported);
        var yes = supported.Count == 0
            ? $"The catalog records no supported features for {name}."
            : $"{name} supports {Formatting.JoinList(supported.Select(Formatting.CapabilityPhrase))}.";
        return unsupported.Count == 0 ? yes : $"{yes} It does not support {Formatting.JoinList(unsupported.Select(Formatting.CapabilityPhrase), "or")}.";
    }

    public static string ProfileFaqSuccessorQuestion(string name) => $"What replaces {name}?";

    public static string PriceEventText(PriceEvent priceEvent) => priceEvent switch
    {
        PriceEvent.Added => "Added",
        PriceEvent.Changed => "Price changed",
        PriceEvent.Removed => "Removed",
        _ => priceEvent.ToString(),
    };

    /// <summary>
    /// A history event named for what changed: "Price changed" when the input or output price moved, "Cache price
    /// changed" when only a cache price did, "Price restated" when the listed prices are the same.
    /// </summary>
    public static string PriceEventText(PriceEvent priceEvent, TokenPrices? before, TokenPrices? after)
    {
        if (priceEvent != PriceEvent.Changed || before is null || after is null)
        {
            return PriceEventText(priceEvent);
        }

        if (before.Input != after.Input || before.Output != after.Output)
        {
            return "Price changed";
        }

        return before.CacheRead != after.CacheRead || before.CacheWrite != after.CacheWrite || before.CacheWrite1h != after.CacheWrite1h
            ? "Cache price changed"
            : "Price restated";
    }

    /// <summary>
    /// As <see cref="PriceEventText(PriceEvent, TokenPrices?, TokenPrices?)"/>, and when both entries record their context
    /// tiers and those differ, named for the tiers too: "Long-context tier removed", "Long-context tier added", "Long-context
    /// tier changed" (or "Price changed; long-context tier removed" when the input or output price moved as well).
    /// </summary>
    public static string PriceEventText(PricePoint? before, PricePoint after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var text = PriceEventText(after.Event, before?.Price, after.Price);
        if (after.Event != PriceEvent.Changed || before?.Tiers is not { } was || after.Tiers is not { } now || was.SequenceEqual(now))
        {
            return text;
        }

        var plural = Math.Max(was.Length, now.Length) > 1 ? "tiers" : "tier";
        var tiers = (was.IsEmpty, now.IsEmpty) switch
        {
            (false, true) => $"long-context {plural} removed",
            (true, false) => $"long-context {plural} added",
            _ => $"long-context {plural} changed",
        };
        return text == "Price changed" ? $"{text}; {tiers}" : string.Concat(char.ToUpperInvariant(tiers[0]).ToString(), tiers[1..]);
    }

    /// <summary>"DeepSeek V3.2 on DeepSeek: input $0.56 → $0.28, output $1.68 → $0.42 per 1M tokens." for a feed entry.</summary>
    public static string PriceChangeSummary(string modelName, string providerName, PricePoint? before, PricePoint after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var summary = PriceChangeSummary(modelName, providerName, before?.Price, after.Price, after.Event);
        if (after.Event != PriceEvent.Changed || before?.Tiers is not { } was || after.Tiers is not { } now || was.SequenceEqual(now))
        {
            return summary;
        }

        static string Tiers(IEnumerable<PriceTier> tiers) => string.Join(", ", tiers.Select(t =>
            $"above {Formatting.Tokens(t.AboveTokens)} tokens {(t.Price.Input is { } i ? Formatting.PricePerMillion(i) : Formatting.Missing)} / {(t.Price.Output is { } o ? Formatting.PricePerMillion(o) : Formatting.Missing)}"));
        return now.IsEmpty
            ? $"{summary} The long-context price ({Tiers(was)}) no longer applies: every prompt is billed at the base price."
            : $"{summary} Long-context prices: {Tiers(now)}{(was.IsEmpty ? "" : $", were {Tiers(was)}")}.";
    }

    /// <summary>The feed summary from token prices alone.</summary>
    public static string PriceChangeSummary(string modelName, string providerName, TokenPrices? before, TokenPrices? after, PriceEvent priceEvent)
    {
        static string P(decimal? v) => v is { } x ? Formatting.PricePerMillion(x) : Formatting.Missing;
        return priceEvent switch
        {
            PriceEvent.Removed => $"{providerName} no longer lists {modelName}.",
            PriceEvent.Added => $"{providerName} now offers {modelName} at {P(after?.Input)} input and {P(after?.Output)} output per 1M tokens.",
            _ => $"{modelName} on {providerName}: input {P(before?.Input)} → {P(after?.Input)}, output {P(before?.Output)} → {P(after?.Output)} per 1M tokens.",
        };
    }
}

/// <summary>One use a derived "best for" names, with the benchmarks of its own category that rank the model high (none when it goes by its features) and those of them that rank it among the makers' own claims.</summary>
public sealed record BestForUse(string Phrase, IReadOnlyList<string> Benchmarks, IReadOnlyList<string> Claims);
