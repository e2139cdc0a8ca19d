using ModelCompare.Catalog;
using ModelCompare.Data.Files;

namespace ModelCompare.Data.Tests;

/// <summary>
/// validate's checks of model facts that contradict each other or their routes, each breaking the small valid fixture
/// in one place, and the real catalog's invariants.
/// </summary>
public sealed class FactCheckTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Gpt = "models/openai/gpt-4o.md";

    private static DataProblem Single(IReadOnlyList<DataProblem> problems, string field) => Assert.Single(problems, p => p.Field == field);

    [Fact]
    public void An_open_license_on_closed_weights_and_proprietary_on_open_weights_are_warnings_at_the_license()
    {
        _folder.Replace(Gpt, "license: Proprietary", "license: MIT");
        var warning = Single(_folder.Read().Warnings, "license");
        Assert.Equal((9, "the open license MIT on closed weights: the license and open_weights disagree"), (warning.Line, warning.Message));

        _folder.Replace(Gpt, "license: MIT\nopen_weights: false", "license: Proprietary\nopen_weights: true");
        Assert.Equal("Proprietary on open weights: the license and open_weights disagree", Single(_folder.Read().Warnings, "license").Message);
    }

    [Fact]
    public void A_vision_flag_against_the_input_modalities_and_a_cutoff_on_or_after_release_are_warnings()
    {
        _folder.Replace(Gpt, "  vision: true", "  vision: false");
        _folder.Replace(Gpt, "knowledge_cutoff: 2023-10", "knowledge_cutoff: 2024-05");

        var warnings = _folder.Read().Warnings;

        Assert.Equal("vision is false but the input modalities include image", Single(warnings, "capabilities.vision").Message);
        Assert.Equal("2024-05 is on or after the release date 2024-05-13", Single(warnings, "knowledge_cutoff").Message);
    }

    [Fact]
    public void A_status_or_retirement_needs_its_source_and_a_deprecated_maker_route_needs_a_status()
    {
        _folder.Replace(Gpt, "release_date: 2024-05-13\n", "release_date: 2024-05-13\nretirement_date: 2026-02-01\n");
        Assert.Equal("a status, deprecation_date or retirement_date needs a status_source (name, url and checked)", Single(_folder.Read().Problems, "status_source").Message);

        _folder.Replace(Gpt, "retirement_date: 2026-02-01\n", "status: retired\nstatus_source:\n  name: Maker's deprecations page\n  url: https://example.com/deprecations\n  checked: 2026-12-04\n");
        var data = _folder.Read();
        Assert.Empty(data.Problems);
        var model = data.Models.Single(m => m.Slug == "gpt-4o");
        Assert.Equal((ModelStatus.Retired, "https://example.com/deprecations", new DateOnly(2026, 12, 4)), (model.Status, model.StatusSource!.Url, model.StatusSource.Checked));

        // Without the status, a deprecated maker's own route is a warning on the model.
        _folder.Replace(Gpt, "status: retired\n", "");
        _folder.Replace(Gpt, "status_source:\n  name: Maker's deprecations page\n  url: https://example.com/deprecations\n  checked: 2026-12-04\n", "");
        _folder.Replace("routes/openai/gpt-4o.yaml", "api_id: gpt-4o\n", "api_id: gpt-4o\nstatus: deprecated\n");
        Assert.StartsWith("the maker's own route", Single(_folder.Read().Warnings, "status").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_successor_released_before_its_predecessor_and_a_successor_cycle_are_warnings()
    {
        _folder.Replace(Gpt, "family: gpt-4o\n", "family: gpt-4o\nsuccessor: deepseek-v3-2\n");
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "release_date: 2025-12-01\n", "release_date: 2023-12-01\nsuccessor: gpt-4o\n");

        var warnings = _folder.Read().Warnings.Where(w => w.Field == "successor").Select(w => w.Message).ToList();

        Assert.Contains("deepseek-v3-2 was released on 2023-12-01, before this model (2024-05-13)", warnings);
        Assert.Contains("the successor chain from gpt-4o comes back to it: a cycle", warnings);
        Assert.Contains("the successor chain from deepseek-v3-2 comes back to it: a cycle", warnings);
    }

    /// <summary>The repository's data folder.</summary>
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
    public void The_real_catalog_keeps_its_facts_consistent()
    {
        var data = DataSetReader.Read(RealData());
        var makers = data.Models.ToDictionary(m => m.Slug, m => m.MakerSlug, StringComparer.Ordinal);
        var makerRoutesDeprecated = data.Routes.Where(r => r.Variant is null && r.Status == RouteStatus.Deprecated && makers.GetValueOrDefault(r.ModelSlug) == r.ProviderSlug)
            .Select(r => r.ModelSlug).ToHashSet(StringComparer.Ordinal);

        var openLicenseOnClosed = data.Models.Where(m => m.OpenWeights == false && m.License is { } l && l != "Proprietary").Select(m => m.Slug).ToList();
        var proprietaryOnOpen = data.Models.Where(m => m.OpenWeights == true && m.License == "Proprietary").Select(m => m.Slug).ToList();
        var visionAgainstImage = data.Models.Where(m => m.Capabilities[Capability.Vision] is { } v && !m.Modalities.Input.IsDefaultOrEmpty
            && v != m.Modalities.Input.Contains(Modality.Image)).Select(m => m.Slug).ToList();
        var outputAboveContext = data.Models.Where(m => m.MaxOutput > m.ContextWindow).Select(m => m.Slug).ToList();
        var cutoffAfterRelease = data.Models.Where(m => m.KnowledgeCutoff is { } k && m.ReleaseDate is { } r && k.IsOnOrAfter(r)).Select(m => m.Slug).ToList();
        var deprecatedRouteActive = data.Models.Where(m => makerRoutesDeprecated.Contains(m.Slug)
            && m.Status == ModelStatus.Active && m.RetirementDate is null && m.DeprecationDate is null).Select(m => m.Slug).ToList();

        Assert.Empty(data.Problems);
        Assert.Equal(
            (0, 0, 0, 0, 0, 0),
            (openLicenseOnClosed.Count, proprietaryOnOpen.Count, visionAgainstImage.Count, outputAboveContext.Count, cutoffAfterRelease.Count, deprecatedRouteActive.Count));
        Assert.All(data.Models.Where(m => m.Status != ModelStatus.Active || m.RetirementDate is not null), m => Assert.NotNull(m.StatusSource));

        // A model that runs in a thinking mode reasons: an upgrade to it must not read "drops reasoning".
        Assert.Empty(data.Models.Where(m => m.Modes.Contains("thinking") && m.Capabilities[Capability.Reasoning] != true).Select(m => m.Slug));
    }

    [Fact]
    public void The_real_catalog_gives_each_model_version_one_record_and_each_score_one_version()
    {
        var data = DataSetReader.Read(RealData());
        var models = data.Models.ToDictionary(m => m.Slug, StringComparer.Ordinal);

        // One maker, one display name: two records named alike are one model shown twice.
        var sameName = data.Models.GroupBy(m => (m.MakerSlug, m.Name)).Where(g => g.Count() > 1).Select(g => $"{g.Key.MakerSlug}: {g.Key.Name}").ToList();

        // A dated API id ("gpt-4o-2024-11-20") names one checkpoint: two records holding it are one model. (An
        // undated name may float: each seller's "deepseek-chat" is the model it serves.)
        var dated = new System.Text.RegularExpressions.Regex(@"20\d{2}-?\d{2}-?\d{2}$");
        var sharedApiId = data.Models.SelectMany(m => m.ApiIds.Where(id => dated.IsMatch(id)).Select(id => (Id: id, m.Slug))).GroupBy(x => x.Id, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Slug).Distinct(StringComparer.Ordinal).Count() > 1).Select(g => g.Key).ToList();

        // One run given to two records of one checkpoint (one maker, one release day, one name once "experimental"
        // and "preview" are taken out): the same benchmark, setting, source and value.
        static string Checkpoint(Model m) => string.Join(' ', m.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("experimental" or "exp" or "preview")));
        var oneRunTwoRecords = data.Scores
            .Where(s => models[s.ModelSlug].ReleaseDate is not null)
            .GroupBy(s => (s.BenchmarkSlug, s.Variant, s.SourceName, s.Value, models[s.ModelSlug].MakerSlug, models[s.ModelSlug].ReleaseDate, Checkpoint(models[s.ModelSlug])))
            .Where(g => g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key.BenchmarkSlug} {g.Key.Value}: {string.Join(", ", g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal))}").ToList();

        Assert.Empty(sameName);
        Assert.Empty(sharedApiId);
        Assert.Empty(oneRunTwoRecords);
    }
}
