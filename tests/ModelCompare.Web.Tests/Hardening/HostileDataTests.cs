using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Hardening;

/// <summary>
/// Markup and script in every text field the data allows them in: the site accepts the data, and every
/// page, feed and download that shows a field shows it as text, never as markup. Bodies with script
/// autolinks are refused, and the last good catalog is served instead.
/// </summary>
public sealed class HostileDataTests : IDisposable
{
    private const string Payload = "<script>alert(1)</script>\\\"'><img src=x onerror=alert(2)>\u202e";
    private static readonly string[] Live = ["<script>alert", "<img src=x", "onerror=alert(2)>", "href=\"javascript:", "href=\"data:", "href=\"vbscript:"];

    private static readonly string[] Urls =
    [
        "/", "/models", "/models/gpt-4o", "/models/deepseek-v3-2", "/compare/deepseek-v3-2-vs-gpt-4o",
        "/providers", "/providers/openai", "/providers/deepseek", "/benchmarks", "/benchmarks/gpqa-diamond", "/search?q=gpt", "/data",
        "/feed.xml", "/sitemap.xml", "/sitemaps/models.xml", "/data/catalog.json",
    ];

    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Markup_in_every_text_field_is_shown_as_text_on_every_page()
    {
        var hostile = $"\"{Payload}\"";
        _folder.Replace("providers/openai.md", "name: OpenAI", $"name: {hostile}");
        _folder.Replace("providers/openai.md", "sdk: \"@ai-sdk/openai\"", $"sdk: {hostile}");
        _folder.Replace("providers/openai.md", "website: https://openai.com", "website: \"https://openai.com/\\\"><script>alert(3)</script>\"");
        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", "OpenAI <script>alert(1)</script> [x](https://openai.com/\"onmouseover=alert(4)) <https://openai.com/<img>");
        _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", $"name: {hostile}");
        _folder.Replace("models/openai/gpt-4o.md", "family: gpt-4o", $"family: {hostile}");
        _folder.Replace("models/openai/gpt-4o.md", "license: Proprietary", $"license: {hostile}");
        _folder.Replace("models/openai/gpt-4o.md", "api_ids: [gpt-4o, gpt-4o-2024-08-06]", $"api_ids: [{hostile}]");
        _folder.Replace("models/openai/gpt-4o.md", "  - name: models.dev", $"  - name: {hostile}");
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "architecture: mixture-of-experts", $"architecture: {hostile}\nbest_for: {hostile}");
        _folder.Replace("routes/openai/gpt-4o.yaml", "api_id: gpt-4o", $"api_id: {hostile}");
        _folder.Replace("routes/deepseek/deepseek-v3-2.yaml", "regions: [cn]", $"regions: [{hostile}]");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "name: GPQA Diamond", $"name: {hostile}");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "description: Graduate-level science questions.", $"description: {hostile}");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "  name: Epoch AI", $"  name: {hostile}");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    notes: Reasoning mode (w/o tool use)", $"    notes: {hostile}");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    source: LLM Stats", $"    source: {hostile}");

        using var site = _folder.Start();
        Assert.Equal("Healthy", (await site.GetAsync("/healthz")).Body);
        foreach (var url in Urls)
        {
            var (status, body) = await site.GetAsync(url);
            Assert.True(status == 200, $"{url} answered {status}");
            foreach (var live in Live)
            {
                Assert.False(body.Contains(live, StringComparison.OrdinalIgnoreCase), $"{url} carries live markup: {live}");
            }
        }

        // The text is there, escaped: the payload reached the pages.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", (await site.GetAsync("/models/gpt-4o")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_with_script_autolinks_is_refused_and_the_last_good_catalog_is_served()
    {
        using (var first = _folder.Start())
        {
            Assert.Equal(200, (await first.GetAsync("/providers/openai")).Status);
        }

        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", "See <javascript:alert(1)> or <data:text/html;base64,PHNjcmlwdD4=>.");
        using var site = _folder.Start();

        var (status, page) = await site.GetAsync("/providers/openai");
        var (_, health) = await site.GetAsync("/healthz");

        Assert.Equal(200, status);
        Assert.Contains("OpenAI makes the GPT models.", page, StringComparison.Ordinal);
        Assert.Contains("providers/openai.md:9:5: (body): links may only use http, https or mailto, got \"javascript:alert(1)\"", health, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.Ordinal);
    }
}
