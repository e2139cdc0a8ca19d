using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>What a side-by-side request's list of slugs comes to, and the sentences that refuse it.</summary>
public sealed class ModelSelectionTests
{
    private static CatalogSnapshot Five() => new TestCatalogBuilder()
        .Provider("maker", "Maker")
        .Model("a", "Alpha", "maker", m => m with { Aliases = ["old-a"] })
        .Model("b", "Beta", "maker")
        .Model("c", "Gamma", "maker")
        .Model("d", "Delta", "maker")
        .Model("e", "Epsilon", "maker")
        .Build();

    [Fact]
    public void Old_slugs_and_any_case_find_each_model_once_in_the_order_asked()
    {
        var selection = new ComparisonEngine(Five(), FixedClock.ReviewDay).SelectModels("C, old-a,A , b");

        Assert.Null(selection.Problem);
        Assert.Equal(["c", "a", "b"], selection.Models.Select(m => m.Slug));
        Assert.False(selection.IsPair);
    }

    [Fact]
    public void Two_models_are_a_pair()
    {
        var selection = new ComparisonEngine(Five(), FixedClock.ReviewDay).SelectModels("b,a");

        Assert.True(selection.IsPair);
        Assert.Equal(["b", "a"], selection.Models.Select(m => m.Slug));
    }

    [Theory]
    [InlineData("", "Tick or list 2 to 4 models to compare; none was given.")]
    [InlineData(" , ,", "Tick or list 2 to 4 models to compare; none was given.")]
    [InlineData("a,old-a", "Tick or list 2 to 4 models to compare; 1 was given.")]
    [InlineData("a,b,c,d,e", "Side by side compares at most 4 models; 5 were given. Remove 1 model.")]
    [InlineData("a,zeta", "The catalog has no model \"zeta\".")]
    [InlineData("zeta,b,omega", "The catalog has no models \"zeta\" and \"omega\".")]
    public void A_list_that_cannot_be_compared_says_why(string listed, string problem)
    {
        var selection = new ComparisonEngine(Five(), FixedClock.ReviewDay).SelectModels(listed);

        Assert.Equal(problem, selection.Problem);
        Assert.Empty(selection.Models);
    }

    [Fact]
    public void An_unknown_slug_comes_with_the_closest_names()
    {
        var selection = new ComparisonEngine(Five(), FixedClock.ReviewDay).SelectModels("a,betta");

        Assert.Contains(selection.Suggestions, m => m.Slug == "b");
    }
}
