using System.Text.Json;
using ModelCompare.Web.Feeds;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Feeds;

/// <summary>The downloads carry every price the bills use (cache writes, reasoning, tiers, service tiers, fees), each model's thinking and each run's cost.</summary>
[Collection(SharedSite.Name)]
public sealed class OpenDataFieldsTests(SiteFactory site)
{
    [Fact]
    public async Task Routes_csv_has_a_column_for_each_price_and_fee_filled_for_exactly_the_routes_that_have_it()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        var text = await client.GetStringAsync(new Uri("/data/routes.csv", UriKind.Relative));

        // The framework's RFC 4180 reader, so quoted fields with commas split as a spreadsheet splits them.
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        Assert.Equal(OpenData.RouteColumns.Select(c => c.Name), header);
        var rows = new List<string[]>();
        while (parser.ReadFields() is { } fields)
        {
            Assert.Equal(header.Length, fields.Length);
            rows.Add(fields);
        }

        int Filled(string column) => rows.Count(r => r[Array.IndexOf(header, column)].Length > 0);
        Assert.Equal(catalog.Routes.Length, rows.Count);
        Assert.Equal(catalog.Routes.Count(r => r.Price?.CacheWrite1h is not null), Filled("cache_write_1h_usd_per_1m"));
        Assert.Equal(catalog.Routes.Count(r => r.Price?.Reasoning is not null), Filled("reasoning_usd_per_1m"));
        Assert.Equal(catalog.Routes.Count(r => r.FlexPrice?.Input is not null), Filled("flex_input_usd_per_1m"));
        Assert.Equal(catalog.Routes.Count(r => r.PriorityPrice?.Input is not null), Filled("priority_input_usd_per_1m"));
        Assert.Equal(catalog.Routes.Count(r => r.Fees?.PerThousandRequests is not null), Filled("request_fee_usd_per_1k"));
        Assert.Equal(catalog.Routes.Count(r => r.Fees?.PerThousandWebSearches is not null), Filled("web_search_fee_usd_per_1k"));
        Assert.Equal(catalog.Routes.Count(r => !r.Tiers.IsDefaultOrEmpty), Filled("tiers"));
        Assert.True(Filled("cache_write_1h_usd_per_1m") > 0 && Filled("web_search_fee_usd_per_1k") > 0 && Filled("tiers") > 0);
    }

    [Fact]
    public async Task Catalog_json_names_each_price_as_the_data_files_do_and_carries_thinking_and_costs_to_run()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));

        var routes = json.RootElement.GetProperty("routes").EnumerateArray().ToList();
        Assert.Equal(catalog.Routes.Count(r => r.Price?.CacheWrite1h is not null), routes.Count(r => r.TryGetProperty("price", out var p) && p.TryGetProperty("cache_write_1h", out _)));
        Assert.Equal(catalog.Routes.Count(r => r.FlexPrice is not null), routes.Count(r => r.TryGetProperty("flex", out _)));
        Assert.Equal(catalog.Routes.Count(r => r.PriorityPrice is not null), routes.Count(r => r.TryGetProperty("priority", out _)));
        Assert.Equal(catalog.Routes.Count(r => r.Fees is not null), routes.Count(r => r.TryGetProperty("fees", out _)));
        Assert.Equal(catalog.Routes.Sum(r => r.PriceSources.Count), routes.Sum(r => r.GetProperty("price_sources").EnumerateObject().Count()));
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(catalog.Models.Count(m => m.AlwaysThinks), models.Count(m => m.GetProperty("always_thinks").GetBoolean()));
        Assert.All(models, m => Assert.True(m.TryGetProperty("status", out _)));
        var costs = json.RootElement.GetProperty("benchmarks").EnumerateArray().SelectMany(b => b.GetProperty("scores").EnumerateArray())
            .Where(s => s.TryGetProperty("cost_to_run", out _)).ToList();
        Assert.Equal(catalog.Scores.Count(s => s.Cost is not null), costs.Count);
        Assert.All(costs, c => Assert.Contains(c.GetProperty("cost_to_run").GetProperty("per").GetString(), new[] { "task", "run", "suite" }));
    }

    [Fact]
    public async Task Models_csv_and_catalog_json_carry_the_three_valued_thinking_mode_of_every_model()
    {
        var catalog = site.Catalog();
        using var client = site.CreatePlainClient();

        var text = await client.GetStringAsync(new Uri("/data/models.csv", UriKind.Relative));
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var column = Array.IndexOf(header, "thinking");
        var csv = new Dictionary<string, string>(StringComparer.Ordinal);
        while (parser.ReadFields() is { } fields)
        {
            csv[fields[0]] = fields[column];
        }

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/data/catalog.json", UriKind.Relative)));
        var fromJson = json.RootElement.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("slug").GetString()!, m => m.GetProperty("thinking").GetString()!, StringComparer.Ordinal);

        string Word(ModelCompare.Catalog.ThinkingMode mode) => mode switch
        {
            ModelCompare.Catalog.ThinkingMode.Always => "always",
            ModelCompare.Catalog.ThinkingMode.Optional => "optional",
            ModelCompare.Catalog.ThinkingMode.Unknown => "unknown",
            _ => "not-reasoning",
        };
        Assert.Equal(catalog.Models.ToDictionary(m => m.Slug, m => Word(m.Thinking), StringComparer.Ordinal), csv);
        Assert.Equal(csv, fromJson);
        // The real catalog holds models of every kind, so the column says more than always_thinks does.
        Assert.Equal(["always", "not-reasoning", "optional", "unknown"], csv.Values.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_data_page_says_what_every_column_holds()
    {
        using var client = site.CreatePlainClient();

        var doc = await client.GetDocumentAsync("/data");

        foreach (var (file, columns) in new[] { ("models.csv", OpenData.ModelColumns), ("routes.csv", OpenData.RouteColumns) })
        {
            var names = doc.ByTestId($"columns-{file}").QuerySelectorAll("dt code").Select(c => c.TextContent).ToList();
            Assert.Equal(columns.Select(c => c.Name), names);
        }

        var thinking = doc.ByTestId("columns-models.csv").QuerySelectorAll("dt").Single(d => d.TextContent == "thinking").NextElementSibling!;
        Assert.Equal(OpenData.ThinkingColumn, thinking.TextContent);
    }
}
