using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Collects the scores of Epoch AI, LLM Stats and models.dev into one file per benchmark. The same
/// benchmark under different names (Epoch's GPQA Diamond, LLM Stats' "gpqa") shares one slug.
/// </summary>
internal sealed class BenchmarkBuilder(ModelIndex index, ImportReport report)
{
    /// <summary>LLM Stats benchmark ids that are the same benchmark as one read from Epoch AI.</summary>
    private static readonly Dictionary<string, string> LlmStatsSameAs = new(StringComparer.Ordinal)
    {
        ["gpqa"] = "gpqa-diamond", ["mmlu"] = "mmlu", ["swe-bench-verified"] = "swe-bench-verified",
        ["humanity's-last-exam"] = "humanitys-last-exam", ["hle"] = "humanitys-last-exam", ["aider-polyglot"] = "aider-polyglot",
        ["arc-agi-v2"] = "arc-agi-2", ["arc-agi"] = "arc-agi", ["osworld"] = "osworld", ["livebench"] = "livebench",
        ["frontiermath"] = "frontiermath",
    };

    /// <summary>models.dev benchmark slugs (name plus version) that another source already names.</summary>
    private static readonly Dictionary<string, string> ModelsDevSameAs = new(StringComparer.Ordinal)
    {
        ["terminal-bench-2-0"] = "terminal-bench-2", ["gpqa-diamond"] = "gpqa-diamond", ["swe-bench-verified"] = "swe-bench-verified",
    };

    private static readonly Dictionary<string, string> HostNames = new(StringComparer.Ordinal)
    {
        ["labs.scale.com"] = "Scale AI", ["artificialanalysis.ai"] = "Artificial Analysis", ["aider.chat"] = "Aider",
        ["openrouter.ai"] = "OpenRouter", ["huggingface.co"] = "Hugging Face", ["github.com"] = "GitHub",
    };

    private readonly SortedDictionary<string, CatalogBenchmark> _benchmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _llmStatsSlugs = new(StringComparer.Ordinal);

    public IReadOnlyList<CatalogBenchmark> Build(IReadOnlyList<EpochScore> epoch, LlmStatsData llmStats, IReadOnlyList<ModelsDevModel> canonical)
    {
        ArgumentNullException.ThrowIfNull(epoch);
        ArgumentNullException.ThrowIfNull(llmStats);
        ArgumentNullException.ThrowIfNull(canonical);
        AddEpoch(epoch);
        AddLlmStats(llmStats);
        AddModelsDev(canonical);
        return Finish();
    }

    private void AddEpoch(IReadOnlyList<EpochScore> scores)
    {
        foreach (var table in EpochReader.Tables)
        {
            _benchmarks[table.Slug] = new CatalogBenchmark
            {
                Slug = table.Slug, Name = table.Name, Category = table.Category, Unit = table.Unit, ScaleMax = table.ScaleMax,
                Description = table.Description, Source = new SourceLink("Epoch AI, AI Benchmarking Hub", EpochReader.HubUrl),
            };
        }

        foreach (var s in scores)
        {
            var (id, effort) = ModelIdNormalizer.SplitEffort(s.ModelVersion);
            if (index.Find(id) is not { } model)
            {
                report.Unmatched("Epoch AI model versions", id);
                continue;
            }

            var variant = string.Join(", ", new[] { effort, s.Variant }.Where(v => v is not null));
            Add(s.Table.Slug, new CatalogScore(model.Slug, s.Value, variant.Length == 0 ? null : variant, s.SourceName, s.SourceUrl,
                s.Date ?? model.ReleaseDate ?? EpochReader.Snapshot, s.SelfReported));
        }
    }

    private void AddLlmStats(LlmStatsData data)
    {
        var models = data.Models.ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var s in data.Scores)
        {
            if (!data.Benchmarks.TryGetValue(s.BenchmarkId, out var def) || !models.TryGetValue(s.ModelId, out var statsModel))
            {
                continue;
            }

            if (index.Find(s.ModelId) is not { } model)
            {
                continue;
            }

            var percent = def.MaxScore is 1m or 100m;
            var slug = LlmStatsSlug(def, percent);
            var value = percent ? Math.Round(s.Score / def.MaxScore * 100m, 2, MidpointRounding.AwayFromZero) : s.Score;
            var method = s.Method?.Trim().ToLowerInvariant();
            Add(slug, new CatalogScore(model.Slug, value, method is null or "" or "-" ? null : method, "LLM Stats",
                statsModel.BenchmarksJsonUrl, statsModel.AnnouncementDate ?? statsModel.ReleaseDate ?? LlmStatsData.Snapshot, s.SelfReported));
        }
    }

    private string LlmStatsSlug(LlmStatsBenchmark def, bool percent)
    {
        if (LlmStatsSameAs.TryGetValue(def.Id, out var same) && _benchmarks.ContainsKey(same))
        {
            return same;
        }

        if (_llmStatsSlugs.TryGetValue(def.Id, out var known))
        {
            return known;
        }

        var slug = ModelIdNormalizer.ToSlug(def.Id.Replace("+", "-plus", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal));
        if (_benchmarks.ContainsKey(slug))
        {
            slug = ModelIdNormalizer.ToSlug(slug + "-llm-stats");
        }

        _llmStatsSlugs[def.Id] = slug;
        _benchmarks[slug] = new CatalogBenchmark
        {
            Slug = slug, Name = def.Name, Category = Category(def.Categories), Unit = percent ? "percent" : "score",
            ScaleMax = percent ? 100m : def.MaxScore, Description = ShortDescription(def.Description),
            Source = new SourceLink("LLM Stats", $"{LlmStatsData.Repository}/blob/{LlmStatsData.Commit}/data/benchmarks/{def.Id}.json"),
        };
        return slug;
    }

    private void AddModelsDev(IReadOnlyList<ModelsDevModel> canonical)
    {
        foreach (var record in canonical)
        {
            if (index.Find(record.Id) is not { } model)
            {
                continue;
            }

            foreach (var b in record.Benchmarks)
            {
                var name = b.Name.Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
                var slug = ModelIdNormalizer.ToSlug(b.Version is { } v && !name.Contains(v, StringComparison.Ordinal) ? $"{name} {v}" : name);
                slug = ModelsDevSameAs.GetValueOrDefault(slug, slug);
                var uri = Uri.TryCreate(b.Source, UriKind.Absolute, out var u) ? u : null;
                var host = uri?.Host.Replace("www.", string.Empty, StringComparison.Ordinal) ?? "models.dev";
                var sourceName = HostNames.GetValueOrDefault(host, host);
                if (!_benchmarks.ContainsKey(slug))
                {
                    var display = b.Version is { } ver && !b.Name.Contains(ver, StringComparison.Ordinal) ? $"{b.Name} {ver}" : b.Name;
                    _benchmarks[slug] = new CatalogBenchmark
                    {
                        Slug = slug, Name = display.Replace("SWE Bench", "SWE-Bench", StringComparison.Ordinal).Replace("Terminal Bench", "Terminal-Bench", StringComparison.Ordinal),
                        Category = slug.Contains("terminal", StringComparison.Ordinal) || slug.Contains("agent", StringComparison.Ordinal) ? "agents" : "coding",
                        Unit = b.Metric == "index" ? "score" : "percent", ScaleMax = 100m,
                        Source = new SourceLink(sourceName, b.Source),
                    };
                }

                var variant = string.Join(", ", new[] { b.Harness, b.Variant, b.Dataset }.Where(x => !string.IsNullOrWhiteSpace(x)));
                Add(slug, new CatalogScore(model.Slug, b.Score, variant.Length == 0 ? null : variant, sourceName, b.Source,
                    Dates.Parse(b.Date) ?? model.ReleaseDate ?? ModelsDevData.Snapshot, IsMakers(uri, model.Maker)));
            }
        }
    }

    private void Add(string slug, CatalogScore score)
    {
        var benchmark = _benchmarks[slug];
        if (score.Value < benchmark.ScaleMin || score.Value > benchmark.ScaleMax)
        {
            report.Note("Scores outside their benchmark's scale, left out", $"{slug}: {score.Model} {score.Value} ({score.Source})");
            return;
        }

        benchmark.Scores.Add(score);
    }

    private List<CatalogBenchmark> Finish()
    {
        var result = new List<CatalogBenchmark>();
        foreach (var benchmark in _benchmarks.Values)
        {
            var kept = benchmark.Scores
                .GroupBy(s => (s.Model, s.Variant, s.Source))
                .Select(g =>
                {
                    var ordered = g.OrderByDescending(s => s.Date).ThenByDescending(s => s.Value).ThenBy(s => s.SourceUrl, StringComparer.Ordinal).ToList();
                    if (ordered.Count > 1)
                    {
                        report.Note("Repeated scores for one (benchmark, model, variant, source); the newest was kept",
                            $"{benchmark.Slug}: {g.Key.Model} {g.Key.Variant ?? "(no variant)"} {g.Key.Source}");
                    }

                    return ordered[0];
                })
                .OrderBy(s => s.Model, StringComparer.Ordinal).ThenBy(s => s.Variant ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(s => s.Source, StringComparer.Ordinal)
                .ToList();
            benchmark.Scores.Clear();
            benchmark.Scores.AddRange(kept);
            if (kept.Count > 0)
            {
                result.Add(benchmark);
            }
        }

        return result;
    }

    private static bool IsMakers(Uri? uri, string maker)
    {
        if (uri is null)
        {
            return false;
        }

        var host = uri.Host.ToLowerInvariant();
        var firstSegment = uri.Segments.Length > 1 ? uri.Segments[1].Trim('/').ToLowerInvariant() : string.Empty;
        var where = host is "huggingface.co" or "github.com" ? firstSegment : host;
        return where.Contains(maker, StringComparison.Ordinal)
            || (maker == "google" && (host.EndsWith("deepmind.google", StringComparison.Ordinal) || host == "blog.google"))
            || (maker == "xai" && host == "x.ai")
            || (maker == "alibaba" && (host.Contains("qwen", StringComparison.Ordinal) || where.Contains("qwen", StringComparison.Ordinal)))
            || (maker == "zhipuai" && (host == "z.ai" || where.Contains("zai-org", StringComparison.Ordinal)))
            || (maker == "moonshotai" && host.Contains("moonshot", StringComparison.Ordinal));
    }

    private static string Category(IReadOnlyList<string> categories)
    {
        (string[] From, string To)[] order =
        [
            (["code", "frontend_development"], "coding"), (["math"], "math"), (["long_context"], "long-context"),
            (["writing", "creativity"], "writing"), (["vision", "multimodal", "image-to-text", "video", "audio", "speech-to-text", "spatial_reasoning"], "multimodal"),
            (["search"], "agents"), (["reasoning"], "reasoning"), (["general", "language"], "general"),
        ];
        foreach (var (from, to) in order)
        {
            if (categories.Any(from.Contains))
            {
                return to;
            }
        }

        return "general";
    }

    /// <summary>The first sentence or two of a description, on one line; nothing for the placeholder texts.</summary>
    private static string? ShortDescription(string? description)
    {
        if (string.IsNullOrWhiteSpace(description) || description.StartsWith("No official", StringComparison.Ordinal))
        {
            return null;
        }

        var text = string.Join(' ', description.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var end = 0;
        for (var sentences = 0; sentences < 2; sentences++)
        {
            var dot = text.IndexOf(". ", end, StringComparison.Ordinal);
            if (dot < 0)
            {
                return text;
            }

            end = dot + 1;
        }

        return text[..end];
    }
}
