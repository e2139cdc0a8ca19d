using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// How well a model matched a search: an exact match ranks above a prefix, a prefix above a substring, a
/// substring above every word found in any order, and those above words found with a typo.
/// </summary>
public enum MatchRank
{
    Exact,
    Prefix,
    Contains,
    Words,
    Typo,
}

/// <summary>One search result and what it matched on ("name", "alias", "API id", "maker").</summary>
public sealed record SearchHit(Model Model, MatchRank Rank, string MatchedOn, string MatchedText);

/// <summary>
/// Case-insensitive search over model names, slugs, aliases, API ids and makers; punctuation and spaces
/// are ignored as a fallback ("gpt4o" finds "GPT-4o"). The ranking, in order:
/// 1. exact, then prefix, then contains; then every typed word found in the maker and name in any order
///    ("sonnet anthropic"), each as the start of a word; then every word found with a typo
///    (<see cref="TypoAllowance"/>: "claud sonet" finds Claude Sonnet models);
/// 2. a match on the name or slug, then on an alias or API id, then on the maker;
/// 3. newer models first (by release date; undated last);
/// 4. shorter names, then slugs in ordinal order.
/// So "deepseek", which names a maker, finds that maker's newest model first.
/// </summary>
public static class ModelSearch
{
    public const int MaxQueryLength = 100;

    public static ImmutableArray<SearchHit> Search(CatalogSnapshot catalog, string? query, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var q = Normalize(query);
        if (q.Length == 0)
        {
            return [];
        }

        var compactQuery = Compact(q);
        var hits = new List<SearchHit>();
        foreach (var model in catalog.Models)
        {
            SearchHit? best = null;
            foreach (var (field, text) in Fields(catalog, model))
            {
                var rank = Rank(text, q, compactQuery);
                if (rank is { } r && (best is null || r < best.Rank))
                {
                    best = new SearchHit(model, r, field, text);
                }
            }

            if (best is not null)
            {
                hits.Add(best);
            }
        }

        // Typo matches are for a query that finds nothing as typed; beside real matches they are noise.
        if (hits.Exists(h => h.Rank != MatchRank.Typo))
        {
            hits.RemoveAll(h => h.Rank == MatchRank.Typo);
        }

        return [.. hits
            .OrderBy(h => h.Rank)
            .ThenBy(h => FieldOrder(h.MatchedOn))
            .ThenByDescending(h => h.Model.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(h => h.Model.Name.Length)
            .ThenBy(h => h.Model.Slug, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>
    /// The one model that text most likely means: a slug or old slug as typed, else the first search hit.
    /// Null when nothing matches.
    /// </summary>
    public static Model? Best(CatalogSnapshot catalog, string? text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var q = Normalize(text);
        if (q.Length == 0)
        {
            return null;
        }

        return catalog.FindModelOrAlias(q) ?? Search(catalog, q, 1).FirstOrDefault()?.Model;
    }

    /// <summary>
    /// Suggestions for text that names no model, such as the path of a missing page: a search first,
    /// then the models sharing the most words with it.
    /// </summary>
    public static ImmutableArray<Model> Suggest(CatalogSnapshot catalog, string? text, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var found = Search(catalog, text, limit);
        if (!found.IsEmpty)
        {
            return [.. found.Select(h => h.Model)];
        }

        var normalized = Normalize(text);
        var words = Words(normalized).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        var byWords = catalog.Models
            .Select(m => (Model: m, Matched: words.Count(w => Words(m.Slug).Contains(w) || Words(m.Name.ToLowerInvariant()).Contains(w))))
            .Where(x => x.Matched > 0)
            .OrderByDescending(x => x.Matched)
            .ThenByDescending(x => x.Model.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Select(x => x.Model);

        // A typo ("claude-sonet-4-5") shares few whole words; the nearest slugs by edit distance go first.
        var slugForm = string.Join('-', Words(normalized));
        var byDistance = slugForm.Length == 0
            ? []
            : catalog.Models
                .Select(m => (Model: m, Distance: Text.EditDistance.Levenshtein(slugForm, m.Slug)))
                .Where(x => x.Distance <= Math.Max(2, slugForm.Length / 4))
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
                .Select(x => x.Model);

        return [.. byDistance.Concat(byWords).DistinctBy(m => m.Slug).Take(limit)];
    }

    private static IEnumerable<(string Field, string Text)> Fields(CatalogSnapshot catalog, Model model)
    {
        yield return ("name", model.Name);
        yield return ("slug", model.Slug);
        foreach (var alias in model.Aliases.IsDefault ? [] : model.Aliases)
        {
            yield return ("alias", alias);
        }

        foreach (var id in model.ApiIds.IsDefault ? [] : model.ApiIds)
        {
            yield return ("API id", id);
        }

        var maker = catalog.FindProvider(model.MakerSlug)?.Name ?? model.MakerSlug;
        yield return ("maker", maker);
        yield return ("maker and name", $"{maker} {model.Name}");
    }

    private static int FieldOrder(string matchedOn) => matchedOn switch
    {
        "name" or "slug" or "maker and name" => 0,
        "maker" => 2,
        _ => 1,
    };

    /// <summary>
    /// The typos a typed word may carry and still match a word of a name: none below four letters, one
    /// edit from four, two from eight. A word with a digit never matches by typo ("gpt 5" is not "gpt 4").
    /// </summary>
    public static int TypoAllowance(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Any(char.IsDigit) ? 0 : word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
    }

    private static MatchRank? Rank(string text, string q, string compactQuery)
    {
        var t = text.ToLowerInvariant();
        if (t == q)
        {
            return MatchRank.Exact;
        }

        if (t.StartsWith(q, StringComparison.Ordinal))
        {
            return MatchRank.Prefix;
        }

        if (t.Contains(q, StringComparison.Ordinal))
        {
            return MatchRank.Contains;
        }

        if (compactQuery.Length == 0)
        {
            return null;
        }

        var ct = Compact(t);
        return ct == compactQuery ? MatchRank.Exact
            : ct.StartsWith(compactQuery, StringComparison.Ordinal) ? MatchRank.Prefix
            : ct.Contains(compactQuery, StringComparison.Ordinal) ? MatchRank.Contains
            : WordsRank(Words(t), Words(q));
    }

    /// <summary>
    /// Every typed word at the start of some word of the text, in any order: <see cref="MatchRank.Words"/>;
    /// every one within its <see cref="TypoAllowance"/> of a word (or of a word's start): <see cref="MatchRank.Typo"/>.
    /// </summary>
    private static MatchRank? WordsRank(string[] textWords, string[] queryWords)
    {
        if (queryWords.Length == 0 || textWords.Length == 0)
        {
            return null;
        }

        var rank = MatchRank.Words;
        foreach (var word in queryWords)
        {
            if (textWords.Any(w => w.StartsWith(word, StringComparison.Ordinal)))
            {
                continue;
            }

            var allowance = TypoAllowance(word);
            if (allowance == 0 || !textWords.Any(w => IsNear(word, w, allowance)))
            {
                return null;
            }

            rank = MatchRank.Typo;
        }

        return rank;
    }

    private static bool IsNear(string typed, string word, int allowance) =>
        word.Length >= 3 && !word.Any(char.IsDigit)
        && (Text.EditDistance.WithTranspositions(typed, word) <= allowance
            || (word.Length > typed.Length && Text.EditDistance.WithTranspositions(typed, word[..typed.Length]) <= allowance));

    private static string Normalize(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        return t.Length > MaxQueryLength ? t[..MaxQueryLength] : t;
    }

    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static string[] Words(string text) =>
        text.Split([' ', '-', '_', '.', '/', ':', ',', '+'], StringSplitOptions.RemoveEmptyEntries);
}
