using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Pages.Models;

/// <summary>
/// The overview's sentences that restate figures are built from the record when the page is drawn, so an
/// edit to a figure cannot leave the prose behind; the editors' prose from the model file follows them apart.
/// </summary>
public sealed class OverviewTests : IDisposable
{
    private readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(string Facts, string Prose)> OverviewAsync()
    {
        using var site = _folder.Start();
        using var client = site.CreatePlainClient();
        var page = await client.GetDocumentAsync("/models/gpt-4o");
        var overview = page.ByTestId("overview");
        return (overview.ByTestId("overview-facts").Text(), overview.ByTestId("overview-prose").Text());
    }

    [Fact]
    public async Task The_overview_follows_an_edited_release_date()
    {
        var (before, prose) = await OverviewAsync();
        Assert.Equal("GPT-4o is a model made by OpenAI, released on May 13, 2024. Its context window is 128K tokens, and one provider offers it in this catalog.", before);
        Assert.StartsWith("GPT-4o is OpenAI's omni model.", prose, StringComparison.Ordinal);

        _folder.Replace("models/openai/gpt-4o.md", "release_date: 2024-05-13", "release_date: 2024-05-14");
        var (after, _) = await OverviewAsync();

        Assert.Equal("GPT-4o is a model made by OpenAI, released on May 14, 2024. Its context window is 128K tokens, and one provider offers it in this catalog.", after);
    }
}
