using System.Collections.Immutable;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;

namespace ModelCompare.Data.Files;

/// <summary>The words the data files use for enums, and the slug rule.</summary>
internal static partial class Vocabulary
{
    public const int MaxSlugLength = 80;

    /// <summary>The capability keys of a model file, as <see cref="CapabilityNames.FileKey"/> writes them.</summary>
    public static readonly FrozenDictionary<string, Capability> Capabilities =
        CapabilitySet.All.ToFrozenDictionary(CapabilityNames.FileKey, StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Modality> Modalities = new Dictionary<string, Modality>
    {
        ["text"] = Modality.Text,
        ["image"] = Modality.Image,
        ["audio"] = Modality.Audio,
        ["video"] = Modality.Video,
        ["pdf"] = Modality.Pdf,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DecisionFit> DecisionFits = new Dictionary<string, DecisionFit>
    {
        ["coding"] = DecisionFit.Coding,
        ["agents"] = DecisionFit.Agents,
        ["rag"] = DecisionFit.Rag,
        ["long-context"] = DecisionFit.LongContext,
        ["multimodal"] = DecisionFit.Multimodal,
        ["reasoning"] = DecisionFit.Reasoning,
        ["budget"] = DecisionFit.Budget,
        ["self-hosting"] = DecisionFit.SelfHosting,
        ["chat"] = DecisionFit.Chat,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, CommercialUse> CommercialUses = new Dictionary<string, CommercialUse>
    {
        ["permitted"] = CommercialUse.Permitted,
        ["conditional"] = CommercialUse.Conditional,
        ["not-permitted"] = CommercialUse.NotPermitted,
        ["unknown"] = CommercialUse.Unknown,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, ModelStatus> ModelStatuses = new Dictionary<string, ModelStatus>
    {
        ["active"] = ModelStatus.Active,
        ["deprecated"] = ModelStatus.Deprecated,
        ["retired"] = ModelStatus.Retired,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, RouteStatus> RouteStatuses = new Dictionary<string, RouteStatus>
    {
        ["active"] = RouteStatus.Active,
        ["preview"] = RouteStatus.Preview,
        ["deprecated"] = RouteStatus.Deprecated,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a score's <c>cost_to_run</c> covers, in the words its source uses.</summary>
    public static readonly FrozenDictionary<string, RunCostUnit> RunCostUnits = new Dictionary<string, RunCostUnit>
    {
        ["task"] = RunCostUnit.Task,
        ["run"] = RunCostUnit.Run,
        ["suite"] = RunCostUnit.Suite,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, PriceEvent> PriceEvents = new Dictionary<string, PriceEvent>
    {
        ["added"] = PriceEvent.Added,
        ["changed"] = PriceEvent.Changed,
        ["removed"] = PriceEvent.Removed,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The route fields a <c>price_sources</c> entry can name: prices read elsewhere than the route's <c>source_url</c>.</summary>
    public static readonly ImmutableArray<string> PricedFields = ["batch", "cache_write_1h", "fees", "flex", "history", "priority", "reasoning", "tiers"];

    public static readonly FrozenDictionary<string, BenchmarkCategory> Categories = new Dictionary<string, BenchmarkCategory>
    {
        ["knowledge"] = BenchmarkCategory.Knowledge,
        ["reasoning"] = BenchmarkCategory.Reasoning,
        ["math"] = BenchmarkCategory.Math,
        ["coding"] = BenchmarkCategory.Coding,
        ["agents"] = BenchmarkCategory.Agents,
        ["multimodal"] = BenchmarkCategory.Multimodal,
        ["writing"] = BenchmarkCategory.Writing,
        ["long-context"] = BenchmarkCategory.LongContext,
        ["factuality"] = BenchmarkCategory.Factuality,
        ["general"] = BenchmarkCategory.General,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The seller kinds of a provider file, as <see cref="SellerKindNames.FileKey"/> writes them.</summary>
    public static readonly FrozenDictionary<string, SellerKind> SellerKinds =
        SellerKindNames.Known.ToFrozenDictionary(k => SellerKindNames.FileKey(k)!, StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, RouteVariantKind> VariantKinds = new Dictionary<string, RouteVariantKind>
    {
        ["quantized"] = RouteVariantKind.Quantized,
        ["regional"] = RouteVariantKind.Regional,
        ["plan"] = RouteVariantKind.Plan,
        ["other"] = RouteVariantKind.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The modes a model may list: a thinking and a non-thinking mode, switched per request.</summary>
    public static readonly IReadOnlyList<string> Modes = ["thinking", "non-thinking"];

    /// <summary>The model facts <c>sources_differ</c> may record.</summary>
    public static readonly IReadOnlyList<string> DisputedFacts = ["context_window", "max_output", "release_date", "open_weights"];

    public static readonly FrozenSet<string> ProviderRoles = new[] { "maker", "host" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why a slug breaks the URL rules, or null when it is fine.</summary>
    public static string? SlugProblem(string slug)
    {
        if (slug.Length == 0)
        {
            return "the file name (the slug) is empty";
        }

        if (slug.Length > MaxSlugLength)
        {
            return $"the slug \"{slug}\" is longer than {MaxSlugLength} characters";
        }

        if (!SlugPattern().IsMatch(slug))
        {
            return $"the slug \"{slug}\" must use only lowercase letters, digits and single hyphens between them";
        }

        return slug.Contains("-vs-", StringComparison.Ordinal) || slug == "vs" || slug.StartsWith("vs-", StringComparison.Ordinal) || slug.EndsWith("-vs", StringComparison.Ordinal)
            ? $"the slug \"{slug}\" must not contain \"-vs-\", which separates the two models in comparison URLs"
            : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
