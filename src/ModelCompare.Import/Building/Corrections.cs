using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Import.Building;

/// <summary>
/// One editor's correction of one model fact, kept in <c>data/corrections/*.yaml</c>: the value, the page it was read
/// on, the day it was read and why the datasets are not enough.
/// </summary>
internal sealed record Correction(string Model, string Field, string Value, string Source, DateOnly Checked, string Reason, string At);

/// <summary>
/// The corrections folder (<c>data/corrections/</c>). The import reads it and never writes it; the site does not read
/// it (the corrected values reach the site through the model files the import writes). A correction is applied at
/// the maker's rank, above every dataset (see docs/import.md), and the import report says which corrections the
/// datasets now agree with (safe to drop) and which they contradict.
/// </summary>
internal sealed class Corrections
{
    /// <summary>The report's heading for corrections the datasets now agree with.</summary>
    public const string AgreedHeading = "Corrections the datasets now agree with (safe to drop)";

    /// <summary>The report's heading for corrections that overrule the datasets.</summary>
    public const string ContradictedHeading = "Corrections the datasets contradict (kept)";

    /// <summary>The report's heading for corrections of models the catalog does not have.</summary>
    public const string UnusedHeading = "Corrections for models not in the catalog";

    /// <summary>The facts a correction can set, and what each value must look like.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["status"] = "active, deprecated or retired",
        ["deprecation_date"] = "a date (YYYY-MM-DD)",
        ["retirement_date"] = "a date (YYYY-MM-DD)",
        ["release_date"] = "a date (YYYY-MM-DD)",
        ["knowledge_cutoff"] = "YYYY-MM or YYYY-MM-DD",
        ["open_weights"] = "true or false",
        ["license"] = "a license id or name from data/licenses.yaml",
        ["context_window"] = "a positive whole number of tokens",
        ["max_output"] = "a positive whole number of tokens",
        ["successor"] = "a model slug",
        ["vision"] = "true or false",
        ["reasoning"] = "true or false",
        ["function_calling"] = "true or false",
    };

    private readonly Dictionary<(string Model, string Field), Correction> _byFact = [];
    private readonly HashSet<(string Model, string Field)> _used = [];

    public Corrections(IEnumerable<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        foreach (var c in corrections)
        {
            if (!_byFact.TryAdd((c.Model, c.Field), c))
            {
                throw new InvalidDataException($"{c.At}: a second correction of {c.Model} {c.Field}; keep one entry per fact (the first is at {_byFact[(c.Model, c.Field)].At}).");
            }
        }
    }

    public static Corrections None { get; } = new([]);

    public IReadOnlyCollection<Correction> All => _byFact.Values;

    /// <summary>The correction of a model's fact, or null.</summary>
    public Correction? Find(string model, string field) => _byFact.GetValueOrDefault((model, field));

    /// <summary>
    /// The value the catalog takes for a fact: the correction's when there is one (recorded in the report as agreeing
    /// with <paramref name="fromDatasets"/> or contradicting it), else <paramref name="fromDatasets"/>.
    /// </summary>
    public string? Apply(string model, string field, string? fromDatasets, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Find(model, field) is not { } c)
        {
            return fromDatasets;
        }

        _used.Add((model, field));
        if (string.Equals(c.Value, fromDatasets, StringComparison.Ordinal))
        {
            report.Full(AgreedHeading, $"{model} {field}: {c.Value} ({c.At})");
        }
        else
        {
            report.Full(ContradictedHeading, $"{model} {field}: {c.Value} from {c.Source} (checked {Sources.Dates.Iso(c.Checked)}); the datasets give {fromDatasets ?? "none"} ({c.At})");
        }

        return c.Value;
    }

    /// <summary>Lists the corrections of models the catalog does not have; called once the import is done.</summary>
    public void ReportUnused(IReadOnlySet<string> catalogSlugs, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(catalogSlugs);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var c in _byFact.Values.Where(c => !catalogSlugs.Contains(c.Model)))
        {
            report.Full(UnusedHeading, $"{c.Model} {c.Field} ({c.At})");
        }
    }

    /// <summary>Reads every <c>*.yaml</c> file of the folder in name order; a missing folder has no corrections.</summary>
    /// <exception cref="InvalidDataException">An entry lacks a field, names an unknown fact or has a value of the wrong kind (the message says where).</exception>
    public static Corrections Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return None;
        }

        var all = new List<Correction>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
            {
                continue;
            }

            foreach (var node in list.Children)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{path}:{node.Start.Line}");
                if (node is not YamlMappingNode map)
                {
                    throw new InvalidDataException($"{at}: each correction is a mapping (model, field, value, source, checked, reason).");
                }

                string Text(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s }
                    ? s
                    : throw new InvalidDataException($"{at}: the correction needs {key}.");
                var unknown = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).Except(["model", "field", "value", "source", "checked", "reason"]).FirstOrDefault();
                if (unknown is not null)
                {
                    throw new InvalidDataException($"{at}: unknown key {unknown}; a correction has model, field, value, source, checked and reason.");
                }

                var field = Text("field");
                if (!Fields.TryGetValue(field, out var expected))
                {
                    throw new InvalidDataException($"{at}: cannot correct {field}; the facts a correction can set are {string.Join(", ", Fields.Keys)}.");
                }

                var value = Text("value");
                if (!Valid(field, value))
                {
                    throw new InvalidDataException($"{at}: {field} must be {expected}, got \"{value}\".");
                }

                var source = Text("source");
                if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                {
                    throw new InvalidDataException($"{at}: source must be the https URL of the page the value was read on.");
                }

                var checkedOn = Sources.Dates.Parse(Text("checked")) ?? throw new InvalidDataException($"{at}: checked must be the date the page was read (YYYY-MM-DD).");
                all.Add(new Correction(Text("model"), field, value, source, checkedOn, Text("reason"), at));
            }
        }

        return new Corrections(all);
    }

    private static bool Valid(string field, string value) => field switch
    {
        "status" => value is "active" or "deprecated" or "retired",
        "deprecation_date" or "retirement_date" or "release_date" => Sources.Dates.Parse(value) is not null && value.Length == 10,
        "knowledge_cutoff" => Sources.Dates.Cutoff(value) == value,
        "open_weights" or "vision" or "reasoning" or "function_calling" => value is "true" or "false",
        "context_window" or "max_output" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0,
        _ => true,
    };
}
