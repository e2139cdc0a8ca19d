using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelCompare.Import.Matching;

/// <summary>
/// Turns the model ids of the different datasets into one comparable key, so that
/// <c>anthropic/claude-sonnet-4-20250514</c>, <c>us.anthropic.claude-sonnet-4-20250514-v1:0</c> and
/// <c>claude-sonnet-4</c> meet on <c>claude-sonnet-4</c>.
/// </summary>
internal static partial class ModelIdNormalizer
{
    private static readonly string[] RegionPrefixes = ["us.", "eu.", "apac.", "global.", "jp.", "au.", "ca.", "us-gov."];

    private static readonly string[] VendorPrefixes =
    [
        "anthropic.", "meta.", "amazon.", "openai.", "mistral.", "cohere.", "deepseek.", "qwen.", "google.",
        "moonshotai.", "moonshot.", "minimax.", "writer.", "ai21.", "zai.", "xai.", "nvidia.",
    ];

    /// <summary>The normalized key of a raw model id, or an empty string when nothing is left.</summary>
    public static string Normalize(string rawId) => Normalize(rawId, keepDate: false);

    /// <summary>
    /// The normalized key with its date suffix kept: <c>gpt-4o-2024-05-13</c> stays apart from <c>gpt-4o</c>.
    /// Equal to <see cref="Normalize(string)"/> for an id without a date.
    /// </summary>
    public static string NormalizeDated(string rawId) => Normalize(rawId, keepDate: true);

    /// <summary>The date an id ends with, as digits only ("20250929", "20240513"), or null when it has none.</summary>
    public static string? DateOf(string rawId)
    {
        ArgumentNullException.ThrowIfNull(rawId);
        var dated = NormalizeDated(rawId);
        return DateSuffix().Match(dated) is { Success: true } m ? m.Groups[1].Value.Replace("-", string.Empty, StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// The month a key's trailing date names: <c>mistral-large-2512</c> December 2025 (YYMM), <c>gpt-4o-2024-05-13</c>
    /// May 2024, <c>command-a-03-2025</c> March 2025; null when the key ends with no date.
    /// </summary>
    public static DateOnly? MonthOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var m = KeyMonth().Match(key);
        if (!m.Success)
        {
            return null;
        }

        var (year, month) = m.Groups["y4"].Success ? (int.Parse(m.Groups["y4"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m4"].Value, CultureInfo.InvariantCulture))
            : m.Groups["y2"].Success ? (2000 + int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m2"].Value, CultureInfo.InvariantCulture))
            : (int.Parse(m.Groups["yr"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["mr"].Value, CultureInfo.InvariantCulture));
        return new DateOnly(year, month, 1);
    }

    /// <summary>
    /// The month and day a key's -MMDD ending names (<c>gpt-3-5-turbo-0125</c>: 1, 25; <c>gpt-4-0314</c>: 3, 14), or null
    /// when the key ends with no such pair, or with a date or a month <see cref="MonthOf"/> reads (<c>mistral-large-2512</c>).
    /// </summary>
    public static (int Month, int Day)? MonthDayOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (MonthOf(key) is not null || DateOf(key) is not null || KeyMonthDay().Match(key) is not { Success: true } m)
        {
            return null;
        }

        return (int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
    }

    private static string Normalize(string rawId, bool keepDate)
    {
        ArgumentNullException.ThrowIfNull(rawId);
        var id = rawId.Trim().ToLowerInvariant();
        var slash = id.LastIndexOf('/');
        if (slash >= 0)
        {
            id = id[(slash + 1)..];
        }

        // Bedrock version tags ("-v1:0") and OpenRouter style tags (":free", ":thinking").
        id = BedrockVersion().Replace(id, string.Empty);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            id = id[..colon];
        }

        // Vertex pins a version with "@".
        var at = id.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            id = id[..at];
        }

        id = StripPrefix(id, RegionPrefixes);
        id = StripPrefix(id, VendorPrefixes);
        id = ToHyphenated(id);
        if (!keepDate)
        {
            id = DateSuffix().Replace(id, string.Empty);
        }

        id = QuantizationSuffix().Replace(id, string.Empty);
        id = QwenDash().Replace(id, "qwen$1");
        if (id.StartsWith("meta-llama-", StringComparison.Ordinal))
        {
            id = id["meta-".Length..];
        }

        return id;
    }

    /// <summary>
    /// Looser keys tried, in order, after the exact key found nothing. Each drops one decoration that
    /// names the same weights (an "-instruct" or "-latest" suffix).
    /// </summary>
    public static IEnumerable<string> Fallbacks(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (var suffix in (string[])["-latest", "-instruct", "-it", "-chat"])
        {
            if (normalized.EndsWith(suffix, StringComparison.Ordinal) && normalized.Length > suffix.Length)
            {
                yield return normalized[..^suffix.Length];
            }
        }
    }

    /// <summary>A slug for the site: lowercase letters, digits and single hyphens, at most 80 characters.</summary>
    public static string ToSlug(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slug = ToHyphenated(value.ToLowerInvariant());
        slug = slug.Replace("-vs-", "-v-", StringComparison.Ordinal);
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>
    /// Splits an Epoch AI model version into the model id and its reasoning suffix: "_high", "_16K", "_thinking",
    /// " (16K thinking)". "unknown" says the effort was not stated and is dropped.
    /// </summary>
    public static (string Id, string? Variant) SplitEffort(string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(modelVersion);
        var version = modelVersion.Trim();
        if (ParenthesizedBudget().Match(version) is { Success: true } p)
        {
            return (version[..p.Index].Trim(), p.Groups[1].Value.ToLowerInvariant());
        }

        var underscore = version.LastIndexOf('_');
        if (underscore > 0)
        {
            var suffix = version[(underscore + 1)..].ToLowerInvariant();
            if (EffortSuffix().IsMatch(suffix))
            {
                return (version[..underscore], suffix == "unknown" ? null : suffix);
            }
        }

        return (version, null);
    }

    private static string StripPrefix(string id, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length)
            {
                return id[prefix.Length..];
            }
        }

        return id;
    }

    private static string ToHyphenated(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    // YYYY-MM-DD or YYYYMMDD; Mistral's YYMM (2023 to 2029); MM-YYYY.
    [GeneratedRegex(@"-(?:(?<y4>20\d\d)-?(?<m4>0[1-9]|1[0-2])-?\d\d|(?<y2>2[3-9])(?<m2>0[1-9]|1[0-2])|(?<mr>0[1-9]|1[0-2])-(?<yr>20\d\d))$")]
    private static partial Regex KeyMonth();

    [GeneratedRegex(@"-(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])$")]
    private static partial Regex KeyMonthDay();

    [GeneratedRegex(@"-v\d+:\d+$")]
    private static partial Regex BedrockVersion();

    [GeneratedRegex(@"-(\d{8}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateSuffix();

    [GeneratedRegex(@"-(fp8|fp4|bf16|int4|int8|awq|gguf)(-fast)?$")]
    private static partial Regex QuantizationSuffix();

    [GeneratedRegex(@"^qwen-(\d)")]
    private static partial Regex QwenDash();

    [GeneratedRegex(@"^(low|medium|high|xhigh|max|minimal|none|unknown|thinking|\d+k)$")]
    private static partial Regex EffortSuffix();

    [GeneratedRegex(@"\s*\((\d+k) thinking\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesizedBudget();
}
