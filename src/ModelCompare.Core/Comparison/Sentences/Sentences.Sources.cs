using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// A spec's text with a short note after it when the model's sources disagree on the field in a way a buyer would
    /// notice (<see cref="ComparisonEngine.RivalThatMatters"/>): "164K tokens (sources differ: 164K on 12 routes, 128K on 10)".
    /// </summary>
    public static string WithDispute(string text, Model model, string field)
    {
        ArgumentNullException.ThrowIfNull(model);
        var dispute = model.SourcesDiffer.IsDefaultOrEmpty ? null : model.SourcesDiffer.FirstOrDefault(d => d.Field == field);
        return dispute is not null && ComparisonEngine.RivalThatMatters(dispute) is { } rival
            ? $"{text} ({DisputeNote(dispute, rival)})"
            : text;
    }

    /// <summary>
    /// "sources differ: 164K on 12 routes, 128K on 10": the agreed value and its rival, each with who gives it; the
    /// rival's "routes" is left understood when both are counts of routes alone.
    /// </summary>
    public static string DisputeNote(FactDispute dispute, DisputedValue rival)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(rival);
        var agreed = dispute.Agreed;
        var rivalWho = RoutesOnly(agreed) && RoutesOnly(rival)
            ? $"on {rival.Routes.ToString("#,0", CultureInfo.InvariantCulture)}"
            : Who(rival);
        return $"sources differ: {Part(agreed.Value, Who(agreed))}, {Part(rival.Value, rivalWho)}";

        string Part(string value, string who) => $"{DisputedValueText(dispute.Field, value, false)} {who}".TrimEnd();
        static bool RoutesOnly(DisputedValue v) => v.Routes > 0 && !v.Maker && v.Sources.IsDefaultOrEmpty;
    }

    /// <summary>"Permitted", or the verdict and what the license adds: "Conditional: A service with more than ...".</summary>
    public static string CommercialUseText(CommercialUse use, string? note)
    {
        var verdict = Formatting.CommercialUse(use);
        return use == Catalog.CommercialUse.Unknown || string.IsNullOrWhiteSpace(note) ? verdict : $"{verdict}: {note.Trim()}";
    }

    private static string DisputedValueText(string field, string value, bool first) => field switch
    {
        "context_window" or "max_output" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var tokens) =>
            first ? Formatting.Tokens(tokens) + " tokens" : Formatting.Tokens(tokens),
        "release_date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Formatting.Date(date),
        "open_weights" => value == "true" ? "open weights" : "closed weights",
        _ => value,
    };

    /// <summary>"on 12 routes", "on 1 route and LLM Stats", "on the maker's route", "on 4 routes, the maker's among them", "in models.dev", "from the maker".</summary>
    private static string Who(DisputedValue v)
    {
        var parts = new List<string>();
        if (v.Routes > 0)
        {
            parts.Add(v.Maker
                ? v.Routes == 1 ? "the maker's route" : $"{Formatting.Plural(v.Routes, "route")}, the maker's among them"
                : Formatting.Plural(v.Routes, "route"));
        }

        parts.AddRange(v.Sources.IsDefaultOrEmpty ? [] : v.Sources);
        if (parts.Count == 0)
        {
            return v.Maker ? "from the maker" : string.Empty;
        }

        return (v.Routes > 0 ? "on " : "in ") + Formatting.JoinList(parts);
    }
}
