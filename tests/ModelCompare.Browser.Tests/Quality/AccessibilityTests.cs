using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ModelCompare.Browser.Tests.Infrastructure;

namespace ModelCompare.Browser.Tests.Quality;

/// <summary>axe-core, from the pinned npm package, on every page type in light and dark, to WCAG 2.2 AA (target sizes included, as Lighthouse checks).</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                resultTypes: ['violations'],
            });
            return result.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary),
            }));
        }
        """;

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var (name, _, _) in PageTypes.All)
        {
            data.Add(name, ColorScheme.Light);
            data.Add(name, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_type_has_no_WCAG_A_or_AA_violations(string pageType, ColorScheme scheme)
    {
        var (_, path, status) = PageTypes.Named(site, pageType);
        // The site's CSP refuses injected scripts, axe included; the page's own behaviour is unchanged.
        await using var context = await site.NewContextAsync(new() { BypassCSP = true, ColorScheme = scheme });
        var page = await BrowserSite.OpenAsync(context, path, status);

        await page.AddScriptTagAsync(new() { Path = Repository.NodeTool("axe-core/axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(RunAxe);

        Assert.True(violations.GetArrayLength() == 0, Describe(path, scheme, violations));
    }

    private static string Describe(string path, ColorScheme scheme, JsonElement violations)
    {
        var text = new StringBuilder($"axe found {violations.GetArrayLength()} violation(s) on {path} ({scheme}):\n");
        foreach (var v in violations.EnumerateArray())
        {
            text.Append("- ").Append(v.GetProperty("id").GetString()).Append(" (").Append(v.GetProperty("impact").GetString())
                .Append("): ").AppendLine(v.GetProperty("help").GetString());
            foreach (var node in v.GetProperty("nodes").EnumerateArray().Take(5))
            {
                text.Append("    ").AppendLine(node.GetString()?.ReplaceLineEndings(" "));
            }
        }

        return text.ToString();
    }
}
