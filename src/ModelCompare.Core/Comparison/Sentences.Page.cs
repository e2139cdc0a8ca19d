using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string Title(string aName, string bName) => $"{aName} vs {bName}: price, context, benchmarks";

    /// <summary>
    /// "A vs B: A is 61x cheaper at this traffic; A has the larger context window (164K vs 128K tokens). Specs, prices, capabilities and benchmarks side by side."
    /// Clauses are dropped from the end until the text fits <paramref name="maxLength"/>.
    /// </summary>
    public static string MetaDescription(string aName, string bName, IReadOnlyList<string> clauses, int maxLength = 160)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        const string Tail = " Specs, prices, capabilities and benchmarks side by side.";
        for (var count = clauses.Count; count >= 0; count--)
        {
            var body = count == 0 ? $"Compare {aName} and {bName}." : $"{aName} vs {bName}: {string.Join("; ", clauses.Take(count))}.";
            if ((body + Tail).Length <= maxLength)
            {
                return body + Tail;
            }

            if (body.Length <= maxLength)
            {
                return body;
            }
        }

        var text = $"Compare {aName} and {bName}.";
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    public static string MetaCheaper(string cheaperName, decimal cheaper, decimal dearer) =>
        $"{cheaperName} is {Formatting.Cheaper(cheaper, dearer)} at this traffic";

    public static string MetaContext(string largerName, long larger, long smaller) =>
        $"{largerName} has the larger context window ({Formatting.Tokens(larger)} vs {Formatting.Tokens(smaller)} tokens)";

    public static string LastReviewed(DateOnly date, IEnumerable<DataSourceCredit> credits)
    {
        var names = credits.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0
            ? $"Last reviewed {Formatting.Date(date)}."
            : $"Last reviewed {Formatting.Date(date)}. Data from {Formatting.JoinList(names)}.";
    }

    public static string RelatedReasonText(RelatedReason reason) => reason switch
    {
        RelatedReason.Successor => "Successor",
        RelatedReason.Predecessor => "Predecessor",
        RelatedReason.SameMaker => "Same maker",
        RelatedReason.SimilarPrice => "Similar price",
        RelatedReason.SimilarCapabilities => "Similar capabilities",
        RelatedReason.SimilarPriceAndCapabilities => "Similar price and capabilities",
        _ => reason.ToString(),
    };

    /// <summary>What the home page's popular comparisons are (see <see cref="CatalogHighlights.PopularPairs"/>).</summary>
    public static string PopularPairsNote() =>
        "Pairs of models from different makers, drawn from each maker's models with the most providers and benchmark scores.";

    public static string RelatedLabel(string firstName, string secondName) => $"{firstName} vs {secondName}";
}
