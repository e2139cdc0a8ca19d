using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>Fetches pages and parses them with AngleSharp.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(req => req.Content(content).Address(response.RequestMessage!.RequestUri!));
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static IElement ByTestId(this IParentNode node, string testId) =>
        node.QuerySelector($"[data-testid='{testId}']") ?? throw new Xunit.Sdk.XunitException($"No element with data-testid '{testId}'.");

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
