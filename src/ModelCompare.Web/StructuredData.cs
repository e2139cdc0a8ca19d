using System.Text.Json;

namespace ModelCompare.Web;

/// <summary>schema.org JSON-LD, serialized so that no value can close the script element.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static string Breadcrumbs(HttpContext context, params (string Name, string Path)[] trail) => JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = trail.Select((t, i) => new Dictionary<string, object>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = t.Name,
                ["item"] = PageLinks.Absolute(context, t.Path),
            }).ToArray(),
        },
        Options);

    public static string FaqPage(IEnumerable<(string Question, string Answer)> items) => JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["mainEntity"] = items.Select(i => new Dictionary<string, object>
            {
                ["@type"] = "Question",
                ["name"] = i.Question,
                ["acceptedAnswer"] = new Dictionary<string, object> { ["@type"] = "Answer", ["text"] = i.Answer },
            }).ToArray(),
        },
        Options);
}
