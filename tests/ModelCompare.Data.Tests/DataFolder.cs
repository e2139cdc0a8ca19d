namespace ModelCompare.Data.Tests;

/// <summary>A private copy of the small valid data set in TestData/valid that a test may break.</summary>
public sealed class DataFolder : IDisposable
{
    public DataFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "modelcompare-tests", Guid.NewGuid().ToString("N"));
        var source = Path.Combine(AppContext.BaseDirectory, "TestData", "valid");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, "data", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public string Database => Path.Combine(Root, "catalog.db");

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Data, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string PathOf(string relativePath) => Path.Combine(Data, relativePath);

    public string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(PathOf(relativePath), bytes);

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Data, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Data, relativePath));

    public DataSet Read() => DataSetReader.Read(Data);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
