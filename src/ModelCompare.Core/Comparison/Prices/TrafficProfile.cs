using System.Collections.Immutable;
using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// A month of traffic: input and output tokens in millions, and the share of input tokens served
/// from a prompt cache.
/// </summary>
public sealed record TrafficProfile
{
    public const decimal DefaultInputMillions = 1000m;
    public const decimal DefaultOutputMillions = 200m;
    public const decimal DefaultCachePercent = 0m;
    public const decimal MaxMillions = 1_000_000m;
    public const decimal MaxCachePercent = 100m;
    public const decimal MaxRequests = 10_000_000_000m;
    public const decimal MaxTokensPerRequest = 10_000_000m;

    /// <summary>The per-request figures that give the default traffic: 1M requests × 1,000 input and 200 output tokens.</summary>
    public static RequestShape DefaultShape { get; } = new(1_000_000m, 1_000m, 200m);

    public TrafficProfile(decimal inputMillions = DefaultInputMillions, decimal outputMillions = DefaultOutputMillions, decimal cachePercent = DefaultCachePercent)
    {
        InputMillions = Math.Clamp(inputMillions, 0m, MaxMillions);
        OutputMillions = Math.Clamp(outputMillions, 0m, MaxMillions);
        CachePercent = Math.Clamp(cachePercent, 0m, MaxCachePercent);
    }

    public static TrafficProfile Default { get; } = new();

    public decimal InputMillions { get; }
    public decimal OutputMillions { get; }
    public decimal CachePercent { get; }

    /// <summary>The per-request figures this traffic was stated in; null when stated as monthly totals.</summary>
    public RequestShape? PerRequest { get; private init; }

    /// <summary>The workload preset whose figures these are; null for figures typed in.</summary>
    public WorkloadPreset? Preset { get; private init; }

    /// <summary>The share of input written to a prompt cache as typed (<c>?write=</c>); null takes the default of <see cref="CacheWritePercent"/>.</summary>
    public decimal? WritePercentGiven { get; init; }

    /// <summary>
    /// The share of input tokens written to a prompt cache, billed at the write price. Unless stated, when some input is
    /// read from a cache, the rest of the input is written, so that the next request can read it (a conversation or
    /// agent loop that marks the end of each prompt for caching); with nothing cached, nothing is written. Never more
    /// than the input not read from the cache.
    /// </summary>
    public decimal CacheWritePercent => Math.Min(WritePercentGiven ?? (CachePercent > 0m ? MaxCachePercent - CachePercent : 0m), MaxCachePercent - CachePercent);

    /// <summary>How long written caches live, which sets the write price (5 minutes unless stated).</summary>
    public CacheTtl CacheTtl { get; init; } = CacheTtl.FiveMinutes;

    /// <summary>Bill output in thinking mode, at the thinking price where the model prices it apart.</summary>
    public bool Thinking { get; init; }

    /// <summary>The service tier to bill; a route without it is billed at standard prices and labelled.</summary>
    public ServiceTier Tier { get; init; } = ServiceTier.Standard;

    /// <summary>
    /// Reasoning tokens a model that always thinks writes, as a share of its visible output, when no figure is given:
    /// as many as it shows (100%). An assumption, stated on the page and set with <c>?reasoning=</c>; see docs/traffic.md.
    /// </summary>
    public const decimal DefaultReasoningPercent = 100m;

    /// <summary>The most reasoning tokens a request may be said to write, as a share of its visible output.</summary>
    public const decimal MaxReasoningPercent = 10_000m;

    /// <summary>The most web searches a request may be said to make, per 1,000 requests.</summary>
    public const decimal MaxSearchesPerThousand = 100_000m;

    /// <summary>Reasoning tokens as a share of visible output, as typed (<c>?reasoning=</c>); null takes <see cref="DefaultReasoningPercent"/>.</summary>
    public decimal? ReasoningPercentGiven { get; init; }

    /// <summary>
    /// The billed model always thinks (its maker offers no way to turn thinking off), so its bill adds hidden reasoning
    /// output beside the visible output. Set by the engine per model, never read from a query.
    /// </summary>
    public bool AlwaysThinks { get; init; }

    /// <summary>Reasoning tokens billed beside the visible output, as a share of it: only for a model that always thinks.</summary>
    public decimal ReasoningPercent => AlwaysThinks ? ReasoningPercentGiven ?? DefaultReasoningPercent : 0m;

    /// <summary>Millions of reasoning tokens a month billed beside the visible output.</summary>
    public decimal ReasoningMillions => OutputMillions * ReasoningPercent / 100m;

    /// <summary>Web searches a tool makes, per 1,000 requests (<c>?search=</c>); 0 unless stated. Billed where the route prices searches.</summary>
    public decimal SearchesPerThousand { get; init; }

    /// <summary>Web searches a month: <see cref="SearchesPerThousand"/> for every 1,000 <see cref="Requests"/>.</summary>
    public decimal Searches => Requests * SearchesPerThousand / 1000m;

    /// <summary>
    /// The prompt size that decides a context tier: the per-request input tokens, or in monthly totals the default
    /// shape's (<see cref="PromptAssumed"/>).
    /// </summary>
    public decimal PromptTokens => PerRequest?.InputTokens ?? DefaultShape.InputTokens;

    /// <summary>The traffic was stated as monthly totals, so the prompt size and request count are assumed, not given.</summary>
    public bool PromptAssumed => PerRequest is null;

    /// <summary>Requests a month: as stated per request, or in monthly totals the input at <see cref="PromptTokens"/> a request.</summary>
    public decimal Requests => PerRequest?.Requests ?? (InputMillions * 1_000_000m / DefaultShape.InputTokens);

    /// <summary>The bill options are the defaults: nothing written beyond the default share, 5-minute caches, no thinking, standard tier.</summary>
    public bool HasDefaultOptions => WritePercentGiven is null && CacheTtl == CacheTtl.FiveMinutes && !Thinking && Tier == ServiceTier.Standard
        && ReasoningPercentGiven is null && SearchesPerThousand == 0m;

    /// <summary>
    /// The monthly traffic of <paramref name="shape"/> requests (clamped like monthly totals), remembering
    /// the per-request figures and the preset they match, if any.
    /// </summary>
    public static TrafficProfile FromRequests(RequestShape shape, decimal cachePercent = DefaultCachePercent)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return new TrafficProfile(shape.InputMillions, shape.OutputMillions, cachePercent)
        {
            PerRequest = shape,
            Preset = WorkloadPreset.All.FirstOrDefault(p => p.Shape == shape),
        };
    }

    /// <summary>The amounts are the default ones, however they were stated.</summary>
    public bool IsDefault => InputMillions == DefaultInputMillions && OutputMillions == DefaultOutputMillions && CachePercent == DefaultCachePercent && HasDefaultOptions;

    /// <summary>"1,000M input and 200M output tokens a month" (and ", 50% of input cached" when cached).</summary>
    public string Text => Formatting.TrafficText(this);

    /// <summary>
    /// Reads a traffic profile from query-string values. Numbers are invariant-culture; out-of-range
    /// values are clamped and malformed ones ignored, each with a note saying what was used instead.
    /// </summary>
    public static TrafficQuery FromQuery(string? input, string? output, string? cache) => FromMonthly(input, output, cache, formSent: false);

    /// <summary>Monthly totals; when a form sent them (<paramref name="formSent"/>), a blank total is noted beside its field too.</summary>
    private static TrafficQuery FromMonthly(string? input, string? output, string? cache, bool formSent)
    {
        var notes = new NoteList();
        var i = Read(input, "Input volume", DefaultInputMillions, MaxMillions, Formatting.MillionsOfTokens, notes, "input", formSent);
        var o = Read(output, "Output volume", DefaultOutputMillions, MaxMillions, Formatting.MillionsOfTokens, notes, "output", formSent);
        var c = Read(cache, "Cache share", DefaultCachePercent, MaxCachePercent, Formatting.Percent, notes, "cache");
        return notes.Query(new TrafficProfile(i, o, c));
    }

    /// <summary>The notes on a query as read: every one in order, and the field each belongs to when it has one.</summary>
    private sealed class NoteList
    {
        private readonly List<string> _all = [];
        private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

        public void Add(string text, string? field = null)
        {
            _all.Add(text);
            if (field is not null)
            {
                _byField.TryAdd(field, text);
            }
        }

        public void AddRange(TrafficQuery query)
        {
            foreach (var note in query.Notes)
            {
                _all.Add(note);
            }

            foreach (var (field, text) in query.FieldNotes)
            {
                _byField.TryAdd(field, text);
            }
        }

        public TrafficQuery Query(TrafficProfile profile) =>
            new(profile, [.. _all]) { FieldNotes = _byField.ToImmutableDictionary(StringComparer.Ordinal) };
    }

    /// <summary>
    /// Reads a traffic profile stated as monthly totals (<c>input</c>, <c>output</c>), per request
    /// (<c>requests</c>, <c>in_per</c>, <c>out_per</c>) or as a <c>preset</c>, with <c>cache</c> beside each.
    /// <c>mode=monthly</c> or <c>mode=request</c> says which set a form meant; without it, per-request figures
    /// win over a preset, and a preset over monthly totals. A blank per-request figure takes the preset's,
    /// else the default shape's. Odd values get a note, as in <see cref="FromQuery(string?, string?, string?)"/>.
    /// </summary>
    public static TrafficQuery FromQuery(string? input, string? output, string? cache, string? preset, string? requests, string? inPer, string? outPer, string? mode = null) =>
        FromQuery(input, output, cache, preset, requests, inPer, outPer, mode, new BillOptionsQuery());

    /// <summary>
    /// As <see cref="FromQuery(string?, string?, string?, string?, string?, string?, string?, string?)"/>, with the bill's
    /// options: the share of input written to a cache (<c>write</c>, %), the cache lifetime (<c>ttl=5m|1h</c>), thinking
    /// mode (<c>thinking=on|off</c>) and the service tier (<c>tier=standard|batch|flex|priority</c>). A preset sets its own
    /// cache share, thinking and tier; a value given wins over it.
    /// </summary>
    public static TrafficQuery FromQuery(string? input, string? output, string? cache, string? preset, string? requests, string? inPer, string? outPer, string? mode, BillOptionsQuery options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = ReadTraffic(input, output, cache, preset, requests, inPer, outPer, mode);
        var notes = new NoteList();
        notes.AddRange(result);
        var named = result.Profile.Preset ?? (mode?.Trim().ToLowerInvariant() == ModeMonthly ? null : WorkloadPreset.Find(preset));
        var profile = result.Profile;
        if (named is not null && string.IsNullOrWhiteSpace(cache) && profile.PerRequest is not null)
        {
            profile = FromRequests(profile.PerRequest, named.CachePercent);
        }

        decimal? write = string.IsNullOrWhiteSpace(options.Write) ? null : Read(options.Write, "Cache writes", 0m, MaxCachePercent, Formatting.Percent, notes, "write");
        decimal? reasoning = string.IsNullOrWhiteSpace(options.Reasoning) ? null : Read(options.Reasoning, "Reasoning tokens", DefaultReasoningPercent, MaxReasoningPercent, Formatting.Percent, notes, "reasoning");
        var search = string.IsNullOrWhiteSpace(options.Search) ? 0m : Read(options.Search, "Web searches per 1,000 requests", 0m, MaxSearchesPerThousand, Formatting.Number, notes, "search");
        profile = profile with
        {
            WritePercentGiven = write,
            ReasoningPercentGiven = reasoning,
            SearchesPerThousand = search,
            CacheTtl = ReadWord(options.Ttl, "Cache lifetime", TtlWords, CacheTtl.FiveMinutes, notes, "ttl"),
            Thinking = ReadWord(options.Thinking, "Thinking mode", ThinkingWords, named?.Thinking ?? false, notes, "thinking"),
            Tier = ReadWord(options.Tier, "Service tier", TierWords, named?.Tier ?? ServiceTier.Standard, notes, "tier"),
        };
        return notes.Query(profile);
    }

    private static readonly IReadOnlyDictionary<string, CacheTtl> TtlWords = new Dictionary<string, CacheTtl>(StringComparer.Ordinal) { ["5m"] = CacheTtl.FiveMinutes, ["1h"] = CacheTtl.OneHour };

    private static readonly IReadOnlyDictionary<string, bool> ThinkingWords = new Dictionary<string, bool>(StringComparer.Ordinal) { ["on"] = true, ["off"] = false };

    /// <summary>The <c>tier</c> values, by the service tier each names.</summary>
    public static readonly IReadOnlyDictionary<string, ServiceTier> TierWords = new Dictionary<string, ServiceTier>(StringComparer.Ordinal)
    {
        ["standard"] = ServiceTier.Standard, ["batch"] = ServiceTier.Batch, ["flex"] = ServiceTier.Flex, ["priority"] = ServiceTier.Priority,
    };

    private static T ReadWord<T>(string? text, string what, IReadOnlyDictionary<string, T> words, T fallback, NoteList notes, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (words.TryGetValue(text.Trim().ToLowerInvariant(), out var value))
        {
            return value;
        }

        notes.Add(Sentences.TrafficWordNotKnown(what, text.Trim(), [.. words.Keys]), field);
        return fallback;
    }

    private static TrafficQuery ReadTraffic(string? input, string? output, string? cache, string? preset, string? requests, string? inPer, string? outPer, string? mode)
    {
        var notes = new NoteList();
        var modeKey = mode?.Trim().ToLowerInvariant();
        if (!string.IsNullOrWhiteSpace(modeKey) && modeKey is not (ModeMonthly or ModeRequest))
        {
            notes.Add(Sentences.TrafficModeNotKnown(mode!.Trim()), "mode");
            modeKey = null;
        }

        var named = WorkloadPreset.Find(preset);
        if (named is null && !string.IsNullOrWhiteSpace(preset) && modeKey != ModeMonthly)
        {
            notes.Add(Sentences.TrafficPresetNotKnown(preset.Trim(), [.. WorkloadPreset.All.Select(p => p.Key)]));
        }

        var perRequestGiven = new[] { requests, inPer, outPer }.Any(v => !string.IsNullOrWhiteSpace(v));
        if (modeKey == ModeMonthly || (modeKey is null && !perRequestGiven && named is null))
        {
            var monthly = FromMonthly(input, output, cache, formSent: modeKey == ModeMonthly);
            notes.AddRange(monthly);
            return notes.Query(monthly.Profile);
        }

        var formSent = modeKey == ModeRequest;
        var c = Read(cache, "Cache share", DefaultCachePercent, MaxCachePercent, Formatting.Percent, notes, "cache");
        var fallback = named?.Shape ?? DefaultShape;
        var shape = modeKey == ModeRequest || perRequestGiven
            ? new RequestShape(
                Read(requests, "Requests a month", fallback.Requests, MaxRequests, Formatting.Number, notes, "requests", formSent),
                Read(inPer, "Input tokens per request", fallback.InputTokens, MaxTokensPerRequest, Formatting.Number, notes, "in_per", formSent),
                Read(outPer, "Output tokens per request", fallback.OutputTokens, MaxTokensPerRequest, Formatting.Number, notes, "out_per", formSent))
            : fallback;
        foreach (var (what, millions) in new[] { ("Input volume", shape.InputMillions), ("Output volume", shape.OutputMillions) })
        {
            if (millions > MaxMillions)
            {
                notes.Add(Sentences.TrafficPerRequestClamped(what, Formatting.MillionsOfTokens(millions), Formatting.MillionsOfTokens(MaxMillions)));
            }
        }

        return notes.Query(FromRequests(shape, c));
    }

    /// <summary><c>mode=monthly</c>: the form's monthly totals count, whatever else the query holds.</summary>
    public const string ModeMonthly = "monthly";

    /// <summary><c>mode=request</c>: the form's per-request figures count.</summary>
    public const string ModeRequest = "request";

    /// <summary>
    /// One figure: blank takes <paramref name="fallback"/> (said beside the field when <paramref name="blankNoted"/>: a form
    /// sent it empty in the way of stating traffic it chose; a blank cache share is simply none); malformed takes the fallback and negative or too large values are clamped, each with a note
    /// that names the <paramref name="field"/> it belongs to.
    /// </summary>
    private static decimal Read(string? text, string what, decimal fallback, decimal max, Func<decimal, string> show, NoteList notes, string? field = null, bool blankNoted = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (blankNoted)
            {
                notes.Add(Sentences.TrafficBlank(what, show(fallback)), field);
            }

            return fallback;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            notes.Add(Sentences.TrafficNotANumber(what, text.Trim(), show(fallback)), field);
            return fallback;
        }

        if (value < 0m)
        {
            notes.Add(Sentences.TrafficClamped(what, text.Trim(), show(0m), "below"), field);
            return 0m;
        }

        if (value > max)
        {
            notes.Add(Sentences.TrafficClamped(what, text.Trim(), show(max), "above"), field);
            return max;
        }

        return value;
    }
}

/// <summary>
/// The bill's options as typed in a query string: <c>write</c>, <c>ttl</c>, <c>thinking</c>, <c>tier</c>, <c>reasoning</c>
/// (reasoning tokens of a model that always thinks, % of visible output) and <c>search</c> (web searches per 1,000 requests).
/// </summary>
public sealed record BillOptionsQuery(string? Write = null, string? Ttl = null, string? Thinking = null, string? Tier = null, string? Reasoning = null, string? Search = null);

/// <summary>A traffic profile read from a query string, with notes on anything that was ignored or clamped.</summary>
public sealed record TrafficQuery(TrafficProfile Profile, ImmutableArray<string> Notes)
{
    /// <summary>The notes that belong to one form field, by its query name ("requests", "cache"), to be shown beside it.</summary>
    public ImmutableDictionary<string, string> FieldNotes { get; init; } = ImmutableDictionary<string, string>.Empty;

    public bool IsDefault => Profile.IsDefault;
}
