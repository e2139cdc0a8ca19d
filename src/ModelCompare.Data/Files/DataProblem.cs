namespace ModelCompare.Data.Files;

/// <summary>One thing wrong with a data file, located to the line and column.</summary>
public sealed record DataProblem(string Path, int Line, int Column, string Field, string Message)
{
    /// <summary>The editor-facing form: <c>path:line:column: field: message</c>.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}: {Field}: {Message}";
}

/// <summary>A position in a data file (1-based).</summary>
public readonly record struct FilePosition(string Path, int Line, int Column)
{
    public DataProblem Problem(string field, string message) => new(Path, Line, Column, field, message);
}

/// <summary>Collects problems while files are read and checked.</summary>
public sealed class ProblemList
{
    private readonly List<DataProblem> _problems = [];

    public IReadOnlyList<DataProblem> Items => _problems;

    public int Count => _problems.Count;

    public void Add(DataProblem problem) => _problems.Add(problem);

    public void Add(FilePosition at, string field, string message) => _problems.Add(at.Problem(field, message));

    public IReadOnlyList<DataProblem> Sorted() => [.. _problems
        .OrderBy(p => p.Path, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ThenBy(p => p.Column)
        .ThenBy(p => p.Field, StringComparer.Ordinal)];
}
