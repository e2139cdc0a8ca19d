namespace ModelCompare.Data.Files;

/// <summary>
/// One thing wrong with a data file, located to the line and column. An error keeps the data from going
/// live; a warning is printed but does not (a likely typo, such as a price far below every other route's).
/// </summary>
public sealed record DataProblem(string Path, int Line, int Column, string Field, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsWarning => Severity == ProblemSeverity.Warning;

    /// <summary>
    /// The editor-facing form: <c>path:line:column: field: message</c>, with <c>warning: </c> before the
    /// message of a warning.
    /// </summary>
    /// <remarks>
    /// A file name may hold a line break or a direction override; each such character is shown escaped
    /// (<see cref="Escape"/>), so a name can never print a second, invented problem line in the output
    /// of validate, the log or /healthz.
    /// </remarks>
    public override string ToString() => Escape(IsWarning
        ? $"{Path}:{Line}:{Column}: {Field}: warning: {Message}"
        : $"{Path}:{Line}:{Column}: {Field}: {Message}");

    /// <summary>
    /// The text with every control character, line or paragraph separator and bidirectional control shown
    /// as an escape (<c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\u202E</c>), so it prints on one line as it is.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when NeedsEscape(c) => escaped.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>A position in a data file (1-based).</summary>
public readonly record struct FilePosition(string Path, int Line, int Column)
{
    public DataProblem Problem(string field, string message, ProblemSeverity severity = ProblemSeverity.Error) => new(Path, Line, Column, field, message, severity);
}

/// <summary>Collects problems (errors and warnings) while files are read and checked.</summary>
public sealed class ProblemList
{
    private readonly List<DataProblem> _problems = [];

    /// <summary>Errors and warnings, in the order they were found.</summary>
    public IReadOnlyList<DataProblem> Items => _problems;

    /// <summary>How many errors; warnings are not counted.</summary>
    public int Count => _problems.Count(p => !p.IsWarning);

    public void Add(DataProblem problem) => _problems.Add(problem);

    public void Add(FilePosition at, string field, string message) => _problems.Add(at.Problem(field, message));

    public void AddWarning(FilePosition at, string field, string message) => _problems.Add(at.Problem(field, message, ProblemSeverity.Warning));

    /// <summary>The errors, by file, line, column and field.</summary>
    public IReadOnlyList<DataProblem> Sorted() => Order(_problems.Where(p => !p.IsWarning));

    /// <summary>The warnings, by file, line, column and field.</summary>
    public IReadOnlyList<DataProblem> SortedWarnings() => Order(_problems.Where(p => p.IsWarning));

    private static List<DataProblem> Order(IEnumerable<DataProblem> problems) => [.. problems
        .OrderBy(p => p.Path, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ThenBy(p => p.Column)
        .ThenBy(p => p.Field, StringComparer.Ordinal)];
}
