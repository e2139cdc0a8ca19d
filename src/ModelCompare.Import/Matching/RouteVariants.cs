using System.Globalization;
using System.Text.RegularExpressions;

namespace ModelCompare.Import.Matching;

/// <summary>
/// A provider's second offer of one model: a quantized build, a regional endpoint, a plan, or another
/// named way of selling it (a thinking mode sold under its own id, a faster tier). <see cref="Slug"/>
/// becomes the route file's <c>--variant</c> part; <see cref="Detail"/> is shown beside the route.
/// </summary>
internal sealed record VariantDraft(string Kind, string Slug, string Detail)
{
    public const string Quantized = "quantized";
    public const string Regional = "regional";
    public const string Plan = "plan";
    public const string Other = "other";

    /// <summary>Two markers on one id ("us." and ":thinking") make one variant.</summary>
    public VariantDraft With(VariantDraft next) => new(Kind, $"{Slug}-{next.Slug}", $"{Detail}, {next.Detail}");
}

/// <summary>What a provider's model id says beyond the model: the id without its markers, and the variant they name.</summary>
/// <param name="ModelId">The id with every variant marker removed.</param>
/// <param name="Variant">The variant the markers name, or null for the plain offer.</param>
/// <param name="SoftModelId">
/// The id without a trailing word that names a variant only when the id without it is a catalog model
/// ("-fast", "-highspeed", "-202k"); null when the id has none. "grok-4-fast" is a model, "claude-opus-4-7-fast" a
/// faster offer of Claude Opus 4.7.
/// </param>
/// <param name="SoftVariant">The variant the trailing word names.</param>
internal sealed record SplitId(string ModelId, VariantDraft? Variant, string? SoftModelId, VariantDraft? SoftVariant);

/// <summary>Reads the variant markers of provider model ids: regions, precisions, free tiers, plans and tags.</summary>
internal static partial class RouteVariants
{
    private static readonly (string Prefix, string Slug, string Detail)[] Regions =
    [
        ("us-gov.", "us-gov", "US GovCloud endpoint"), ("us.", "us", "US endpoint"), ("eu.", "eu", "EU endpoint"),
        ("global.", "global", "global endpoint"), ("jp.", "jp", "Japan endpoint"), ("au.", "au", "Australia endpoint"),
        ("apac.", "apac", "Asia-Pacific endpoint"), ("ca.", "ca", "Canada endpoint"),
    ];

    private static readonly Dictionary<string, (string Slug, string Detail)> PathMarkers = new(StringComparer.Ordinal)
    {
        ["TEE"] = ("tee", "confidential computing (TEE)"),
        ["Pro"] = ("pro", "Pro tier"),
        ["stealth"] = ("stealth", "stealth listing"),
    };

    private static readonly Dictionary<string, string> SoftWords = new(StringComparer.Ordinal)
    {
        ["fast"] = "fast tier", ["lightning"] = "lightning tier", ["highspeed"] = "high-speed tier", ["flex"] = "flex tier",
    };

    public static SplitId Split(string rawId)
    {
        ArgumentNullException.ThrowIfNull(rawId);
        VariantDraft? variant = null;
        void Add(VariantDraft v) => variant = variant is null ? v : variant.With(v);

        var id = BedrockVersion().Replace(rawId.Trim(), string.Empty);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            if (ColonTag(id[(colon + 1)..]) is { } tag)
            {
                Add(tag);
            }

            id = id[..colon];
        }

        var segments = id.Split('/');
        foreach (var segment in segments[..^1])
        {
            if (PathMarkers.TryGetValue(segment, out var marker))
            {
                Add(new VariantDraft(VariantDraft.Other, marker.Slug, marker.Detail));
            }
        }

        var last = segments[^1];
        var lower = last.ToLowerInvariant();
        foreach (var (prefix, slug, detail) in Regions)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length)
            {
                Add(new VariantDraft(VariantDraft.Regional, slug, detail));
                last = last[prefix.Length..];
                lower = lower[prefix.Length..];
                break;
            }
        }

        if (lower.StartsWith("coding-", StringComparison.Ordinal))
        {
            Add(new VariantDraft(VariantDraft.Plan, "coding-plan", "coding plan"));
            last = last["coding-".Length..];
            lower = lower["coding-".Length..];
        }

        if (Quantization().Match(lower) is { Success: true } q)
        {
            var token = q.Groups[1].Value;
            Add(new VariantDraft(VariantDraft.Quantized, token, QuantizationName(token)));
            last = last[..q.Index];
            lower = lower[..q.Index];
        }

        if (lower.EndsWith("-free", StringComparison.Ordinal))
        {
            Add(new VariantDraft(VariantDraft.Plan, "free", "free tier"));
            last = last[..^"-free".Length];
            lower = lower[..^"-free".Length];
        }

        string? softId = null;
        VariantDraft? softVariant = null;
        if (SoftSuffix().Match(lower) is { Success: true } s)
        {
            var word = s.Groups[1].Value;
            softId = last[..s.Index];
            softVariant = SoftWords.TryGetValue(word, out var detail)
                ? new VariantDraft(VariantDraft.Other, word, detail)
                : new VariantDraft(VariantDraft.Other, word, $"{word[..^1].ToUpperInvariant()}K context");
        }

        return new SplitId(last, variant, softId, softVariant);
    }

    /// <summary>OpenRouter-style tags: ":free", ":thinking", ":thinking:low", ":1024" (a thinking budget), ":extended".</summary>
    private static VariantDraft? ColonTag(string tags)
    {
        var parts = tags.ToLowerInvariant().Split(':', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        if (parts[0] == "free")
        {
            return new VariantDraft(VariantDraft.Plan, "free", "free tier");
        }

        if (parts[0] == "thinking")
        {
            return parts.Length > 1 && ModelIdNormalizer.ToSlug(parts[1]) is { Length: > 0 } level
                ? new VariantDraft(VariantDraft.Other, $"thinking-{level}", $"thinking mode, {level} effort")
                : new VariantDraft(VariantDraft.Other, "thinking", "thinking mode");
        }

        if (long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var budget))
        {
            return new VariantDraft(VariantDraft.Other, $"budget-{budget}", string.Create(CultureInfo.InvariantCulture, $"thinking budget of {budget:N0} tokens"));
        }

        var slug = ModelIdNormalizer.ToSlug(string.Join('-', parts));
        return slug.Length == 0 ? null : new VariantDraft(VariantDraft.Other, slug, string.Join(", ", parts));
    }

    private static string QuantizationName(string token) => token.EndsWith("bit", StringComparison.Ordinal)
        ? $"{token[..^3]}-bit"
        : token.ToUpperInvariant();

    [GeneratedRegex(@"-v\d+:\d+$")]
    private static partial Regex BedrockVersion();

    [GeneratedRegex(@"-(fp8|fp4|bf16|int4|int8|awq|gguf|\d+bit)$")]
    private static partial Regex Quantization();

    [GeneratedRegex(@"-(fast|lightning|highspeed|flex|\d{2,3}k)$")]
    private static partial Regex SoftSuffix();
}
