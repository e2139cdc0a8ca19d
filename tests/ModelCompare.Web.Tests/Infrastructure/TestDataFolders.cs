namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>The catalogs under <c>TestData</c>, copied where a test may edit them.</summary>
public static class TestDataFolders
{
    /// <summary>Copies the fixture catalog <c>TestData/{name}</c> into <paramref name="target"/>.</summary>
    public static void Copy(string name, string target)
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "TestData", name);
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
