using System.Globalization;
using System.Text.RegularExpressions;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;
using ModelCompare.Import.Tables;

namespace ModelCompare.Import.Building;

/// <summary>What <see cref="DuplicateMerger"/> decided: the models kept, where every other key went, and which keys were floating names.</summary>
internal sealed record MergeResult(IReadOnlyList<ModelCandidate> Kept, IReadOnlyDictionary<string, string> Redirects)
{
    /// <summary>Keys of floating names ("deepseek-chat", "mistral-large-latest") that became aliases.</summary>
    public IReadOnlySet<string> Pointers { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>
/// Folds candidates a reader would take for the same model into one, so the site never shows "X vs X".
/// Every merge is written to the import report with its reason.
/// <list type="bullet">
/// <item>A floating name ("deepseek-chat", "mistral-large-latest", "claude-opus-4-0" named "Claude Opus 4 (latest)")
/// becomes an alias of the model it served on the data's date: the model whose route at the maker has the same
/// price and limits; else the key without "-latest" or "-0", the model with the same name without "(latest)", or the
/// one model of the maker released the same day whose key holds every word of the name. A floating name with no
/// such model keeps its place under the key without "-latest". A floating name that selects a mode
/// ("deepseek-reasoner") adds that mode to the model.</item>
/// <item>Two candidates of one maker whose weights are the same Hugging Face repository (models.dev's weights
/// links, OpenRouter's list) are one model.</item>
/// <item>A "-reasoning" and "-non-reasoning" pair of one maker at one price is one model with two modes.</item>
/// <item>The pairs in <see cref="IdentityTables.SameModel"/>, which no dataset links, are one model.</item>
/// <item>Two models of one maker with the same display name merge, unless both keys carry a different date or
/// version tag; then, like two makers' models with one name, the names get told apart.</item>
/// </list>
/// The kept model is the canonical models.dev record, then the one without "-latest", then the undated key, then
/// the shorter key, then the one more providers serve. A pointer's canonical record lends its facts (not its name)
/// to a model that only had a host's entry.
/// </summary>
internal static partial class DuplicateMerger
{
    public static MergeResult Merge(
        IReadOnlyList<ModelCandidate> candidates,
        IReadOnlyDictionary<string, int> providerCounts,
        IReadOnlyDictionary<string, ModelsDevModel>? makerEntries = null,
        IReadOnlyList<OpenRouterModel>? openRouter = null,
        ImportReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(providerCounts);
        makerEntries ??= new Dictionary<string, ModelsDevModel>();
        openRouter ??= [];
        report ??= new ImportReport();
        var byKey = new SortedDictionary<string, ModelCandidate>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            byKey[c.Key] = c with { Name = StripLatest(c.Name) };
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        var pointerKeys = new HashSet<string>(StringComparer.Ordinal);
        var moved = new List<(ModelCandidate Pointer, string Target)>();

        // 1. Floating names, resolved against the models that are not floating names themselves.
        MergeFloatingNames(byKey, candidates, redirects, pointerKeys, moved, makerEntries, report);

        // 2. The same weights under two keys.
        MergeSameWeights(byKey, redirects, providerCounts, openRouter, report);

        // 3. A reasoning and a non-reasoning id of one model at one price.
        MergeModes(byKey, redirects, providerCounts, makerEntries, report);

        // 4. Pairs no dataset links.
        MergeListedPairs(byKey, redirects, report);

        // 5. "-instruct" and the bare name: hosts serve the instruct weights under both (not OpenAI, whose "-instruct" models differ).
        MergeInstructNames(byKey, redirects, providerCounts, report);

        // 6. One maker, one display name: the same model under two ids.
        MergeSameNames(byKey, redirects, providerCounts, report);

        // 7. Names still shared by different models: add the version tag the key carries, else the maker.
        TellSharedNamesApart(byKey, report);

        // A key merged into a model that was itself merged later follows the chain.
        FollowRedirectChains(redirects);

        LinkSuperseded(byKey, moved, report);

        // A successor merged away points at the model that absorbed it.
        RedirectSuccessors(byKey, redirects);

        return new MergeResult([.. byKey.Values], redirects) { Pointers = pointerKeys };
    }

    /// <summary>Floating names ("-latest", "deepseek-chat") join the model they point at, or keep their name without "-latest" when none stands behind them.</summary>
    private static void MergeFloatingNames(SortedDictionary<string, ModelCandidate> byKey, IReadOnlyList<ModelCandidate> candidates, Dictionary<string, string> redirects, HashSet<string> pointerKeys, List<(ModelCandidate Pointer, string Target)> moved, IReadOnlyDictionary<string, ModelsDevModel> makerEntries, ImportReport report)
    {
        var pointers = byKey.Values.Where(c => IsPointer(c, candidates)).Select(c => c.Key).ToList();
        foreach (var key in pointers)
        {
            var pointer = byKey[key];
            var others = byKey.Values.Where(c => !pointers.Contains(c.Key)).ToList();
            var (target, reason) = PointerTarget(pointer, others, makerEntries);
            if (target is not null)
            {
                byKey.Remove(key);
                var kept = Absorb(byKey[target.Key], pointer);

                // The maker's canonical record describes the pointed-to model better than one host's entry.
                if (pointer.IsCanonical && !kept.IsCanonical)
                {
                    kept = kept with
                    {
                        Facts = pointer.Facts, FactsUrl = pointer.FactsUrl, IsCanonical = true, ExtraApiIds = [.. kept.ExtraApiIds, kept.Facts.Id],
                    };
                }

                if (IdentityTables.FloatingNames.TryGetValue(key, out var floating))
                {
                    kept = kept with { Modes = [.. kept.Modes.Append(floating.Mode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
                }

                byKey[target.Key] = kept;
                redirects[key] = target.Key;
                pointerKeys.Add(key);
                moved.Add((pointer, target.Key));
                report.Merge($"{key} -> {target.Key}: floating name; {reason}");
                continue;
            }

            var stem = Stem(key);
            if (stem != key && !byKey.ContainsKey(stem))
            {
                byKey.Remove(key);
                byKey[stem] = pointer with { Key = stem, MergedKeys = [.. pointer.MergedKeys, key] };
                redirects[key] = stem;
                pointerKeys.Add(key);
                report.Merge($"{key} -> {stem}: floating name with no other model of its maker behind it; kept under the name without -latest");
            }
        }
    }

    /// <summary>The pairs of <see cref="IdentityTables.SameModel"/>, which no dataset links, are one model.</summary>
    private static void MergeListedPairs(SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects, ImportReport report)
    {
        foreach (var (from, to, why) in IdentityTables.SameModel)
        {
            if (byKey.TryGetValue(from, out var other) && byKey.TryGetValue(to, out var keeper))
            {
                byKey.Remove(from);
                byKey[to] = Absorb(keeper, other);
                redirects[from] = to;
                report.Merge($"{from} -> {to}: {why}");
            }
        }
    }

    /// <summary>"-instruct" and the bare name: hosts serve the instruct weights under both (not OpenAI, whose "-instruct" models differ).</summary>
    private static void MergeInstructNames(SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects, IReadOnlyDictionary<string, int> providerCounts, ImportReport report)
    {
        foreach (var key in byKey.Keys.Where(k => k.EndsWith("-instruct", StringComparison.Ordinal)).ToList())
        {
            var bare = key[..^"-instruct".Length];
            if (byKey.TryGetValue(key, out var a) && byKey.TryGetValue(bare, out var b) && a.Maker == b.Maker && a.Maker != "openai")
            {
                var (keeper, other) = Rank(a, providerCounts).CompareTo(Rank(b, providerCounts)) <= 0 ? (a, b) : (b, a);
                byKey.Remove(other.Key);
                byKey[keeper.Key] = Absorb(keeper, other);
                redirects[other.Key] = keeper.Key;
                report.Merge($"{other.Key} -> {keeper.Key}: hosts serve the instruct weights under both names");
            }
        }
    }

    /// <summary>One maker, one display name: the same model under two ids, unless their version tags or snapshot dates differ.</summary>
    private static void MergeSameNames(SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects, IReadOnlyDictionary<string, int> providerCounts, ImportReport report)
    {
        foreach (var group in byKey.Values.GroupBy(c => (c.Maker, c.Name)).Where(g => g.Count() > 1).ToList())
        {
            var ordered = group.OrderBy(c => Rank(c, providerCounts)).ToList();
            var keeper = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                if (VersionTag(keeper.Key) is { } a && VersionTag(other.Key) is { } b && a != b)
                {
                    continue;
                }

                if (other.SnapshotDate is { } otherDate && keeper.SnapshotDate is { } keeperDate && otherDate != keeperDate)
                {
                    continue;
                }

                // A host's dated id under the undated name ("openai-gpt-4o-2024-11-20" named "GPT-4o") is the
                // snapshot of that date: it joins the maker's model for that snapshot when the catalog has one,
                // never the undated name, which stands for the snapshot the maker served on the data's date.
                if (other.SnapshotDate is { } dated && keeper.SnapshotDate is null
                    && byKey.Values.Where(c => c.Key != other.Key && c.Maker == other.Maker && c.SnapshotDate == dated)
                        .OrderByDescending(c => c.IsCanonical).FirstOrDefault() is { } snapshot)
                {
                    byKey.Remove(other.Key);
                    byKey[snapshot.Key] = Absorb(snapshot, other);
                    redirects[other.Key] = snapshot.Key;
                    report.Merge($"{other.Key} -> {snapshot.Key}: a dated id named like the undated model ({keeper.Name}) is the snapshot of its date");
                    continue;
                }

                byKey.Remove(other.Key);
                keeper = Absorb(byKey[keeper.Key], other);
                byKey[keeper.Key] = keeper;
                redirects[other.Key] = keeper.Key;
                report.Merge($"{other.Key} -> {keeper.Key}: the same maker and the same name ({keeper.Name})");
            }
        }
    }

    /// <summary>Names still shared by different models get the version tag the key carries, else the maker.</summary>
    private static void TellSharedNamesApart(SortedDictionary<string, ModelCandidate> byKey, ImportReport report)
    {
        foreach (var group in byKey.Values.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var sameMaker = group.Select(c => c.Maker).Distinct(StringComparer.Ordinal).Count() == 1;
            foreach (var c in group)
            {
                var name = sameMaker && VersionTag(c.Key) is { } tag ? $"{c.Name} {tag}" : $"{c.Name} ({c.Maker})";
                byKey[c.Key] = c with { Name = name };
                report.Note("Display names shared by different models, told apart", $"{c.Key}: {name}");
            }
        }
    }

    /// <summary>A key merged into a model that was itself merged later follows the chain to the model that kept it.</summary>
    private static void FollowRedirectChains(Dictionary<string, string> redirects)
    {
        foreach (var from in redirects.Keys.ToList())
        {
            var to = redirects[from];
            while (redirects.TryGetValue(to, out var next))
            {
                to = next;
            }

            redirects[from] = to;
        }
    }

    /// <summary>A successor merged away points at the model that absorbed it.</summary>
    private static void RedirectSuccessors(SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects)
    {
        foreach (var c in byKey.Values.Where(c => c.Successor is not null).ToList())
        {
            var successor = redirects.GetValueOrDefault(c.Successor!, c.Successor!);
            byKey[c.Key] = c with { Successor = successor == c.Key || !byKey.ContainsKey(successor) ? null : successor };
        }
    }

    /// <summary>
    /// A floating name whose record still describes an older model of its maker (deepseek-chat's record links
    /// DeepSeek V3.2's weights and carries its release date) but now serves another: the maker's own API moved from
    /// the older model to the one the name serves, which becomes the older model's successor when it has none.
    /// </summary>
    private static void LinkSuperseded(SortedDictionary<string, ModelCandidate> byKey, List<(ModelCandidate Pointer, string Target)> moved, ImportReport report)
    {
        foreach (var (pointer, target) in moved)
        {
            if (pointer.Facts.ReleaseDate is not { } described || !byKey.TryGetValue(target, out var now) || now.Facts.ReleaseDate is not { } nowReleased || described >= nowReleased)
            {
                continue;
            }

            var weights = pointer.Facts.Weights.Select(w => ModelIdNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);
            var older = byKey.Values.Where(c => c.Key != target && c.Maker == pointer.Maker && c.Successor is null && weights.Contains(c.Key)).ToList();
            if (older.Count == 1)
            {
                byKey[older[0].Key] = older[0] with { Successor = target };
                report.Full(SupersededHeading, $"{older[0].Key} -> {target}: {pointer.Key}'s record describes it (its weights, released {Dates.Iso(described)}) and the name now serves {target}");
            }
        }
    }

    /// <summary>The report's heading for models whose maker's floating name moved on to a successor.</summary>
    public const string SupersededHeading = "Successors found from floating names that moved on";

    /// <summary>A display name without the "(latest)" or trailing "Latest" a floating alias carries.</summary>
    public static string StripLatest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LatestDecoration().Replace(name, string.Empty).Trim();
    }

    /// <summary>A key that names "whatever is newest": "-latest", a "-0" form named "(latest)", or one of DeepSeek's API names.</summary>
    private static bool IsPointer(ModelCandidate c, IReadOnlyList<ModelCandidate> original)
    {
        if (c.Key.EndsWith("-latest", StringComparison.Ordinal) || IdentityTables.FloatingNames.ContainsKey(c.Key))
        {
            return true;
        }

        var raw = original.First(o => o.Key == c.Key).Name;
        return c.Key.EndsWith("-0", StringComparison.Ordinal) && raw != StripLatest(raw);
    }

    private static string Stem(string key) =>
        key.EndsWith("-latest", StringComparison.Ordinal) ? key[..^"-latest".Length]
        : key.EndsWith("-0", StringComparison.Ordinal) ? key[..^"-0".Length]
        : key;

    private static (ModelCandidate? Target, string Reason) PointerTarget(ModelCandidate pointer, IReadOnlyList<ModelCandidate> models, IReadOnlyDictionary<string, ModelsDevModel> makerEntries)
    {
        var sameMaker = models.Where(m => m.Maker == pointer.Maker && m.Key != pointer.Key).ToList();

        // What the maker sold under the name: the model its own route matches in price and limits.
        if (makerEntries.TryGetValue(pointer.Key, out var served) && served.Cost is { HasInputAndOutput: true } cost)
        {
            var priced = sameMaker
                .Where(m => makerEntries.TryGetValue(m.Key, out var e) && e.Cost is { } c && c.Input == cost.Input && c.Output == cost.Output
                    && e.Context == served.Context && e.MaxOutput == served.MaxOutput)
                .ToList();
            if (priced.Count == 1)
            {
                var inv = CultureInfo.InvariantCulture;
                var limits = served.Context is { } ctx ? string.Create(inv, $", {ctx:N0}-token context") : string.Empty;
                return (priced[0], string.Create(inv,
                    $"on {Dates.Iso(ModelsDevData.Snapshot)} the maker sold it at {priced[0].Key}'s price and limits, and no other model's (${cost.Input}/${cost.Output}{limits})"));
            }
        }

        var stem = Stem(pointer.Key);
        if (sameMaker.FirstOrDefault(m => m.Key == stem) is { } exact)
        {
            return (exact, "the name without -latest");
        }

        var named = sameMaker.Where(m => m.Name == pointer.Name).ToList();
        if (named.Count == 1)
        {
            return (named[0], $"the model named {pointer.Name}");
        }

        if (pointer.Facts.ReleaseDate is not { } released)
        {
            return (null, string.Empty);
        }

        var words = stem.Split('-');
        var sameDay = sameMaker
            .Where(m => m.Facts.ReleaseDate == released && words.All(m.Key.Split('-').Contains))
            .GroupBy(m => m.Key.Split('-').Count(t => !words.Contains(t) && t.Any(char.IsLetter)))
            .OrderBy(g => g.Key)
            .FirstOrDefault();
        return sameDay is { } best && best.Count() == 1
            ? (best.Single(), $"the one model of its maker released the same day ({Dates.Iso(released)}) whose name holds every word of it")
            : (null, string.Empty);
    }

    /// <summary>Candidates of one maker whose weights are the same repository (models.dev's weights links, OpenRouter's list) are one model.</summary>
    private static void MergeSameWeights(
        SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects, IReadOnlyDictionary<string, int> providerCounts,
        IReadOnlyList<OpenRouterModel> openRouter, ImportReport report)
    {
        var weightsOf = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string key, string repo, string source)
        {
            var normalized = ModelIdNormalizer.Normalize(repo);
            if (normalized.Length == 0 || normalized == key)
            {
                return;
            }

            if (!weightsOf.TryGetValue(key, out var set))
            {
                weightsOf[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add($"{normalized}\n{repo} ({source})");
        }

        foreach (var c in byKey.Values)
        {
            foreach (var repo in c.Facts.Weights)
            {
                Add(c.Key, repo, "models.dev weights link");
            }
        }

        foreach (var o in openRouter.Where(o => o.HuggingFaceId is not null))
        {
            if (byKey.ContainsKey(ModelIdNormalizer.Normalize(o.Id)))
            {
                Add(ModelIdNormalizer.Normalize(o.Id), o.HuggingFaceId!, "OpenRouter's list");
            }
        }

        foreach (var (key, repos) in weightsOf.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            foreach (var entry in repos)
            {
                var target = entry.Split('\n')[0];
                var from = redirects.GetValueOrDefault(key, key);
                var to = redirects.GetValueOrDefault(target, target);
                if (from == to || !byKey.TryGetValue(from, out var a) || !byKey.TryGetValue(to, out var b) || a.Maker != b.Maker
                    || (a.SnapshotDate is { } da && b.SnapshotDate is { } db && da != db))
                {
                    continue;
                }

                var (keeper, other) = Rank(a, providerCounts).CompareTo(Rank(b, providerCounts)) <= 0 ? (a, b) : (b, a);
                byKey.Remove(other.Key);
                byKey[keeper.Key] = Absorb(keeper, other);
                redirects[other.Key] = keeper.Key;
                foreach (var (k, v) in redirects.ToList().Where(r => r.Value == other.Key))
                {
                    redirects[k] = keeper.Key;
                }

                report.Merge($"{other.Key} -> {keeper.Key}: the same weights, {entry.Split('\n')[1]}");
            }
        }
    }

    /// <summary>"grok-4-fast-reasoning" and "grok-4-fast-non-reasoning" at one price are Grok 4 Fast with a thinking and a non-thinking mode.</summary>
    private static void MergeModes(
        SortedDictionary<string, ModelCandidate> byKey, Dictionary<string, string> redirects, IReadOnlyDictionary<string, int> providerCounts,
        IReadOnlyDictionary<string, ModelsDevModel> makerEntries, ImportReport report)
    {
        foreach (var off in byKey.Keys.Where(k => k.EndsWith("-non-reasoning", StringComparison.Ordinal)).ToList())
        {
            var stem = off[..^"-non-reasoning".Length];
            var on = stem + "-reasoning";
            if (!byKey.TryGetValue(off, out var offModel) || !byKey.TryGetValue(on, out var onModel) || offModel.Maker != onModel.Maker)
            {
                continue;
            }

            if (makerEntries.TryGetValue(off, out var offEntry) && makerEntries.TryGetValue(on, out var onEntry)
                && (offEntry.Cost?.Input != onEntry.Cost?.Input || offEntry.Cost?.Output != onEntry.Cost?.Output))
            {
                continue;
            }

            var name = ModeDecoration().Replace(onModel.Name, string.Empty).Trim();
            var keeper = byKey.TryGetValue(stem, out var existing)
                ? existing
                : onModel with { Key = stem, Name = name, MergedKeys = [.. onModel.MergedKeys, on], ExtraApiIds = onModel.IsCanonical ? onModel.ExtraApiIds : [.. onModel.ExtraApiIds, onModel.Facts.Id] };
            var merged = new List<ModelCandidate> { offModel };
            if (existing is not null)
            {
                merged.Add(onModel);
            }

            byKey.Remove(on);
            byKey.Remove(off);
            foreach (var m in merged.OrderBy(m => Rank(m, providerCounts)))
            {
                keeper = Absorb(keeper, m);
            }

            byKey[stem] = keeper with { Modes = [.. keeper.Modes.Concat(["thinking", "non-thinking"]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
            redirects[on] = stem;
            redirects[off] = stem;
            report.Merge($"{on} and {off} -> {stem}: one model at one price, with a reasoning and a non-reasoning mode");
        }
    }

    private static (int, int, int, int, int, string) Rank(ModelCandidate c, IReadOnlyDictionary<string, int> providerCounts) => (
        c.IsCanonical ? 0 : 1,
        c.Key.EndsWith("-latest", StringComparison.Ordinal) ? 1 : 0,
        VersionTag(c.Key) is null ? 0 : 1,
        c.Key.Length,
        -providerCounts.GetValueOrDefault(c.Key),
        c.Key);

    private static ModelCandidate Absorb(ModelCandidate keeper, ModelCandidate merged) => keeper with
    {
        CanonicalIds = [.. keeper.CanonicalIds, .. merged.CanonicalIds.Where(id => !keeper.CanonicalIds.Contains(id))],
        MergedKeys = [.. keeper.MergedKeys, merged.Key, .. merged.MergedKeys],
        ExtraApiIds = [.. keeper.ExtraApiIds, .. (merged.IsCanonical ? [] : (string[])[merged.Facts.Id]), .. merged.ExtraApiIds],
        Modes = [.. keeper.Modes.Concat(merged.Modes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Family = keeper.Family ?? merged.Family,
        SnapshotDate = keeper.SnapshotDate ?? merged.SnapshotDate,
    };

    /// <summary>The date or version a key ends with ("0709", "2407", "001", "v0-1"), or null.</summary>
    private static string? VersionTag(string key) => TrailingTag().Match(key) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\s*\(latest\)\s*$|\s+Latest$", RegexOptions.IgnoreCase)]
    private static partial Regex LatestDecoration();

    [GeneratedRegex(@"-(\d{3,8}|\d{2}-\d{4}|v\d+-\d+)$")]
    private static partial Regex TrailingTag();

    [GeneratedRegex(@"\s*\(Reasoning\)\s*$|\s+Reasoning$", RegexOptions.IgnoreCase)]
    private static partial Regex ModeDecoration();
}
