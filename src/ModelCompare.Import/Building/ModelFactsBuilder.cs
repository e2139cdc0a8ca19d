using System.Text.RegularExpressions;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>Fills a catalog model's facts: models.dev first, then LLM Stats, LiteLLM and OpenRouter's list for what is still unknown.</summary>
internal sealed partial class ModelFactsBuilder(LlmStatsData llmStats, IReadOnlyList<LiteLlmEntry> liteLlm, IReadOnlyList<OpenRouterModel> openRouter, ImportReport report)
{
    private static readonly string[] ModalityNames = ["text", "image", "audio", "video", "pdf"];

    public CatalogModel Build(ModelCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var f = candidate.Facts;
        var model = new CatalogModel
        {
            Slug = ModelIdNormalizer.ToSlug(candidate.Key),
            Key = candidate.Key,
            Maker = candidate.Maker,
            Name = candidate.Name,
            Family = candidate.Family ?? f.Family,
            SnapshotDate = candidate.SnapshotDate,
            Successor = candidate.Successor is { } successor ? ModelIdNormalizer.ToSlug(successor) : null,
            Modes = candidate.Modes,
            ReleaseDate = f.ReleaseDate,
            ContextWindow = Positive(f.Context),
            MaxOutput = Positive(f.MaxOutput),
            License = f.License,
            OpenWeights = f.OpenWeights,
            KnowledgeCutoff = Dates.Cutoff(f.Knowledge),
            Input = [.. ModalityNames.Where(f.Input.Contains)],
            Output = [.. ModalityNames.Where(f.Output.Contains)],
            IsCanonical = candidate.IsCanonical,
            LastReviewed = ModelsDevData.Snapshot,
        };
        model.Sources.Add(new SourceLink("models.dev", candidate.FactsUrl));
        foreach (var id in candidate.CanonicalIds)
        {
            model.ApiIds.Add(id.Split('/')[^1]);
        }

        foreach (var id in candidate.ExtraApiIds)
        {
            model.ApiIds.Add(id);
        }

        foreach (var key in candidate.MergedKeys)
        {
            model.MergedSlugs.Add(ModelIdNormalizer.ToSlug(key));
        }

        if (model.MaxOutput > model.ContextWindow)
        {
            report.Note("Model max_output above context_window, max_output left out", $"{model.Slug}: {model.MaxOutput} > {model.ContextWindow}");
            model.MaxOutput = null;
        }

        SetCapabilities(model, f);
        return model;
    }

    /// <summary>Adds what LLM Stats, LiteLLM and OpenRouter know, once the routes have been attached.</summary>
    public void Enrich(IReadOnlyList<CatalogModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var index = new ModelIndex(models);
        foreach (var stats in llmStats.Models)
        {
            if (index.Find(stats.Id) is not { } model)
            {
                report.Unmatched("LLM Stats models", stats.Id);
                continue;
            }

            ApplyLlmStats(model, stats);
        }

        var liteByModel = new Dictionary<CatalogModel, LiteLlmEntry>();
        foreach (var entry in liteLlm)
        {
            if (index.Find(entry.Key) is not { } model)
            {
                report.Unmatched("LiteLLM text model keys", entry.Key);
                continue;
            }

            // Prefer the maker's own entry (a key with no provider path), then the first key.
            if (!liteByModel.TryGetValue(model, out var current) || (current.Key.Contains('/', StringComparison.Ordinal) && !entry.Key.Contains('/', StringComparison.Ordinal)))
            {
                liteByModel[model] = entry;
            }
        }

        foreach (var (model, entry) in liteByModel)
        {
            ApplyLiteLlm(model, entry);
        }

        foreach (var or in openRouter)
        {
            if (index.Find(or.Id) is { } model && model.Description is null && !string.IsNullOrWhiteSpace(or.Description))
            {
                model.Description = PlainText(or.Description);
                model.Sources.Add(new SourceLink("OpenRouter model list (models.dev copy)", ModelsDevData.OpenRouterUrl));
            }
        }
    }

    private static void SetCapabilities(CatalogModel model, ModelsDevModel f)
    {
        var caps = model.Capabilities;
        if (f.Input.Count > 0)
        {
            caps["vision"] = f.Input.Contains("image");
            caps["multimodal"] = f.Input.Any(i => i != "text");
            caps["audio_input"] = f.Input.Contains("audio");
            if (f.Input.Contains("pdf"))
            {
                caps["pdf_input"] = true;
            }
        }

        if (f.Output.Count > 0)
        {
            caps["audio_output"] = f.Output.Contains("audio");
            caps["image_output"] = f.Output.Contains("image");
        }

        if (f.Reasoning is { } reasoning)
        {
            caps["reasoning"] = reasoning;
        }

        if (f.ToolCall is { } tools)
        {
            caps["function_calling"] = tools;
            caps["tool_use"] = tools;
        }

        if (f.StructuredOutput is { } structured)
        {
            caps["structured_outputs"] = structured;
        }
    }

    private void ApplyLlmStats(CatalogModel model, LlmStatsModel stats)
    {
        model.ApiIds.Add(stats.Id);
        model.License ??= stats.LicenseName;

        // "allow_commercial" speaks of the weights; for a proprietary API model it says nothing about API use.
        if (model.CommercialUse is null && stats.LicenseAllowsCommercial is { } commercial && stats.LicenseName is not null and not "Unknown" and not "Proprietary")
        {
            model.CommercialUse = commercial ? "permitted" : "not-permitted";
        }

        model.KnowledgeCutoff ??= stats.KnowledgeCutoff;
        model.ReleaseDate ??= stats.ReleaseDate;
        if (model.TotalParametersBillions is null && stats.ParamCount is > 0 and var count)
        {
            model.TotalParametersBillions = Math.Round(count / 1_000_000_000m, 2, MidpointRounding.AwayFromZero);
        }

        model.Sources.Add(new SourceLink("LLM Stats", stats.ModelJsonUrl));
        report.Note("LLM Stats models matched", $"{stats.Id} -> {model.Slug}");
    }

    private void ApplyLiteLlm(CatalogModel model, LiteLlmEntry entry)
    {
        (string From, string[] To)[] map =
        [
            ("vision", ["vision"]), ("function_calling", ["function_calling", "tool_use"]), ("reasoning", ["reasoning"]),
            ("response_schema", ["structured_outputs"]), ("prompt_caching", ["prompt_caching"]), ("pdf_input", ["pdf_input"]),
            ("web_search", ["web_search"]), ("audio_input", ["audio_input"]), ("audio_output", ["audio_output"]),
        ];
        var used = false;
        foreach (var (from, to) in map)
        {
            if (!entry.Supports.TryGetValue(from, out var value))
            {
                continue;
            }

            foreach (var key in to)
            {
                used |= model.Capabilities.TryAdd(key, value);
            }
        }

        // A deprecation date only counts from the maker's own entry, not a reseller's or a region's.
        if (entry.DeprecationDate is { } retire && !entry.Key.Contains('/', StringComparison.Ordinal) && model.RetirementDate is null)
        {
            if (model.ReleaseDate is { } release && retire < release)
            {
                report.Note("LiteLLM deprecation dates before the release date, left out", $"{model.Slug}: {Dates.Iso(retire)}");
            }
            else
            {
                model.RetirementDate = retire;
                used = true;
            }
        }

        if (used)
        {
            model.Sources.Add(new SourceLink("LiteLLM", LiteLlmReader.Url));
            if (model.LastReviewed < LiteLlmReader.Snapshot)
            {
                model.LastReviewed = LiteLlmReader.Snapshot;
            }
        }
    }

    /// <summary>Markdown links become their text and HTML tags are removed; paragraphs stay.</summary>
    internal static string PlainText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = HtmlTag().Replace(text, string.Empty);
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal).Trim();
        return MultipleBlankLines().Replace(text, "\n\n");
    }

    private static long? Positive(long? value) => value is > 0 ? value : null;

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();
}
