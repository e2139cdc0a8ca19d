using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Catalog;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>Real slugs from the catalog the site serves, so URL tables do not hard-code data that editors change.</summary>
public static class CatalogSamples
{
    public static CatalogSnapshot Catalog(this SiteFactory site) => site.Services.GetRequiredService<ICatalogAccessor>().Current;

    /// <summary>Replaces {model}, {alias}, {provider}, {benchmark} and {model2}/{model3} with real slugs (an indexed provider and benchmark).</summary>
    public static string Resolve(this SiteFactory site, string template)
    {
        var c = site.Catalog();
        var aliased = c.Models.FirstOrDefault(m => m.Aliases.Any(a => c.FindModel(a) is null));
        var plan = ModelCompare.Comparison.ComparisonEngine.IndexPlanOf(c);
        return template
            .Replace("{model}", c.Models[0].Slug, StringComparison.Ordinal)
            .Replace("{model2}", c.Models[1].Slug, StringComparison.Ordinal)
            .Replace("{model3}", c.Models[2].Slug, StringComparison.Ordinal)
            .Replace("{model4}", c.Models[3].Slug, StringComparison.Ordinal)
            .Replace("{model5}", c.Models[4].Slug, StringComparison.Ordinal)
            .Replace("{alias}", aliased?.Aliases.First(a => c.FindModel(a) is null) ?? c.Models[0].Slug, StringComparison.Ordinal)
            .Replace("{provider}", c.Providers.First(p => plan.Providers.Contains(p.Slug)).Slug, StringComparison.Ordinal)
            .Replace("{benchmark}", c.Benchmarks.First(b => plan.Benchmarks.Contains(b.Slug)).Slug, StringComparison.Ordinal);
    }
}
