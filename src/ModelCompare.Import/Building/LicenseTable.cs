using YamlDotNet.RepresentationModel;

namespace ModelCompare.Import.Building;

/// <summary>One license of the hand-kept table <c>data/licenses.yaml</c>: its name and what it says about commercial use.</summary>
/// <remarks><c>Models</c> lists catalog slugs the license covers by its own terms (<c>llama-3-2-*</c>: every Llama 3.2
/// model), used when no dataset names a license; a trailing <c>*</c> matches any ending.</remarks>
internal sealed record License(string Id, string Name, string? Url, string CommercialUse, string? Note, IReadOnlyList<string> Matches)
{
    public IReadOnlyList<string> Models { get; init; } = [];

    public bool Covers(string slug) => Models.Any(m => m.EndsWith('*')
        ? slug.StartsWith(m[..^1], StringComparison.Ordinal)
        : string.Equals(m, slug, StringComparison.Ordinal));
}

/// <summary>
/// The license table kept in the repository (<c>data/licenses.yaml</c>). Commercial use comes from here, never
/// from a dataset's own flag: LLM Stats marks the Llama community licenses "not commercial" and names DeepSeek's
/// license "MIT + Model License (Commercial use allowed)" while flagging it as not allowing commercial use.
/// </summary>
internal sealed class LicenseTable
{
    public static readonly string[] CommercialUses = ["permitted", "conditional", "not-permitted"];

    private readonly Dictionary<string, License> _byMatch = new(StringComparer.OrdinalIgnoreCase);

    public LicenseTable(IEnumerable<License> licenses)
    {
        ArgumentNullException.ThrowIfNull(licenses);
        Licenses = [.. licenses];
        foreach (var license in Licenses)
        {
            foreach (var key in license.Matches.Append(license.Id).Append(license.Name))
            {
                _byMatch.TryAdd(key.Trim(), license);
            }
        }
    }

    public IReadOnlyList<License> Licenses { get; }

    public static LicenseTable Empty { get; } = new([]);

    /// <summary>The license a dataset's id or name stands for, or null when the table does not list it.</summary>
    public License? Find(string? idOrName) =>
        idOrName is not null && _byMatch.TryGetValue(idOrName.Trim(), out var license) ? license : null;

    /// <summary>The license whose <c>models</c> list covers the slug, or null.</summary>
    public License? ForModel(string slug) => Licenses.FirstOrDefault(l => l.Covers(slug));

    /// <summary>Reads the table; a missing file is an empty table.</summary>
    /// <exception cref="InvalidDataException">An entry lacks its id, name or a known commercial use.</exception>
    public static LicenseTable Load(string path)
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

        var licenses = new List<License>();
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode list)
        {
            foreach (var node in list.Children.OfType<YamlMappingNode>())
            {
                string? Text(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
                var id = Text("id");
                var name = Text("name");
                var use = Text("commercial_use");
                if (id is null || name is null || use is null || !CommercialUses.Contains(use))
                {
                    throw new InvalidDataException($"{path}: every license needs an id, a name and commercial_use ({string.Join(", ", CommercialUses)}); check the entry near line {node.Start.Line}.");
                }

                List<string> List(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var m) && m is YamlSequenceNode seq
                    ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
                    : [];
                licenses.Add(new License(id, name, Text("url"), use, Text("note"), List("matches")) { Models = List("models") });
            }
        }

        return new LicenseTable(licenses);
    }
}
