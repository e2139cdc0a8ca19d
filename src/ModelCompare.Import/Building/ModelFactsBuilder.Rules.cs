using System.Globalization;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// The checks that make a model's facts agree with each other, each resolved by source order and reported under a
/// "Conflicts: " heading (docs/import.md): open weights and license decided together, capabilities that follow the
/// modalities, max output within the context window and near what the maker or the sources agree on, and dates that
/// fit together (cutoff before release, release before the first price, release near the date in the id).
/// </summary>
internal sealed partial class ModelFactsBuilder
{
    /// <summary>Every conflict heading starts with this, so the report can count each kind.</summary>
    public const string ConflictPrefix = "Conflicts: ";

    public const string WeightsConflict = ConflictPrefix + "open weights (sources of one rank disagree, or a lower rank is overruled)";
    public const string OpenLicenseOnClosedWeights = ConflictPrefix + "an open license on closed weights (Proprietary taken)";
    public const string ProprietaryOnOpenWeights = ConflictPrefix + "Proprietary on open weights (license left out)";
    public const string CapabilityConflict = ConflictPrefix + "a capability flag contradicting the modalities or the maker's route (flag corrected)";
    public const string OutputOutlier = ConflictPrefix + "max output outliers (more than 4x the maker's or the agreed value), dropped";
    public const string OutputFromMakerEntry = ConflictPrefix + "max output from the maker's own LiteLLM entry (no maker's route gives it) over other sources' values";
    public const string OutputIsContext = ConflictPrefix + "max output that restates the context window while other sources give a limit, dropped";
    /// <summary>The report's heading for parameter counts of closed-weights models that no maker states.</summary>
    public const string ClosedParameters = ConflictPrefix + "a parameter count for closed weights that only LLM Stats gives, left out";

    public const string CutoffAfterRelease = ConflictPrefix + "knowledge cutoff on or after the release date, dropped";
    public const string ReleaseAfterPrice = ConflictPrefix + "release date after the model's first price";
    public const string ReleaseVsIdDate = ConflictPrefix + "release date far from the date in the model's own id (the id's date taken)";

    /// <summary>A max output more than this many times the maker's (or the agreed) value is an outlier.</summary>
    public const int OutputOutlierFactor = 4;

    /// <summary>Editors' corrections, applied at the maker's rank over every dataset.</summary>
    public Corrections Corrections { get; init; } = Corrections.None;

    private readonly Dictionary<CatalogModel, string> _weightsRepository = [];

    /// <summary>True for a license the table knows whose weights are published (anything but Proprietary).</summary>
    private static bool IsOpenLicense(License license) => license.Id != "proprietary";

    /// <summary>
    /// How a LiteLLM entry under the maker's own API is named as a source: "LiteLLM's entry for the maker's own API
    /// (gpt-3.5-turbo-0125)". LiteLLM's word, not the maker's: the name must not read as the maker's statement.
    /// </summary>
    internal const string MakerEntry = "LiteLLM's entry for the maker's own API";

    /// <summary>The source name of the LiteLLM entry <paramref name="key"/> under the maker's own API (<see cref="MakerEntry"/>).</summary>
    internal static string MakerEntryName(string key) => $"{MakerEntry} ({key})";

    /// <summary>
    /// The maker's max output when its own route in models.dev gives none: the maker's own LiteLLM entry (a key of the
    /// maker's API, never a cloud's), below nine tenths of the context window (LiteLLM often restates the context as the
    /// output limit: 2M for Grok 4 Fast, whose hosts say 30K; 128,000 for Mistral Large 2407's 131,072). It then counts as the maker's value, before the
    /// record and the hosts (gpt-3.5-turbo-0125: OpenAI's key says 4,096, Azure's routes 16,384). Null when the maker's
    /// route gives the limit or no maker's entry does.
    /// </summary>
    private (long Value, string Source)? MakerOutput(CatalogModel model, IReadOnlyList<CatalogRoute> routes)
    {
        if (routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.MaxOutput is > 0
            || !_makerLite.TryGetValue(model, out var entry) || entry.MaxOutput is not { } output
            || (model.ContextWindow is { } context && output * 10 >= context * 9))
        {
            return null;
        }

        return (output, MakerEntryName(entry.Key));
    }

    /// <summary>
    /// The max output votes to leave out before agreement: a value restating the context window from a source other
    /// than the maker while another source gives a smaller limit, and a value more than
    /// <see cref="OutputOutlierFactor"/> times the maker's value (its route's, else its LiteLLM entry's; else the median of the rest).
    /// </summary>
    private HashSet<long> OutputOutliers(CatalogModel model, IReadOnlyList<CatalogRoute> routes, long? canonicalOutput, long? makerEntryOutput)
    {
        var maker = routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.MaxOutput ?? makerEntryOutput;
        var values = routes.Select(r => r.MaxOutput).Append(canonicalOutput).OfType<long>().Where(v => v > 0).ToList();
        var dropped = new HashSet<long>();
        if (values.Count == 0)
        {
            return dropped;
        }

        if (model.ContextWindow is { } context && maker != context && values.Any(v => v < context) && values.Contains(context))
        {
            dropped.Add(context);
            report.Full(OutputIsContext, string.Create(CultureInfo.InvariantCulture, $"{model.Slug}: {context} (the context window) left out; the sources also give {string.Join(", ", values.Where(v => v < context).Distinct().Order())}"));
        }

        var rest = values.Where(v => !dropped.Contains(v)).Order().ToList();
        if (rest.Count == 0)
        {
            return dropped;
        }

        var reference = maker is > 0 && !dropped.Contains(maker.Value) ? maker.Value : rest[(rest.Count - 1) / 2];
        foreach (var outlier in rest.Where(v => v > OutputOutlierFactor * reference).Distinct())
        {
            dropped.Add(outlier);
            report.Full(OutputOutlier, string.Create(CultureInfo.InvariantCulture, $"{model.Slug}: {outlier} left out, more than {OutputOutlierFactor}x {reference} ({(maker == reference ? "the maker's" : "the median")})"));
        }

        return dropped;
    }

    /// <summary>
    /// Open weights by rank: an editor's correction; the maker's lab record (models.dev's canonical record) and the
    /// license the table's <c>models</c> list gives (the maker's model card); the maker's own route; a published weights
    /// repository (models.dev weights link, OpenRouter's Hugging Face id); LLM Stats' license; then the other routes.
    /// The first rank with a value decides (a vote within it; a tie goes to the next rank). Every value a lower rank
    /// gives against it is a conflict.
    /// </summary>
    private bool? DecideOpenWeights(CatalogModel model, ModelsDevModel? canonical, IReadOnlyList<CatalogRoute> routes, License? statsLicense)
    {
        var votes = new List<(int Rank, bool Value, string Source, bool IsRoute)>();
        if (canonical?.OpenWeights is { } lab)
        {
            votes.Add((1, lab, "models.dev", false));
        }

        if (licenses.ForModel(model.Slug) is { } card)
        {
            votes.Add((1, IsOpenLicense(card), "license table", false));
        }

        foreach (var r in routes.Where(r => r.Entry!.OpenWeights is not null))
        {
            var isMaker = r.Provider == model.Maker && r.Variant is null;
            votes.Add((isMaker ? 2 : 5, r.Entry!.OpenWeights!.Value, r.Provider, true));
        }

        if (canonical?.Weights.Count > 0 || _weightsRepository.ContainsKey(model))
        {
            votes.Add((3, true, "weights repository", false));
        }

        if (statsLicense is not null)
        {
            votes.Add((4, IsOpenLicense(statsLicense), "LLM Stats license", false));
        }

        // The datasets' answer first, so the report can say whether an editor's correction still differs from it.
        bool? fromDatasets = votes.Count == 0 ? null : Choose(votes);
        var corrected = Corrections.Apply(model.Slug, "open_weights", fromDatasets is { } d ? (d ? "true" : "false") : null, report);
        if (corrected is null)
        {
            return null;
        }

        if (Corrections.Find(model.Slug, "open_weights") is not null)
        {
            votes.Add((0, corrected == "true", "editor's correction", false));
        }

        bool? chosen = corrected == "true";
        var against = votes.Where(v => v.Value != chosen).ToList();
        if (against.Count > 0)
        {
            VotedValue Value(bool value, bool isMaker) => new(
                value ? "true" : "false",
                votes.Where(v => v.Value == value && v.IsRoute).Select(v => v.Source).Distinct(StringComparer.Ordinal).Count(),
                [.. votes.Where(v => v.Value == value && !v.IsRoute).Select(v => v.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                isMaker);
            // The maker's rank (a correction, the lab record, the license table, the maker's route) marks the value as the maker's.
            var top = votes.Where(v => v.Value == chosen).Min(v => v.Rank);
            model.Disputes.RemoveAll(d => d.Field == "open_weights");
            model.Disputes.Add(new Dispute("open_weights", [Value(chosen.Value, top <= 2), Value(!chosen.Value, false)]));
            report.Full(WeightsConflict, $"{model.Slug}: took {(chosen.Value ? "open" : "closed")} ({string.Join(", ", votes.Where(v => v.Value == chosen && v.Rank == top).Select(v => v.Source).Distinct())}); against it {string.Join(", ", against.Select(v => v.Source).Distinct())}");
        }

        return chosen;
    }

    /// <summary>The first rank with a majority decides; a tie on every rank goes to the majority of all, closed on a tie.</summary>
    private static bool Choose(List<(int Rank, bool Value, string Source, bool IsRoute)> votes)
    {
        foreach (var rank in votes.Select(v => v.Rank).Distinct().Order())
        {
            var yes = votes.Count(v => v.Rank == rank && v.Value);
            var no = votes.Count(v => v.Rank == rank && !v.Value);
            if (yes != no)
            {
                return yes > no;
            }
        }

        // Nothing shows the weights are published on a full tie.
        return votes.Count(v => v.Value) > votes.Count(v => !v.Value);
    }

    /// <summary>
    /// The license by rank (an editor's correction, the table's <c>models</c> list, LLM Stats, models.dev), made to
    /// agree with the weights: an open license on closed weights gives way to Proprietary, and Proprietary on open
    /// weights is left out; both are reported.
    /// </summary>
    private License? DecideLicense(CatalogModel model, ModelsDevModel? canonical, License? statsLicense)
    {
        var corrected = Corrections.Find(model.Slug, "license") is { } c ? licenses.Find(c.Value) : null;
        var license = corrected ?? licenses.ForModel(model.Slug) ?? statsLicense ?? licenses.Find(canonical?.License);
        if (license is not null && corrected is null && license == licenses.ForModel(model.Slug) && statsLicense is null && canonical?.License is null)
        {
            report.Note("Licenses from the table's models list (no dataset names one)", $"{model.Slug}: {license.Name}");
        }

        if (license is not null && IsOpenLicense(license) && model.OpenWeights == false)
        {
            report.Full(OpenLicenseOnClosedWeights, $"{model.Slug}: {license.Name} on closed weights");
            return licenses.Find("proprietary");
        }

        if (license is { Id: "proprietary" } && model.OpenWeights == true)
        {
            report.Full(ProprietaryOnOpenWeights, model.Slug);
            return null;
        }

        return license ?? (model.OpenWeights == false ? licenses.Find("proprietary") : null);
    }

    /// <summary>
    /// Capabilities that the modalities decide (vision, multimodal, audio and PDF input, audio and image output) follow
    /// the model's agreed modalities; reasoning, function calling and structured outputs follow the maker's own route
    /// when it states them, else (for a model with no lab record) the maker's own LiteLLM entry. Every flag changed is reported. Editors' corrections come last.
    /// </summary>
    private void AlignCapabilities(CatalogModel model, IReadOnlyList<CatalogRoute> routes)
    {
        var caps = model.Capabilities;
        void Set(string key, bool value, string why)
        {
            if (caps.TryGetValue(key, out var had) && had != value)
            {
                report.Full(CapabilityConflict, $"{model.Slug} {key}: {(value ? "true" : "false")} ({why}), not {(had ? "true" : "false")}");
            }

            caps[key] = value;
        }

        if (model.Input.Count > 0)
        {
            Set("vision", model.Input.Contains("image"), "image input");
            Set("multimodal", model.Input.Any(i => i != "text"), "input modalities");
            Set("audio_input", model.Input.Contains("audio"), "audio input");
            if (model.Input.Contains("pdf"))
            {
                Set("pdf_input", true, "pdf input");
            }
        }

        if (model.Output.Count > 0)
        {
            Set("audio_output", model.Output.Contains("audio"), "audio output");
            Set("image_output", model.Output.Contains("image"), "image output");
        }

        // The maker's own word on a flag: its route in models.dev, else, for a model whose facts come from a host's
        // route (no lab record), its own LiteLLM entry (a key of its API), so that a host's flag (io-net's
        // reasoning: false for Magistral Small 2506) never outranks what the maker states.
        var maker = routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.Entry;
        var lite = !model.IsCanonical && _makerLite.TryGetValue(model, out var entry) ? entry : null;
        var liteSource = lite is null ? string.Empty : MakerEntryName(lite.Key);
        bool? LiteFlag(string key) => lite is not null && lite.Supports.TryGetValue(key, out var v) ? v : null;
        void FromMaker(bool? routeValue, string liteKey, params string[] keys)
        {
            var (value, why) = routeValue is not null ? (routeValue, "the maker's route") : (LiteFlag(liteKey), liteSource);
            if (value is not { } flag)
            {
                return;
            }

            foreach (var key in keys)
            {
                Set(key, flag, why);
            }
        }

        FromMaker(maker?.Reasoning, "reasoning", "reasoning");
        FromMaker(maker?.ToolCall, "function_calling", "function_calling", "tool_use");
        FromMaker(maker?.StructuredOutput, "response_schema", "structured_outputs");

        foreach (var key in new[] { "vision", "reasoning", "function_calling" })
        {
            var had = caps.TryGetValue(key, out var v) ? (v ? "true" : "false") : null;
            if (Corrections.Apply(model.Slug, key, had, report) is { } value && value != had)
            {
                caps[key] = value == "true";
                if (key == "function_calling")
                {
                    caps["tool_use"] = value == "true";
                }
            }
        }
    }

    /// <summary>
    /// The knowledge cutoff: the maker's route, the maker's lab record, LLM Stats, then a host's record (the record of
    /// a model known from routes alone); the first that is before the
    /// release (a cutoff in the release month, or after it, is a copy of the release date or wrong) is taken, and the
    /// others dropped are reported. An editor's correction comes first.
    /// </summary>
    private void DecideCutoff(CatalogModel model, IReadOnlyList<CatalogRoute> routes, LlmStatsModel? stats)
    {
        var candidates = new List<(string Value, string Source)>();
        if (Dates.Cutoff(routes.FirstOrDefault(r => r.Provider == model.Maker && r.Variant is null)?.Entry?.Knowledge) is { } maker)
        {
            candidates.Add((maker, "the maker's route"));
        }

        // The model's record is the maker's lab record only for a canonical model; a model known from routes alone
        // takes its record from a host's route (Azure's for gpt-3.5-turbo-0125), a reseller's word, heard after LLM Stats.
        var record = model.KnowledgeCutoff;
        if (record is not null && model.IsCanonical)
        {
            candidates.Add((record, "the model's record"));
        }

        if (Dates.Cutoff(stats?.KnowledgeCutoff) is { } statsCutoff)
        {
            candidates.Add((statsCutoff, "LLM Stats"));
        }

        if (record is not null && !model.IsCanonical)
        {
            candidates.Add((record, "a host's record"));
        }

        // A lower-ranked source's day in a month a higher-ranked source gave, and that was dropped, is the same
        // month made to look precise (LLM Stats' "2025-06-01" for the maker's "2025-06"): dropped with it.
        string? chosen = null;
        var droppedMonths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, source) in candidates)
        {
            if (model.ReleaseDate is { } released && OnOrAfter(value, released))
            {
                droppedMonths.Add(value[..7]);
                report.Full(CutoffAfterRelease, $"{model.Slug}: {value} from {source}, released {Dates.Iso(released)}");
                continue;
            }

            if (chosen is null && droppedMonths.Contains(value[..7]))
            {
                report.Full(CutoffAfterRelease, $"{model.Slug}: {value} from {source}, the month a higher-ranked source gave on or after the release");
                continue;
            }

            chosen ??= value;
        }

        model.KnowledgeCutoff = Corrections.Apply(model.Slug, "knowledge_cutoff", chosen, report);
    }

    /// <summary>
    /// A model that runs in a thinking mode reasons, whatever one route's flag says: a maker who sells a reasoning and a
    /// non-reasoning id of one model (grok-4.20-0309-reasoning and -non-reasoning) gives each its own flag, and the
    /// merged model must not read as one that cannot reason. Runs after the modes are decided; an editor's correction
    /// of <c>reasoning</c> still wins.
    /// </summary>
    private void ReasonsWhenItThinks(CatalogModel model)
    {
        if (!model.Modes.Contains("thinking") || Corrections.Find(model.Slug, "reasoning") is not null
            || (model.Capabilities.TryGetValue("reasoning", out var had) && had))
        {
            return;
        }

        if (model.Capabilities.ContainsKey("reasoning"))
        {
            report.Full(CapabilityConflict, $"{model.Slug} reasoning: true (a thinking mode), not false");
        }

        model.Capabilities["reasoning"] = true;
    }

    /// <summary>True when a cutoff (YYYY-MM or YYYY-MM-DD) is on or after a release date, at the cutoff's precision (the site's own rule, <see cref="ModelCompare.Catalog.PartialDate.IsOnOrAfter"/>).</summary>
    internal static bool OnOrAfter(string cutoff, DateOnly released) =>
        ModelCompare.Catalog.PartialDate.TryParse(cutoff, out var date) && date.IsOnOrAfter(released);

    /// <summary>
    /// Dates that must fit together, after the release date is decided: a full date in the model's own id (the maker's
    /// name for the snapshot) more than <see cref="ReleaseDateTolerance"/> days from the release date is taken instead;
    /// a release date after the model's first price in the history is reported (kept by source order). An editor's
    /// correction comes last.
    /// </summary>
    private void CheckDates(CatalogModel model, IReadOnlyList<CatalogRoute> routes, IReadOnlyList<string> otherDates)
    {
        // Only a date the maker wrote in one of the model's ids ("gpt-4o-2024-08-06") counts as the maker's name for the snapshot.
        if (model.SnapshotDate is { Length: 8 } digits
            && model.ApiIds.Append(model.Key).Any(id => ModelIdNormalizer.DateOf(id) == digits)
            && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var named)
            && model.ReleaseDate is { } released && Math.Abs(released.DayNumber - named.DayNumber) > ReleaseDateTolerance)
        {
            report.Full(ReleaseVsIdDate, $"{model.Slug}: {Dates.Iso(released)} replaced by {Dates.Iso(named)}, the date in its id");
            ReplaceRelease(model, named);
        }

        // A name ending in -MMDD (gpt-3.5-turbo-0125, gpt-4-0314) gives the snapshot's month and day without its year: a
        // release date on another day gives way to the one date a source gives on that month and day, when there is one.
        if (model.ReleaseDate is { } chosen && ModelIdNormalizer.MonthDayOf(model.Key) is { } monthDay && (chosen.Month, chosen.Day) != monthDay)
        {
            var onTheDay = otherDates.Select(Dates.Parse).OfType<DateOnly>().Where(d => (d.Month, d.Day) == monthDay).Distinct().ToList();
            if (onTheDay is [var day])
            {
                report.Full(ReleaseVsIdDate, $"{model.Slug}: {Dates.Iso(chosen)} replaced by {Dates.Iso(day)}, the one source's date on the month and day in its id");
                ReplaceRelease(model, day, "the month and day in the model's id");
            }
            else if (onTheDay.Count == 0 && SnapshotDayBefore(chosen, monthDay) is { } snapshotDay)
            {
                // No source dates the snapshot itself; the chosen date is a listing of it, made on or after the day the
                // maker named it for. The id's month and day, on the last such day before that listing and no more than
                // IdDayBeforeListing days before it, date the snapshot (gpt-4-0314, listed 2023-05-28: 2023-03-14).
                report.Full(ReleaseVsIdDate, $"{model.Slug}: {Dates.Iso(chosen)} replaced by {Dates.Iso(snapshotDay)}, the month and day in its id in the year of the sources' date");
                ReplaceRelease(model, snapshotDay, "the month and day in the model's id");
            }
        }

        // Hosts reuse ids across versions, so an early price does not date the release by itself: the release keeps
        // its source order and the conflict is listed, with the other sources' dates on or before that price.
        var firstPrice = routes.SelectMany(r => r.History).Select(h => (DateOnly?)h.Date).Min();
        if (firstPrice is { } priced && model.ReleaseDate is { } release && release > priced)
        {
            var earlier = otherDates.Select(Dates.Parse).OfType<DateOnly>().Where(d => d <= priced).Distinct().Order().Select(Dates.Iso).ToList();
            report.Full(ReleaseAfterPrice, $"{model.Slug}: released {Dates.Iso(release)} (kept by source order), first priced {Dates.Iso(priced)}{(earlier.Count == 0 ? "" : $"; other sources give {string.Join(", ", earlier)}")}");
        }

        var corrected = Corrections.Apply(model.Slug, "release_date", model.ReleaseDate is { } d ? Dates.Iso(d) : null, report);
        if (corrected is not null && Dates.Parse(corrected) != model.ReleaseDate)
        {
            ReplaceRelease(model, Dates.Parse(corrected)!.Value, "editor's correction");
        }
    }

    /// <summary>How many days before a source's date the month and day in a model's id may fall for that date's year to be taken.</summary>
    public const int IdDayBeforeListing = 90;

    /// <summary>The last day on or before <paramref name="listed"/> with the id's month and day, when it is at most <see cref="IdDayBeforeListing"/> days before it.</summary>
    public static DateOnly? SnapshotDayBefore(DateOnly listed, (int Month, int Day) monthDay)
    {
        foreach (var year in new[] { listed.Year, listed.Year - 1 })
        {
            if (monthDay.Day <= DateTime.DaysInMonth(year, monthDay.Month) && new DateOnly(year, monthDay.Month, monthDay.Day) is var day && day <= listed)
            {
                return listed.DayNumber - day.DayNumber <= IdDayBeforeListing ? day : null;
            }
        }

        return null;
    }

    /// <summary>Sets a fact's value over what the sources agreed, putting it first in the model's dispute so the record stays consistent.</summary>
    private static void Overrule(CatalogModel model, string field, string value, string source)
    {
        if (model.Disputes.FirstOrDefault(d => d.Field == field) is not { } dispute)
        {
            return;
        }

        var others = dispute.Values.Where(v => v.Value != value).Select(v => v with { Maker = false }).ToList();
        var same = dispute.Values.FirstOrDefault(v => v.Value == value);
        var first = same is null ? new VotedValue(value, 0, [source], true) : same with { Maker = true, Sources = [.. same.Sources.Append(source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
        model.Disputes.Remove(dispute);
        model.Disputes.Add(new Dispute(field, [first, .. others]));
    }

    private static void ReplaceRelease(CatalogModel model, DateOnly date, string source = "the date in the model's id")
    {
        model.ReleaseDate = date;
        Overrule(model, "release_date", Dates.Iso(date), source);
    }

    /// <summary>
    /// Applies an editor's correction of the context window (before max output is decided, so that the maker's own
    /// output limit is weighed against the corrected context) or of max output.
    /// </summary>
    private void CorrectLimit(CatalogModel model, string field)
    {
        var current = field == "context_window" ? model.ContextWindow : model.MaxOutput;
        var text = current?.ToString(CultureInfo.InvariantCulture);
        if (Corrections.Apply(model.Slug, field, text, report) is { } value && value != text)
        {
            var parsed = long.Parse(value, CultureInfo.InvariantCulture);
            if (field == "context_window")
            {
                model.ContextWindow = parsed;
            }
            else
            {
                model.MaxOutput = parsed;
            }

            Overrule(model, field, value, "editor's correction");
        }
    }

    /// <summary>Remembers the Hugging Face repository OpenRouter names for a model (its weights are published).</summary>
    private void NoteWeightsRepository(CatalogModel model, OpenRouterModel or)
    {
        if (or.HuggingFaceId is { } repo)
        {
            _weightsRepository.TryAdd(model, repo);
        }
    }

    /// <summary>Applies the editors' successor corrections.</summary>
    public void CorrectSuccessors(IReadOnlyList<CatalogModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        foreach (var model in models)
        {
            model.Successor = Corrections.Apply(model.Slug, "successor", model.Successor, report);
        }
    }
}
