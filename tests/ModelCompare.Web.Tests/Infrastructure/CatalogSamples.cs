namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>Real slugs from the catalog the site serves, so URL tables do not hard-code data that editors change.</summary>
public static class CatalogSamples
{
    /// <summary>Replaces {model}, {alias} (and {aliased}, the model it names), {provider}, {benchmark} and {model2} to {model5} with real slugs (an indexed model, provider and benchmark).</summary>
    public static string Resolve(this SiteFactory site, string template)
    {
        var c = site.Catalog();
        var aliased = c.Models.FirstOrDefault(m => m.Aliases.Any(a => c.FindModel(a) is null));
        var plan = site.Engine().IndexPlan;
        // {model} is the first indexed model; the others are the models after it, in slug order, so
        // "{model}-vs-{model2}" is a pair in its canonical order.
        var models = c.Models.SkipWhile(m => !plan.Models.Contains(m.Slug)).ToList();
        return template
            .Replace("{model}", models[0].Slug, StringComparison.Ordinal)
            .Replace("{model2}", models[1].Slug, StringComparison.Ordinal)
            .Replace("{model3}", models[2].Slug, StringComparison.Ordinal)
            .Replace("{model4}", models[3].Slug, StringComparison.Ordinal)
            .Replace("{model5}", models[4].Slug, StringComparison.Ordinal)
            .Replace("{alias}", aliased?.Aliases.First(a => c.FindModel(a) is null) ?? c.Models[0].Slug, StringComparison.Ordinal)
            .Replace("{aliased}", aliased?.Slug ?? c.Models[0].Slug, StringComparison.Ordinal)
            .Replace("{provider}", c.Providers.First(p => plan.Providers.Contains(p.Slug)).Slug, StringComparison.Ordinal)
            .Replace("{benchmark}", c.Benchmarks.First(b => plan.Benchmarks.Contains(b.Slug)).Slug, StringComparison.Ordinal);
    }
}
