using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>Finds models by what a person types: names, slugs, aliases, makers and API ids.</summary>
public static class CatalogSearch
{
    /// <summary>
    /// Models ranked by how well they match <paramref name="query"/>: an exact name, slug, alias or API
    /// id first, then prefixes, then substrings; ties go to the newer model.
    /// </summary>
    public static ImmutableArray<Model> Find(CatalogSnapshot catalog, string? query, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var q = Normalize(query);
        if (q.Length == 0)
        {
            return [];
        }

        return [.. catalog.Models
            .Select(m => (Model: m, Rank: Rank(catalog, m, q)))
            .Where(x => x.Rank < int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenByDescending(x => x.Model.ReleaseDate)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Model)];
    }

    /// <summary>
    /// The models closest to a slug that matched nothing (a typo, a retired name): search matches first,
    /// then the smallest edit distance between slugs.
    /// </summary>
    public static ImmutableArray<Model> Suggest(CatalogSnapshot catalog, string? text, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var q = Normalize(text);
        if (q.Length == 0)
        {
            return [];
        }

        var found = Find(catalog, q, limit);
        if (found.Length >= limit)
        {
            return found;
        }

        var slugQuery = q.Replace(' ', '-');
        var near = catalog.Models
            .Where(m => !found.Contains(m))
            .Select(m => (Model: m, Distance: ModelCompare.Text.EditDistance.Levenshtein(slugQuery, m.Slug)))
            .Where(x => x.Distance <= Math.Max(3, slugQuery.Length / 2))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Take(limit - found.Length)
            .Select(x => x.Model);
        return [.. found, .. near];
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Trim().ToLowerInvariant().Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries));

    private static int Rank(CatalogSnapshot catalog, Model model, string q)
    {
        var maker = catalog.FindProvider(model.MakerSlug)?.Name ?? model.MakerSlug;
        var names = new[] { model.Name, model.Slug }.Concat(model.Aliases).Concat(model.ApiIds).Select(n => n.ToLowerInvariant()).ToArray();
        if (names.Any(n => n == q))
        {
            return 0;
        }

        if (names.Any(n => n.StartsWith(q, StringComparison.Ordinal)))
        {
            return 1;
        }

        if (names.Any(n => n.Contains(q, StringComparison.Ordinal)))
        {
            return 2;
        }

        var withMaker = $"{maker} {model.Name}".ToLowerInvariant();
        var words = q.Split(' ');
        return words.All(w => withMaker.Contains(w, StringComparison.Ordinal) || names.Any(n => n.Contains(w, StringComparison.Ordinal))) ? 3 : int.MaxValue;
    }
}
