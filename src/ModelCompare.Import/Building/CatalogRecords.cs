using ModelCompare.Catalog;

namespace ModelCompare.Import.Building;

internal sealed record SourceLink(string Name, string Url);

/// <summary>Where a model's status and its dates come from, and the day that source was read.</summary>
internal sealed record StatusSourceLink(string Name, string Url, DateOnly Checked);

internal sealed class CatalogProvider
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public SortedSet<string> Roles { get; } = new(StringComparer.Ordinal);
    public string? Website { get; init; }
    public string? Docs { get; init; }
    public string? ApiBase { get; init; }
    public string? Sdk { get; init; }
    public required IReadOnlyList<SourceLink> Sources { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public string Body { get; set; } = string.Empty;
}

internal sealed class CatalogModel
{
    public required string Slug { get; init; }
    public required string Key { get; init; }
    public required string Maker { get; init; }
    /// <summary>The date (digits) of the dated snapshot this model is, when known.</summary>
    public string? SnapshotDate { get; init; }
    public string? Successor { get; set; }
    public IReadOnlyList<string> Modes { get; set; } = [];
    public required string Name { get; set; }
    public string? Family { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public DateOnly? RetirementDate { get; set; }
    /// <summary>"deprecated" or "retired" as the maker states it (null: active, or only dated); see <see cref="StatusBuilder"/>.</summary>
    public string? Status { get; set; }
    public DateOnly? DeprecationDate { get; set; }
    public StatusSourceLink? StatusSource { get; set; }
    public long? ContextWindow { get; set; }
    public long? MaxOutput { get; set; }
    public decimal? TotalParametersBillions { get; set; }
    public decimal? ActiveParametersBillions { get; set; }
    public string? Architecture { get; set; }
    public string? License { get; set; }
    public bool? OpenWeights { get; set; }
    public string? CommercialUse { get; set; }
    public string? CommercialUseNote { get; set; }

    /// <summary>Facts the sources disagree on, with every value they give; the catalog's value first.</summary>
    public List<Dispute> Disputes { get; } = [];
    public string? KnowledgeCutoff { get; set; }
    public IReadOnlyList<string> Input { get; set; } = [];
    public IReadOnlyList<string> Output { get; set; } = [];
    public Dictionary<string, bool> Capabilities { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> ApiIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Slugs of the duplicates merged into this model; they redirect here.</summary>
    public SortedSet<string> MergedSlugs { get; } = new(StringComparer.Ordinal);
    public List<SourceLink> Sources { get; } = [];
    public DateOnly LastReviewed { get; set; }
    public string? Description { get; set; }
    public bool IsCanonical { get; init; }
}

internal sealed class CatalogRoute
{
    public required string Provider { get; init; }
    public required string Model { get; init; }
    /// <summary>The variant this offer is (a quantized build, a region, a plan), or null for the plain route.</summary>
    public Matching.VariantDraft? Variant { get; init; }
    public required string ApiId { get; init; }
    public string? Status { get; init; }
    public bool FreeTier { get; init; }
    public Sources.Price? Price { get; set; }
    public IReadOnlyList<Sources.SourcePriceTier> Tiers { get; set; } = [];
    public Sources.Price? Batch { get; set; }
    public Sources.Price? Flex { get; set; }
    public Sources.Price? Priority { get; set; }
    public decimal? PerThousandRequests { get; set; }
    public decimal? PerThousandWebSearches { get; set; }
    /// <summary>Where a price was read when not at <see cref="SourceUrl"/>, by the route field it fills.</summary>
    public SortedDictionary<string, (string Url, DateOnly Checked)> PriceSources { get; } = new(StringComparer.Ordinal);

    /// <summary>For a <see cref="PriceSources"/> entry whose page is not the seller's own, what that page is.</summary>
    public SortedDictionary<string, string> PriceSourceNotes { get; } = new(StringComparer.Ordinal);
    public long? ContextWindow { get; init; }
    public long? MaxOutput { get; init; }
    public required string SourceUrl { get; set; }
    public required DateOnly Checked { get; set; }
    public IReadOnlyList<HistoryEntry> History { get; set; } = [];

    /// <summary>The models.dev entry the route was read from (not written out).</summary>
    public Sources.ModelsDevModel? Entry { get; init; }
}

internal sealed record HistoryEntry(DateOnly Date, string Event, Sources.Price Price)
{
    /// <summary>The context tiers in force from <see cref="Date"/> (empty: none); null when the source does not say.</summary>
    public IReadOnlyList<Sources.SourcePriceTier>? Tiers { get; init; }
}

internal sealed class CatalogBenchmark
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Category { get; set; }
    public required string Unit { get; init; }
    public decimal ScaleMin { get; init; }
    public required decimal ScaleMax { get; init; }
    public bool HigherIsBetter { get; init; } = true;
    public string? Description { get; init; }
    public required SourceLink Source { get; init; }
    /// <summary>Scores at or below 1 percent are genuine on this benchmark (written as <c>expected_low: true</c>).</summary>
    public bool ExpectedLow { get; set; }
    public List<CatalogScore> Scores { get; } = [];
}

/// <summary>One score: <paramref name="Setting"/> in the vocabulary, <paramref name="Notes"/> the source's own words, <paramref name="Date"/> the run's date when the source gives one.</summary>
internal sealed record CatalogScore(
    string Model, decimal Value, string? Setting, string? Notes, string Source, string SourceUrl, DateOnly? Date, bool SelfReported)
{
    /// <summary>True for a score read from a models.dev record, which does not say which version of the model ran (not written out).</summary>
    public bool FromModelsDevRecord { get; init; }

    /// <summary>What the run cost, measured by the score's own source (written as <c>cost_to_run</c>).</summary>
    public RunCost? Cost { get; init; }
    /// <summary>
    /// Who published a figure that is neither the model's maker's claim nor a third party's run: another maker's slug
    /// (Anthropic's announcement quoting a GPT score) or <c>arxiv.org</c> (a paper the record does not attribute);
    /// null otherwise. Written as <c>reported_by</c>.
    /// </summary>
    public string? ReportedBy { get; init; }
}

/// <summary>Everything the writers put on disk.</summary>
internal sealed class Catalog
{
    public required IReadOnlyList<CatalogProvider> Providers { get; init; }
    public required IReadOnlyList<CatalogModel> Models { get; init; }
    public required IReadOnlyList<CatalogRoute> Routes { get; init; }
    public required IReadOnlyList<CatalogBenchmark> Benchmarks { get; init; }
}
