using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Import.Building;

/// <summary>One entry of <c>data/service-tiers.yaml</c>: a maker's published discount for a service tier and what it covers.</summary>
internal sealed record ServiceTierPolicy(string Maker, string Tier, decimal DiscountPercent, IReadOnlyList<string> Models, IReadOnlyList<string> Except, string Scope, string Url, DateOnly Checked)
{
    /// <summary>What the page at <see cref="Url"/> is when no page of the maker's own states the discount; null for the maker's page.</summary>
    public string? SourceNote { get; init; }

    public bool Covers(string slug) => Models.Any(p => Matches(p, slug)) && !Except.Any(p => Matches(p, slug));

    private static bool Matches(string pattern, string slug) => pattern switch
    {
        ['*', .. var end] when end.EndsWith('*') => slug.Contains(end[..^1], StringComparison.Ordinal),
        ['*', .. var end] => slug.EndsWith(end, StringComparison.Ordinal),
        [.. var start, '*'] => slug.StartsWith(start, StringComparison.Ordinal),
        _ => string.Equals(pattern, slug, StringComparison.Ordinal),
    };
}

/// <summary>The makers' service-tier discounts kept in the repository (<c>data/service-tiers.yaml</c>); the import reads it and never writes it.</summary>
internal sealed class ServiceTierTable(IReadOnlyList<ServiceTierPolicy> policies)
{
    public static readonly string[] Tiers = ["batch"];

    public IReadOnlyList<ServiceTierPolicy> Policies { get; } = policies;

    public static ServiceTierTable Empty { get; } = new([]);

    /// <summary>The policy of this maker and tier that covers the model, or null.</summary>
    public ServiceTierPolicy? For(string maker, string tier, string slug) =>
        Policies.FirstOrDefault(p => p.Maker == maker && p.Tier == tier && p.Covers(slug));

    /// <summary>Reads the table; a missing file is an empty table.</summary>
    /// <exception cref="InvalidDataException">An entry lacks a field or holds an unknown tier, a discount outside 0 to 100 or a date that is not one.</exception>
    public static ServiceTierTable Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var policies = new List<ServiceTierPolicy>();
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode list)
        {
            foreach (var node in list.Children.OfType<YamlMappingNode>())
            {
                string? Text(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
                List<string> Items(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                    ? [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>()]
                    : [];
                var maker = Text("maker");
                var tier = Text("tier");
                var scope = Text("scope");
                var url = Text("url");
                var models = Items("models");
                if (maker is null || tier is null || !Tiers.Contains(tier) || scope is null || url is null || models.Count == 0
                    || !decimal.TryParse(Text("discount_percent"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var discount) || discount is <= 0 or >= 100
                    || !DateOnly.TryParseExact(Text("checked"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new InvalidDataException($"{path}: every entry needs maker, tier ({string.Join(", ", Tiers)}), discount_percent (above 0, below 100), models, scope, url and checked (yyyy-MM-dd); check the entry near line {node.Start.Line}.");
                }

                policies.Add(new ServiceTierPolicy(maker, tier, discount, models, Items("except"), scope, url, date) { SourceNote = Text("source_note") });
            }
        }

        return new ServiceTierTable(policies);
    }
}
