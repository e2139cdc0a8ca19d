using ModelCompare.Import;
using ModelCompare.Import.Building;
using ModelCompare.Import.Output;

// Usage: dotnet run --project src/ModelCompare.Import -- [--datasets ../shared/datasets] [--out data] [--report docs/import-report.md]
//   [--licenses <out>/licenses.yaml]: the hand-kept license table the import reads (it never writes it).
//   [--corrections <out>/corrections]: editors' corrections of model facts, read and never written (docs/import.md).
//   <out>/service-tiers.yaml: the makers' published service-tier discounts, also hand-kept and only read.
//   [--as-of yyyy-MM-dd]: the day a dated price must have taken effect by to enter a route's history (default: today, UTC).
var datasets = "../shared/datasets";
var outDir = "data";
var reportPath = "docs/import-report.md";
string? licensesPath = null;
string? correctionsPath = null;
var asOf = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--datasets" when value is not null:
            datasets = value;
            i++;
            break;
        case "--out" when value is not null:
            outDir = value;
            i++;
            break;
        case "--licenses" when value is not null:
            licensesPath = value;
            i++;
            break;
        case "--corrections" when value is not null:
            correctionsPath = value;
            i++;
            break;
        case "--as-of" when value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day):
            asOf = day;
            i++;
            break;
        case "--report" when value is not null:
            reportPath = value;
            i++;
            break;
        default:
            await Console.Error.WriteLineAsync($"Unknown or incomplete argument '{args[i]}'. Usage: --datasets <dir> --out <dir> --report <file> [--licenses <file>] [--corrections <dir>] [--as-of yyyy-MM-dd]");
            return 2;
    }
}

if (!Directory.Exists(datasets))
{
    await Console.Error.WriteLineAsync($"The datasets folder '{datasets}' does not exist.");
    return 1;
}

var report = new ImportReport();
var licenses = LicenseTable.Load(licensesPath ?? Path.Combine(outDir, "licenses.yaml"));
Corrections corrections;
try
{
    corrections = Corrections.Load(correctionsPath ?? Path.Combine(outDir, "corrections"));
}
catch (Exception ex) when (ex is InvalidDataException or YamlDotNet.Core.YamlException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

var serviceTiers = ServiceTierTable.Load(Path.Combine(outDir, "service-tiers.yaml"));
var catalog = DatasetCatalogBuilder.Build(datasets, licenses, report, corrections, serviceTiers, asOf);
DataWriter.Write(catalog, outDir, report);
DataWriter.Save(Path.Combine(outDir, "NOTICE.md"), NoticeWriter.Render());
var text = report.Render(catalog);
DataWriter.Save(reportPath, text);
Console.Write(text);
return 0;
