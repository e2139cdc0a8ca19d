using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>The longest a page title may be: search results cut titles beyond about this many characters.</summary>
    public const int MaxTitleLength = 65;

    /// <summary>"A vs B: price, context, benchmarks", shortened to <see cref="MaxTitleLength"/> by <see cref="FitTitle"/>.</summary>
    public static string Title(string aName, string bName) =>
        FitTitle([aName, bName], names => $"{names[0]} vs {names[1]}", ": price, context, benchmarks", ": price and benchmarks", "");

    /// <summary>"GPT-4o: price, context window, benchmarks and providers", shortened to <see cref="MaxTitleLength"/> by <see cref="FitTitle"/>.</summary>
    public static string ProfileTitle(string name) =>
        FitTitle([name], names => names[0], ": price, context window, benchmarks and providers", ": price, context and benchmarks", ": price and specs", "");

    /// <summary>"MMLU-Pro leaderboard: 48 models ranked, with prices", shortened to <see cref="MaxTitleLength"/>.</summary>
    public static string LeaderboardTitle(string benchmarkName, int models) =>
        FitTitle([benchmarkName], names => $"{names[0]} leaderboard", $": {Formatting.Plural(models, "model")} ranked, with prices", ": models ranked, with prices", "");

    /// <summary>"Groq: 23 models with prices", shortened to <see cref="MaxTitleLength"/>.</summary>
    public static string ProviderTitle(string providerName, int models) =>
        FitTitle([providerName], names => names[0], models > 0 ? $": {Formatting.Plural(models, "model")} with prices" : ": models and prices", ": models and prices", "");

    /// <summary>
    /// A title within <see cref="MaxTitleLength"/>: the head with the first suffix that fits; when even the
    /// bare head is too long, each name loses a bracketed part ("GPT-4o (2024-11-20)" -> "GPT-4o") and
    /// then, longest first, its last words, ending in an ellipsis.
    /// </summary>
    private static string FitTitle(string[] names, Func<string[], string> head, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if ((head(names) + suffix).Length <= MaxTitleLength)
            {
                return head(names) + suffix;
            }
        }

        var shorter = names.Select(n => n.Contains(" (", StringComparison.Ordinal) && n.EndsWith(')') ? n[..n.IndexOf(" (", StringComparison.Ordinal)] : n).ToArray();
        while (head(shorter).Length > MaxTitleLength)
        {
            var longest = Array.IndexOf(shorter, shorter.MaxBy(n => n.Length));
            var words = shorter[longest].TrimEnd('…').Split(' ');
            if (words.Length <= 1)
            {
                shorter[longest] = shorter[longest][..Math.Max(1, shorter[longest].Length - (head(shorter).Length - MaxTitleLength) - 1)].TrimEnd() + "…";
                break;
            }

            shorter[longest] = string.Join(' ', words[..^1]) + "…";
        }

        return head(shorter);
    }

    /// <summary>
    /// "A vs B: A is 61x cheaper at list prices for 1,000M input and 200M output tokens a month; A has the larger context window (1M vs 128K tokens). Specs, prices, capabilities and benchmarks side by side."
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

    /// <summary>
    /// "GPT-4o is 25% cheaper at list prices for 1,000M input and 200M output tokens a month"; when the gap exists only
    /// with assumed hidden reasoning tokens (<see cref="PriceRules.GapRestsOnAssumption(ModelBill?, ModelBill?)"/>), it adds
    /// ", counting assumed reasoning tokens".
    /// </summary>
    public static string MetaCheaper(string cheaperName, decimal cheaper, decimal dearer, string basisPhrase, string trafficText, bool restsOnAssumption = false) =>
        $"{cheaperName} is {(cheaper == 0m ? "free" : Formatting.Cheaper(cheaper, dearer))} {Lower(basisPhrase)} for {trafficText}{(restsOnAssumption ? ", counting assumed reasoning tokens" : "")}";

    /// <summary>"both cost about the same at list prices for 1,000M input and 200M output tokens a month".</summary>
    public static string MetaSamePrice(string basisPhrase, string trafficText) =>
        $"both cost about the same {Lower(basisPhrase)} for {trafficText}";

    /// <summary>"At list prices" as it reads mid-sentence: "at list prices"; "On OpenRouter": "on OpenRouter".</summary>
    private static string Lower(string phrase) => phrase.Length == 0 ? phrase : char.ToLowerInvariant(phrase[0]) + phrase[1..];

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

    /// <summary>The heading of a profile's group of indexed comparisons.</summary>
    public static string IndexReasonText(IndexReason reason) => reason switch
    {
        IndexReason.Successor => "Its successor or predecessor",
        IndexReason.SameMaker => "Its maker's nearest models",
        IndexReason.Rival => "Close rivals from other makers",
        IndexReason.Flagships => "Other makers' flagships",
        IndexReason.SharedEvidence => "Scored on the same benchmarks",
        _ => reason.ToString(),
    };

    /// <summary>What the home page's popular comparisons are (see <see cref="CatalogHighlights.PopularPairs"/>).</summary>
    public static string PopularPairsNote() =>
        "Pairs of models from different makers, drawn from each maker's models with the most providers and benchmark scores.";

    public static string RelatedLabel(string firstName, string secondName) => $"{firstName} vs {secondName}";

    /// <summary>A scorecard cell that reads the same on both sides: "coding and tool-using agents, with the lower bill", or "... (as for GPT-4o)".</summary>
    public static string ScorecardSame(string text, string? edge, string otherName) =>
        edge is null ? $"{text} (as for {otherName})" : $"{text}, with {edge}";

    /// <summary>
    /// "$3 / $15 (list price)", "$0.43 / $2.14 (cheapest route)", "Free from its maker", "No price". The lower bill whose gap
    /// rests on assumed reasoning tokens adds "; lower bill only with assumed reasoning tokens".
    /// </summary>
    public static string ScorecardPrice(ModelBill? bill, bool restsOnAssumption = false) => bill switch
    {
        null => "No price",
        { InputPrice: 0m, OutputPrice: 0m, Basis: BillBasis.List } => "Free from its maker",
        _ => $"{Formatting.PricePerMillion(bill.InputPrice)} / {Formatting.PricePerMillion(bill.OutputPrice)} ({BillBasisName(bill.Basis)})",
    } + (restsOnAssumption ? "; lower bill only with assumed reasoning tokens" : "");

    /// <summary>"6 of 7" (of the shared benchmarks with comparable scores), "None shared", or "None comparable" when the shared ones cannot be compared.</summary>
    public static string ScorecardLeads(int leads, int compared, int shared = 0) =>
        compared > 0 ? $"{leads} of {compared}" : shared > 0 ? "None comparable" : "None shared";

    /// <summary>"list price", "market price", "cheapest route", "one provider".</summary>
    public static string BillBasisName(BillBasis basis) => basis switch
    {
        BillBasis.List => "list price",
        BillBasis.Market => "market price",
        BillBasis.Cheapest => "cheapest route",
        _ => "one provider",
    };
}
