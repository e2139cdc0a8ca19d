using System.Text;

namespace ModelCompare.Import.Sources;

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes and line breaks inside quotes.</summary>
internal static class Csv
{
    public static string[] SplitLine(string line) => [.. ReadRecords(line).First()];

    /// <summary>Reads a file into records keyed by the header row.</summary>
    public static List<Dictionary<string, string>> ReadFile(string path)
    {
        var records = ReadRecords(File.ReadAllText(path)).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return [.. records.Skip(1)
            .Where(r => r.Count > 1 || (r.Count == 1 && r[0].Length > 0))
            .Select(r =>
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    row[header[i]] = i < r.Count ? r[i] : string.Empty;
                }

                return row;
            })];
    }

    private static IEnumerable<List<string>> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
