using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Feeds;

/// <summary>The catalog as downloadable JSON and CSV, with the license and attribution inside.</summary>
public static class OpenData
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static byte[] CatalogJson(SiteView view, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(view);
        var snap = view.Snapshot;
        var document = new
        {
            Title = "ModelCompare LLM catalog",
            Source = Urls.Absolute(origin, Urls.Data),
            License = OpenDataLicense.Name,
            LicenseUrl = OpenDataLicense.Url,
            Attribution = OpenDataLicense.Attribution,
            DataVersion = snap.Version.Hash,
            LastReviewed = view.LastReviewed,
            Credits = (snap.Credits.IsDefaultOrEmpty ? ModelCompare.Data.DataSourceCredits.All : snap.Credits).Select(c => new { c.Name, c.Url, c.License, c.Attribution }),
            Models = snap.Models.Select(m => new
            {
                m.Slug,
                m.Name,
                Maker = m.MakerSlug,
                m.Family,
                m.ReleaseDate,
                Status = ModelLifecycle.Word(ModelLifecycle.StatusOn(m, view.Today)),
                m.DeprecationDate,
                m.RetirementDate,
                StatusSource = m.StatusSource is { } said ? new { said.Name, said.Url, said.Checked } : null,
                Successor = m.SuccessorSlug,
                Aliases = m.Aliases.IsDefault ? [] : m.Aliases,
                m.ContextWindow,
                m.MaxOutput,
                Parameters = m.Parameters is null ? null : new { m.Parameters.TotalBillions, m.Parameters.ActiveBillions },
                m.Architecture,
                m.License,
                m.OpenWeights,
                m.CommercialUse,
                m.CommercialUseNote,
                Modes = m.Modes.IsDefault ? [] : m.Modes,
                m.AlwaysThinks,
                m.Thinking,
                SourcesDiffer = m.SourcesDiffer.IsDefault ? [] : m.SourcesDiffer.Select(d => new { d.Field, Values = d.Values.Select(v => new { v.Value, v.Routes, v.Sources, v.Maker }) }).ToArray(),
                KnowledgeCutoff = m.KnowledgeCutoff?.ToString(),
                Modalities = new { Input = m.Modalities.Input.IsDefault ? [] : m.Modalities.Input, Output = m.Modalities.Output.IsDefault ? [] : m.Modalities.Output },
                Capabilities = m.Capabilities.Known.ToDictionary(kv => CapabilityNames.UrlKey(kv.Key), kv => kv.Value),
                ApiIds = m.ApiIds.IsDefault ? [] : m.ApiIds,
                Sources = m.Sources.IsDefault ? [] : m.Sources.Select(s => new { s.Name, s.Url }).ToArray(),
                m.LastReviewed,
                Price = PriceOf(view.Facts[m.Slug].Price),
                CheapestRoute = view.Facts[m.Slug].Price.Cheapest is { } c ? new { Provider = c.ProviderSlug, Route = c.Key, c.Route.Price?.Input, c.Route.Price?.Output, c.Blend, Label = c.Badge } : null,
                Url = Urls.Absolute(origin, Urls.Model(m.Slug)),
            }),
            Providers = snap.Providers.Select(p => new { p.Slug, p.Name, p.IsMaker, p.IsHost, p.SellerKind, p.Website, Docs = p.DocsUrl, ApiBase = p.ApiBaseUrl, p.LastReviewed }),
            Routes = snap.Routes.Select(r =>
            {
                var st = Standing(view, r);
                return new
                {
                    Provider = r.ProviderSlug,
                    Model = r.ModelSlug,
                    Variant = r.Variant is { } v ? new { v.Kind, v.Slug, v.Detail } : null,
                    MakerOwn = st?.IsMakerOwn ?? r.IsMakerOwn,
                    SellerKind = st?.SellerKind,
                    Costed = st?.IsCosted ?? false,
                    NotCosted = st is { IsCosted: false } ? st.Exclusion : (RouteExclusion?)null,
                    UnusuallyLow = st?.IsUnusuallyLow ?? false,
                    BelowReferencePercent = st?.BelowReference is { } below ? Math.Round(below * 100m, 1) : (decimal?)null,
                    Label = st?.Badge,
                    r.ApiId,
                    r.Status,
                    FreeTier = r.IsFreeTier,
                    Price = Prices(r.Price),
                    Batch = Prices(r.BatchPrice),
                    Flex = Prices(r.FlexPrice),
                    Priority = Prices(r.PriorityPrice),
                    Fees = r.Fees is { } fees ? new { Per1kRequests = fees.PerThousandRequests, Per1kWebSearches = fees.PerThousandWebSearches } : null,
                    PriceSources = r.PriceSources.ToDictionary(kv => kv.Key, kv => new { kv.Value.Url, kv.Value.Checked }, StringComparer.Ordinal),
                    Tiers = r.Tiers.IsDefault ? [] : r.Tiers.Select(t => new { t.AboveTokens, Price = Prices(t.Price) }).ToArray(),
                    r.ContextWindow,
                    r.MaxOutput,
                    Regions = r.Regions.IsDefault ? [] : r.Regions,
                    r.SourceUrl,
                    r.Checked,
                    History = r.History.IsDefault ? [] : r.History.Select(h => new { h.Date, h.Event, Price = Prices(h.Price) }).ToArray(),
                };
            }),
            Benchmarks = snap.Benchmarks.Select(b => new
            {
                b.Slug,
                b.Name,
                b.Category,
                b.Unit,
                Scale = new { Min = b.ScaleMin, Max = b.ScaleMax },
                b.HigherIsBetter,
                b.Description,
                Source = new { b.Source.Name, b.Source.Url },
                Scores = snap.ScoresOn(b.Slug).Select(s => new
                {
                    Model = s.ModelSlug, s.Value, Setting = s.Variant, s.Notes, Source = s.SourceName, s.SourceUrl, s.Date, s.SelfReported,
                    CostToRun = s.Cost is { } cost ? new { cost.Usd, Per = cost.Per } : null,
                }),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    /// <summary>The columns of models.csv, in order, each with what it holds (listed on /data).</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> ModelColumns =
    [
        ("slug", "the model's id in this catalog"), ("name", "display name"), ("maker", "the maker's provider slug"), ("release_date", "YYYY-MM-DD"),
        ("status", "active, deprecated or retired, judged on the day the file was made"), ("deprecation_date", "when the maker deprecated it"),
        ("retirement_date", "when the maker retires or retired it"), ("status_source_url", "where the status was read"), ("successor", "the slug of the model its maker names as the upgrade"),
        ("context_window", "tokens"), ("max_output", "tokens"), ("license", "the model's license"), ("open_weights", "true when the weights can be downloaded"),
        ("price_basis", "list (the maker's own price) or market (the median over providers)"), ("price_input_usd_per_1m", "the list or market input price"),
        ("price_output_usd_per_1m", "the list or market output price"), ("price_cache_read_usd_per_1m", "the list or market cache-read price"),
        ("price_route", "the route the list price is read from"), ("price_market_providers", "providers behind a market price"),
        ("cheapest_route", "the cheapest costed route"), ("cheapest_route_label", "its label, such as unusually low"),
        ("cheapest_input_usd_per_1m", "the cheapest input price"), ("cheapest_input_provider", "who sells it"),
        ("cheapest_output_usd_per_1m", "the cheapest output price"), ("cheapest_output_provider", "who sells it"), ("providers", "how many providers serve it"),
        ("modes", "thinking and non-thinking, space-separated; thinking alone when the model always thinks"),
        ("always_thinks", "true when its maker offers no way to turn thinking off (its bills include reasoning output)"),
        .. CapabilitySet.All.Select(c => (CapabilityNames.UrlKey(c), "true, false or empty when unknown")),
        ("last_reviewed", "when the model's record was last reviewed"),
        ("thinking", ThinkingColumn),
    ];

    /// <summary>What the models' <c>thinking</c> column (and catalog.json's <c>thinking</c>) holds.</summary>
    public const string ThinkingColumn =
        "always (thinks on every answer: its bills count hidden reasoning tokens), optional (thinks when a request asks), "
        + "unknown (a reasoning model no source says the modes of: its bills count no reasoning tokens, which it may spend), "
        + "or not-reasoning";

    /// <summary>The columns of routes.csv, in order, each with what it holds (listed on /data). Prices are USD per 1M tokens; fees USD per 1,000.</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning)> RouteColumns =
    [
        ("provider", "the provider's slug"), ("model", "the model's slug"), ("variant", "a quantized, regional or plan variant's slug"),
        ("maker_own", "sold by the model's maker"), ("seller_kind", "what kind of seller the provider is"), ("costed", "whether bills use this route"),
        ("not_costed_reason", "why not"), ("unusually_low", "more than half below the reference price"), ("below_reference_percent", "how far below"),
        ("label", "the label the pages show"), ("api_id", "the model id the provider's API expects"), ("status", "active, preview or deprecated"),
        ("free_tier", "a free tier or plan: availability, not a price"), ("input_usd_per_1m", "input"), ("output_usd_per_1m", "output"),
        ("cache_read_usd_per_1m", "reading a prompt cache"), ("cache_write_usd_per_1m", "writing a prompt cache that lives 5 minutes"),
        ("batch_input_usd_per_1m", "input on the batch tier"), ("batch_output_usd_per_1m", "output on the batch tier"),
        ("context_window", "tokens"), ("max_output", "tokens"), ("source_url", "where the prices were read"), ("checked", "when they were checked"),
        ("cache_write_1h_usd_per_1m", "writing a prompt cache that lives 1 hour"), ("reasoning_usd_per_1m", "output in thinking mode, where priced apart"),
        ("flex_input_usd_per_1m", "input on the flex tier"), ("flex_output_usd_per_1m", "output on the flex tier"),
        ("priority_input_usd_per_1m", "input on the priority tier"), ("priority_output_usd_per_1m", "output on the priority tier"),
        ("request_fee_usd_per_1k", "a fee per 1,000 requests"), ("web_search_fee_usd_per_1k", "a fee per 1,000 web searches"),
        ("tiers", "context tiers, space-separated, each above_tokens:input/output (200000:2.5/15)"),
    ];

    /// <summary>Every model's name in catalog order, as a JSON array of strings.</summary>
    public static byte[] ModelNames(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return JsonSerializer.SerializeToUtf8Bytes(view.Snapshot.Models.Select(m => m.Name), Json);
    }

    public static byte[] ModelsCsv(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new StringBuilder();
        Row(csv, ModelColumns.Select(c => c.Name));
        foreach (var m in view.Snapshot.Models)
        {
            var f = view.Facts[m.Slug];
            var input = ProfileFacts.CheapestInput(f);
            var price = f.Price;
            Row(csv,
            [
                m.Slug, m.Name, m.MakerSlug, Date(m.ReleaseDate), ModelLifecycle.Word(ModelLifecycle.StatusOn(m, view.Today)), Date(m.DeprecationDate), Date(m.RetirementDate), m.StatusSource?.Url, m.SuccessorSlug, Num(m.ContextWindow), Num(m.MaxOutput), m.License, Bool(m.OpenWeights),
                BasisKey(price), Num(price.Reference?.Input), Num(price.Reference?.Output), Num(price.Reference?.CacheRead), price.ListRoute?.Key,
                price.Basis == PriceBasis.Market ? Num(price.MarketProviders) : null,
                price.Cheapest?.Key, price.Cheapest?.Badge,
                Num(input?.InputPrice), input?.ProviderSlug, Num(f.CheapestOutput?.OutputPrice), f.CheapestOutput?.ProviderSlug, Num(f.ProviderSlugs.Length),
                m.Modes.IsDefaultOrEmpty ? null : string.Join(' ', m.Modes), Bool(m.AlwaysThinks),
                .. CapabilitySet.All.Select(c => Bool(m.Capabilities[c])), Date(m.LastReviewed), Kebab(m.Thinking),
            ]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] RoutesCsv(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new StringBuilder();
        Row(csv, RouteColumns.Select(c => c.Name));
        foreach (var r in view.Snapshot.Routes)
        {
            var st = Standing(view, r);
            Row(csv,
            [
                r.ProviderSlug, r.ModelSlug, r.Variant?.Slug, Bool(st?.IsMakerOwn ?? r.IsMakerOwn), st is null || st.SellerKind == SellerKind.Unknown ? null : Kebab(st.SellerKind),
                Bool(st?.IsCosted ?? false), st is { IsCosted: false } ? Kebab(st.Exclusion) : null, Bool(st?.IsUnusuallyLow ?? false),
                st?.BelowReference is { } below ? Num(Math.Round(below * 100m, 1)) : null, st?.Badge,
                r.ApiId, r.Status.ToString().ToLowerInvariant(), Bool(r.IsFreeTier), Num(r.Price?.Input), Num(r.Price?.Output),
                Num(r.Price?.CacheRead), Num(r.Price?.CacheWrite), Num(r.BatchPrice?.Input), Num(r.BatchPrice?.Output), Num(r.ContextWindow), Num(r.MaxOutput), r.SourceUrl, Date(r.Checked),
                Num(r.Price?.CacheWrite1h), Num(r.Price?.Reasoning), Num(r.FlexPrice?.Input), Num(r.FlexPrice?.Output), Num(r.PriorityPrice?.Input), Num(r.PriorityPrice?.Output),
                Num(r.Fees?.PerThousandRequests), Num(r.Fees?.PerThousandWebSearches), TiersText(r.Tiers),
            ]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>
    /// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; lines end CRLF.
    /// A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
    /// apostrophe, since names and ids come from editable data files.
    /// </summary>
    internal static void Row(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>A model's price as the open data gives it: the basis and the reference figures.</summary>
    private static object? PriceOf(ModelPrice price) => price.Basis == PriceBasis.None ? null : new
    {
        Basis = price.Basis,
        FreeFromMaker = price.IsFreeFromMaker,
        price.Reference!.Input,
        price.Reference.Output,
        price.Reference.CacheRead,
        Blend = price.ReferenceBlend,
        ListRoute = price.ListRoute?.Key,
        ListProvider = price.ListRoute?.ProviderSlug,
        MarketRoutes = price.Basis == PriceBasis.Market ? price.MarketRoutes : (int?)null,
        MarketProviders = price.Basis == PriceBasis.Market ? price.MarketProviders : (int?)null,
    };

    /// <summary>
    /// Token prices under the data files' own names (<c>input</c>, <c>output</c>, <c>cache_read</c>, <c>cache_write</c>,
    /// <c>cache_write_1h</c>, <c>reasoning</c>), the unknown ones left out; null when there are none.
    /// </summary>
    private static Dictionary<string, decimal>? Prices(TokenPrices? p)
    {
        if (p is null)
        {
            return null;
        }

        var fields = new (string Name, decimal? Value)[]
        {
            ("input", p.Input), ("output", p.Output), ("cache_read", p.CacheRead), ("cache_write", p.CacheWrite), ("cache_write_1h", p.CacheWrite1h), ("reasoning", p.Reasoning),
        };
        return fields.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!.Value, StringComparer.Ordinal);
    }

    /// <summary>A route's context tiers in one CSV field: "above_tokens:input/output" per tier, separated by spaces ("200000:2.5/15").</summary>
    private static string? TiersText(System.Collections.Immutable.ImmutableArray<PriceTier> tiers) =>
        tiers.IsDefaultOrEmpty ? null : string.Join(' ', tiers.Select(t => $"{Num(t.AboveTokens)}:{Num(t.Price.Input)}/{Num(t.Price.Output)}"));

    private static RouteStanding? Standing(SiteView view, ModelCompare.Catalog.Route route) =>
        view.Facts.TryGetValue(route.ModelSlug, out var f) ? f.Price.Standing(route.Key) : null;

    /// <summary>"list", "market", or empty without a price; "free-from-maker" is a list price of $0.</summary>
    private static string? BasisKey(ModelPrice price) => price.Basis switch
    {
        PriceBasis.List => "list",
        PriceBasis.Market => "market",
        _ => null,
    };

    private static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string? Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Num(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Num(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? value) => value is { } b ? (b ? "true" : "false") : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
