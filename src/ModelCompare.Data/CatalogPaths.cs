namespace ModelCompare.Data;

/// <summary>Where the data files and the built database live.</summary>
public sealed record CatalogPaths(string DataDirectory, string DatabasePath)
{
    /// <summary>
    /// Resolves the paths: configured values win, a relative one taken against <paramref name="relativeTo"/>
    /// (the folder the command was typed in; the working folder when null). Otherwise the data folder is
    /// the nearest one at or above that folder, the working folder or the application's folder that holds
    /// <c>data/providers</c>, and the database sits in <c>.modelcompare/</c> beside it.
    /// </summary>
    public static CatalogPaths Resolve(string? dataDirectory, string? databasePath, string? relativeTo = null)
    {
        var baseDirectory = relativeTo ?? Environment.CurrentDirectory;
        var data = Path.GetFullPath(
            dataDirectory ?? FindUp("data", d => Directory.Exists(Path.Combine(d, "providers")), baseDirectory) ?? "data",
            baseDirectory);
        var database = Path.GetFullPath(databasePath ?? Path.Combine(Path.GetDirectoryName(data) ?? data, ".modelcompare", "catalog.db"), baseDirectory);
        return new CatalogPaths(data, database);
    }

    /// <summary>
    /// The nearest folder named <paramref name="name"/> at or above <paramref name="first"/> (when given),
    /// the working folder or the application's folder.
    /// </summary>
    public static string? FindUp(string name, Func<string, bool>? accept = null, string? first = null)
    {
        foreach (var start in new[] { first, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (start is null)
            {
                continue;
            }

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
