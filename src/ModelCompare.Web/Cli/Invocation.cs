namespace ModelCompare.Web.Cli;

/// <summary>
/// The command line as the user typed it, and the folder it was typed in. <c>dotnet run</c> starts a web
/// project in the project folder (the Web SDK's run working directory), so the project file passes the
/// folder MSBuild was started in as <c>--invoked-from</c> ahead of the user's arguments; relative paths
/// given on the command line are resolved against it, as they would be for any other program.
/// </summary>
public sealed record Invocation(string Directory, string[] Args)
{
    public const string InvokedFrom = "--invoked-from";

    /// <summary>Separates <c>--invoked-from</c> from the user's arguments; without it the folder is the working folder.</summary>
    public static Invocation Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length >= 2 && args[0] == InvokedFrom && Path.IsPathFullyQualified(args[1]) && System.IO.Directory.Exists(args[1])
            ? new Invocation(args[1], args[2..])
            : new Invocation(Environment.CurrentDirectory, args);
    }

    /// <summary>A path from the command line made absolute against the folder the command was typed in.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Directory);
}
