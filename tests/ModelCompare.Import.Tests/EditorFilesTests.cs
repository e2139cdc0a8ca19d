using ModelCompare.Import.Building;
using ModelCompare.Import.Output;
using DataSetReader = ModelCompare.Data.DataSetReader;

namespace ModelCompare.Import.Tests;

/// <summary>
/// A re-import never loses an editor's work: hand-made records and edits to imported files stay as written, and the
/// report names each; files the import owns are still rewritten and, when the datasets drop them, removed.
/// </summary>
public sealed class EditorFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mc-editors-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Data => Path.Combine(_root, "data");

    private ImportReport Import()
    {
        var licenses = LicenseTable.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "licenses.yaml"));
        var report = new ImportReport();
        var catalog = DatasetCatalogBuilder.Build(Path.Combine(AppContext.BaseDirectory, "Fixtures", "datasets"), licenses, report, Corrections.Load(Path.Combine(Data, "corrections")));
        DataWriter.Write(catalog, Data, report);
        return report;
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Data, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private const string HandModel = """
        ---
        name: Acme Nova 1
        maker: acme
        release_date: 2026-11-02
        context_window: 128000
        sources:
          - name: Acme
            url: https://example.com/acme/nova-1
        last_reviewed: 2026-12-04
        ---
        Written by an editor.
        """;

    private const string HandMaker = """
        ---
        name: Acme
        roles: [maker, host]
        seller_kind: host
        website: https://example.com/acme
        last_reviewed: 2026-12-04
        ---
        """;

    private const string HandRoute = """
        price:
          input: 1.5
          output: 6
        source_url: https://example.com/acme/pricing
        checked: 2026-12-04
        """;

    [Fact]
    public void A_hand_made_maker_model_and_route_survive_two_imports_and_the_site_reads_them()
    {
        Import();
        Write("providers/acme.md", HandMaker);
        Write("models/acme/acme-nova-1.md", HandModel);
        Write("routes/acme/acme-nova-1.yaml", HandRoute);

        Import();
        var report = Import();

        Assert.Equal(HandModel, File.ReadAllText(Path.Combine(Data, "models/acme/acme-nova-1.md")));
        Assert.Equal(HandRoute, File.ReadAllText(Path.Combine(Data, "routes/acme/acme-nova-1.yaml")));
        Assert.Equal(
            ["`models/acme/acme-nova-1.md`", "`providers/acme.md`", "`routes/acme/acme-nova-1.yaml`"],
            report.Lines(DataWriter.HandKeptHeading).Order(StringComparer.Ordinal));
        var data = DataSetReader.Read(Data);
        Assert.Contains(data.Models, m => m.Slug == "acme-nova-1");
        Assert.Contains(data.Routes, r => r.ModelSlug == "acme-nova-1" && r.Price?.Input == 1.5m);
        Assert.DoesNotContain(data.Problems, p => p.Path.Contains("acme", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_to_an_imported_file_is_kept_and_named_not_overwritten()
    {
        Import();
        var route = Directory.EnumerateFiles(Path.Combine(Data, "routes"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var rel = Path.GetRelativePath(Data, route).Replace('\\', '/');
        var edited = File.ReadAllText(route) + "# checked by hand against the maker's page\n";
        File.WriteAllText(route, edited);

        var report = Import();

        Assert.Equal(edited, File.ReadAllText(route));
        Assert.Equal([$"`{rel}`"], report.Lines(DataWriter.EditedKeptHeading));
    }

    [Fact]
    public void Files_the_import_owns_are_rewritten_and_removed_when_the_datasets_drop_them()
    {
        Import();
        var stale = Path.Combine(Data, "benchmarks", "gone.yaml");
        File.WriteAllText(stale, "name: Gone\n");
        // The import wrote it (it is in the manifest with this content), and the datasets no longer give it.
        File.AppendAllText(Path.Combine(Data, DataWriter.ManifestName), $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(stale)))}  benchmarks/gone.yaml\n");
        var before = Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).Count();

        var report = Import();

        Assert.False(File.Exists(stale));
        Assert.Equal(before - 1, Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).Count());
        Assert.Empty(report.Lines(DataWriter.HandKeptHeading));
        Assert.Empty(report.Lines(DataWriter.EditedKeptHeading));
    }
}
