using System.Globalization;

namespace ModelCompare.Data.Storage;

// One row type per table; each SQL constant's column aliases equal these property names, so Dapper
// maps them with no configuration. Dates and decimals are ISO/invariant text (see 001_catalog.sql).

internal sealed class ProviderRow
{
    public const string Insert = """
        INSERT INTO providers (slug, name, is_maker, is_host, seller_kind, website, docs_url, api_base_url, sdk_package, notes_html, last_reviewed)
        VALUES (@Slug, @Name, @IsMaker, @IsHost, @SellerKind, @Website, @DocsUrl, @ApiBaseUrl, @SdkPackage, @NotesHtml, @LastReviewed)
        """;

    public const string Select = """
        SELECT slug AS Slug, name AS Name, is_maker AS IsMaker, is_host AS IsHost, seller_kind AS SellerKind, website AS Website,
               docs_url AS DocsUrl, api_base_url AS ApiBaseUrl, sdk_package AS SdkPackage,
               notes_html AS NotesHtml, last_reviewed AS LastReviewed
        FROM providers
        """;

    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public bool IsMaker { get; init; }
    public bool IsHost { get; init; }
    public string SellerKind { get; init; } = "";
    public string? Website { get; init; }
    public string? DocsUrl { get; init; }
    public string? ApiBaseUrl { get; init; }
    public string? SdkPackage { get; init; }
    public string? NotesHtml { get; init; }
    public string LastReviewed { get; init; } = "";
}

internal sealed class ModelRow
{
    public const string Insert = """
        INSERT INTO models (slug, name, maker_slug, family, release_date, retirement_date, status, deprecation_date,
            status_source_name, status_source_url, status_checked, successor_slug,
            context_window, max_output, parameters_total_billions, parameters_active_billions, architecture,
            license, open_weights, commercial_use, commercial_use_note, knowledge_cutoff, best_for, overview_html, last_reviewed)
        VALUES (@Slug, @Name, @MakerSlug, @Family, @ReleaseDate, @RetirementDate, @Status, @DeprecationDate,
            @StatusSourceName, @StatusSourceUrl, @StatusChecked, @SuccessorSlug,
            @ContextWindow, @MaxOutput, @ParametersTotalBillions, @ParametersActiveBillions, @Architecture,
            @License, @OpenWeights, @CommercialUse, @CommercialUseNote, @KnowledgeCutoff, @BestFor, @OverviewHtml, @LastReviewed)
        """;

    public const string Select = """
        SELECT slug AS Slug, name AS Name, maker_slug AS MakerSlug, family AS Family, release_date AS ReleaseDate,
               retirement_date AS RetirementDate, status AS Status, deprecation_date AS DeprecationDate,
               status_source_name AS StatusSourceName, status_source_url AS StatusSourceUrl, status_checked AS StatusChecked,
               successor_slug AS SuccessorSlug, context_window AS ContextWindow,
               max_output AS MaxOutput, parameters_total_billions AS ParametersTotalBillions,
               parameters_active_billions AS ParametersActiveBillions, architecture AS Architecture,
               license AS License, open_weights AS OpenWeights, commercial_use AS CommercialUse, commercial_use_note AS CommercialUseNote,
               knowledge_cutoff AS KnowledgeCutoff, best_for AS BestFor, overview_html AS OverviewHtml,
               last_reviewed AS LastReviewed
        FROM models
        """;

    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string MakerSlug { get; init; } = "";
    public string? Family { get; init; }
    public string? ReleaseDate { get; init; }
    public string? RetirementDate { get; init; }
    public string Status { get; init; } = "";
    public string? DeprecationDate { get; init; }
    public string? StatusSourceName { get; init; }
    public string? StatusSourceUrl { get; init; }
    public string? StatusChecked { get; init; }
    public string? SuccessorSlug { get; init; }
    public long? ContextWindow { get; init; }
    public long? MaxOutput { get; init; }
    public string? ParametersTotalBillions { get; init; }
    public string? ParametersActiveBillions { get; init; }
    public string? Architecture { get; init; }
    public string? License { get; init; }
    public bool? OpenWeights { get; init; }
    public string CommercialUse { get; init; } = "";
    public string? CommercialUseNote { get; init; }
    public string? KnowledgeCutoff { get; init; }
    public string? BestFor { get; init; }
    public string? OverviewHtml { get; init; }
    public string LastReviewed { get; init; } = "";
}

internal sealed class AliasRow
{
    public const string Insert = "INSERT INTO model_aliases (alias, model_slug) VALUES (@Alias, @ModelSlug)";
    public const string Select = "SELECT alias AS Alias, model_slug AS ModelSlug FROM model_aliases ORDER BY rowid";

    public string Alias { get; init; } = "";
    public string ModelSlug { get; init; } = "";
}

internal sealed class ModelTagRow
{
    public const string ApiId = "api_id";
    public const string DecisionFit = "decision_fit";
    public const string InputModality = "input_modality";
    public const string OutputModality = "output_modality";
    public const string Mode = "mode";

    public const string Insert = "INSERT INTO model_tags (model_slug, kind, position, value) VALUES (@ModelSlug, @Kind, @Position, @Value)";
    public const string Select = "SELECT model_slug AS ModelSlug, kind AS Kind, position AS Position, value AS Value FROM model_tags ORDER BY model_slug, kind, position";

    public string ModelSlug { get; init; } = "";
    public string Kind { get; init; } = "";
    public long Position { get; init; }
    public string Value { get; init; } = "";
}

internal sealed class CapabilityRow
{
    public const string Insert = "INSERT INTO model_capabilities (model_slug, capability, supported) VALUES (@ModelSlug, @Capability, @Supported)";
    public const string Select = "SELECT model_slug AS ModelSlug, capability AS Capability, supported AS Supported FROM model_capabilities";

    public string ModelSlug { get; init; } = "";
    public string Capability { get; init; } = "";
    public bool Supported { get; init; }
}

internal sealed class SourceRow
{
    public const string Insert = "INSERT INTO sources (owner_kind, owner_slug, position, name, url) VALUES (@OwnerKind, @OwnerSlug, @Position, @Name, @Url)";
    public const string Select = "SELECT owner_kind AS OwnerKind, owner_slug AS OwnerSlug, position AS Position, name AS Name, url AS Url FROM sources ORDER BY owner_kind, owner_slug, position";

    public string OwnerKind { get; init; } = "";
    public string OwnerSlug { get; init; } = "";
    public long Position { get; init; }
    public string Name { get; init; } = "";
    public string Url { get; init; } = "";
}

internal sealed class RouteRow
{
    public const string Insert = """
        INSERT INTO routes (id, provider_slug, model_slug, variant_slug, variant_kind, variant_detail, is_maker_own, api_id, status,
            is_free_tier, context_window, max_output, source_url, checked, fee_per_1k_requests, fee_per_1k_web_searches)
        VALUES (@Id, @ProviderSlug, @ModelSlug, @VariantSlug, @VariantKind, @VariantDetail, @IsMakerOwn, @ApiId, @Status,
            @IsFreeTier, @ContextWindow, @MaxOutput, @SourceUrl, @Checked, @FeePerThousandRequests, @FeePerThousandWebSearches)
        """;

    public const string Select = """
        SELECT id AS Id, provider_slug AS ProviderSlug, model_slug AS ModelSlug, variant_slug AS VariantSlug,
               variant_kind AS VariantKind, variant_detail AS VariantDetail, is_maker_own AS IsMakerOwn, api_id AS ApiId, status AS Status,
               is_free_tier AS IsFreeTier, context_window AS ContextWindow, max_output AS MaxOutput,
               source_url AS SourceUrl, checked AS Checked,
               fee_per_1k_requests AS FeePerThousandRequests, fee_per_1k_web_searches AS FeePerThousandWebSearches
        FROM routes ORDER BY id
        """;

    public long Id { get; init; }
    public string ProviderSlug { get; init; } = "";
    public string ModelSlug { get; init; } = "";
    public string? VariantSlug { get; init; }
    public string? VariantKind { get; init; }
    public string? VariantDetail { get; init; }
    public bool IsMakerOwn { get; init; }
    public string? ApiId { get; init; }
    public string Status { get; init; } = "";
    public bool IsFreeTier { get; init; }
    public long? ContextWindow { get; init; }
    public long? MaxOutput { get; init; }
    public string SourceUrl { get; init; } = "";
    public string Checked { get; init; } = "";
    public string? FeePerThousandRequests { get; init; }
    public string? FeePerThousandWebSearches { get; init; }
}

internal sealed class PriceSourceRow
{
    public const string Insert = "INSERT INTO route_price_sources (route_id, field, url, checked, note) VALUES (@RouteId, @Field, @Url, @Checked, @Note)";
    public const string Select = "SELECT route_id AS RouteId, field AS Field, url AS Url, checked AS Checked, note AS Note FROM route_price_sources ORDER BY route_id, field";

    public long RouteId { get; init; }
    public string Field { get; init; } = "";
    public string Url { get; init; } = "";
    public string Checked { get; init; } = "";
    public string? Note { get; init; }
}

internal sealed record RoutePriceRow
{
    public const string List = "list";
    public const string Batch = "batch";
    public const string Flex = "flex";
    public const string Priority = "priority";
    public const string Tier = "tier";
    public const string History = "history";
    public const string HistoryTier = "history_tier";

    public const string Insert = """
        INSERT INTO route_prices (route_id, kind, position, above_tokens, date, event, input, output, cache_read, cache_write, cache_write_1h, reasoning, tiers_recorded, tier_of)
        VALUES (@RouteId, @Kind, @Position, @AboveTokens, @Date, @Event, @Input, @Output, @CacheRead, @CacheWrite, @CacheWrite1h, @Reasoning, @TiersRecorded, @TierOf)
        """;

    public const string Select = """
        SELECT route_id AS RouteId, kind AS Kind, position AS Position, above_tokens AS AboveTokens, date AS Date,
               event AS Event, input AS Input, output AS Output, cache_read AS CacheRead, cache_write AS CacheWrite,
               cache_write_1h AS CacheWrite1h, reasoning AS Reasoning, tiers_recorded AS TiersRecorded, tier_of AS TierOf
        FROM route_prices ORDER BY route_id, kind, position
        """;

    /// <summary>A history row: 1 when it records its context tiers; null when it does not say.</summary>
    public long? TiersRecorded { get; init; }
    /// <summary>A history tier row: the position of its history row.</summary>
    public long? TierOf { get; init; }

    public long RouteId { get; init; }
    public string Kind { get; init; } = "";
    public long Position { get; init; }
    public long? AboveTokens { get; init; }
    public string? Date { get; init; }
    public string? Event { get; init; }
    public string? Input { get; init; }
    public string? Output { get; init; }
    public string? CacheRead { get; init; }
    public string? CacheWrite { get; init; }
    public string? CacheWrite1h { get; init; }
    public string? Reasoning { get; init; }
}

internal sealed class RegionRow
{
    public const string Insert = "INSERT INTO route_regions (route_id, position, region) VALUES (@RouteId, @Position, @Region)";
    public const string Select = "SELECT route_id AS RouteId, position AS Position, region AS Region FROM route_regions ORDER BY route_id, position";

    public long RouteId { get; init; }
    public long Position { get; init; }
    public string Region { get; init; } = "";
}

internal sealed class BenchmarkRow
{
    public const string Insert = """
        INSERT INTO benchmarks (slug, name, category, unit, scale_min, scale_max, higher_is_better, description, source_name, source_url)
        VALUES (@Slug, @Name, @Category, @Unit, @ScaleMin, @ScaleMax, @HigherIsBetter, @Description, @SourceName, @SourceUrl)
        """;

    public const string Select = """
        SELECT slug AS Slug, name AS Name, category AS Category, unit AS Unit, scale_min AS ScaleMin, scale_max AS ScaleMax,
               higher_is_better AS HigherIsBetter, description AS Description, source_name AS SourceName, source_url AS SourceUrl
        FROM benchmarks
        """;

    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";
    public string Unit { get; init; } = "";
    public string ScaleMin { get; init; } = "";
    public string ScaleMax { get; init; } = "";
    public bool HigherIsBetter { get; init; }
    public string? Description { get; init; }
    public string SourceName { get; init; } = "";
    public string SourceUrl { get; init; } = "";
}

internal sealed class DisputeRow
{
    public const string Insert = """
        INSERT INTO model_disputes (model_slug, field, position, value, routes, sources, maker)
        VALUES (@ModelSlug, @Field, @Position, @Value, @Routes, @Sources, @Maker)
        """;

    public const string Select = """
        SELECT model_slug AS ModelSlug, field AS Field, position AS Position, value AS Value, routes AS Routes, sources AS Sources, maker AS Maker
        FROM model_disputes ORDER BY model_slug, rowid
        """;

    /// <summary>Joins a value's named sources in one column; a source name never holds it.</summary>
    public const char SourceSeparator = '\n';

    public string ModelSlug { get; init; } = "";
    public string Field { get; init; } = "";
    public long Position { get; init; }
    public string Value { get; init; } = "";
    public long Routes { get; init; }
    public string Sources { get; init; } = "";
    public bool Maker { get; init; }
}

internal sealed class ScoreRow
{
    public const string Insert = """
        INSERT INTO scores (benchmark_slug, model_slug, value, variant, notes, source_name, source_url, date, self_reported, cost_usd, cost_per, reported_by)
        VALUES (@BenchmarkSlug, @ModelSlug, @Value, @Variant, @Notes, @SourceName, @SourceUrl, @Date, @SelfReported, @CostUsd, @CostPer, @ReportedBy)
        """;

    public const string Select = """
        SELECT benchmark_slug AS BenchmarkSlug, model_slug AS ModelSlug, value AS Value, variant AS Variant, notes AS Notes,
               source_name AS SourceName, source_url AS SourceUrl, date AS Date, self_reported AS SelfReported,
               cost_usd AS CostUsd, cost_per AS CostPer, reported_by AS ReportedBy
        FROM scores ORDER BY rowid
        """;

    public string BenchmarkSlug { get; init; } = "";
    public string ModelSlug { get; init; } = "";
    public string Value { get; init; } = "";
    public string? Variant { get; init; }
    public string? Notes { get; init; }
    public string SourceName { get; init; } = "";
    public string SourceUrl { get; init; } = "";
    public string? Date { get; init; }
    public bool SelfReported { get; init; }
    public string? CostUsd { get; init; }
    public string? CostPer { get; init; }
    public string? ReportedBy { get; init; }
}

/// <summary>The invariant text forms the database stores dates and decimals in.</summary>
internal static class Stored
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static DateOnly ToDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ToDateOrNull(string? text) => text is null ? null : ToDate(text);

    public static string? Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? ToDecimal(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Enum names in the database are kebab-case words, as editors write them.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static T ToEnum<T>(string word)
        where T : struct, Enum => Enum.Parse<T>(word.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
}
