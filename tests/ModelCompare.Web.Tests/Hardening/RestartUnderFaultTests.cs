using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Fault 6: the site is started over good data, stopped, a fault is put in the data folder or the database
/// folder, and the site is started again. It must start and serve (the last good database, or a rebuilt
/// one), and /healthz must say which kind of fault it is without an absolute path or an exception's words.
/// </summary>
public sealed class RestartUnderFaultTests : IDisposable
{
    private const string Page = "/compare/deepseek-v3-2-vs-gpt-4o";
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> DataFaults => ["an unreadable file", "a symbolic link loop", "a dangling symbolic link"];

    [Theory]
    [MemberData(nameof(DataFaults))]
    public async Task Fault06_a_data_folder_fault_keeps_serving_the_last_good_database(string fault)
    {
        await StartCleanAsync();
        switch (fault)
        {
            case "an unreadable file":
                Faults.MakeUnreadable(_folder.PathOf("models/openai/gpt-4o.md"));
                break;
            case "a symbolic link loop":
                File.CreateSymbolicLink(_folder.PathOf("providers/a.md"), _folder.PathOf("providers/b.md"));
                File.CreateSymbolicLink(_folder.PathOf("providers/b.md"), _folder.PathOf("providers/a.md"));
                break;
            default:
                File.CreateSymbolicLink(_folder.PathOf("providers/gone.md"), _folder.PathOf("providers/never-there.md"));
                break;
        }

        using var site = _folder.Start();
        var (status, body) = await site.GetAsync(Page);
        var (_, health) = await site.GetAsync("/healthz");

        Assert.Equal(200, status);
        Assert.Contains("GPT-4o", body, StringComparison.Ordinal);
        Assert.StartsWith("Degraded\nData fault: ", health, StringComparison.Ordinal);
        Assert.DoesNotContain("Database fault", health, StringComparison.Ordinal);
        AssertPublic(health);
    }

    public static TheoryData<string> DatabaseFaults => ["a read-only database folder", "corrupted database pages", "a missing table", "a folder where the database file should be"];

    [Theory]
    [MemberData(nameof(DatabaseFaults))]
    public async Task Fault06_a_database_fault_is_rebuilt_or_served_around_and_reported_as_the_databases(string fault)
    {
        await StartCleanAsync();
        var expectDatabaseFault = false;
        switch (fault)
        {
            case "a read-only database folder":
                // A change to the data must be written, and cannot be.
                _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: GPT-4o Edited");
                Faults.MakeReadOnly(_folder.DatabaseDirectory);
                expectDatabaseFault = true;
                break;
            case "corrupted database pages":
                Faults.CorruptPages(_folder.Database);
                break;
            case "a missing table":
                using (var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False"))
                {
                    connection.Open();
                    using var drop = connection.CreateCommand();
                    drop.CommandText = "DROP TABLE scores";
                    drop.ExecuteNonQuery();
                }

                break;
            default:
                File.Delete(_folder.Database);
                Directory.CreateDirectory(_folder.Database);
                expectDatabaseFault = true;
                break;
        }

        using var site = _folder.Start();
        var (status, body) = await site.GetAsync(Page);
        var (_, health) = await site.GetAsync("/healthz");
        var store = site.Services.GetRequiredService<CatalogStore>();

        Assert.Equal(200, status);
        Assert.Contains(fault == "a read-only database folder" ? "GPT-4o Edited" : "GPT-4o", body, StringComparison.Ordinal);
        Assert.Empty(store.Problems);
        if (expectDatabaseFault)
        {
            Assert.NotNull(store.DatabaseProblem);
            Assert.StartsWith("Degraded\nDatabase fault: ", health, StringComparison.Ordinal);
            Assert.DoesNotContain("Data fault", health, StringComparison.Ordinal);
            AssertPublic(health);
        }
        else
        {
            // Damaged but writable: rebuilt from the data files, and nothing is left to report.
            Assert.Equal("Healthy", health);
            Assert.Equal(Data.Storage.DatabaseState.Present, Data.Storage.CatalogDatabase.Check(_folder.Database).State);
        }
    }

    [Fact]
    public async Task Fault06_a_database_built_by_an_older_schema_is_rebuilt_not_loaded()
    {
        await StartCleanAsync();
        using (var connection = new SqliteConnection($"Data Source={_folder.Database};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE meta SET value = 'older' WHERE key = 'schema_version'";
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        using var site = _folder.Start();
        var (status, _) = await site.GetAsync(Page);

        Assert.Equal(200, status);
        Assert.True(Data.Storage.CatalogDatabase.Check(_folder.Database).CurrentSchema);
    }

    private async Task StartCleanAsync()
    {
        using var site = _folder.Start();
        var (status, _) = await site.GetAsync(Page);
        Assert.Equal(200, status);
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);
    }

    /// <summary>Fault 11: the public health text names no absolute path and quotes no exception.</summary>
    private void AssertPublic(string health)
    {
        Assert.DoesNotContain(_folder.Root, health, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), health, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", health, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", health, StringComparison.Ordinal);
    }
}
