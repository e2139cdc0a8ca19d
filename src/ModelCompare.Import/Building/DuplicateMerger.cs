using System.Text.RegularExpressions;

namespace ModelCompare.Import.Building;

/// <summary>What <see cref="DuplicateMerger"/> decided: the models kept and where every other key went.</summary>
internal sealed record MergeResult(IReadOnlyList<ModelCandidate> Kept, IReadOnlyDictionary<string, string> Redirects);

/// <summary>
/// Folds candidates a reader would take for the same model into one, so the site never shows "X vs X":
/// <list type="bullet">
/// <item>a floating pointer ("mistral-large-latest", "claude-opus-4-0" named "Claude Opus 4 (latest)") merges into
/// the model it points to: the key without "-latest" or "-0", else the model with the same name without
/// "(latest)", else the one model of the same maker released the same day whose key holds every word of the
/// pointer's key; a pointer with no such model keeps its place under the key without "-latest";</item>
/// <item>two models of one maker with the same display name merge, unless both keys carry a different
/// date or version tag; then, like two makers' models with one name, the names get told apart.</item>
/// </list>
/// The kept model is the canonical models.dev record, then the one without "-latest", then the undated key,
/// then the shorter key, then the one more providers serve. A pointer's canonical record lends its facts (not its
/// name) to a model that only had a host's entry.
/// </summary>
internal static partial class DuplicateMerger
{
    public static MergeResult Merge(IReadOnlyList<ModelCandidate> candidates, IReadOnlyDictionary<string, int> providerCounts, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(providerCounts);
        ArgumentNullException.ThrowIfNull(report);
        var byKey = new SortedDictionary<string, ModelCandidate>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            byKey[c.Key] = c with { Name = StripLatest(c.Name) };
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);

        // 1. Floating pointers, resolved against the models that are not pointers themselves.
        var pointers = byKey.Values.Where(c => IsPointer(c, candidates)).Select(c => c.Key).ToList();
        foreach (var key in pointers)
        {
            var pointer = byKey[key];
            var target = PointerTarget(pointer, byKey.Values.Where(c => !pointers.Contains(c.Key)).ToList());
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

                byKey[target.Key] = kept;
                redirects[key] = target.Key;
                report.Note("Floating aliases merged into the model they point to", $"{key} -> {target.Key}");
                continue;
            }

            var stem = Stem(key);
            if (stem != key && !byKey.ContainsKey(stem))
            {
                byKey.Remove(key);
                byKey[stem] = pointer with { Key = stem, MergedKeys = [.. pointer.MergedKeys, key] };
                redirects[key] = stem;
                report.Note("Floating aliases with no other catalog model, kept under the key without -latest", $"{key} -> {stem}");
            }
        }

        // 2. One maker, one display name: the same model under two ids.
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

                byKey.Remove(other.Key);
                keeper = Absorb(byKey[keeper.Key], other);
                byKey[keeper.Key] = keeper;
                redirects[other.Key] = keeper.Key;
                report.Note("Models with the same maker and name merged", $"{other.Key} -> {keeper.Key} ({keeper.Name})");
            }
        }

        // 3. Names still shared by different models: add the version tag the key carries, else the maker.
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

        // A key merged into a model that was itself merged later follows the chain.
        foreach (var from in redirects.Keys.ToList())
        {
            var to = redirects[from];
            while (redirects.TryGetValue(to, out var next))
            {
                to = next;
            }

            redirects[from] = to;
        }

        return new MergeResult([.. byKey.Values], redirects);
    }

    /// <summary>A display name without the "(latest)" or trailing "Latest" a floating alias carries.</summary>
    public static string StripLatest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LatestDecoration().Replace(name, string.Empty).Trim();
    }

    /// <summary>A key that names "whatever is newest": "-latest", or a "-0" form named "(latest)".</summary>
    private static bool IsPointer(ModelCandidate c, IReadOnlyList<ModelCandidate> original)
    {
        if (c.Key.EndsWith("-latest", StringComparison.Ordinal))
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

    private static ModelCandidate? PointerTarget(ModelCandidate pointer, IReadOnlyList<ModelCandidate> models)
    {
        var sameMaker = models.Where(m => m.Maker == pointer.Maker && m.Key != pointer.Key).ToList();
        var stem = Stem(pointer.Key);
        if (sameMaker.FirstOrDefault(m => m.Key == stem) is { } exact)
        {
            return exact;
        }

        var named = sameMaker.Where(m => m.Name == pointer.Name).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (pointer.Facts.ReleaseDate is not { } released)
        {
            return null;
        }

        var words = stem.Split('-');
        var sameDay = sameMaker
            .Where(m => m.Facts.ReleaseDate == released && words.All(m.Key.Split('-').Contains))
            .GroupBy(m => m.Key.Split('-').Count(t => !words.Contains(t) && t.Any(char.IsLetter)))
            .OrderBy(g => g.Key)
            .FirstOrDefault();
        return sameDay is { } best && best.Count() == 1 ? best.Single() : null;
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
    };

    /// <summary>The date or version a key ends with ("0709", "2407", "001", "v0-1"), or null.</summary>
    private static string? VersionTag(string key) => TrailingTag().Match(key) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\s*\(latest\)\s*$|\s+Latest$", RegexOptions.IgnoreCase)]
    private static partial Regex LatestDecoration();

    [GeneratedRegex(@"-(\d{3,8}|\d{2}-\d{4}|v\d+-\d+)$")]
    private static partial Regex TrailingTag();
}
