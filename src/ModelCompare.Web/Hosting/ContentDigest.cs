using System.IO.Hashing;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// The digest that tells versions of a body apart: a page's ETag and the export manifest's record of each file
/// it wrote. 128-bit XXH3 in lowercase hex: it has to tell versions apart, not resist a forger, and it digests a
/// page some ten times faster than SHA-256, which took a tenth of the time the site spent rendering a pair page.
/// </summary>
internal static class ContentDigest
{
    public static string Of(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(XxHash128.Hash(body));
}
