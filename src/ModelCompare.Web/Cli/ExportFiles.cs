using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;

namespace ModelCompare.Web.Cli;

/// <summary>
/// Writes an exported file with its <c>.br</c> copy, and deletes them again, only ever
/// inside the output folder: a path read back from the manifest is confined to it (<see cref="Confine"/>),
/// and a symbolic link on the way is never followed. Writing replaces a link (to a folder or a file) with
/// a real folder or file; deleting removes a link, never its target.
/// </summary>
internal static class ExportFiles
{
    private static readonly string[] Compressible = [".html", ".xml", ".txt", ".css", ".js", ".json", ".csv", ".svg", ".webmanifest"];

    /// <summary>
    /// The full path of a manifest entry's file, or null (with why) when it is not a plain relative path
    /// inside <paramref name="output"/>: rooted, with an empty, <c>.</c> or <c>..</c> segment, a backslash or a
    /// control character, or passing through a symbolic link to a folder.
    /// </summary>
    public static string? Confine(string output, string relative, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(relative);
        problem = relative switch
        {
            "" => "it is empty",
            _ when relative.Any(c => char.IsControl(c)) => "it holds a control character",
            _ when relative.Contains('\\', StringComparison.Ordinal) => "it holds a backslash",
            _ when relative.StartsWith('/') || Path.IsPathRooted(relative) => "it is an absolute path",
            _ when relative.Split('/').Any(segment => segment is "" or "." or "..") => "it has an empty, \".\" or \"..\" segment",
            _ => null,
        };
        if (problem is not null)
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "it leaves the output folder";
            return null;
        }

        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (IsLink(dir))
            {
                problem = $"it passes through the symbolic link {Path.GetRelativePath(root, dir)}";
                return null;
            }
        }

        return file;
    }

    /// <summary>Whether a path is a symbolic link (to a file or a folder, existing or not); the link itself is examined, never followed.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>Whether a path is a file of its own, not a symbolic link (File.Exists is true for a link, even a dangling one).</summary>
    public static bool IsFile(string path) => !IsLink(path) && File.Exists(path);

    /// <summary>
    /// Writes the file and, for a text file, its Brotli copy; returns how many files were written. No <c>.gz</c>:
    /// the documented hosts send the <c>.br</c> copy to a client that accepts Brotli and the file itself to any
    /// other (nginx's <c>brotli_static</c>; Netlify and Cloudflare Pages compress on their own), and a gzip copy
    /// cost a fifth of the compression time and a third of the files. One left by an earlier export is deleted.
    /// </summary>
    /// <remarks>
    /// <paramref name="compressing"/> is the time spent compressing, to tell it from writing. In a folder this
    /// export created (<paramref name="folders"/>) nothing can be in the file's place, so it is created without
    /// looking for a link, an earlier file or copies to delete: a first export of the whole site makes some
    /// 48,000 folders, and those checks were a third of its system calls.
    /// </remarks>
    public static int Write(string output, string file, ReadOnlySpan<byte> body, bool precompress, Folders folders, out TimeSpan compressing)
    {
        ArgumentNullException.ThrowIfNull(folders);
        compressing = TimeSpan.Zero;
        var fresh = folders.Make(output, Path.GetDirectoryName(file)!);
        Save(file, body, fresh);
        if (!fresh)
        {
            Delete(file + ".gz");
        }

        if (!precompress || !Compressible.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
        {
            if (!fresh)
            {
                Delete(file + ".br");
            }

            return 1;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            var started = Stopwatch.GetTimestamp();
            var length = Brotli(body, buffer);
            compressing = Stopwatch.GetElapsedTime(started);
            Save(file + ".br", buffer.AsSpan(0, length), fresh);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return 2;
    }

    /// <summary>Deletes the <c>.gz</c> copy an earlier export wrote beside a file, inside the output folder only.</summary>
    public static void DeleteGzipCopy(string output, string relative)
    {
        if (Confine(output, relative, out _) is { } file)
        {
            Delete(file + ".gz");
        }
    }

    /// <summary>
    /// Deletes an exported file, its compressed copies and the folders it leaves empty, inside the output
    /// folder only; false when the path is not confined to it (<see cref="Confine"/>), and nothing is deleted.
    /// </summary>
    public static bool Delete(string output, string relative)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (Confine(root, relative, out _) is not { } file)
        {
            return false;
        }

        Delete(file);
        Delete(file + ".br");
        Delete(file + ".gz");
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > root.Length && !IsLink(dir) && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
        {
            Directory.Delete(dir);
        }

        return true;
    }

    /// <summary>Deletes a file, or a symbolic link (never its target).</summary>
    private static void Delete(string file)
    {
        if (IsLink(file) || File.Exists(file))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The folders one export has made or found, each with whether it is new (it did not exist before the export,
    /// so every file in it is one the export wrote). Shared by the export's workers.
    /// </summary>
    public sealed class Folders
    {
        private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

        /// <summary>
        /// Creates the folders down to <paramref name="folder"/>, replacing a symbolic link on the way with a real
        /// folder; returns whether <paramref name="folder"/> is new. A folder made or checked once is not looked at again.
        /// </summary>
        public bool Make(string output, string folder)
        {
            if (_known.TryGetValue(folder, out var known))
            {
                return known;
            }

            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
            var relative = Path.GetRelativePath(root, folder);
            if (relative == ".")
            {
                Directory.CreateDirectory(root);
                return false;
            }

            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new ArgumentException($"Refusing to write outside the output folder: {folder}", nameof(folder));
            }

            var dir = root;
            var fresh = false;
            foreach (var segment in relative.Split(Path.DirectorySeparatorChar))
            {
                dir = Path.Combine(dir, segment);
                if (_known.TryGetValue(dir, out var seen))
                {
                    fresh = seen;
                    continue;
                }

                // Inside a new folder nothing can be in the way; elsewhere a link is replaced by a real folder.
                if (!fresh)
                {
                    if (IsLink(dir))
                    {
                        File.Delete(dir);
                    }

                    fresh = !Directory.Exists(dir);
                }

                Directory.CreateDirectory(dir);
                _known.TryAdd(dir, fresh);
            }

            return fresh;
        }
    }

    /// <summary>
    /// A file that already exists is replaced through a temporary file and a rename, so a server
    /// reading the folder during an incremental export sees the old bytes or the new, never half.
    /// </summary>
    /// <remarks>
    /// A link in the file's place is deleted first, and files are created new (never opened through a link
    /// that appeared in between: <see cref="FileMode.CreateNew"/> fails on any existing path, link included).
    /// </remarks>
    public static void Save(string file, ReadOnlySpan<byte> bytes) => Save(file, bytes, inNewFolder: false);

    /// <summary>As <see cref="Save(string, ReadOnlySpan{byte})"/>; in a folder this export created the file is simply created.</summary>
    private static void Save(string file, ReadOnlySpan<byte> bytes, bool inNewFolder)
    {
        if (inNewFolder)
        {
            WriteAll(file, bytes);
            return;
        }

        if (IsLink(file))
        {
            File.Delete(file);
        }

        if (!File.Exists(file))
        {
            WriteAll(file, bytes);
            return;
        }

        var temp = file + ".tmp~";
        Delete(temp);
        WriteAll(temp, bytes);
        File.Move(temp, file, overwrite: true);
    }

    private static void WriteAll(string file, ReadOnlySpan<byte> bytes)
    {
        // No preallocation: the file is written whole at once, and asking for its space first is one more system call per file.
        using var handle = File.OpenHandle(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>The quality and window the site sends (<see cref="Hosting.BrotliResponses"/>), so a static host sends what the live site does.</summary>
    private static int Brotli(ReadOnlySpan<byte> body, byte[] buffer) =>
        BrotliEncoder.TryCompress(body, buffer, out var written, Hosting.BrotliResponses.Quality, Hosting.BrotliResponses.Window)
            ? written
            : throw new InvalidOperationException("Brotli compression did not fit its buffer.");
}
