using System.Globalization;
using System.Text.RegularExpressions;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Gives a model its successor where the catalog has one (docs/import.md, "Successors"): another model of the same
/// maker and family, on the same line (the name's words once its version, numbers, dates and words such as
/// "Preview" or "Instruct" are taken out: "Claude Sonnet 3.5 v2" and "Claude Sonnet 3.7" are both "claude sonnet"),
/// with a higher version in its name and a later release date; of those, the lowest version, then the earliest
/// release. A successor a source already gives is kept, and an editor's correction comes after this rule.
/// </summary>
internal static partial class SuccessorRule
{
    public const string Heading = "Successors by the rule (same maker, family and line; next version, released later)";

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "preview", "latest", "exp", "experimental", "instruct", "it", "v1", "v2", "chat-latest", "hf",
    };

    /// <summary>The version in a model's name and the words of its line, or null when the name has no version.</summary>
    internal static (decimal Version, string Line)? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        decimal? version = null;
        var line = new List<string>();
        foreach (var token in Token().Matches(name.ToLowerInvariant()).Select(m => m.Value))
        {
            var m = Versioned().Match(token);
            if (version is null && m.Success)
            {
                version = decimal.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
                line.AddRange(new[] { m.Groups["pre"].Value, m.Groups["post"].Value }.Where(p => p.Length > 0));
            }
            else if (!Dropped.Contains(token) && !token.All(char.IsAsciiDigit))
            {
                line.Add(token);
            }
        }

        return version is { } v ? (v, string.Join(' ', line)) : null;
    }

    public static void Apply(IReadOnlyList<CatalogModel> models, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(report);
        var parsed = models.Where(m => m.Family is not null && m.ReleaseDate is not null)
            .Select(m => (Model: m, Parsed: Parse(m.Name)))
            .Where(x => x.Parsed is not null)
            .Select(x => (x.Model, x.Parsed!.Value.Version, x.Parsed!.Value.Line))
            .ToList();
        foreach (var (model, version, line) in parsed)
        {
            if (model.Successor is not null)
            {
                continue;
            }

            var next = parsed
                .Where(o => o.Model != model && o.Model.Maker == model.Maker && o.Model.Family == model.Family && o.Line == line
                    && o.Version > version && o.Model.ReleaseDate > model.ReleaseDate)
                .OrderBy(o => o.Version).ThenBy(o => o.Model.ReleaseDate).ThenBy(o => o.Model.Slug, StringComparer.Ordinal)
                .Select(o => o.Model)
                .FirstOrDefault();
            if (next is not null)
            {
                model.Successor = next.Slug;
                report.Full(Heading, $"{model.Slug} -> {next.Slug} ({model.Name} {Dates.Iso(model.ReleaseDate!.Value)}, {next.Name} {Dates.Iso(next.ReleaseDate!.Value)})");
            }
        }
    }

    [GeneratedRegex(@"[a-z0-9.]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?<pre>[a-z]*)(?<v>\d+(\.\d+)?)(?<post>[a-z]*)$")]
    private static partial Regex Versioned();
}
