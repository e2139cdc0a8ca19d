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
                SourcesDiffer = m.SourcesDiffer.IsDefault ? [] : m.SourcesDiffer.Select(d => new { d.Field, Values = d.Values.Select(v => new { v.Value, v.Routes, v.Sources, v.Maker }) }).ToArray(),
                KnowledgeCutoff = m.KnowledgeCutoff?.ToString(),
                Modalities = new { Input = m.Modalities.Input.IsDefault ? [] : m.Modalities.Input, Output = m.Modalities.Output.IsDefault ? [] : m.Modalities.Output },
                Capabilities = m.Capabilities.Known.ToDictionary(kv => ModelCompare.Web.Pages.Models.ModelListQuery.CapabilityKey(kv.Key), kv => kv.Value),
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
                    r.Price,
                    Batch = r.BatchPrice,
                    Tiers = r.Tiers.IsDefault ? [] : r.Tiers.Select(t => new { t.AboveTokens, t.Price }).ToArray(),
                    r.ContextWindow,
                    r.MaxOutput,
                    Regions = r.Regions.IsDefault ? [] : r.Regions,
                    r.SourceUrl,
                    r.Checked,
                    History = r.History.IsDefault ? [] : r.History.Select(h => new { h.Date, h.Event, h.Price }).ToArray(),
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
                Scores = snap.ScoresOn(b.Slug).Select(s => new { Model = s.ModelSlug, s.Value, Setting = s.Variant, s.Notes, Source = s.SourceName, s.SourceUrl, s.Date, s.SelfReported }),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

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
        Row(csv, ["slug", "name", "maker", "release_date", "status", "deprecation_date", "retirement_date", "status_source_url", "successor", "context_window", "max_output", "license", "open_weights",
            "price_basis", "price_input_usd_per_1m", "price_output_usd_per_1m", "price_cache_read_usd_per_1m", "price_route", "price_market_providers",
            "cheapest_route", "cheapest_route_label",
            "cheapest_input_usd_per_1m", "cheapest_input_provider", "cheapest_output_usd_per_1m", "cheapest_output_provider", "providers",
            .. CapabilitySet.All.Select(ModelCompare.Web.Pages.Models.ModelListQuery.CapabilityKey), "last_reviewed"]);
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
                .. CapabilitySet.All.Select(c => Bool(m.Capabilities[c])), Date(m.LastReviewed),
            ]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] RoutesCsv(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new StringBuilder();
        Row(csv, ["provider", "model", "variant", "maker_own", "seller_kind", "costed", "not_costed_reason", "unusually_low", "below_reference_percent", "label",
            "api_id", "status", "free_tier", "input_usd_per_1m", "output_usd_per_1m", "cache_read_usd_per_1m", "cache_write_usd_per_1m",
            "batch_input_usd_per_1m", "batch_output_usd_per_1m", "context_window", "max_output", "source_url", "checked"]);
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
