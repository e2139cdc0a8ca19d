using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>How well a model matched a search: an exact match ranks above a prefix, a prefix above a substring.</summary>
public enum MatchRank
{
    Exact,
    Prefix,
    Contains,
    Words,
}

/// <summary>One search result and what it matched on ("name", "alias", "API id", "maker").</summary>
public sealed record SearchHit(Model Model, MatchRank Rank, string MatchedOn, string MatchedText);

/// <summary>
/// Case-insensitive search over model names, slugs, aliases, API ids and makers; punctuation and spaces
/// are ignored as a fallback ("gpt4o" finds "GPT-4o"). The ranking, in order:
/// 1. exact, then prefix, then contains;
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

        yield return ("maker", catalog.FindProvider(model.MakerSlug)?.Name ?? model.MakerSlug);
    }

    private static int FieldOrder(string matchedOn) => matchedOn switch
    {
        "name" or "slug" => 0,
        "maker" => 2,
        _ => 1,
    };

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
            : null;
    }

    private static string Normalize(string? text)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant();
        return t.Length > MaxQueryLength ? t[..MaxQueryLength] : t;
    }

    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    private static string[] Words(string text) =>
        text.Split([' ', '-', '_', '.', '/', ':', ',', '+'], StringSplitOptions.RemoveEmptyEntries);
}
