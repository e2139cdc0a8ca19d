using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>
    /// "Sources differ: 128K tokens on 12 routes, 16K on 1 route and LLM Stats." for a fact whose sources give more
    /// than one value, values in the order the data lists them (the model's own first).
    /// </summary>
    public static string SourcesDiffer(FactDispute dispute)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        var parts = dispute.Values.Select((v, i) => $"{DisputedValueText(dispute.Field, v.Value, i == 0)} {Who(v)}".TrimEnd());
        return $"Sources differ: {string.Join(", ", parts)}.";
    }

    /// <summary>A spec's text with "(sources differ: ...)" after it when the model's sources disagree on the field.</summary>
    public static string WithDispute(string text, Model model, string field)
    {
        ArgumentNullException.ThrowIfNull(model);
        var dispute = model.SourcesDiffer.IsDefaultOrEmpty ? null : model.SourcesDiffer.FirstOrDefault(d => d.Field == field);
        if (dispute is null)
        {
            return text;
        }

        var sentence = SourcesDiffer(dispute);
        return $"{text} ({char.ToLowerInvariant(sentence[0])}{sentence[1..^1]})";
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

    /// <summary>"on 12 routes", "on 1 route and LLM Stats", "on the maker's route", "on 4 routes, the maker's among them", "in models.dev".</summary>
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
        return parts.Count == 0 ? string.Empty : (v.Routes > 0 ? "on " : "in ") + Formatting.JoinList(parts);
    }
}
