namespace ModelCompare.Data;

/// <summary>Where the data files and the built database live.</summary>
public sealed record CatalogPaths(string DataDirectory, string DatabasePath)
{
    /// <summary>
    /// Resolves the paths: configured values win; otherwise the nearest folder at or above the working
    /// directory or the application's folder that holds <c>data/providers</c>.
    /// </summary>
    public static CatalogPaths Resolve(string? dataDirectory, string? databasePath)
    {
        var data = Path.GetFullPath(dataDirectory ?? FindUp("data", d => Directory.Exists(Path.Combine(d, "providers"))) ?? "data");
        var database = Path.GetFullPath(databasePath ?? Path.Combine(Path.GetDirectoryName(data) ?? data, ".modelcompare", "catalog.db"));
        return new CatalogPaths(data, database);
    }

    /// <summary>The nearest folder named <paramref name="name"/> at or above the working or application folder.</summary>
    public static string? FindUp(string name, Func<string, bool>? accept = null)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Directory.Exists(candidate) && (accept is null || accept(candidate)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
