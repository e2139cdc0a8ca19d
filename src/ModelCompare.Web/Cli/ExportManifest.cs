using System.Globalization;
using System.Text;

namespace ModelCompare.Web.Cli;

/// <summary>One exported URL: the file it was written to, a hash of its bytes and, for a pair page, the digest of its inputs.</summary>
public sealed record ManifestEntry(string Path, string File, string ContentHash, string? Inputs);

/// <summary>
/// What the last export wrote, one line per URL, kept beside the output folder (not in it, so it is
/// never uploaded with the site). The next export compares against it to write only pages whose bytes
/// changed, delete pages that are gone and list the URLs a CDN must purge.
/// </summary>
public sealed class ExportManifest
{
    private const string Header = "# modelcompare export manifest v1";

    public ExportManifest(string build, bool precompressed, IReadOnlyDictionary<string, ManifestEntry> entries, IReadOnlyList<string>? rejected = null)
    {
        Build = build;
        Precompressed = precompressed;
        Entries = entries;
        Rejected = rejected ?? [];
    }

    /// <summary>The lines read but ignored, because their file is not a path inside the output folder, each with why.</summary>
    public IReadOnlyList<string> Rejected { get; }

    /// <summary>The build and settings the pages were rendered with; pages are re-rendered when it differs.</summary>
    public string Build { get; }

    public bool Precompressed { get; }

    /// <summary>
    /// Written by an export that put a <c>.gz</c> copy beside each <c>.br</c> one (its manifest says <c>1</c> where
    /// one that writes <c>.br</c> copies only says <c>2</c>): the next export deletes those copies.
    /// </summary>
    public bool HasGzipCopies { get; init; }

    public IReadOnlyDictionary<string, ManifestEntry> Entries { get; }

    /// <summary>The manifest's file for an output folder: <c>out/site</c> keeps it in <c>out/site.manifest</c>.</summary>
    public static string PathFor(string outputDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + ".manifest";

    /// <summary>A hash of a file's bytes: the digest a page's ETag is made of (<see cref="Hosting.ContentDigest"/>).</summary>
    public static string HashOf(ReadOnlySpan<byte> body) => Hosting.ContentDigest.Of(body);

    /// <summary>
    /// Reads a manifest; null when there is none or it cannot be read (then everything is written). An entry
    /// whose file is not a plain relative path inside <paramref name="outputDirectory"/> (<c>../../x</c>,
    /// <c>/abs/path</c>, through a symbolic link) is ignored and listed in <see cref="Rejected"/>: the export
    /// neither trusts nor deletes it.
    /// </summary>
    public static ExportManifest? TryRead(string path, string outputDirectory)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header || reader.ReadLine()?.Split('\t') is not ["build", var build, var precompressed])
        {
            return null;
        }

        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var rejected = new List<string>();
        var number = 2;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Split('\t') is [var url, var file, var hash, var inputs])
            {
                if (ExportFiles.Confine(outputDirectory, file, out var problem) is null)
                {
                    rejected.Add(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} line {number}: ignored the file {Quote(file)} of {Quote(url)}: {problem}"));
                    continue;
                }

                entries[url] = new ManifestEntry(url, file, hash, inputs.Length == 0 ? null : inputs);
            }
        }

        return new ExportManifest(build, precompressed is "1" or "2", entries, rejected) { HasGzipCopies = precompressed == "1" };
    }

    /// <summary>A value from a manifest line as it can be printed on one line: control characters escaped, long values cut.</summary>
    private static string Quote(string text)
    {
        var escaped = string.Concat(text.Take(200).Select(c => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString()));
        return $"\"{escaped}{(text.Length > 200 ? "..." : "")}\"";
    }

    /// <summary>Writes the manifest through a temporary file, so a stopped export never leaves half of one.</summary>
    public void Write(string path)
    {
        var temp = path + ".tmp";
        if (ExportFiles.IsLink(temp))
        {
            File.Delete(temp);
        }

        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.WriteLine(Header);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build\t{Build}\t{(Precompressed ? 2 : 0)}"));
            foreach (var entry in Entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                writer.WriteLine($"{entry.Path}\t{entry.File}\t{entry.ContentHash}\t{entry.Inputs}");
            }
        }

        File.Move(temp, path, overwrite: true);
    }
}
