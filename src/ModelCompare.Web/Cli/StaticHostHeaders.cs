using System.Text;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Cli;

/// <summary>
/// The <c>_headers</c> file that static hosts (Netlify, Cloudflare Pages and others that read the
/// same format) apply to the exported folder: the live site's security headers on every path, and a
/// year's immutable caching for the static assets and the share previews, which pages always request
/// with the digest of their content (<c>?v=</c>). Pages keep the host's default caching, which revalidates before each use as the live
/// site's <c>no-cache</c> does. <c>deploy/nginx/modelcompare.conf</c> sends the same headers.
/// </summary>
internal static class StaticHostHeaders
{
    public const string FileName = "_headers";

    public const string ImmutableAsset = "public, max-age=31536000, immutable";

    /// <summary>Every share preview, in the placeholder syntax of <c>_headers</c>.</summary>
    private static readonly string[] PreviewPaths = ["/compare/:pair/" + Previews.PreviewImages.FileName, "/models/:slug/" + Previews.PreviewImages.FileName];

    public static string Render(string webRoot)
    {
        var text = new StringBuilder();
        text.Append("# Written by the export: the live site's headers for static hosts.\n/*\n");
        foreach (var (name, value) in SecurityHeaders.All)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }

        if (Directory.Exists(webRoot))
        {
            var assets = Directory.EnumerateDirectories(webRoot).Select(d => "/" + Path.GetFileName(d) + "/*")
                .Concat(Directory.EnumerateFiles(webRoot).Select(f => "/" + Path.GetFileName(f)))
                .Order(StringComparer.Ordinal);
            foreach (var asset in assets)
            {
                text.Append('\n').Append(asset).Append("\n  Cache-Control: ").Append(ImmutableAsset).Append('\n');
            }
        }

        // The share previews: pages link them with the digest of what they show (?v=), which a rule here cannot see.
        foreach (var preview in PreviewPaths)
        {
            text.Append('\n').Append(preview).Append("\n  Cache-Control: ").Append(ImmutableAsset).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the file unless it already says the same, so an unchanged export changes nothing.</summary>
    public static async Task WriteAsync(string output, string webRoot, CancellationToken cancel)
    {
        var file = Path.Combine(output, FileName);
        var text = Render(webRoot);
        if (ExportFiles.IsLink(file) || !File.Exists(file) || await File.ReadAllTextAsync(file, cancel) != text)
        {
            ExportFiles.Save(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
    }
}
