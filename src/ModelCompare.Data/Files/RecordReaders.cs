using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Data.Files;

internal sealed record ProviderDraft(Provider Provider, FilePosition At);

internal sealed record ModelDraft(
    Model Model,
    FilePosition At,
    FilePosition MakerAt,
    FilePosition SuccessorAt,
    ImmutableArray<(string Alias, FilePosition At)> Aliases);

/// <summary>A route as read, with where its input and output prices sit in the file (for warnings about them).</summary>
internal sealed record RouteDraft(Route Route, FilePosition At)
{
    public FilePosition? InputAt { get; init; }
    public FilePosition? OutputAt { get; init; }
    public FilePosition? CheckedAt { get; init; }
}

internal sealed record ScoreDraft(BenchmarkScore Score, FilePosition ModelAt)
{
    /// <summary>Where the score's date is written (its mapping when it has none).</summary>
    public FilePosition DateAt { get; init; }
}

internal sealed record BenchmarkDraft(Benchmark Benchmark, FilePosition At, ImmutableArray<ScoreDraft> Scores);

/// <summary>Reads each kind of data file into a domain record, checking what one file alone can show.</summary>
internal static class RecordReaders
{
    private const decimal MaxPricePerMillion = 1000m;

    public static ProviderDraft ReadProvider(ParsedFile file, string slug)
    {
        var f = file.Fields;
        var name = f.String("name", required: true);
        var roles = f.StringList("roles");
        if (!f.Has("roles") || roles.IsEmpty)
        {
            f.Problems.Add(f.PositionOf("roles"), "roles", "is required (a list of maker, host or both)");
        }

        foreach (var (role, at) in roles.Where(r => !Vocabulary.ProviderRoles.Contains(r.Value)))
        {
            f.Problems.Add(at, "roles", $"expected maker or host, got \"{role}\"{YamlFieldReader.Suggest(role, Vocabulary.ProviderRoles)}");
        }

        var provider = new Provider
        {
            Slug = slug,
            Name = name ?? slug,
            IsMaker = roles.Any(r => r.Value == "maker"),
            IsHost = roles.Any(r => r.Value == "host"),
            SellerKind = f.Enum("seller_kind", Vocabulary.SellerKinds) ?? SellerKind.Unknown,
            Website = Url(f, "website"),
            DocsUrl = Url(f, "docs"),
            ApiBaseUrl = Url(f, "api_base"),
            SdkPackage = f.String("sdk"),
            NotesHtml = file.BodyHtml,
            Sources = Sources(f),
            LastReviewed = f.Date("last_reviewed", required: true) ?? default,
        };
        f.RejectUnknownFields();
        return new ProviderDraft(provider, f.Position);
    }

    public static ModelDraft ReadModel(ParsedFile file, string slug)
    {
        var f = file.Fields;
        var name = f.String("name", required: true);
        var maker = f.String("maker", required: true);
        var release = f.Date("release_date");
        var retirement = f.Date("retirement_date");
        if (release is { } r && retirement is { } t && t < r)
        {
            f.Problems.Add(f.PositionOf("retirement_date"), "retirement_date", $"{t:yyyy-MM-dd} is before the release date {r:yyyy-MM-dd}");
        }

        var deprecation = f.Date("deprecation_date");
        if (release is { } r2 && deprecation is { } d2 && d2 < r2)
        {
            f.Problems.Add(f.PositionOf("deprecation_date"), "deprecation_date", $"{d2:yyyy-MM-dd} is before the release date {r2:yyyy-MM-dd}");
        }

        var status = f.Enum("status", Vocabulary.ModelStatuses) ?? ModelStatus.Active;
        var statusSource = StatusSourceOf(f);
        if (statusSource is null && (status != ModelStatus.Active || retirement is not null || deprecation is not null))
        {
            f.Problems.Add(f.Position, "status_source", "a status, deprecation_date or retirement_date needs a status_source (name, url and checked)");
        }

        var context = f.PositiveWhole("context_window", "a positive whole number of tokens", max: DataFileLimits.MaxTokens);
        var maxOutput = f.PositiveWhole("max_output", "a positive whole number of tokens", max: DataFileLimits.MaxTokens);
        if (context is { } c && maxOutput is { } o && o > c)
        {
            f.Problems.Add(f.PositionOf("max_output"), "max_output", $"{o} tokens is larger than the context window of {c} tokens");
        }

        PartialDate? cutoff = null;
        if (f.String("knowledge_cutoff") is { } cutoffText)
        {
            if (PartialDate.TryParse(cutoffText, out var parsed))
            {
                cutoff = parsed;
            }
            else
            {
                f.Problems.Add(f.PositionOf("knowledge_cutoff"), "knowledge_cutoff", $"expected YYYY-MM or YYYY-MM-DD, got \"{cutoffText}\"");
            }
        }

        var aliases = f.StringList("aliases");
        foreach (var (alias, at) in aliases)
        {
            if (Vocabulary.SlugProblem(alias) is { } problem)
            {
                f.Problems.Add(at, "aliases", problem);
            }
        }

        var model = new Model
        {
            Slug = slug,
            Name = name ?? slug,
            MakerSlug = maker ?? "",
            Family = f.String("family"),
            ReleaseDate = release,
            RetirementDate = retirement,
            Status = status,
            DeprecationDate = deprecation,
            StatusSource = statusSource,
            SuccessorSlug = f.String("successor"),
            Aliases = [.. aliases.Select(a => a.Value)],
            ContextWindow = context,
            MaxOutput = maxOutput,
            Parameters = Parameters(f),
            Architecture = f.String("architecture"),
            License = f.String("license"),
            OpenWeights = f.Bool("open_weights"),
            CommercialUse = f.Enum("commercial_use", Vocabulary.CommercialUses) ?? CommercialUse.Unknown,
            CommercialUseNote = f.String("commercial_use_note"),
            KnowledgeCutoff = cutoff,
            Modalities = ModalitiesOf(f),
            Capabilities = CapabilitiesOf(f),
            DecisionFit = [.. EnumList(f, "decision_fit", Vocabulary.DecisionFits)],
            BestFor = f.String("best_for"),
            ApiIds = [.. f.StringList("api_ids").Select(a => a.Value)],
            Modes = [.. ModesOf(f)],
            SourcesDiffer = SourcesDiffer(f),
            OverviewHtml = file.BodyHtml,
            Sources = Sources(f),
            LastReviewed = f.Date("last_reviewed", required: true) ?? default,
        };
        CheckAgreement(f, model);
        CheckFacts(f, model);
        var makerAt = f.PositionOf("maker");
        var successorAt = f.PositionOf("successor");
        f.RejectUnknownFields();
        return new ModelDraft(model, f.Position, makerAt, successorAt, aliases);
    }

    /// <summary>A route file; <paramref name="variantSlug"/> is the variant part of its name (<c>model--variant.yaml</c>), or null for the plain route.</summary>
    public static RouteDraft ReadRoute(ParsedFile file, string providerSlug, string modelSlug, string? variantSlug = null)
    {
        var f = file.Fields;
        var variant = Variant(f, variantSlug);
        var freeTier = f.Bool("free_tier") ?? false;
        var priceMap = f.Map("price");
        var price = Prices(priceMap);
        if (price is { Input: 0m, Output: 0m } && !freeTier)
        {
            f.Problems.Add(f.PositionOf("price"), "price", "a route priced at 0 is a free tier or plan: set free_tier: true and leave the price out");
        }

        var tiers = Tiers(f, price);

        var history = new List<PricePoint>();
        foreach (var point in f.MapList("history"))
        {
            var date = point.Date("date", required: true);
            var kind = point.Enum("event", Vocabulary.PriceEvents, required: true);
            var pointPrice = Prices(point, ownsMap: false);
            // The context tiers in force from this date, when the entry records them (an empty list: none).
            ImmutableArray<PriceTier>? pointTiers = point.Has("tiers") ? [.. Tiers(point, pointPrice)] : null;
            point.RejectUnknownFields();
            if (date is { } d && kind is { } k)
            {
                if (history.Count > 0 && d < history[^1].Date)
                {
                    f.Problems.Add(point.PositionOf("date"), point.Field("date"), $"history must be oldest first; {d:yyyy-MM-dd} comes after {history[^1].Date:yyyy-MM-dd}");
                }

                history.Add(new PricePoint(d, k, pointPrice) { Tiers = pointTiers });
            }
        }

        var batchMap = f.Map("batch");
        var flexMap = f.Map("flex");
        var batch = Prices(batchMap);
        var flex = Prices(flexMap);
        PriceOrder.WritesAboveReads(priceMap, price);
        PriceOrder.NotAboveStandard(batchMap, batch, price, "batch");
        PriceOrder.NotAboveStandard(flexMap, flex, price, "flex");
        var route = new Route
        {
            ProviderSlug = providerSlug,
            ModelSlug = modelSlug,
            Variant = variant,
            IsMakerOwn = f.Bool("maker_own") ?? false,
            ApiId = f.String("api_id"),
            Status = f.Enum("status", Vocabulary.RouteStatuses) ?? RouteStatus.Active,
            IsFreeTier = freeTier,
            Price = freeTier ? null : price,
            BatchPrice = batch,
            FlexPrice = flex,
            PriorityPrice = Prices(f.Map("priority")),
            Fees = Fees(f.Map("fees")),
            PriceSources = PriceSources(f.Map("price_sources")),
            Tiers = [.. tiers],
            ContextWindow = f.PositiveWhole("context_window", "a positive whole number of tokens", max: DataFileLimits.MaxTokens),
            MaxOutput = f.PositiveWhole("max_output", "a positive whole number of tokens", max: DataFileLimits.MaxTokens),
            Regions = [.. f.StringList("regions").Select(r => r.Value)],
            SourceUrl = Url(f, "source_url", required: true) ?? "",
            Checked = f.Date("checked", required: true) ?? default,
            History = [.. history],
        };
        f.RejectUnknownFields();
        return new RouteDraft(route, f.Position)
        {
            InputAt = priceMap?.Has("input") == true ? priceMap.PositionOf("input") : null,
            OutputAt = priceMap?.Has("output") == true ? priceMap.PositionOf("output") : null,
            CheckedAt = f.Has("checked") ? f.PositionOf("checked") : null,
        };
    }

    /// <summary>The <c>variant</c> map, which a variant's file must have and the plain route's file must not.</summary>
    private static RouteVariant? Variant(YamlFieldReader f, string? slug)
    {
        var map = f.Map("variant");
        if (map is null)
        {
            if (slug is not null)
            {
                f.Problems.Add(f.Position, "variant", $"is required in a variant's file (the file name ends in --{slug}): give its kind ({string.Join(", ", Vocabulary.VariantKinds.Keys)}) and detail");
            }

            return null;
        }

        var kind = map.Enum("kind", Vocabulary.VariantKinds, required: true);
        var detail = map.String("detail");
        map.RejectUnknownFields();
        if (slug is null)
        {
            f.Problems.Add(f.PositionOf("variant"), "variant", "only a variant's file (named <model>--<variant>.yaml) has a variant; the plain route's file must not");
            return null;
        }

        return kind is { } k ? new RouteVariant(k, slug, detail) : null;
    }

    public static BenchmarkDraft ReadBenchmark(ParsedFile file, string slug)
    {
        var f = file.Fields;
        var name = f.String("name", required: true);
        var category = f.Enum("category", Vocabulary.Categories, required: true);
        var unit = f.String("unit", required: true);
        var scale = f.Map("scale", required: true);
        var min = scale?.Decimal("min", -1_000_000m, 1_000_000m, "a number", required: true);
        var max = scale?.Decimal("max", -1_000_000m, 1_000_000m, "a number", required: true);
        scale?.RejectUnknownFields();
        if (min is { } lo && max is { } hi && lo >= hi)
        {
            f.Problems.Add(scale!.PositionOf("max"), "scale.max", $"must be larger than scale.min ({lo})");
        }

        var source = f.Map("source", required: true);
        var sourceRef = source is null ? null : SourceOf(source);

        // Scores at or below 1 percent are genuine on a benchmark (or for a score) marked expected_low.
        var expectedLow = f.Bool("expected_low") ?? false;
        var scores = ImmutableArray.CreateBuilder<ScoreDraft>();
        var seen = new HashSet<(string, string?, string)>();
        foreach (var s in f.MapList("scores"))
        {
            var model = s.String("model", required: true);
            var value = s.Decimal("value", -1_000_000m, 1_000_000m, "a number", required: true);
            var variant = s.String("setting");
            if (!BenchmarkSetting.TryParse(variant, out var setting, out var settingProblem))
            {
                f.Problems.Add(s.PositionOf("setting"), s.Field("setting"), settingProblem!);
            }

            variant = setting.Text;
            var notes = s.String("notes");
            var sourceName = s.String("source", required: true);
            var sourceUrl = Url(s, "source_url", required: true);
            var date = s.Date("date");
            var selfReported = s.Bool("self_reported", required: true);
            var reportedBy = s.String("reported_by");
            var scoreExpectedLow = s.Bool("expected_low") ?? false;
            RunCost? cost = null;
            if (s.Map("cost_to_run") is { } costMap)
            {
                var usd = costMap.Decimal("usd", 0m, 1_000_000m, "an amount in US dollars", required: true);
                var per = costMap.Enum("per", Vocabulary.RunCostUnits, required: true);
                costMap.RejectUnknownFields();
                cost = usd is { } u && per is { } p ? new RunCost(u, p) : null;
            }

            s.RejectUnknownFields();
            if (value is { } v && min is { } smin && max is { } smax && (v < smin || v > smax))
            {
                f.Problems.Add(s.PositionOf("value"), s.Field("value"), $"{v} is outside the benchmark's scale {smin} to {smax}");
                continue;
            }

            if (value is { } percent && percent <= 1m && unit == "percent" && !expectedLow && !scoreExpectedLow)
            {
                f.Problems.AddWarning(s.PositionOf("value"), s.Field("value"), $"{percent} percent is at or below 1: if the source gave a fraction (0.81), write it as percent (81); if the score really is this low, add expected_low: true to the score");
            }

            if (model is null || value is null || sourceName is null || sourceUrl is null || selfReported is null)
            {
                continue;
            }

            if (!seen.Add((model, variant, sourceName)))
            {
                f.Problems.Add(s.PositionOf("model"), s.Field("model"), $"a second score for \"{model}\" from {sourceName}{(variant is null ? "" : $" ({variant})")}; keep one score per model, setting and source");
                continue;
            }

            scores.Add(new ScoreDraft(
                new BenchmarkScore
                {
                    BenchmarkSlug = slug,
                    ModelSlug = model,
                    Value = value.Value,
                    Variant = variant,
                    Notes = notes,
                    SourceName = sourceName,
                    SourceUrl = sourceUrl,
                    Date = date,
                    SelfReported = selfReported.Value,
                    Cost = cost,
                    ReportedBy = selfReported.Value ? null : reportedBy,
                },
                s.PositionOf("model"))
            {
                DateAt = s.PositionOf("date"),
            });
        }

        var benchmark = new Benchmark
        {
            Slug = slug,
            Name = name ?? slug,
            Category = category ?? BenchmarkCategory.General,
            Unit = unit ?? "",
            ScaleMin = min ?? 0,
            ScaleMax = max ?? 100,
            HigherIsBetter = f.Bool("higher_is_better") ?? true,
            Description = f.String("description"),
            Source = sourceRef ?? new SourceRef("", ""),
        };
        f.RejectUnknownFields();
        return new BenchmarkDraft(benchmark, f.Position, scores.ToImmutable());
    }

    /// <summary>
    /// A <c>tiers</c> list (of a route, or of one of its history entries): each tier above a threshold, in increasing
    /// order, never priced below the tier before it (or <paramref name="basePrice"/> for the first).
    /// </summary>
    private static List<PriceTier> Tiers(YamlFieldReader owner, TokenPrices? basePrice)
    {
        var tiers = new List<PriceTier>();
        foreach (var tier in owner.MapList("tiers"))
        {
            var above = tier.PositiveWhole("above_tokens", "a positive whole number of tokens", required: true, max: DataFileLimits.MaxTokens);
            var tierPrice = Prices(tier, ownsMap: false);
            tier.RejectUnknownFields();
            PriceOrder.TierNotBelowPredecessor(tier, tierPrice, tiers.Count > 0 ? tiers[^1].Price : basePrice);
            if (above is { } a && tierPrice is not null)
            {
                if (tiers.Count > 0 && a <= tiers[^1].AboveTokens)
                {
                    owner.Problems.Add(tier.PositionOf("above_tokens"), tier.Field("above_tokens"), $"tiers must be in increasing order; {a} does not follow {tiers[^1].AboveTokens}");
                }

                tiers.Add(new PriceTier(a, tierPrice));
            }
        }

        return tiers;
    }
        /// <param name="map">The mapping holding the price fields.</param>
    /// <param name="ownsMap">False when the mapping has other fields too (a tier, a history point), whose reader checks for unknown fields.</param>
    private static TokenPrices? Prices(YamlFieldReader? map, bool ownsMap = true)
    {
        if (map is null)
        {
            return null;
        }

        var input = map.Decimal("input", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        var output = map.Decimal("output", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        var cacheRead = map.Decimal("cache_read", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        var cacheWrite = map.Decimal("cache_write", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        var cacheWrite1h = map.Decimal("cache_write_1h", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        var reasoning = map.Decimal("reasoning", 0m, MaxPricePerMillion, "a price in USD per 1M tokens");
        if (ownsMap)
        {
            map.RejectUnknownFields();
        }

        return input is null && output is null && cacheRead is null && cacheWrite is null && cacheWrite1h is null && reasoning is null
            ? null
            : new TokenPrices(input, output, cacheRead, cacheWrite, cacheWrite1h, reasoning);
    }

    /// <summary>The <c>fees</c> map: USD per 1,000 requests and per 1,000 web searches.</summary>
    private static RouteFees? Fees(YamlFieldReader? map)
    {
        if (map is null)
        {
            return null;
        }

        var requests = map.Decimal("per_1k_requests", 0m, MaxPricePerMillion, "a fee in USD per 1,000 requests");
        var searches = map.Decimal("per_1k_web_searches", 0m, MaxPricePerMillion, "a fee in USD per 1,000 web searches");
        map.RejectUnknownFields();
        return requests is null && searches is null ? null : new RouteFees(requests, searches);
    }

    /// <summary>The <c>price_sources</c> map: for a price read elsewhere than <c>source_url</c>, its <c>{url, checked}</c>.</summary>
    private static ImmutableSortedDictionary<string, PriceSource> PriceSources(YamlFieldReader? map)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, PriceSource>(StringComparer.Ordinal);
        if (map is null)
        {
            return result.ToImmutable();
        }

        foreach (var field in Vocabulary.PricedFields)
        {
            if (map.Map(field) is not { } entry)
            {
                continue;
            }

            var url = Url(entry, "url", required: true);
            var date = entry.Date("checked", required: true);
            var note = entry.String("note");
            entry.RejectUnknownFields();
            if (url is not null && date is { } d)
            {
                result[field] = new PriceSource(url, d) { Note = note };
            }
        }

        map.RejectUnknownFields();
        return result.ToImmutable();
    }

    /// <summary>The <c>modes</c> list: <c>thinking</c> and <c>non-thinking</c>.</summary>
    private static IEnumerable<string> ModesOf(YamlFieldReader f)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mode, at) in f.StringList("modes"))
        {
            if (!Vocabulary.Modes.Contains(mode))
            {
                f.Problems.Add(at, "modes", $"expected {string.Join(" or ", Vocabulary.Modes)}, got \"{mode}\"{YamlFieldReader.Suggest(mode, Vocabulary.Modes)}");
            }
            else if (seen.Add(mode))
            {
                yield return mode;
            }
        }
    }

    /// <summary>
    /// <c>sources_differ</c>: for each disputed fact (<see cref="Vocabulary.DisputedFacts"/>), the values its sources
    /// give, each with <c>value</c>, <c>routes</c> (how many provider routes), <c>sources</c> (other sources by name)
    /// and <c>maker</c> (true when the maker gives it).
    /// </summary>
    private static ImmutableArray<FactDispute> SourcesDiffer(YamlFieldReader f)
    {
        var map = f.Map("sources_differ");
        if (map is null)
        {
            return [];
        }

        var disputes = ImmutableArray.CreateBuilder<FactDispute>();
        foreach (var field in Vocabulary.DisputedFacts)
        {
            var values = ImmutableArray.CreateBuilder<DisputedValue>();
            foreach (var entry in map.MapList(field))
            {
                var value = entry.String("value", required: true);
                var routes = entry.PositiveWhole("routes", "a positive whole number of routes");
                var sources = entry.StringList("sources").Select(x => x.Value).ToImmutableArray();
                var maker = entry.Bool("maker") ?? false;
                entry.RejectUnknownFields();
                if (value is not null && (routes is not null || !sources.IsEmpty || maker))
                {
                    values.Add(new DisputedValue(value, (int)(routes ?? 0), sources, maker));
                }
                else if (value is not null)
                {
                    entry.Problems.Add(entry.Position, entry.Field("routes"), "say who gives the value: routes, sources or maker");
                }
            }

            if (values.Count > 0)
            {
                disputes.Add(new FactDispute(field, values.ToImmutable()));
            }
        }

        map.RejectUnknownFields();
        return disputes.ToImmutable();
    }

    /// <summary>
    /// Warns when a disputed fact's value is not the one its sources agree on: the maker's value when a source is the
    /// maker, else the value listed first (the import lists the agreed value first). An editor's deliberate choice
    /// stays (it is a warning).
    /// </summary>
    /// <summary>
    /// Facts that contradict each other in one record, reported as warnings (the import resolves them by source
    /// order; see docs/import.md): an open license on closed weights or "Proprietary" on open weights, a vision
    /// flag that contradicts image input, a knowledge cutoff on or after the release date.
    /// </summary>
    private static void CheckFacts(YamlFieldReader f, Model model)
    {
        if (model.License is { } license && model.OpenWeights is { } open)
        {
            var proprietary = string.Equals(license, "Proprietary", StringComparison.OrdinalIgnoreCase);
            if (proprietary && open)
            {
                f.Problems.AddWarning(f.PositionOf("license"), "license", "Proprietary on open weights: the license and open_weights disagree");
            }
            else if (!proprietary && !open)
            {
                f.Problems.AddWarning(f.PositionOf("license"), "license", $"the open license {license} on closed weights: the license and open_weights disagree");
            }
        }

        if (model.Capabilities[Capability.Vision] is { } vision && !model.Modalities.Input.IsDefaultOrEmpty
            && vision != model.Modalities.Input.Contains(Modality.Image))
        {
            f.Problems.AddWarning(f.PositionOf("capabilities"), "capabilities.vision",
                vision ? "vision is true but the input modalities have no image" : "vision is false but the input modalities include image");
        }

        if (model.KnowledgeCutoff is { } cutoff && model.ReleaseDate is { } released && cutoff.IsOnOrAfter(released))
        {
            f.Problems.AddWarning(f.PositionOf("knowledge_cutoff"), "knowledge_cutoff", $"{cutoff} is on or after the release date {released:yyyy-MM-dd}");
        }
    }

    private static void CheckAgreement(YamlFieldReader f, Model model)
    {
        foreach (var dispute in model.SourcesDiffer)
        {
            var agreed = dispute.Agreed;
            var own = dispute.Field switch
            {
                "context_window" => model.ContextWindow?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "max_output" => model.MaxOutput?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "release_date" => model.ReleaseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "open_weights" => model.OpenWeights is { } o ? (o ? "true" : "false") : null,
                _ => null,
            };
            if (own != agreed.Value)
            {
                var who = agreed.Maker ? "the maker" : $"{agreed.Count} {(agreed.Count == 1 ? "source" : "sources")}";
                f.Problems.AddWarning(f.PositionOf(dispute.Field), dispute.Field,
                    $"{own ?? "no value"} is not what its sources agree on: {agreed.Value} ({who}); correct it, or update sources_differ");
            }
        }
    }

    private static ParameterCount? Parameters(YamlFieldReader f)
    {
        var map = f.Map("parameters");
        if (map is null)
        {
            return null;
        }

        var total = map.Decimal("total_billions", 0.001m, 100_000m, "a number of billions of parameters");
        var active = map.Decimal("active_billions", 0.001m, 100_000m, "a number of billions of parameters");
        map.RejectUnknownFields();
        if (total is { } t && active is { } a && a > t)
        {
            map.Problems.Add(map.PositionOf("active_billions"), map.Field("active_billions"), $"{a}B active parameters is more than the {t}B total");
        }

        return total is null && active is null ? null : new ParameterCount(total, active);
    }

    private static Modalities ModalitiesOf(YamlFieldReader f)
    {
        var map = f.Map("modalities");
        if (map is null)
        {
            return Modalities.Empty;
        }

        var result = new Modalities([.. EnumList(map, "input", Vocabulary.Modalities)], [.. EnumList(map, "output", Vocabulary.Modalities)]);
        map.RejectUnknownFields();
        return result;
    }

    private static CapabilitySet CapabilitiesOf(YamlFieldReader f)
    {
        var map = f.Map("capabilities");
        if (map is null)
        {
            return CapabilitySet.Empty;
        }

        var known = new List<KeyValuePair<Capability, bool>>();
        foreach (var (key, capability) in Vocabulary.Capabilities)
        {
            if (map.Bool(key) is { } value)
            {
                known.Add(new(capability, value));
            }
        }

        map.RejectUnknownFields();
        return new CapabilitySet(known);
    }

    private static IEnumerable<T> EnumList<T>(YamlFieldReader map, string name, IReadOnlyDictionary<string, T> allowed)
    {
        var seen = new HashSet<T>();
        foreach (var (text, at) in map.StringList(name))
        {
            if (!allowed.TryGetValue(text, out var value))
            {
                map.Problems.Add(at, map.Field(name), $"expected one of {string.Join(", ", allowed.Keys)}, got \"{text}\"{YamlFieldReader.Suggest(text, allowed.Keys)}");
            }
            else if (seen.Add(value))
            {
                yield return value;
            }
        }
    }

    /// <summary>The <c>status_source</c> map: where a model's status and dates come from, and the day it was read.</summary>
    private static StatusSource? StatusSourceOf(YamlFieldReader f)
    {
        if (f.Map("status_source") is not { } map)
        {
            return null;
        }

        var name = map.String("name", required: true);
        var url = Url(map, "url", required: true);
        var checkedOn = map.Date("checked", required: true);
        map.RejectUnknownFields();
        return name is null || url is null || checkedOn is null ? null : new StatusSource(name, url, checkedOn.Value);
    }

    private static ImmutableArray<SourceRef> Sources(YamlFieldReader f) =>
        [.. f.MapList("sources").Select(SourceOf).OfType<SourceRef>()];

    private static SourceRef? SourceOf(YamlFieldReader map)
    {
        var name = map.String("name", required: true);
        var url = Url(map, "url", required: true);
        map.RejectUnknownFields();
        return name is null || url is null ? null : new SourceRef(name, url);
    }

    private static string? Url(YamlFieldReader map, string name, bool required = false)
    {
        var text = map.String(name, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return text;
        }

        map.Problems.Add(map.PositionOf(name), map.Field(name), $"expected an absolute http(s) URL, got \"{text}\"");
        return null;
    }
}
