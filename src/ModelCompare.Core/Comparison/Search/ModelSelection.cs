using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// What a list of slugs asked of the side-by-side page comes to: the models to compare (two make a pair page,
/// three or four a side-by-side one), or the reason there is none, with suggestions for slugs the catalog does
/// not know. Worked out by <see cref="ComparisonEngine.SelectModels"/>; the page only lays it out.
/// </summary>
public sealed record ModelSelection
{
    /// <summary>The fewest models the side-by-side page compares; two go to their pair page.</summary>
    public const int MinModels = 2;

    public const int MaxModels = 4;

    /// <summary>The models found, each once, in the order asked; empty when <see cref="Problem"/> says why.</summary>
    public ImmutableArray<Model> Models { get; init; } = [];

    /// <summary>Why no comparison can be shown (a 400), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Models whose names are close to the slugs the catalog does not know.</summary>
    public ImmutableArray<Model> Suggestions { get; init; } = [];

    /// <summary>Exactly two models: the request belongs on their pair page.</summary>
    public bool IsPair => Problem is null && Models.Length == 2;
}

public static partial class Sentences
{
    /// <summary>"Tick or list 2 to 4 models to compare; none was given."</summary>
    public static string SelectNone() =>
        $"Tick or list {ModelSelection.MinModels} to {ModelSelection.MaxModels} models to compare; none was given.";

    /// <summary>"Tick or list 2 to 4 models to compare; 1 was given."</summary>
    public static string SelectTooFew(int given) =>
        $"Tick or list {ModelSelection.MinModels} to {ModelSelection.MaxModels} models to compare; {Formatting.Plural(given, "was", "were")} given.";

    /// <summary>"Side by side compares at most 4 models; 5 were given. Remove 1 model."</summary>
    public static string SelectTooMany(int given) =>
        $"Side by side compares at most {ModelSelection.MaxModels} models; {Formatting.Count(given)} were given. Remove {Formatting.Plural(given - ModelSelection.MaxModels, "model")}.";

    /// <summary>"The catalog has no model "x"." or "The catalog has no models "x" and "y"."</summary>
    public static string SelectUnknown(IReadOnlyList<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        return unknown.Count == 1
            ? $"The catalog has no model \"{unknown[0]}\"."
            : $"The catalog has no models {Formatting.JoinList(unknown.Select(u => $"\"{u}\""))}.";
    }
}

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The models a side-by-side request names, as one comma-separated list of slugs or old slugs (any case):
    /// each once, in the order given, or why none can be compared.
    /// </summary>
    public ModelSelection SelectModels(string listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var catalog = Catalog;
        var slugs = listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (slugs.Count == 0)
        {
            return new ModelSelection { Problem = Sentences.SelectNone() };
        }

        var found = slugs.Select(s => (Slug: s, Model: catalog.FindModelOrAlias(s))).ToList();
        var unknown = found.Where(x => x.Model is null).Select(x => x.Slug).ToList();
        if (unknown.Count > 0)
        {
            return new ModelSelection
            {
                Problem = Sentences.SelectUnknown(unknown),
                Suggestions = [.. unknown.SelectMany(u => ModelSearch.Suggest(catalog, u, 3)).DistinctBy(m => m.Slug)],
            };
        }

        ImmutableArray<Model> known = [.. found.Select(x => x.Model!).DistinctBy(m => m.Slug)];
        return known.Length switch
        {
            < ModelSelection.MinModels => new ModelSelection { Problem = Sentences.SelectTooFew(known.Length) },
            > ModelSelection.MaxModels => new ModelSelection { Problem = Sentences.SelectTooMany(known.Length) },
            _ => new ModelSelection { Models = known },
        };
    }
}
