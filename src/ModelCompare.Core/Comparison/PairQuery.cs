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

        return new PairSearch(left, right, ModelSearch.Best(catalog, left), ModelSearch.Best(catalog, right));
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
