namespace ModelCompare.Web.Cli;

/// <summary>
/// The folders the export refuses to write into, each with a one-line reason: the file system's root, the
/// data folder, a folder inside it or above it, the root of a repository (the one the command is typed in
/// or the one holding the data), and a non-empty folder with no manifest of an earlier export (its files
/// were not written by the export, and would be overwritten) unless <see cref="ExportOptions.Force"/>.
/// </summary>
internal static class ExportTarget
{
    private const string Advice = "give --out a folder of its own, such as out/site";

    /// <exception cref="ExportRefusedException">The folder is one of those above.</exception>
    public static void Check(ExportOptions options, string dataDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var data = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        if (Path.GetPathRoot(output) == output || Path.TrimEndingDirectorySeparator(Path.GetPathRoot(output) ?? "") == output)
        {
            throw new ExportRefusedException($"Refusing to export into {output}, the root of the file system: {Advice}.");
        }

        if (output == data)
        {
            throw new ExportRefusedException($"Refusing to export into the data folder {data}: the pages would be mixed with the data files; {Advice}.");
        }

        if (IsInside(output, data))
        {
            throw new ExportRefusedException($"Refusing to export into {output}, inside the data folder {data}: the pages would be read as data; {Advice}.");
        }

        if (IsInside(data, output))
        {
            throw new ExportRefusedException($"Refusing to export into {output}, which holds the data folder {data}: {Advice}.");
        }

        foreach (var start in new[] { options.InvokedFrom ?? Environment.CurrentDirectory, data })
        {
            if (RepositoryRoot(start) is { } repository && repository == output)
            {
                throw new ExportRefusedException($"Refusing to export into {output}, the root of a repository: {Advice}.");
            }
        }

        var manifest = options.ManifestPath ?? ExportManifest.PathFor(output);
        if (!options.Force && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(manifest))
        {
            throw new ExportRefusedException(
                $"Refusing to export into {output}: it is not empty and there is no manifest of an earlier export ({manifest}), so its files were not written by the export and could be overwritten; empty it, choose another folder, or give --force to write into it anyway.");
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>.git</c> (a folder, or a file in a worktree).</summary>
    private static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(dir.FullName);
            }
        }

        return null;
    }
}
