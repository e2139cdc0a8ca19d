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
        ("compare-several", "/compare?models=claude-3-5-sonnet,deepseek-v3-2,gpt-4o", 200),
        ("compare-empty", "/compare", 200),
        ("models", "/models", 200),
        ("models-filtered", "/models?maker=openai&sort=context", 200),
        ("profile", "/models/gpt-4o", 200),
        ("providers", "/providers", 200),
        ("provider", "/providers/openai", 200),
        ("benchmarks", "/benchmarks", 200),
        ("benchmark", "/benchmarks/gpqa-diamond", 200),
        ("search", "/search?q=gpt", 200),
        ("search-empty", "/search", 200),
        ("search-pair-unmatched", "/search?q=gpt-4o+vs+qqqzzz", 200),
        ("data", "/data", 200),
        ("not-found", "/no-such-page", 404),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static (string Name, string Path, int Status) Named(string name) => All.Single(p => p.Name == name);
}
