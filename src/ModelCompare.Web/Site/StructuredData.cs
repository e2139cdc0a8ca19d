using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Site;

/// <summary>schema.org JSON-LD for the page types, with absolute URLs.</summary>
public static class StructuredData
{
    // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Serialize(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(Options);
    }

    public static JsonObject BreadcrumbList(Uri origin, IEnumerable<Crumb> trail)
    {
        var items = new JsonArray();
        var position = 1;
        foreach (var crumb in trail.Prepend(new Crumb("Home", Urls.Home)))
        {
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = position++,
                ["name"] = crumb.Name,
                ["item"] = Urls.Absolute(origin, crumb.Path),
            });
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
    }

    public static JsonObject FaqPage(IEnumerable<FaqItem> faq) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["mainEntity"] = new JsonArray([.. faq.Select(f => (JsonNode)new JsonObject
        {
            ["@type"] = "Question",
            ["name"] = f.Question,
            ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = f.Answer },
        })]),
    };

    public static JsonObject WebSite(Uri origin) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = "ModelCompare",
        ["url"] = Urls.Absolute(origin, Urls.Home),
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = Urls.Absolute(origin, Urls.Search) + "?q={search_term_string}",
            ["query-input"] = "required name=search_term_string",
        },
    };

    /// <summary>An ItemList of links, such as a table of models.</summary>
    public static JsonObject ItemList(Uri origin, string name, IEnumerable<(string Name, string Path)> items)
    {
        var list = new JsonArray();
        var position = 1;
        foreach (var (itemName, path) in items)
        {
            list.Add(new JsonObject { ["@type"] = "ListItem", ["position"] = position++, ["name"] = itemName, ["url"] = Urls.Absolute(origin, path) });
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "ItemList", ["name"] = name, ["itemListElement"] = list };
    }

    /// <summary>A model profile as a schema.org SoftwareApplication with its maker and dates.</summary>
    public static JsonObject Model(Uri origin, ModelFacts facts, string description)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "SoftwareApplication",
            ["name"] = facts.Name,
            ["applicationCategory"] = "Large language model",
            ["url"] = Urls.Absolute(origin, Urls.Model(facts.Slug)),
            ["description"] = description,
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = facts.MakerName, ["url"] = Urls.Absolute(origin, Urls.Provider(facts.Model.MakerSlug)) },
            ["dateModified"] = facts.Model.LastReviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (facts.Model.ReleaseDate is { } released)
        {
            node["datePublished"] = released.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        // No offer: a price per million tokens is no product price, and an Offer without its unit or any
        // rating is structured data that says something false and earns nothing.
        return node;
    }

    public static JsonObject Dataset(Uri origin, string name, string description, DateOnly modified, IEnumerable<(string Format, string Path)> downloads, IEnumerable<(string Name, string Url)> sources) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Dataset",
        ["name"] = name,
        ["description"] = description,
        ["url"] = Urls.Absolute(origin, Urls.Data),
        ["license"] = OpenDataLicense.Url,
        ["creator"] = new JsonObject { ["@type"] = "Organization", ["name"] = "ModelCompare", ["url"] = Urls.Absolute(origin, Urls.Home) },
        ["dateModified"] = modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["isBasedOn"] = new JsonArray([.. sources.Select(s => (JsonNode)s.Url)]),
        ["distribution"] = new JsonArray([.. downloads.Select(d => (JsonNode)new JsonObject
        {
            ["@type"] = "DataDownload",
            ["encodingFormat"] = d.Format,
            ["contentUrl"] = Urls.Absolute(origin, d.Path),
        })]),
    };
}

/// <summary>The terms the open-data downloads are published under.</summary>
public static class OpenDataLicense
{
    public const string Name = "CC BY 4.0";
    public const string Url = "https://creativecommons.org/licenses/by/4.0/";
    public const string Attribution = "ModelCompare, compiled from models.dev, genai-prices and LiteLLM (MIT), Epoch AI and LLM Stats (CC BY 4.0)";
}
