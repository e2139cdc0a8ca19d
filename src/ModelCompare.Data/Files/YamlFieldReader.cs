using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Data.Files;

/// <summary>
/// Reads typed fields from one YAML mapping, recording a located problem for every field that is
/// missing, malformed or unknown. YamlDotNet does the parsing; this class only binds and checks, so
/// every message can point at the exact line and column an editor has to fix.
/// </summary>
internal sealed class YamlFieldReader
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly string _prefix;
    private readonly ProblemList _problems;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlFieldReader(YamlMappingNode node, string path, int lineOffset, string prefix, ProblemList problems)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _prefix = prefix;
        _problems = problems;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                Report(key, "(key)", "expected a plain field name");
                continue;
            }

            if (!_entries.TryAdd(name, (scalar, value)))
            {
                Report(key, Field(name), "this field appears twice");
            }
        }
    }

    public ProblemList Problems => _problems;

    public FilePosition Position => At(_node);

    public FilePosition At(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>The position of a field's value, or of the mapping when the field is absent.</summary>
    public FilePosition PositionOf(string name) => _entries.TryGetValue(name, out var e) ? At(e.Value) : Position;

    public string Field(string name) => _prefix.Length == 0 ? name : $"{_prefix}.{name}";

    public bool Has(string name)
    {
        _known.Add(name);
        return _entries.TryGetValue(name, out var e) && !IsNull(e.Value);
    }

    public string? String(string name, bool required = false)
    {
        var scalar = Scalar(name, required, "text");
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Report(scalar, Field(name), "must not be empty");
            }

            return null;
        }

        return text;
    }

    public long? PositiveWhole(string name, string what, bool required = false, long max = long.MaxValue)
    {
        var scalar = Scalar(name, required, what);
        if (scalar is null)
        {
            return null;
        }

        if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            if (value > max)
            {
                Report(scalar, Field(name), string.Create(CultureInfo.InvariantCulture, $"{value:N0} is more than the largest allowed, {max:N0}"));
                return null;
            }

            return value;
        }

        Report(scalar, Field(name), $"expected {what}, got {Quote(scalar.Value)}");
        return null;
    }

    public decimal? Decimal(string name, decimal min, decimal max, string what, bool required = false)
    {
        var scalar = Scalar(name, required, what);
        if (scalar is null)
        {
            return null;
        }

        if (!decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            Report(scalar, Field(name), $"expected {what}, got {Quote(scalar.Value)}");
            return null;
        }

        if (value < min || value > max)
        {
            Report(scalar, Field(name), $"{Number(value)} is outside the allowed range {Number(min)} to {Number(max)}");
            return null;
        }

        return value;
    }

    public bool? Bool(string name, bool required = false)
    {
        var scalar = Scalar(name, required, "true or false");
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(scalar, Field(name), $"expected true or false, got {Quote(scalar.Value)}");
                return null;
        }
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var scalar = Scalar(name, required, "a date (YYYY-MM-DD)");
        if (scalar is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1950 && date.Year <= 2100)
        {
            return date;
        }

        Report(scalar, Field(name), $"expected a real date as YYYY-MM-DD, got {Quote(scalar.Value)}");
        return null;
    }

    public T? Enum<T>(string name, IReadOnlyDictionary<string, T> allowed, bool required = false)
        where T : struct
    {
        var scalar = Scalar(name, required, "one of " + string.Join(", ", allowed.Keys));
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Value is { } text && allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        Report(scalar, Field(name), $"expected one of {string.Join(", ", allowed.Keys)}, got {Quote(scalar.Value)}{Suggest(scalar.Value, allowed.Keys)}");
        return null;
    }

    public ImmutableArray<(string Value, FilePosition At)> StringList(string name)
    {
        var seq = Sequence(name);
        if (seq is null)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<(string, FilePosition)>();
        var index = 0;
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text } scalar)
            {
                if (HasControl(scalar, $"{Field(name)}[{index}]"))
                {
                    index++;
                    continue;
                }

                items.Add((text.Trim(), At(item)));
            }
            else
            {
                Report(item, $"{Field(name)}[{index}]", "expected a text value");
            }

            index++;
        }

        return items.ToImmutable();
    }

    public YamlFieldReader? Map(string name, bool required = false)
    {
        _known.Add(name);
        if (!_entries.TryGetValue(name, out var e) || IsNull(e.Value))
        {
            if (required)
            {
                _problems.Add(Position, Field(name), "is required");
            }

            return null;
        }

        if (e.Value is YamlMappingNode map)
        {
            return new YamlFieldReader(map, _path, _lineOffset, Field(name), _problems);
        }

        Report(e.Value, Field(name), "expected a set of fields (a mapping)");
        return null;
    }

    public IReadOnlyList<YamlFieldReader> MapList(string name)
    {
        var seq = Sequence(name);
        if (seq is null)
        {
            return [];
        }

        var maps = new List<YamlFieldReader>();
        var index = 0;
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map)
            {
                maps.Add(new YamlFieldReader(map, _path, _lineOffset, $"{Field(name)}[{index}]", _problems));
            }
            else
            {
                Report(item, $"{Field(name)}[{index}]", "expected a set of fields (a mapping)");
            }

            index++;
        }

        return maps;
    }

    /// <summary>Every field the reader did not ask for is unknown: report each with a suggestion.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (name, entry) in _entries)
        {
            if (!_known.Contains(name))
            {
                Report(entry.Key, Field(name), $"unknown field{Suggest(name, _known)}");
            }
        }
    }

    private YamlSequenceNode? Sequence(string name)
    {
        _known.Add(name);
        if (!_entries.TryGetValue(name, out var e) || IsNull(e.Value))
        {
            return null;
        }

        if (e.Value is YamlSequenceNode seq)
        {
            return seq;
        }

        Report(e.Value, Field(name), "expected a list");
        return null;
    }

    private YamlScalarNode? Scalar(string name, bool required, string what)
    {
        _known.Add(name);
        if (!_entries.TryGetValue(name, out var e) || IsNull(e.Value))
        {
            if (required)
            {
                _problems.Add(_entries.TryGetValue(name, out var present) ? At(present.Value) : Position, Field(name), $"is required ({what})");
            }

            return null;
        }

        if (e.Value is YamlScalarNode scalar)
        {
            return HasControl(scalar, Field(name)) ? null : scalar;
        }

        Report(e.Value, Field(name), $"expected {what}, got a {(e.Value is YamlSequenceNode ? "list" : "mapping")}");
        return null;
    }

    private void Report(YamlNode node, string field, string message) => _problems.Add(At(node), field, message);

    /// <summary>
    /// A quoted scalar can spell a control character as an escape ("\0", "\x07") that the raw-text check
    /// cannot see; such a value is reported at the scalar.
    /// </summary>
    private bool HasControl(YamlScalarNode scalar, string field)
    {
        foreach (var c in scalar.Value ?? "")
        {
            if (DataFileText.IsForbiddenControl(c))
            {
                Report(scalar, field, DataFileText.ControlMessage(c));
                return true;
            }
        }

        return false;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Suggest(string? given, IEnumerable<string> candidates)
    {
        if (string.IsNullOrEmpty(given))
        {
            return "";
        }

        var best = candidates
            .Select(c => (Candidate: c, Distance: ModelCompare.Text.EditDistance.Levenshtein(given, c)))
            .Where(x => x.Distance <= Math.Max(2, x.Candidate.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is null ? "" : $" (did you mean \"{best.Candidate}\"?)";
    }
}
