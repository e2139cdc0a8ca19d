using System.Globalization;
using System.Text.Json;

namespace ModelCompare.Import.Sources;

/// <summary>Small, null-tolerant readers for the loosely typed JSON of the datasets.</summary>
internal static class Json
{
    public static JsonDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
    }

    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) => element.Prop(name) is { } v
        ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        }
        : null;

    public static decimal? Dec(this JsonElement element, string name) => element.Prop(name) is { } v ? ToDecimal(v) : null;

    public static decimal? ToDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
        JsonValueKind.Number => (decimal)value.GetDouble(),
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static long? Long(this JsonElement element, string name) => element.Dec(name) is { } d ? (long)d : null;

    public static bool? Bool(this JsonElement element, string name) => element.Prop(name) is { } v
        ? v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        }
        : null;

    public static IReadOnlyList<string> StrList(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.Array } v
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
