namespace ModelCompare.Browser.Tests.Infrastructure;

/// <summary>One address for each kind of page the site serves, with the status it answers.</summary>
public static class PageTypes
{
    public const string Pair = "/compare/deepseek-v3-2-vs-gpt-4o";

    public static readonly IReadOnlyList<(string Name, string Path, int Status)> All =
    [
        ("home", "/", 200),
        ("pair", Pair, 200),
        ("pair-unknown-model", "/compare/deepseek-v3-2-vs-no-such-model", 404),
        ("not-found", "/no-such-page", 404),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static (string Name, string Path, int Status) Named(string name) => All.Single(p => p.Name == name);
}
