using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// What a search for two models ("gpt-4o vs deepseek") resolved to. Either side is null when nothing in
/// the catalog matches its text.
/// </summary>
public sealed record PairSearch(string LeftText, string RightText, Model? Left, Model? Right)
{
    /// <summary>Both sides name a model, and not the same one: the search can go to their pair page.</summary>
    public bool IsPair => Left is not null && Right is not null && !string.Equals(Left.Slug, Right.Slug, StringComparison.Ordinal);

    /// <summary>Both sides name the same model ("gpt-4o vs GPT 4o").</summary>
    public bool IsSameModel => Left is not null && Right is not null && string.Equals(Left.Slug, Right.Slug, StringComparison.Ordinal);

    /// <summary>"/compare/{a}-vs-{b}" when <see cref="IsPair"/>.</summary>
    public string? PairPath => IsPair ? ComparisonEngine.CanonicalPath(Left!.Slug, Right!.Slug) : null;

    /// <summary>
    /// The models a side's text could mean when it names a family or maker rather than one model
    /// ("deepseek"): its search hits, best first, at most <see cref="PairQuery.MaxChoices"/>; empty when the text
    /// names one model exactly.
    /// </summary>
    public ImmutableArray<Model> LeftChoices { get; init; } = [];

    /// <inheritdoc cref="LeftChoices"/>
    public ImmutableArray<Model> RightChoices { get; init; } = [];

    /// <summary>A side names a family: the pair was read as its best match, and the reader should see the others.</summary>
    public bool IsAmbiguous => IsPair && (LeftChoices.Length > 1 || RightChoices.Length > 1);

    /// <summary>The texts that matched no model, in the order typed.</summary>
    public IEnumerable<string> Unmatched => new[] { (LeftText, Left), (RightText, Right) }.Where(x => x.Item2 is null).Select(x => x.Item1);
}

/// <summary>
/// Reads two model names out of free text and out of pair addresses. Plain C#, no I/O.
/// </summary>
public static partial class PairQuery
{
    /// <summary>The words that join two names in a query, whatever their case: "vs", "vs.", "versus", "or", "against", "compared to", "compared with".</summary>
    public static readonly IReadOnlyList<string> Separators = ["vs", "vs.", "versus", "or", "against", "compared to", "compared with"];

    private const string PathSeparator = "-vs-";

    /// <summary>
    /// Splits "gpt-4o vs deepseek" (or "GPT-4o VS. DeepSeek", "gpt-4o versus deepseek", "gpt-4o or
    /// deepseek", "gpt-4o compared to deepseek", "gpt-4o-vs-deepseek") into its two names. Null when the
    /// text does not join exactly two non-empty names with one of the <see cref="Separators"/>.
    /// </summary>
    public static (string Left, string Right)? Split(string? query)
    {
        var text = Collapse(query);
        if (text.Length == 0 || text.Length > ModelSearch.MaxQueryLength)
        {
            return null;
        }

        var parts = SeparatorPattern().Split(text);
        if (parts.Length != 2)
        {
            // A pasted address: "gpt-4o-vs-deepseek-v3-2".
            parts = text.Split(PathSeparator, StringSplitOptions.None);
        }

        if (parts.Length != 2)
        {
            return null;
        }

        var (left, right) = (parts[0].Trim(), parts[1].Trim());
        return left.Length == 0 || right.Length == 0 ? null : (left, right);
    }

    /// <summary>
    /// Resolves a search for two models: each side to its best match by <see cref="ModelSearch"/>'s
    /// ranking (so "deepseek" means the newest DeepSeek model). Null when the query is not a pair, or
    /// when the whole query is itself a model's name, slug or alias (a name with "or" in it stays a
    /// search for that model).
    /// </summary>
    public static PairSearch? Resolve(CatalogSnapshot catalog, string? query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (Split(query) is not var (left, right))
        {
            return null;
        }

        var whole = ModelSearch.Search(catalog, query, 1);
        if (!whole.IsEmpty && whole[0].Rank == MatchRank.Exact && whole[0].MatchedOn != "maker")
        {
            return null;
        }

        return new PairSearch(left, right, ModelSearch.Best(catalog, left), ModelSearch.Best(catalog, right))
        {
            LeftChoices = Choices(catalog, left),
            RightChoices = Choices(catalog, right),
        };
    }

    /// <summary>
    /// A family side's models as the search page lists them, each paired with the other side: best match
    /// first (the one the pair was read as), the cheapest by its reference blend marked.
    /// </summary>
    public static ImmutableArray<FamilyChoice> ChoiceRows(PairSearch search, Func<Model, ModelPrice?> priceOf)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(priceOf);
        var (choices, other) = search.RightChoices.Length > 1 ? (search.RightChoices, search.Left) : (search.LeftChoices, search.Right);
        if (other is null || choices.Length < 2)
        {
            return [];
        }

        var rows = choices.Where(m => m.Slug != other.Slug).Select(m => (Model: m, Price: priceOf(m))).ToList();
        var cheapest = rows.Where(r => r.Price?.ReferenceBlend is not null)
            .OrderBy(r => r.Price!.ReferenceBlend).ThenBy(r => r.Model.Slug, StringComparer.Ordinal)
            .Select(r => r.Model.Slug).FirstOrDefault();
        return [.. rows.Select((r, i) => new FamilyChoice(r.Model, other, r.Price is null ? "no price" : Sentences.PickerPrice(r.Price), i == 0, r.Model.Slug == cheapest))];
    }

    /// <summary>The most models a family side lists.</summary>
    public const int MaxChoices = 8;

    /// <summary>
    /// The models a side could mean: none when it is a model's exact name, slug, alias or API id (or a slug as
    /// typed); else its search hits.
    /// </summary>
    private static ImmutableArray<Model> Choices(CatalogSnapshot catalog, string text)
    {
        if (catalog.FindModelOrAlias(text.Trim().ToLowerInvariant()) is not null)
        {
            return [];
        }

        var hits = ModelSearch.Search(catalog, text, MaxChoices);
        return !hits.IsEmpty && hits[0].Rank == MatchRank.Exact && hits[0].MatchedOn != "maker" ? [] : [.. hits.Select(h => h.Model)];
    }

    /// <summary>
    /// The two slugs of a pair address's last segment ("gpt-4o-vs-deepseek-v3-2"), lower-cased; null
    /// unless it holds exactly one "-vs-" with text on both sides.
    /// </summary>
    public static (string Left, string Right)? SplitPath(string? segment)
    {
        var parts = (segment ?? string.Empty).ToLowerInvariant().Split(PathSeparator);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? (parts[0], parts[1]) : null;
    }

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A separator is a whole word; "vs." may run straight into the next name ("gpt-4o vs.deepseek").
    [GeneratedRegex(@"\s+(?:vs\.|(?:vs|versus|or|against|compared\s+to|compared\s+with)(?:\s+|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SeparatorPattern();
}

/// <summary>One model a family side could mean, with its price and the pair it makes with the other side.</summary>
public sealed record FamilyChoice(Model Model, Model Other, string PriceText, bool IsBestMatch, bool IsCheapest)
{
    public PairLink Pair => PairLink.Of(Model, Other);
}
