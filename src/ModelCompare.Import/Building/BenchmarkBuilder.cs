using ModelCompare.Catalog;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Collects the scores of Epoch AI, LLM Stats and models.dev into one file per benchmark. The same
/// benchmark under different names (Epoch's GPQA Diamond, LLM Stats' "gpqa") shares one slug. Each score
/// belongs to the exact model version it was run on (a score on another snapshot is dropped and counted),
/// its setting is written in the vocabulary with the source's own words as notes, fractions become percent,
/// and its date is the run's date where the source gives one, else none.
/// </summary>
internal sealed partial class BenchmarkBuilder(ModelIndex index, ImportReport report)
{
    /// <summary>LLM Stats benchmark ids that are the same benchmark as one read from Epoch AI.</summary>
    private static readonly Dictionary<string, string> LlmStatsSameAs = new(StringComparer.Ordinal)
    {
        ["gpqa"] = "gpqa-diamond", ["mmlu"] = "mmlu", ["swe-bench-verified"] = "swe-bench-verified",
        ["humanity's-last-exam"] = "humanitys-last-exam", ["hle"] = "humanitys-last-exam", ["aider-polyglot"] = "aider-polyglot",
        ["arc-agi-v2"] = "arc-agi-2", ["arc-agi"] = "arc-agi", ["osworld"] = "osworld", ["livebench"] = "livebench",
        ["frontiermath"] = "frontiermath", ["swe-bench-verified-(agentic-coding)"] = "swe-bench-verified",
    };

    /// <summary>LLM Stats benchmarks whose scale is not percent: the real maximum and unit (its scores are fractions of it).</summary>
    private static readonly Dictionary<string, (decimal Max, string Unit)> LlmStatsScales = new(StringComparer.Ordinal)
    {
        ["mt-bench"] = (10m, "score"), ["mm-mt-bench"] = (10m, "score"), ["codeforces"] = (3000m, "Elo"),
    };

    /// <summary>
    /// Benchmarks on which scores at or below 1 percent are genuine, so their files say <c>expected_low: true</c>
    /// and a score such as ARC-AGI-2's 0.4 is not taken for a fraction. Each reason is what the datasets show.
    /// </summary>
    private static readonly Dictionary<string, string> NearZeroBenchmarks = new(StringComparer.Ordinal)
    {
        ["arc-agi-2"] = "Epoch AI and the ARC Prize leaderboard give most models 0 to 1 percent",
        ["arc-agi"] = "the ARC Prize leaderboard gives small models 0 to 1 percent",
        ["frontiermath"] = "Epoch AI gives older models 0 to 1 percent",
        ["frontiermath-tier-4"] = "Epoch AI gives most models 0 to 1 percent",
        ["gso"] = "the GSO leaderboard gives older models 0 percent",
        ["otis-mock-aime"] = "Epoch AI gives the oldest models under 1 percent",
    };

    public const string HarnessFromNotes = "Scores whose harness is read from the source's note (Tables/HarnessNoteTable.cs)";

    public const string DroppedVersions = "Scores left out because they were run on another version of a catalog model";

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

    /// <summary>Keys of floating names ("deepseek-reasoner"): a score run on one belongs to the model it served then, not now.</summary>
    public IReadOnlySet<string> FloatingNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The catalog's models, to find the one a floating name served on a run.</summary>
    public IReadOnlyList<CatalogModel> Models { get; init; } = [];

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

        // A table that runs a model with a thinking budget or with thinking on, and once with no suffix, names the mode
        // of each run: for a maker whose API thinks only when asked (ModelFactsBuilder.OptInThinking), the plain run is
        // the run without thinking (ARC-AGI's "Claude Sonnet 4.5" beside "Claude Sonnet 4.5 (Thinking 32K)").
        var thinkingRuns = new HashSet<(string, string)>();
        foreach (var s in scores)
        {
            var (id, effort) = ModelIdNormalizer.SplitEffort(s.ModelVersion);
            if (SettingNormalizer.FromEffortSuffix(effort) is { } part && (part == "thinking" || part.EndsWith("thinking budget", StringComparison.Ordinal))
                && index.Find(id) is { } thinking)
            {
                thinkingRuns.Add((s.Table.Slug, thinking.Slug));
            }
        }

        foreach (var s in scores)
        {
            var (id, effort) = ModelIdNormalizer.SplitEffort(s.ModelVersion);
            if (NotTheApiModel().IsMatch(id))
            {
                report.Full(DroppedVersions, $"{s.Table.Slug}: Epoch AI's {s.ModelVersion} (an app, not the API model)");
                continue;
            }

            var floating = FloatingNames.Contains(ModelIdNormalizer.Normalize(id));
            var otherVersion = false;
            var model = floating ? Served(id, s.ReleaseDate) : index.Find(id, out otherVersion);
            otherVersion |= floating && model is null;
            if (floating && model is not null)
            {
                effort ??= id.Contains("reasoner", StringComparison.OrdinalIgnoreCase) ? "thinking" : null;
            }

            if (model is null && !floating && id.EndsWith("-thinking", StringComparison.OrdinalIgnoreCase))
            {
                model = index.Find(id[..^"-thinking".Length], out otherVersion);
                effort ??= model is null ? null : "thinking";
            }

            if (model is null)
            {
                if (otherVersion)
                {
                    report.Full(DroppedVersions, $"{s.Table.Slug}: Epoch AI's {s.ModelVersion}");
                }
                else
                {
                    report.Unmatched("Epoch AI model versions", id);
                }

                continue;
            }

            var host = id.Contains('/', StringComparison.Ordinal) && !ModelIdNormalizer.ToSlug(id.Split('/')[0]).StartsWith(model.Maker, StringComparison.Ordinal)
                ? $"served by {id.Split('/')[0]}"
                : floating ? $"run as {id}, which then served this model" : null;
            var harness = BenchmarkSetting.HarnessPart(s.Harness);
            var notes = string.Join("; ", new[]
            {
                effort is not null && SettingNormalizer.FromEffortSuffix(effort) is null ? $"Epoch AI's suffix: {effort}" : null,
                s.Harness is not null && harness is null ? $"harness: {s.Harness}" : null,
                s.Notes, host,
            }.OfType<string>());
            var mode = SettingNormalizer.FromEffortSuffix(effort) ?? (effort is null && thinkingRuns.Contains((s.Table.Slug, model.Slug)) && ModelFactsBuilder.OptInThinking.ContainsKey(model.Maker) ? "no thinking" : null);
            var setting = BenchmarkSetting.FromParts(new[] { mode, harness }.OfType<string>()).Text;
            Add(s.Table.Slug, new CatalogScore(model.Slug, s.Value, setting, notes.Length == 0 ? null : notes, s.SourceName, s.SourceUrl, s.Date, s.SelfReported) { Cost = s.Cost }, model);
        }
    }

    /// <summary>
    /// The model a floating name served on a run, from the release date the source gives for the version it ran: the
    /// model of the name's maker released that day (the shortest name, not a variant named after it); null when the
    /// source gives no date or no model matches, and the score is dropped.
    /// </summary>
    private CatalogModel? Served(string id, DateOnly? released)
    {
        var maker = Matching.MakerResolver.Resolve(ModelIdNormalizer.Normalize(id));
        return released is null || maker is null
            ? null
            : Models.Where(m => m.Maker == maker && m.ReleaseDate == released)
                .OrderBy(m => m.Key.Length).ThenBy(m => m.Key, StringComparer.Ordinal).FirstOrDefault();
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

            if (FloatingNames.Contains(ModelIdNormalizer.Normalize(s.ModelId)))
            {
                report.Full(DroppedVersions, $"{s.BenchmarkId}: LLM Stats' {s.ModelId} (a floating name; the source does not say which version it ran)");
                continue;
            }

            if (index.Find(s.ModelId, out var otherVersion) is not { } model)
            {
                if (otherVersion)
                {
                    report.Full(DroppedVersions, $"{s.BenchmarkId}: LLM Stats' {s.ModelId}");
                }

                continue;
            }

            // A run LLM Stats records as a hallucination rate on a benchmark scored by accuracy (GPT-5's 1% on
            // FActScore) is another measure, not the benchmark's score; a score of 0 is its placeholder for a
            // run it does not have (GPT-3.5 Turbo on MMMU, a benchmark with images).
            if (s.Method?.Contains("hallucination", StringComparison.OrdinalIgnoreCase) == true || s.Score == 0m)
            {
                report.Note("LLM Stats scores left out: a hallucination rate recorded as the score, or a placeholder 0", $"{s.BenchmarkId}: {s.ModelId} {s.Score}");
                continue;
            }

            var (max, unit) = LlmStatsScales.TryGetValue(def.Id, out var scale) ? scale : (def.MaxScore, def.MaxScore is 1m or 100m ? "percent" : "score");
            var percent = unit == "percent";
            var slug = LlmStatsSlug(def, unit, percent ? 100m : max);

            // LLM Stats stores scores as fractions of the benchmark's maximum (0.659 of 3,000 is a 1,977 rating).
            var fraction = s.Score <= 1m;
            var value = Math.Round(fraction ? s.Score * (percent ? 100m : max) : s.Score, 2, MidpointRounding.AwayFromZero);
            var normalized = SettingNormalizer.FromText(s.Method, model.Maker);
            if (normalized.Setting != (s.Method?.Trim() is { Length: > 0 } m ? m : null))
            {
                report.SettingsNormalized++;
            }

            if (SettingNormalizer.FromText(s.Method).Setting != normalized.Setting)
            {
                report.Full(HarnessFromNotes, $"{slug}: {model.Slug} ({s.Method?.Trim()})");
            }

            Add(slug, new CatalogScore(model.Slug, value, normalized.Setting, normalized.Notes, "LLM Stats",
                statsModel.BenchmarksJsonUrl, null, s.SelfReported), model);
        }
    }

    private string LlmStatsSlug(LlmStatsBenchmark def, string unit, decimal scaleMax)
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
            Slug = slug, Name = def.Name, Category = Category(def.Id, def.Categories), Unit = unit,
            ScaleMax = scaleMax, Description = ShortDescription(def.Description),
            Source = new SourceLink("LLM Stats", $"{LlmStatsData.Repository}/blob/{LlmStatsData.Commit}/data/benchmarks/{def.Id}.json"),
        };
        return slug;
    }

    private void AddModelsDev(IReadOnlyList<ModelsDevModel> canonical)
    {
        foreach (var record in canonical)
        {
            if (FloatingNames.Contains(ModelIdNormalizer.Normalize(record.Id)))
            {
                if (record.Benchmarks.Count > 0)
                {
                    report.Full(DroppedVersions, $"models.dev's {record.Id} ({record.Benchmarks.Count} scores; a floating name, and the record does not say which version ran)");
                }

                continue;
            }

            if (index.Find(record.Id, out var otherVersion) is not { } model)
            {
                if (otherVersion && record.Benchmarks.Count > 0)
                {
                    report.Full(DroppedVersions, $"models.dev's {record.Id} ({record.Benchmarks.Count} scores)");
                }

                continue;
            }

            foreach (var b in record.Benchmarks)
            {
                var name = b.Name.Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
                var subset = b.Dataset is { Length: > 0 } ds && ds != "public" ? ds : null;
                var slug = ModelIdNormalizer.ToSlug((b.Version is { } v && !name.Contains(v, StringComparison.Ordinal) ? $"{name} {v}" : name) + (subset is null ? string.Empty : $" {subset}"));
                slug = ModelsDevSameAs.GetValueOrDefault(slug, slug);
                var uri = Uri.TryCreate(b.Source, UriKind.Absolute, out var u) ? u : null;
                var host = uri?.Host.Replace("www.", string.Empty, StringComparison.Ordinal) ?? "models.dev";
                var sourceName = HostNames.GetValueOrDefault(host, host);
                if (!_benchmarks.ContainsKey(slug))
                {
                    var display = (b.Version is { } ver && !b.Name.Contains(ver, StringComparison.Ordinal) ? $"{b.Name} {ver}" : b.Name) + (subset is null ? string.Empty : $" ({subset})");
                    _benchmarks[slug] = new CatalogBenchmark
                    {
                        Slug = slug, Name = display.Replace("SWE Bench", "SWE-Bench", StringComparison.Ordinal).Replace("Terminal Bench", "Terminal-Bench", StringComparison.Ordinal),
                        // models.dev names no category: BenchmarkCategories files the known ones in Finish, the rest are general.
                        Category = "general",
                        Unit = b.Metric == "index" ? "score" : "percent", ScaleMax = 100m,
                        Source = new SourceLink(sourceName, b.Source),
                    };
                }

                // The variant is an effort level or an agent; the metric may name pass@K; the harness (or an agent given as
                // the variant) is part of the setting, so runs in different harnesses are never set against each other.
                var agent = b.Harness is { Length: > 0 } h ? h : b.Variant is { Length: > 0 } va && SettingNormalizer.FromEffortSuffix(va) is null ? va : null;
                var harnessPart = BenchmarkSetting.HarnessPart(agent);
                var parts = new List<string?> { SettingNormalizer.FromEffortSuffix(b.Variant), b.Metric is { } metric ? SettingNormalizer.FromText(metric).Setting : null, harnessPart };
                var notes = agent is not null && harnessPart is null ? $"harness: {agent}" : string.Empty;
                var setting = BenchmarkSetting.FromParts(parts.OfType<string>().SelectMany(p => p.Split(BenchmarkSetting.Separator))).Text;
                // A source page that names another version ("openrouter.ai/mistralai/mistral-large-2407/benchmarks") is that version's score.
                if (uri is not null && OtherVersionIn(uri, model) is { } named)
                {
                    report.Full(DroppedVersions, $"{slug}: models.dev's {record.Id}, whose source names {named}");
                    continue;
                }

                var own = IsMakers(uri, model.Maker);
                Add(slug, new CatalogScore(model.Slug, b.Score, setting, notes.Length == 0 ? null : notes, sourceName, b.Source,
                    Dates.Parse(b.Date), own) { FromModelsDevRecord = true, ReportedBy = own ? null : ReportedBy(uri) }, model);
            }
        }
    }

    private void Add(string slug, CatalogScore score, CatalogModel model)
    {
        var benchmark = _benchmarks[slug];
        if (score.Date is { } run && model.ReleaseDate is { } released && run < released)
        {
            report.Note("Score dates before the model's release date (the date is left out)", $"{slug}: {score.Model} run {Dates.Iso(run)}, released {Dates.Iso(released)} ({score.Source})");
            score = score with { Date = null };
        }

        if (score.Value < benchmark.ScaleMin || score.Value > benchmark.ScaleMax)
        {
            report.Note("Scores outside their benchmark's scale, left out", $"{slug}: {score.Model} {score.Value} ({score.Source})");
            return;
        }

        benchmark.Scores.Add(score);
    }

    /// <summary>
    /// A path segment of a per-model source page (OpenRouter's model pages, Hugging Face model cards) that names another
    /// catalog model, or null. A maker's announcement that compares several models names them all and is not checked.
    /// </summary>
    private string? OtherVersionIn(Uri uri, CatalogModel model) => uri.Host is not ("openrouter.ai" or "huggingface.co") ? null : uri.Segments
        .Select(s => s.Trim('/'))
        .Where(s => s.Length > 0 && s.Any(char.IsDigit))
        .FirstOrDefault(s => index.Find(s) is { } other && other != model);

    /// <summary>
    /// A models.dev record's score that another source gives, on the same benchmark and to the decimal, for another
    /// version of the model ("gemini-2-5-flash-preview-05-20" for "gemini-2-5-flash") is that version's run.
    /// </summary>
    private void DropOtherVersionsRuns(CatalogBenchmark benchmark)
    {
        var attributed = benchmark.Scores.Where(s => !s.FromModelsDevRecord).ToList();
        foreach (var score in benchmark.Scores.Where(s => s.FromModelsDevRecord).ToList())
        {
            var run = attributed.FirstOrDefault(a => a.Model != score.Model && a.Model.StartsWith(score.Model + "-", StringComparison.Ordinal) && a.Value == score.Value);
            if (run is not null)
            {
                benchmark.Scores.Remove(score);
                report.Full(DroppedVersions, $"{benchmark.Slug}: models.dev's {score.Value} for {score.Model}, which {run.Source} gives for {run.Model}");
            }
        }
    }

    private List<CatalogBenchmark> Finish()
    {
        var result = new List<CatalogBenchmark>();
        foreach (var benchmark in _benchmarks.Values)
        {
            DropOtherVersionsRuns(benchmark);
            var kept = benchmark.Scores
                .GroupBy(s => (s.Model, s.Setting, s.Source))
                .Select(g =>
                {
                    var ordered = g.OrderByDescending(s => s.Date ?? DateOnly.MinValue).ThenByDescending(s => s.Value)
                        .ThenBy(s => s.SourceUrl, StringComparer.Ordinal).ThenBy(s => s.Notes ?? string.Empty, StringComparer.Ordinal).ToList();
                    if (ordered.Count > 1)
                    {
                        report.Note("Repeated scores for one (benchmark, model, setting, source); the newest, then the highest, was kept",
                            $"{benchmark.Slug}: {g.Key.Model} {g.Key.Setting ?? "(no setting)"} {g.Key.Source}");
                    }

                    return ordered[0];
                })
                .OrderBy(s => s.Model, StringComparer.Ordinal).ThenBy(s => s.Setting ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(s => s.Source, StringComparer.Ordinal)
                .ToList();
            benchmark.Scores.Clear();
            benchmark.Scores.AddRange(kept);
            benchmark.ExpectedLow = NearZeroBenchmarks.ContainsKey(benchmark.Slug);
            benchmark.Category = BenchmarkCategories.Of(benchmark.Slug) ?? benchmark.Category;
            if (kept.Count > 0)
            {
                result.Add(benchmark);
            }
        }

        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"-web-?app$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotTheApiModel();

    /// <summary>
    /// Who published a score that is not its model's maker's own (see <see cref="IsMakers"/>) when that is not a third
    /// party that ran the model: another maker (a figure on anthropic.com about a GPT model is Anthropic's comparison)
    /// or a paper on arxiv.org, whose authors the record does not name. Null for an independent evaluator.
    /// </summary>
    internal static string? ReportedBy(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (uri.Host.EndsWith("arxiv.org", StringComparison.OrdinalIgnoreCase))
        {
            return "arxiv.org";
        }

        // Hosts that aggregate or run evaluations publish no maker's figures as their own.
        return uri.Host is "openrouter.ai" or "www.openrouter.ai" ? null : MakerResolver.Makers.FirstOrDefault(m => IsMakers(uri, m));
    }

    internal static bool IsMakers(Uri? uri, string maker)
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

    /// <summary>
    /// The catalog category of an LLM Stats benchmark: the one <see cref="BenchmarkCategories"/> files it under, else its
    /// first tag in a fixed order.
    /// </summary>
    internal static string Category(string id, IReadOnlyList<string> categories)
    {
        if (BenchmarkCategories.Of(id) is { } filed)
        {
            return filed;
        }

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
