using System.Globalization;
using System.Text.RegularExpressions;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Fills a catalog model's facts. Limits, release date, open weights and modalities are decided by agreement
/// (<see cref="Agree"/>): the maker's own route first, then the value most sources give; disagreements are kept on
/// the model. The license and commercial use come from the license table; parameter counts from LLM Stats and the
/// maker's model id; capabilities from models.dev, then LiteLLM.
/// </summary>
internal sealed partial class ModelFactsBuilder(LlmStatsData llmStats, IReadOnlyList<LiteLlmEntry> liteLlm, IReadOnlyList<OpenRouterModel> openRouter, LicenseTable licenses, ImportReport report)
{
    /// <summary>Release dates this many days apart from LLM Stats' are listed in the report.</summary>
    public const int ReleaseDateTolerance = 45;

    private readonly Dictionary<CatalogModel, LlmStatsModel> _stats = [];

    /// <summary>The maker's own LiteLLM entry of each model that has one (a key of the maker's API, <see cref="StatusBuilder.IsMakerKey"/>).</summary>
    private readonly Dictionary<CatalogModel, LiteLlmEntry> _makerLite = [];

    private static readonly string[] ModalityNames = ["text", "image", "audio", "video", "pdf"];

    public static CatalogModel Build(ModelCandidate candidate)
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
            if (index.Find(stats.Id, out var otherVersion) is not { } model)
            {
                report.Unmatched(otherVersion ? "LLM Stats models that are another snapshot of a catalog model" : "LLM Stats models", stats.Id);
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

            // Prefer the maker's own entry (its own API's key, never a cloud's; see StatusBuilder.IsMakerKey), then a key with no provider path, then the first key.
            if (!liteByModel.TryGetValue(model, out var current) || LiteRank(entry, model) < LiteRank(current, model))
            {
                liteByModel[model] = entry;
            }
        }

        foreach (var (model, entry) in liteByModel)
        {
            if (StatusBuilder.IsMakerKey(entry, model.Maker))
            {
                _makerLite[model] = entry;
            }

            ApplyLiteLlm(model, entry);
        }

        foreach (var or in openRouter)
        {
            if (index.Find(or.Id, out var otherVersion) is { } found && !otherVersion)
            {
                NoteWeightsRepository(found, or);
            }

            if (index.Find(or.Id) is { } model && model.Description is null && !string.IsNullOrWhiteSpace(or.Description))
            {
                model.Description = PlainText(or.Description);
                model.Sources.Add(new SourceLink("OpenRouter model list (models.dev copy)", ModelsDevData.OpenRouterUrl));
            }
        }
    }

    private static int LiteRank(LiteLlmEntry entry, CatalogModel model) =>
        StatusBuilder.IsMakerKey(entry, model.Maker) ? 0 : entry.Key.Contains('/', StringComparison.Ordinal) ? 2 : 1;

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
        model.KnowledgeCutoff ??= stats.KnowledgeCutoff;
        _stats.TryAdd(model, stats);
        model.Sources.Add(new SourceLink("LLM Stats", stats.ModelJsonUrl));
        report.Note("LLM Stats models matched", $"{stats.Id} -> {model.Slug}");
    }

    private static void ApplyLiteLlm(CatalogModel model, LiteLlmEntry entry)
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

        // Deprecation dates are read by StatusBuilder, from the maker's own keys only.
        if (used)
        {
            model.Sources.Add(new SourceLink("LiteLLM", LiteLlmReader.Url));
            if (model.LastReviewed < LiteLlmReader.Snapshot)
            {
                model.LastReviewed = LiteLlmReader.Snapshot;
            }
        }
    }

    /// <summary>
    /// Decides each model's limits, release date, open weights and modalities from its sources, and sets its
    /// license, commercial use, parameters, architecture and modes. Runs once the routes are attached and the other
    /// datasets matched. <paramref name="floatingNames"/> are the keys of floating names ("magistral-medium-latest"): a
    /// maker's route through one carries the name's date, not the model's.
    /// </summary>
    public void Agree(IReadOnlyList<CatalogModel> models, IReadOnlyList<CatalogRoute> routes, IReadOnlyDictionary<string, ModelCandidate> candidates, IReadOnlySet<string> floatingNames)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(floatingNames);
        var byModel = routes.Where(r => r.Entry is not null).ToLookup(r => r.Model, StringComparer.Ordinal);
        var makerDates = MakerReleaseDates(models, byModel);
        foreach (var model in models)
        {
            var candidate = candidates[model.Key];
            var canonical = candidate.IsCanonical ? candidate.Facts : null;

            // One vote per provider: its plain route, else its first variant.
            var perProvider = byModel[model.Slug].GroupBy(r => r.Provider, StringComparer.Ordinal)
                .Select(g => g.OrderBy(r => r.Variant is null ? 0 : 1).ThenBy(r => r.Variant?.Slug, StringComparer.Ordinal).First())
                .ToList();
            _stats.TryGetValue(model, out var stats);

            var context = Decide(model, "context_window", perProvider, r => r.ContextWindow is { } c ? Num(c) : null, canonical?.Context is > 0 ? Num(canonical.Context.Value) : null, null, FactAgreement.LargerFirst);
            model.ContextWindow = context is null ? null : long.Parse(context, CultureInfo.InvariantCulture);
            CorrectLimit(model, "context_window");
            var makerOutput = MakerOutput(model, perProvider);
            var outliers = OutputOutliers(model, perProvider, canonical?.MaxOutput, makerOutput?.Value);
            var output = Decide(model, "max_output", perProvider, r => r.MaxOutput is { } c && !outliers.Contains(c) ? Num(c) : null,
                canonical?.MaxOutput is > 0 && !outliers.Contains(canonical.MaxOutput.Value) ? Num(canonical.MaxOutput.Value) : null,
                makerOutput is { } entry ? [new Vote(Num(entry.Value), entry.Source, false, true)] : null, FactAgreement.LargerFirst);
            if (makerOutput is { } taken && output == Num(taken.Value) && model.Disputes.FirstOrDefault(d => d.Field == "max_output") is { } against)
            {
                report.Full(OutputFromMakerEntry, string.Create(CultureInfo.InvariantCulture,
                    $"{model.Slug}: {taken.Value} from {taken.Source}; also {string.Join("; ", against.Values.Skip(1).Select(v => $"{v.Value} ({Describe(v)})"))}"));
            }

            model.MaxOutput = output is null ? null : long.Parse(output, CultureInfo.InvariantCulture);
            CorrectLimit(model, "max_output");
            if (model.MaxOutput > model.ContextWindow)
            {
                report.Note("Model max_output above context_window, max_output left out", $"{model.Slug}: {model.MaxOutput} > {model.ContextWindow}");
                model.MaxOutput = null;
                model.Disputes.RemoveAll(d => d.Field == "max_output");
            }

            var otherSources = new List<Vote>();
            if (canonical?.ReleaseDate is { } canonicalRelease)
            {
                otherSources.Add(new Vote(Dates.Iso(canonicalRelease), "models.dev", false, false));
            }

            if (stats?.ReleaseDate is { } statsRelease)
            {
                otherSources.Add(new Vote(Dates.Iso(statsRelease), "LLM Stats", false, false));
            }

            // A release cannot come long before the date in the model's own name (mistral-large-2512 is not from 2024).
            var named = ModelIdNormalizer.MonthOf(model.Key);
            var notBefore = named?.AddDays(-ReleaseDateTolerance);
            var doubt = MakerDateDoubt(model, perProvider, stats, makerDates, floatingNames);
            if (doubt is not null)
            {
                report.Full(MakerDatesHeading, $"{model.Slug}: {doubt}");
            }

            var early = otherSources.Where(v => Dates.Parse(v.Value) < notBefore).Select(v => $"{v.Value} from {v.Source}")
                .Concat(perProvider.Where(r => r.Entry!.ReleaseDate < notBefore).Select(r => $"{Dates.Iso(r.Entry!.ReleaseDate!.Value)} from {r.Provider}"))
                .ToList();
            if (early.Count > 0)
            {
                otherSources.RemoveAll(v => Dates.Parse(v.Value) < notBefore);
                report.Full(EarlyDatesHeading, string.Create(CultureInfo.InvariantCulture,
                    $"{model.Slug}: named for {named:MMMM yyyy}; left out {string.Join(", ", early)}"));
            }

            var released = Decide(model, "release_date", perProvider,
                r => r.Entry!.ReleaseDate is { } d && !(d < notBefore) ? Dates.Iso(d) : null, null, otherSources, FactAgreement.Ordinal,
                preferred: ReleasePreference(perProvider, stats), makerFirst: doubt is null);
            model.ReleaseDate = Dates.Parse(released);
            CheckReleaseDate(model, stats, canonical, perProvider, makerInDoubt: doubt is not null);
            CheckDates(model, byModel[model.Slug].ToList(), [.. otherSources.Select(v => v.Value), .. perProvider.Select(r => r.Entry!.ReleaseDate).OfType<DateOnly>().Select(Dates.Iso)]);
            DecideCutoff(model, perProvider, stats);

            var statsLicense = licenses.Find(stats?.LicenseId) ?? licenses.Find(stats?.LicenseName);
            model.OpenWeights = DecideOpenWeights(model, canonical, perProvider, statsLicense);

            var modalities = Decide(model, null, perProvider, r => r.Entry!.Input.Count > 0 || r.Entry.Output.Count > 0 ? Modalities(r.Entry.Input, r.Entry.Output) : null,
                canonical is not null && canonical.Input.Count + canonical.Output.Count > 0 ? Modalities(canonical.Input, canonical.Output) : null, null, FactAgreement.Ordinal);
            if (modalities is not null)
            {
                var parts = modalities.Split('|');
                model.Input = [.. parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries)];
                model.Output = [.. parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries)];
            }

            AlignCapabilities(model, perProvider);
            SetLicense(model, canonical, stats, statsLicense);
            SetParameters(model, stats);
            SetModes(model, perProvider, canonical);
            ReasonsWhenItThinks(model);
        }
    }

    /// <summary>
    /// One fact by agreement. <paramref name="field"/> names the dispute to keep on the model (null keeps none);
    /// <paramref name="fallback"/> is used when no route gives the fact. <paramref name="makerFirst"/> is false when the
    /// maker's own value is in doubt: it then counts as one route among the others.
    /// </summary>
    private string? Decide(CatalogModel model, string? field, IReadOnlyList<CatalogRoute> routes, Func<CatalogRoute, string?> value, string? fallback, IReadOnlyList<Vote>? others, IComparer<string> tieBreak, string? preferred = null, bool makerFirst = true)
    {
        var votes = routes.Select(r => (Route: r, Value: value(r)))
            .Where(x => x.Value is not null)
            .Select(x => new Vote(x.Value!, x.Route.Provider, true, makerFirst && x.Route.Provider == model.Maker && x.Route.Variant is null))
            .Concat(others ?? [])
            .ToList();
        if (votes.Count == 0)
        {
            return fallback;
        }

        var (chosen, dispute) = FactAgreement.Decide(field ?? "modalities", votes, preferred ?? fallback, tieBreak, preferredWins: preferred is not null);
        if (dispute is not null && field is not null)
        {
            model.Disputes.Add(dispute);
            var inv = CultureInfo.InvariantCulture;
            report.Full(ImportReport.DisputesHeading, string.Create(inv,
                $"{model.Slug} {field}: took {chosen} ({Describe(dispute.Values[0])}); also {string.Join("; ", dispute.Values.Skip(1).Select(v => $"{v.Value} ({Describe(v)})"))}"));
        }

        return chosen;
    }

    private static string Describe(VotedValue v)
    {
        var parts = new List<string>();
        if (v.Maker && !v.Sources.Any(s => s.StartsWith(MakerEntry, StringComparison.Ordinal)))
        {
            parts.Add("the maker's route");
        }

        if (v.Routes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{v.Routes} {(v.Routes == 1 ? "route" : "routes")}"));
        }

        parts.AddRange(v.Sources);
        return string.Join(", ", parts);
    }

    /// <summary>
    /// Hosts copy release dates from one another and from other models (Phi-4's date on every Phi-4 variant), so after
    /// the maker's own route, LLM Stats' date (one curated record per model) is taken, unless at least
    /// <see cref="RoutesOverRecord"/> routes agree on a date more than <see cref="ReleaseDateTolerance"/> days from it.
    /// </summary>
    private static string? ReleasePreference(IReadOnlyList<CatalogRoute> routes, LlmStatsModel? stats)
    {
        if (stats?.ReleaseDate is not { } theirs)
        {
            return null;
        }

        var strongest = routes.Where(r => r.Entry!.ReleaseDate is not null)
            .GroupBy(r => r.Entry!.ReleaseDate!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .FirstOrDefault();
        return strongest is not null && strongest.Count() >= RoutesOverRecord && Math.Abs(strongest.Key.DayNumber - theirs.DayNumber) > ReleaseDateTolerance
            ? Dates.Iso(strongest.Key)
            : Dates.Iso(theirs);
    }

    /// <summary>How many routes must agree to outweigh LLM Stats' release date.</summary>
    public const int RoutesOverRecord = 5;

    /// <summary>The report's heading for makers' release dates not taken first.</summary>
    public const string MakerDatesHeading = "Makers' release dates not taken first";

    /// <summary>The report's heading for release dates left out as before the date in the model's own name.</summary>
    public const string EarlyDatesHeading = "Release dates before the date in the model's name, left out";

    /// <summary>The release date each model's maker gives on its own plain route.</summary>
    private static Dictionary<CatalogModel, DateOnly> MakerReleaseDates(IReadOnlyList<CatalogModel> models, ILookup<string, CatalogRoute> byModel)
    {
        var dates = new Dictionary<CatalogModel, DateOnly>();
        foreach (var model in models)
        {
            if (byModel[model.Slug].FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.Entry?.ReleaseDate is { } date)
            {
                dates[model] = date;
            }
        }

        return dates;
    }

    /// <summary>
    /// Why the maker's own release date is not taken first, or null when it is. Makers' records copy dates: a route
    /// under a floating name carries the name's date (magistral-medium-latest: Mistral Small 3.1's), and a new model's
    /// record can keep the date of the model it was copied from (Gemini 2.0 Flash-Lite with Gemini 2.0 Flash's). A date
    /// shared with another of the maker's models (not a dated snapshot of this one) is a copy when LLM Stats' curated
    /// date is more than <see cref="ReleaseDateTolerance"/> days away. The maker's date then counts as one route.
    /// </summary>
    private static string? MakerDateDoubt(CatalogModel model, IReadOnlyList<CatalogRoute> routes, LlmStatsModel? stats, Dictionary<CatalogModel, DateOnly> makerDates, IReadOnlySet<string> floatingNames)
    {
        if (!makerDates.TryGetValue(model, out var date))
        {
            return null;
        }

        var own = routes.First(r => r.Provider == model.Maker && r.Variant is null);
        if (floatingNames.Contains(ModelIdNormalizer.Normalize(own.ApiId)) || own.ApiId.EndsWith("-latest", StringComparison.OrdinalIgnoreCase))
        {
            return $"the maker's route is the floating name {own.ApiId}, whose date ({Dates.Iso(date)}) is the name's";
        }

        if (stats?.ReleaseDate is not { } theirs || Math.Abs(theirs.DayNumber - date.DayNumber) <= ReleaseDateTolerance)
        {
            return null;
        }

        var twin = makerDates.Where(p => p.Value == date && p.Key != model && p.Key.Maker == model.Maker
                && ModelIdNormalizer.Normalize(p.Key.Key) != ModelIdNormalizer.Normalize(model.Key))
            .Select(p => p.Key.Slug).Order(StringComparer.Ordinal).FirstOrDefault();
        return twin is null
            ? null
            : $"the maker gives {twin}'s release date ({Dates.Iso(date)}), and LLM Stats {Dates.Iso(theirs)}";
    }

    /// <summary>
    /// Lists every model whose release date in another source (the maker's route, models.dev, the date most routes
    /// give) is more than <see cref="ReleaseDateTolerance"/> days from LLM Stats', with the date the catalog took and why.
    /// </summary>
    private void CheckReleaseDate(CatalogModel model, LlmStatsModel? stats, ModelsDevModel? canonical, List<CatalogRoute> routes, bool makerInDoubt)
    {
        if (stats?.ReleaseDate is not { } theirs || model.ReleaseDate is not { } ours)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var others = new List<string>();
        if (routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.Entry?.ReleaseDate is { } maker)
        {
            others.Add($"the maker's route {Dates.Iso(maker)}");
        }

        if (canonical?.ReleaseDate is { } record)
        {
            others.Add($"models.dev {Dates.Iso(record)}");
        }

        var top = routes.Where(r => r.Entry!.ReleaseDate is not null).GroupBy(r => r.Entry!.ReleaseDate!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (top is not null)
        {
            others.Add(string.Create(inv, $"{top.Count()} of {routes.Count} routes {Dates.Iso(top.Key)}"));
        }

        var far = new[] { ours }.Concat(others.Select(o => Dates.Parse(o[^10..])).OfType<DateOnly>())
            .Any(d => Math.Abs(d.DayNumber - theirs.DayNumber) > ReleaseDateTolerance);
        if (!far)
        {
            return;
        }

        var why = !makerInDoubt && routes.Any(r => r.Provider == model.Maker && r.Variant is null && r.Entry?.ReleaseDate == ours)
            ? "the maker's route"
            : ours == theirs
                ? $"LLM Stats' date: {(makerInDoubt ? "the maker's date is in doubt" : "no maker's route")}, and fewer than five routes agree on another date"
                : string.Create(inv, $"{RoutesOverRecord} or more routes agree on it");
        report.Full("Release dates more than 45 days from LLM Stats'", string.Create(inv,
            $"{model.Slug}: took {Dates.Iso(ours)} ({why}); LLM Stats {Dates.Iso(theirs)}; {string.Join("; ", others)}"));
    }

    /// <summary>
    /// The license from the table, decided with the weights (<see cref="DecideLicense"/>). Commercial use and its note
    /// come from the table, never from a dataset's flag.
    /// </summary>
    private void SetLicense(CatalogModel model, ModelsDevModel? canonical, LlmStatsModel? stats, License? statsLicense)
    {
        var license = DecideLicense(model, canonical, statsLicense);
        if (license is null)
        {
            var named = stats?.LicenseName ?? canonical?.License;
            if (named is not null and not "Unknown" && statsLicense is null && licenses.Find(canonical?.License) is null)
            {
                report.Note("Licenses not in data/licenses.yaml, left out", $"{model.Slug}: {named}");
            }

            return;
        }

        model.License = license.Name;
        model.CommercialUse = license.CommercialUse;
        model.CommercialUseNote = license.Note;
    }

    /// <summary>
    /// Total parameters from LLM Stats; total and active from the maker's id when it states them ("qwen3-235b-a22b").
    /// LLM Stats' count for a model whose weights are closed is left out: only the maker could state it, and such a
    /// count has been another model's (Magistral Small's 24B on Magistral Medium).
    /// </summary>
    private void SetParameters(CatalogModel model, LlmStatsModel? stats)
    {
        if (stats?.ParamCount is > 0 and var closedCount && model.OpenWeights == false)
        {
            report.Full(ClosedParameters, $"{model.Slug}: {Math.Round(closedCount / 1_000_000_000m, 2, MidpointRounding.AwayFromZero)}B from LLM Stats");
        }
        else if (stats?.ParamCount is > 0 and var count)
        {
            model.TotalParametersBillions = Math.Round(count / 1_000_000_000m, 2, MidpointRounding.AwayFromZero);
        }

        if (ActiveParameters().Match(model.Key) is { Success: true } m)
        {
            var total = decimal.Parse(m.Groups["total"].Value.Replace('-', '.'), CultureInfo.InvariantCulture);
            var active = decimal.Parse(m.Groups["active"].Value.Replace('-', '.'), CultureInfo.InvariantCulture);
            if (active < total)
            {
                if (model.TotalParametersBillions is { } known && Math.Abs(known - total) > total / 10)
                {
                    report.Note("Parameter counts where LLM Stats and the model's id differ by more than 10%; LLM Stats' kept", $"{model.Slug}: {known}B against {total}B");
                }

                model.TotalParametersBillions ??= total;
                model.ActiveParametersBillions = active;
                model.Architecture = "mixture-of-experts";
            }
        }

        if (model.Architecture is null && model.Description is { } text && MixtureOfExperts().IsMatch(text))
        {
            model.Architecture = "mixture-of-experts";
        }
    }

    /// <summary>
    /// A model runs in a thinking and a non-thinking mode when its maker's route, or its record, documents a switch (a
    /// toggle, an effort level "none", or reasoning at a maker whose thinking is opt-in). It
    /// always thinks (its only mode is <c>thinking</c>) when the maker's route documents reasoning with no way to turn
    /// it off: only effort levels, none of them "none" (o3, GPT-5, Gemini 3); or reasoning with no options at all on a
    /// model named as its maker's reasoning model (DeepSeek R1, deepseek-reasoner, QwQ, "-thinking"). A thinking budget
    /// is not read as "always": Anthropic documents one for thinking that is off unless asked for. Without a maker's
    /// route, the models.dev routes of the model must agree.
    /// </summary>
    internal static void SetModes(CatalogModel model, IReadOnlyList<CatalogRoute> routes, ModelsDevModel? canonical)
    {
        if (MakerStatedModes.TryGetValue(model.Slug, out var stated))
        {
            model.Modes = [.. stated.Modes];
            if (model.Sources.All(s => s.Url != stated.Url))
            {
                model.Sources.Add(new SourceLink($"{stated.Name} (thinking mode, read {stated.Read})", stated.Url));
            }

            return;
        }

        var maker = routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.Entry ?? canonical;
        if (ThinksOptionally(maker, model.Maker))
        {
            model.Modes = [.. model.Modes.Concat(["thinking", "non-thinking"]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            return;
        }

        if (model.Modes.Count > 0 || OptInThinking.ContainsKey(model.Maker))
        {
            return;
        }

        var documented = maker?.ReasoningOptionKinds is not null
            ? [maker]
            : routes.Where(r => r.Variant is null).Select(r => r.Entry).OfType<ModelsDevModel>().Where(e => e.ReasoningOptionKinds is not null).ToList();
        if (documented.Count > 0 && documented.All(e => AlwaysThinks(e, model.Slug)))
        {
            model.Modes = ["thinking"];
        }
    }

    /// <summary>
    /// Makers whose API thinks only when a request asks for it, although models.dev lists only effort levels for some of
    /// their models: the maker's page that says so, and the day it was read.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (string Url, string Read, string Says)> OptInThinking = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal)
    {
        ["anthropic"] = ("https://platform.claude.com/docs/en/build-with-claude/adaptive-thinking", "2026-12-04",
            "Claude Opus 4.7: thinking is off unless the request sets thinking: {type: \"adaptive\"}; effort sets how much it thinks"),
    };

    /// <summary>
    /// Models whose thinking mode their maker's own page states where models.dev leaves it open: the modes, the page,
    /// the day it was read and what it says. A model in neither this table nor the rules above has an unknown mode,
    /// which its bill says rather than assuming one.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (string[] Modes, string Name, string Url, string Read, string Says)> MakerStatedModes =
        new Dictionary<string, (string[], string, string, string, string)>(StringComparer.Ordinal)
        {
            ["grok-4"] = (["thinking"], "xAI documentation, Reasoning", "https://docs.x.ai/docs/guides/reasoning", "2026-12-04",
                "grok-4 is a reasoning model that thinks before responding; \"reasoning_effort is not supported by grok-3, grok-4 and grok-4-fast-reasoning\" (an error), so its thinking cannot be turned down or off"),
            ["grok-4-3"] = (["non-thinking", "thinking"], "xAI documentation, Reasoning", "https://docs.x.ai/developers/model-capabilities/text/reasoning", "2026-12-04",
                "grok-4.3 supports reasoning_effort, whose setting none \"disables reasoning entirely; no thinking tokens are used\""),
        };

    /// <summary>
    /// The maker's route (or record) documents a way to think or not: a toggle; an effort level "none" on a reasoning
    /// model (GPT-5.1: none, low, medium, high); or a reasoning model of a maker whose thinking is opt-in
    /// (<see cref="OptInThinking"/>: Claude Sonnet 4.6 thinks only when the request asks).
    /// </summary>
    internal static bool ThinksOptionally(ModelsDevModel? maker, string makerSlug) =>
        maker is not null && (maker.ThinkingToggle
            || (maker.Reasoning == true && (maker.EffortLevels.Contains("none") || OptInThinking.ContainsKey(makerSlug))));

    /// <summary>One models.dev entry documents reasoning that cannot be turned off (see <see cref="SetModes"/>).</summary>
    internal static bool AlwaysThinks(ModelsDevModel entry, string slug)
    {
        if (entry.Reasoning != true || entry.ReasoningOptionKinds is not { } kinds || entry.ThinkingToggle)
        {
            return false;
        }

        return ReasoningModelName().IsMatch(slug)
            || (kinds.Count > 0 && kinds.All(k => k == "effort") && entry.EffortLevels.Count > 0 && !entry.EffortLevels.Contains("none"));
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Modalities(IReadOnlyList<string> input, IReadOnlyList<string> output) =>
        $"{string.Join(',', ModalityNames.Where(input.Contains))}|{string.Join(',', ModalityNames.Where(output.Contains))}";

    /// <summary>Markdown links become their text and HTML tags are removed; paragraphs stay.</summary>
    internal static string PlainText(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = HtmlTag().Replace(text, string.Empty);
        text = text.Replace("\r", string.Empty, StringComparison.Ordinal).Trim();
        return MultipleBlankLines().Replace(text, "\n\n");
    }

    private static long? Positive(long? value) => value is > 0 ? value : null;

    [GeneratedRegex(@"-(?<total>\d+(-\d+)?)b-a(?<active>\d+(-\d+)?)b(-|$)")]
    private static partial Regex ActiveParameters();

    [GeneratedRegex(@"\b(mixture[- ]of[- ]experts|MoE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MixtureOfExperts();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex MultipleBlankLines();

    [GeneratedRegex(@"(^|-)(r1|qwq|reasoner|thinking|reasoning)(-|$)")]
    private static partial Regex ReasoningModelName();
}
