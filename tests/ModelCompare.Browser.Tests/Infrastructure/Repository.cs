namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from: the npm tools and where artifacts go.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>This project's folder, which holds package.json, its node_modules and .htmlvalidate.json.</summary>
    public static string ToolsFolder => Path.Combine(Root, "tests", "ModelCompare.Browser.Tests");

    public static string ScreenshotsFolder => Path.Combine(Root, "TestResults", "screenshots");

    /// <summary>A file installed by `npm ci` in this project's folder; fails with the command to run when it is missing.</summary>
    public static string NodeTool(string relativePath)
    {
        var path = Path.Combine(ToolsFolder, "node_modules", relativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing. Run `npm ci` in tests/ModelCompare.Browser.Tests (bash .ci/run does) to install the pinned axe-core and html-validate.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModelCompare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ModelCompare.sln above {AppContext.BaseDirectory}.");
    }
}
