namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>
/// A private copy of the small valid catalog (two models, three providers, one benchmark) and a database
/// in a folder of its own, so a test can break either and start the site over them again and again. It is
/// not a <see cref="SiteFactory"/> over a copy of the data (<see cref="SiteOptions.CopyData"/>) because it
/// outlives each host: a restart is disposing one site and starting another over the same folder and database.
/// </summary>
public sealed class FixtureFolder : IDisposable
{
    public FixtureFolder()
    {
        TestDataFolders.Copy("valid", Data);
        Directory.CreateDirectory(DatabaseDirectory);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-" + Guid.NewGuid().ToString("N"));

    public string Data => Path.Combine(Root, "data");

    public string DatabaseDirectory => Path.Combine(Root, "db");

    public string Database => Path.Combine(DatabaseDirectory, "catalog.db");

    public string PathOf(string relative) => Path.Combine(Data, relative);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>A site over this folder, not watching it (<paramref name="settings"/> may turn watching on).</summary>
    public SiteOptions Options(IReadOnlyDictionary<string, string?>? settings = null) =>
        new SiteOptions { DataDirectory = Data, DatabasePath = Database }
            .With([("ModelCompare:WatchData", "false"), .. (settings ?? new Dictionary<string, string?>()).Select(s => (s.Key, s.Value))]);

    /// <summary>A site over this folder; dispose it and start another to restart.</summary>
    public SiteFactory Start(IReadOnlyDictionary<string, string?>? settings = null) => SiteFactory.For(Options(settings));

    public void Dispose()
    {
        Faults.Undo(this);
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
