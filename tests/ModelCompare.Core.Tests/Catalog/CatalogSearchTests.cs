using ModelCompare.Catalog;

namespace ModelCompare.Core.Tests.Catalog;

public sealed class CatalogSearchTests
{
    private static readonly CatalogSnapshot Catalog = new CatalogBuilder()
        .Provider("openai", "OpenAI")
        .Provider("anthropic", "Anthropic")
        .Model("gpt-4o", "GPT-4o", "openai", m => m with { ReleaseDate = new DateOnly(2024, 5, 13), ApiIds = ["gpt-4o-2024-08-06"] })
        .Model("gpt-4o-mini", "GPT-4o mini", "openai", m => m with { ReleaseDate = new DateOnly(2024, 7, 18) })
        .Model("my-gpt-4o-tune", "Tuned 4o", "openai", m => m with { ReleaseDate = new DateOnly(2025, 1, 1), Aliases = ["old-tune"] })
        .Model("claude-sonnet-4-5", "Claude Sonnet 4.5", "anthropic", m => m with { ReleaseDate = new DateOnly(2025, 9, 29) })
        .Build();

    private static string[] Slugs(IEnumerable<Model> models) => [.. models.Select(m => m.Slug)];

    [Fact]
    public void An_exact_name_comes_before_prefixes_and_substrings()
    {
        Assert.Equal(["gpt-4o", "gpt-4o-mini", "my-gpt-4o-tune"], Slugs(CatalogSearch.Find(Catalog, "GPT-4o")));
    }

    [Fact]
    public void Api_ids_and_aliases_are_searched()
    {
        Assert.Equal(["gpt-4o"], Slugs(CatalogSearch.Find(Catalog, "gpt-4o-2024-08-06")));
        Assert.Equal(["my-gpt-4o-tune"], Slugs(CatalogSearch.Find(Catalog, "old-tune")));
    }

    [Fact]
    public void Every_word_may_match_the_maker_or_the_name()
    {
        Assert.Equal(["claude-sonnet-4-5"], Slugs(CatalogSearch.Find(Catalog, "anthropic sonnet")));
    }

    [Fact]
    public void A_blank_query_finds_nothing()
    {
        Assert.Empty(CatalogSearch.Find(Catalog, "   "));
    }

    [Fact]
    public void A_typo_is_answered_with_the_nearest_slugs()
    {
        Assert.Equal("claude-sonnet-4-5", CatalogSearch.Suggest(Catalog, "claude-sonet-4-5")[0].Slug);
    }
}
