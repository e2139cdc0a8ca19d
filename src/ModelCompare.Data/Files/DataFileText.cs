using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelCompare.Data.Files;

/// <summary>The limits every data file is held to; docs/data-format.md lists them for editors.</summary>
public static class DataFileLimits
{
    /// <summary>The largest data file, in bytes (1 MiB; the largest file in the catalog is a few dozen KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>How deeply lists and sets of fields may nest in a file's YAML (the formats need four levels).</summary>
    public const int MaxNestingDepth = 16;

    /// <summary>How deeply block quotes, lists, links and emphasis may nest in a Markdown body (below the Markdown reader's own limit of 128).</summary>
    public const int MaxMarkdownDepth = 100;

    /// <summary>The largest token count a context window, output limit or price tier may give (100 million).</summary>
    public const long MaxTokens = 100_000_000;
}

/// <summary>
/// Checks a data file's bytes and text before any parser sees them: that it can be read, is not too
/// large, is UTF-8, holds no control characters, indents its YAML with spaces, and nests no deeper than
/// <see cref="DataFileLimits.MaxNestingDepth"/>. Each failure is one located problem.
/// </summary>
internal static partial class DataFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's bytes, or null (with a problem) when it is not a regular file, is a symbolic link out of
    /// <paramref name="root"/> (when given), cannot be read or is over the size limit.
    /// </summary>
    public static byte[]? ReadBytes(string fullPath, string displayPath, ProblemList problems, string? root = null)
    {
        try
        {
            // Only a regular file is opened: a named pipe would block the reader until something writes to
            // it, and a device may block or never end.
            using var stream = RegularFile.OpenRead(fullPath, out var kind);
            if (stream is null)
            {
                problems.Add(new DataProblem(displayPath, 1, 1, "(file)", NotRegular(kind)));
                return null;
            }

            // A link out of the data folder would put another file's words in the catalog, or in a problem
            // that /healthz shows the public.
            if (root is not null && LeadsOutside(fullPath, root))
            {
                problems.Add(new DataProblem(displayPath, 1, 1, "(file)", "the file cannot be read: it is a symbolic link to a file outside the data folder; a data file must be in the data folder (copy it in)"));
                return null;
            }

            if (stream.Length > DataFileLimits.MaxFileBytes)
            {
                problems.Add(new DataProblem(displayPath, 1, 1, "(file)", TooLarge(stream.Length)));
                return null;
            }

            // Read in chunks up to one past the limit, so a file that grows while it is read (or a special
            // file that reports no length) is caught too; size the buffer for the common, small file.
            using var memory = new MemoryStream((int)stream.Length + 1);
            var chunk = new byte[16 * 1024];
            int read;
            while (memory.Length <= DataFileLimits.MaxFileBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                memory.Write(chunk, 0, read);
            }

            if (memory.Length > DataFileLimits.MaxFileBytes)
            {
                problems.Add(new DataProblem(displayPath, 1, 1, "(file)", TooLarge(memory.Length)));
                return null;
            }

            return memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DataProblem(displayPath, 1, 1, "(file)", $"the file cannot be read: {Reason(ex, fullPath)}"));
            return null;
        }
    }

    /// <summary>"it is a named pipe (FIFO), not a regular file...": why a special file is not read.</summary>
    public static string NotRegular(FileKind kind) =>
        $"the file cannot be read: it is {RegularFile.Describe(kind)}, not a regular file; a data file must be a regular file (remove this one)";

    /// <summary>Why a file or folder could not be read, in words, without the exception's own text.</summary>
    public static string Reason(Exception exception, string? path = null)
    {
        if (path is not null && IsBrokenLink(path))
        {
            return "it is a symbolic link that leads nowhere (its target is missing, or the links form a loop)";
        }

        return exception switch
        {
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "it disappeared while it was being read",
            _ when exception.HResult == 40 || exception.Message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase) => "the symbolic links form a loop",
            _ => "an input/output error",
        };
    }

    /// <summary>The text of a file, decoded as strict UTF-8 (a leading byte order mark is dropped), or null with a located problem.</summary>
    public static string? Decode(string path, byte[] bytes, ProblemList problems)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var at = start;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        if (at == bytes.Length)
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }

        // The first byte that is not UTF-8: its line, and its column as the characters before it on that line.
        var before = bytes.AsSpan(start, at - start);
        var lineStart = start + before.LastIndexOf((byte)'\n') + 1;
        var line = 1 + before.Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, at - lineStart);
        problems.Add(new DataProblem(path, line, column, "(encoding)",
            string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8: the byte 0x{bytes[at]:X2} here is not a UTF-8 character (a Latin-1 or Windows-1252 file?); save the file as UTF-8")));
        return null;
    }

    /// <summary>
    /// Reports control characters (anything in Unicode's Cc category but tab, line feed and carriage return)
    /// at their line and column; true when there are none.
    /// </summary>
    public static bool CheckCharacters(string path, string text, ProblemList problems)
    {
        var found = 0;
        var line = 1;
        var lineStart = 0;

        var bodyLine = BodyLine(text);
        for (var i = 0; i < text.Length && found < 5; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (IsForbiddenControl(c))
            {
                var lineEnd = text.IndexOf('\n', i);
                var lineText = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
                problems.Add(new DataProblem(path, line, i - lineStart + 1, bodyLine > 1 && line >= bodyLine ? "(body)" : FieldOnLine(lineText), ControlMessage(c)));
                found++;
            }
        }

        return found == 0;
    }

    /// <summary>
    /// The line a Markdown file's body starts on: the one after the front matter's closing "---" (1 when
    /// there is no front matter, so a problem in the body is never put before the file's start).
    /// </summary>
    public static int BodyLine(string text)
    {
        var lines = text.Split('\n');
        var close = lines.Length > 0 && lines[0].TrimEnd('\r') == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd('\r') == "---") : -1;
        return close < 0 ? 1 : close + 2;
    }

    /// <summary>True for the control characters no text field may hold.</summary>
    public static bool IsForbiddenControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>"contains the control character U+0000 (NUL)...".</summary>
    public static string ControlMessage(char c) =>
        string.Create(CultureInfo.InvariantCulture, $"contains the control character U+{(int)c:X4}{(c == '\0' ? " (NUL)" : "")}; text may hold no control characters but tabs and line breaks");

    /// <summary>
    /// Checks a YAML text's indentation before it is loaded: a tab in a line's indentation is reported on
    /// that line (YamlDotNet reports it at the start of the file).
    /// </summary>
    /// <returns>True when the YAML may be loaded.</returns>
    public static bool CheckIndentation(string path, string yaml, int lineOffset, ProblemList problems)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && indent < lines[i].TrimEnd('\r').Length)
            {
                problems.Add(new DataProblem(path, i + 1 + lineOffset, tab + 1, "(yaml)", "a tab indents this line; YAML is indented with spaces only"));
                return false;
            }
        }

        return true;
    }

    /// <summary>"lists and sets of fields are nested more than 16 levels deep here...".</summary>
    public static string TooDeep() =>
        $"lists and sets of fields are nested more than {DataFileLimits.MaxNestingDepth} levels deep here; the data formats need no more than four";

    private static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the file is {bytes:N0} bytes; a data file may be at most {DataFileLimits.MaxFileBytes:N0} bytes (1 MiB)");

    /// <summary>
    /// True when <paramref name="path"/> is a symbolic link whose final target lies outside
    /// <paramref name="root"/> (or outside the folder <paramref name="root"/> itself links to). A link that
    /// leads nowhere or loops is left to the read, which reports it as such.
    /// </summary>
    public static bool LeadsOutside(string path, string root)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null || info.ResolveLinkTarget(returnFinalTarget: true) is not { } target)
            {
                return false;
            }

            var full = Path.GetFullPath(target.FullName);
            var realRoot = new DirectoryInfo(root).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return !IsWithin(full, root) && (realRoot is null || !IsWithin(full, Path.GetFullPath(realRoot)));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !relative.StartsWith("..\\", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static bool IsBrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null)
            {
                return false;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists;
        }
        catch (IOException)
        {
            return true; // ELOOP while resolving
        }
    }

    /// <summary>The field a line of YAML sets ("name" for "  name: x" or "- name: x"), or "(text)".</summary>
    private static string FieldOnLine(string line) => FieldPattern().Match(line) is { Success: true } m ? m.Groups[1].Value : "(text)";

    [GeneratedRegex(@"^\s*(?:-\s+)*([A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex FieldPattern();
}

/// <summary>
/// YamlDotNet's parser, stopped at <see cref="DataFileLimits.MaxNestingDepth"/> levels of nesting. The
/// parser keeps its own stack, but loading its events into a node tree recurses once a level; stopping
/// the events at the limit bounds that recursion, so a file of a hundred thousand brackets is refused in
/// microseconds instead of overflowing the stack (which no catch can stop). It also remembers where the
/// collections still open began and the last event read, to place an error YamlDotNet gives no position.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner) : IParser
{
    private readonly Stack<(Mark Start, char? Bracket)> _open = new();
    private readonly Dictionary<string, Mark> _aliases = new(StringComparer.Ordinal);

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the innermost <c>[...]</c> or <c>{...}</c> still open began, and its opening bracket.</summary>
    public (Mark Start, char Bracket)? OpenFlow { get; private set; }

    /// <summary>Where the last event read began, if any was read.</summary>
    public Mark? LastStart => inner.Current?.Start;

    /// <summary>Where the alias <c>*name</c> is first used, if it is.</summary>
    public Mark? AliasAt(string name) => _aliases.TryGetValue(name, out var at) ? at : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when _open.Count >= DataFileLimits.MaxNestingDepth:
                throw new NestingTooDeepException(inner.Current.Start);
            case MappingStart mapping:
                _open.Push((mapping.Start, mapping.Style == MappingStyle.Flow ? '{' : null));
                break;
            case SequenceStart sequence:
                _open.Push((sequence.Start, sequence.Style == SequenceStyle.Flow ? '[' : null));
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                _open.Pop();
                break;
            case AnchorAlias alias:
                _aliases.TryAdd(alias.Value.Value, alias.Start);
                break;
            default:
                break;
        }

        if (inner.Current is MappingStart or SequenceStart or MappingEnd or SequenceEnd)
        {
            var flow = _open.FirstOrDefault(o => o.Bracket is not null);
            OpenFlow = flow.Bracket is { } bracket ? (flow.Start, bracket) : null;
        }

        return true;
    }
}

/// <summary>Thrown by <see cref="DepthLimitedParser"/> at the first event past the limit.</summary>
#pragma warning disable CA1032, CA1064 // Internal, and only ever thrown with a position.
internal sealed class NestingTooDeepException(Mark at) : Exception("The YAML is nested too deeply.")
#pragma warning restore CA1032, CA1064
{
    public Mark At { get; } = at;
}
