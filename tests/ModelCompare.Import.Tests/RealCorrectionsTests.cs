using System.Globalization;
using ModelCompare.Import.Building;
using DataSetReader = ModelCompare.Data.DataSetReader;

namespace ModelCompare.Import.Tests;

/// <summary>
/// The repository's data folder carries every editor's correction it holds: a correction added to
/// <c>data/corrections/</c> reaches the pages only through the model file the import writes, so a correction without a
/// re-import (or one the import stopped applying) leaves the site showing the datasets' value.
/// </summary>
public sealed class RealCorrectionsTests
{
    private static string RealData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelCompare.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "data");
    }

    [Fact]
    public void Every_correction_of_a_catalog_model_is_the_value_in_its_model_file()
    {
        var corrections = Corrections.Load(Path.Combine(RealData(), "corrections"));
        var data = DataSetReader.Read(RealData());
        var models = data.Models.ToDictionary(m => m.Slug, StringComparer.Ordinal);

        static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var differing = new List<string>();
        foreach (var c in corrections.All.Where(c => models.ContainsKey(c.Model)))
        {
            var m = models[c.Model];
            var shown = c.Field switch
            {
                "retirement_date" => Date(m.RetirementDate),
                "deprecation_date" => Date(m.DeprecationDate),
                "release_date" => Date(m.ReleaseDate),
                "successor" => m.SuccessorSlug,
                "context_window" => m.ContextWindow?.ToString(CultureInfo.InvariantCulture),
                "max_output" => m.MaxOutput?.ToString(CultureInfo.InvariantCulture),
                "open_weights" => m.OpenWeights is { } w ? (w ? "true" : "false") : null,
                "knowledge_cutoff" => m.KnowledgeCutoff?.ToString(),
                _ => c.Value,
            };
            if (shown != c.Value)
            {
                differing.Add($"{c.Model} {c.Field}: {c.Value} corrected, {shown ?? "none"} in the model file ({c.At})");
            }
        }

        Assert.NotEmpty(corrections.All);
        Assert.Empty(differing);
    }
}
