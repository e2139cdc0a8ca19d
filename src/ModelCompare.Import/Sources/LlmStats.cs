namespace ModelCompare.Import.Sources;

internal sealed record LlmStatsModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string OrganizationId { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    public DateOnly? AnnouncementDate { get; init; }
    public string? LicenseId { get; init; }
    public string? LicenseName { get; init; }
    public bool? LicenseAllowsCommercial { get; init; }
    public string? KnowledgeCutoff { get; init; }
    public decimal? ParamCount { get; init; }
    public required string ModelJsonUrl { get; init; }
    public required string BenchmarksJsonUrl { get; init; }
}

internal sealed record LlmStatsScore(string ModelId, string BenchmarkId, decimal Score, bool SelfReported, string? Method);

internal sealed record LlmStatsBenchmark(string Id, string Name, IReadOnlyList<string> Categories, decimal MaxScore, string? Description);

internal sealed record LlmStatsOrganization(string Id, string Name, string? Website, string Url);

internal sealed class LlmStatsData
{
    public const string Commit = "24a9ccf7402306f0c3e237213538e4537d64ecc2";
    public const string Repository = "https://github.com/JonathanChavezTamales/llm-leaderboard";
    public static readonly DateOnly Snapshot = new(2025, 10, 16);

    public required IReadOnlyList<LlmStatsModel> Models { get; init; }
    public required IReadOnlyList<LlmStatsScore> Scores { get; init; }
    public required IReadOnlyDictionary<string, LlmStatsBenchmark> Benchmarks { get; init; }
    public required IReadOnlyDictionary<string, LlmStatsOrganization> Organizations { get; init; }
}

/// <summary>Reads the LLM Stats organizations, models, scores, benchmark definitions and licenses.</summary>
internal static class LlmStatsReader
{
    public static LlmStatsData Read(string datasetsRoot)
    {
        var data = Path.Combine(datasetsRoot, "llm-stats", "data");
        var licenses = new Dictionary<string, (string Name, bool? Commercial)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "licenses"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = Json.Load(file);
            var l = doc.RootElement;
            licenses[l.Str("license_id")!] = (l.Str("name")!, l.Bool("allow_commercial"));
        }

        var organizations = new SortedDictionary<string, LlmStatsOrganization>(StringComparer.Ordinal);
        var models = new List<LlmStatsModel>();
        var scores = new List<LlmStatsScore>();
        foreach (var orgDir in Directory.GetDirectories(Path.Combine(data, "organizations")).Order(StringComparer.Ordinal))
        {
            var orgId = Path.GetFileName(orgDir);
            var orgFile = Path.Combine(orgDir, "organization.json");
            if (File.Exists(orgFile))
            {
                using var doc = Json.Load(orgFile);
                organizations[orgId] = new LlmStatsOrganization(orgId, doc.RootElement.Str("name") ?? orgId,
                    doc.RootElement.Str("website"), $"{LlmStatsData.Repository}/blob/{LlmStatsData.Commit}/data/organizations/{orgId}/organization.json");
            }

            var modelsDir = Path.Combine(orgDir, "models");
            if (!Directory.Exists(modelsDir))
            {
                continue;
            }

            foreach (var modelDir in Directory.GetDirectories(modelsDir).Order(StringComparer.Ordinal))
            {
                var rel = $"data/organizations/{orgId}/models/{Path.GetFileName(modelDir)}";
                using (var doc = Json.Load(Path.Combine(modelDir, "model.json")))
                {
                    var m = doc.RootElement;
                    var license = m.Str("license_id") is { } lid && licenses.TryGetValue(lid, out var l) ? l : default;
                    models.Add(new LlmStatsModel
                    {
                        Id = m.Str("model_id")!,
                        Name = m.Str("name")!,
                        OrganizationId = m.Str("organization_id") ?? orgId,
                        ReleaseDate = Dates.Parse(m.Str("release_date")),
                        AnnouncementDate = Dates.Parse(m.Str("announcement_date")),
                        LicenseId = m.Str("license_id"),
                        LicenseName = license.Name,
                        LicenseAllowsCommercial = license.Commercial,
                        KnowledgeCutoff = Dates.Cutoff(m.Str("knowledge_cutoff")),
                        ParamCount = m.Dec("param_count"),
                        ModelJsonUrl = $"{LlmStatsData.Repository}/blob/{LlmStatsData.Commit}/{rel}/model.json",
                        BenchmarksJsonUrl = $"{LlmStatsData.Repository}/blob/{LlmStatsData.Commit}/{rel}/benchmarks.json",
                    });
                }

                var benchFile = Path.Combine(modelDir, "benchmarks.json");
                if (File.Exists(benchFile))
                {
                    using var doc = Json.Load(benchFile);
                    scores.AddRange(doc.RootElement.EnumerateArray()
                        .Where(b => b.Dec("score") is not null)
                        .Select(b => new LlmStatsScore(b.Str("model_id")!, b.Str("benchmark_id")!, b.Dec("score")!.Value,
                            b.Bool("is_self_reported") ?? true, b.Str("analysis_method"))));
                }
            }
        }

        var benchmarks = new SortedDictionary<string, LlmStatsBenchmark>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "benchmarks"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = Json.Load(file);
            var b = doc.RootElement;
            benchmarks[b.Str("benchmark_id")!] = new LlmStatsBenchmark(b.Str("benchmark_id")!, b.Str("name")!,
                b.StrList("categories"), b.Dec("max_score") ?? 1m, b.Str("description"));
        }

        return new LlmStatsData { Models = models, Scores = scores, Benchmarks = benchmarks, Organizations = organizations };
    }
}
