using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelCompare.Import.Output;

/// <summary>
/// An ordered YAML mapping. Null values are skipped, so an unknown fact is left out of the file.
/// Values are strings, numbers, booleans, dates, <see cref="YamlOutputMap"/>s, lists of those, or a
/// <see cref="FlowList"/> written on one line.
/// </summary>
internal sealed partial class YamlOutputMap
{
    private readonly List<KeyValuePair<string, object>> _entries = [];

    public bool Flow { get; init; }

    public int Count => _entries.Count;

    public YamlOutputMap Add(string key, object? value)
    {
        if (value is not null)
        {
            _entries.Add(new(key, value));
        }

        return this;
    }

    /// <summary>Writes the mapping as a YAML document with no start or end markers.</summary>
    public string ToYaml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Emit(emitter, this);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Emit(IEmitter emitter, object value)
    {
        switch (value)
        {
            case YamlOutputMap map:
                emitter.Emit(new MappingStart(null, null, true, map.Flow ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (k, v) in map._entries)
                {
                    emitter.Emit(Plain(k));
                    Emit(emitter, v);
                }

                emitter.Emit(new MappingEnd());
                break;
            case FlowList list:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
                foreach (var item in list.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case System.Collections.IEnumerable items and not string:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
                foreach (var item in items)
                {
                    Emit(emitter, item!);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case string s:
                emitter.Emit(Text(s));
                break;
            case bool b:
                emitter.Emit(Plain(b ? "true" : "false"));
                break;
            case DateOnly d:
                emitter.Emit(Plain(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case decimal m:
                emitter.Emit(Plain(Number(m)));
                break;
            case long or int:
                emitter.Emit(Plain(Convert.ToString(value, CultureInfo.InvariantCulture)!));
                break;
            case RawScalar raw:
                emitter.Emit(Plain(raw.Value));
                break;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} as YAML.", nameof(value));
        }
    }

    /// <summary>A decimal in its shortest form: 2.50 becomes 2.5, 3.0 becomes 3.</summary>
    internal static string Number(decimal value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) ? s.TrimEnd('0').TrimEnd('.') : s;
    }

    private static Scalar Plain(string value) => new(null, null, value, ScalarStyle.Plain, true, false);

    /// <summary>A string that a YAML reader would take for a number, boolean, null or date is quoted.</summary>
    private static Scalar Text(string value) => LooksTyped().IsMatch(value)
        ? new Scalar(null, null, value, ScalarStyle.DoubleQuoted, true, true)
        : new Scalar(null, null, value, ScalarStyle.Any, true, true);

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|\d{4}-\d\d?-\d\d?.*|)$")]
    private static partial Regex LooksTyped();
}

/// <summary>A list written on one line: <c>[text, image]</c>.</summary>
internal sealed record FlowList(IReadOnlyList<object> Items);

/// <summary>A value written exactly as given, unquoted (a date such as a <c>2024-04</c> knowledge cutoff).</summary>
internal sealed record RawScalar(string Value);
