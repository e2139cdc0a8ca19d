using System.Globalization;
using ModelCompare.Comparison;

namespace ModelCompare.Data.Files;

/// <summary>
/// Warns about a route priced far below its model's list or market price (worked out by
/// <see cref="PriceRules"/>, as the pages do): an input or output price at most a tenth of the reference's
/// is the size of a slipped decimal point, such as 0.3 typed for 3. A warning does not stop the data going
/// live; the pages mark such a route as unusually low in any case.
/// </summary>
internal static class PriceWarnings
{
    /// <summary>A price at most this share of the reference's is reported.</summary>
    public const decimal FarBelowShare = 0.1m;

    public static void Check(IReadOnlyList<ProviderDraft> providers, IReadOnlyList<ModelDraft> models, IReadOnlyList<RouteDraft> routes, ProblemList problems)
    {
        var providerBySlug = providers.GroupBy(p => p.Provider.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Provider, StringComparer.Ordinal);
        var routesByModel = routes.GroupBy(r => r.Route.ModelSlug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var model in models.Select(m => m.Model).DistinctBy(m => m.Slug, StringComparer.Ordinal))
        {
            if (!routesByModel.TryGetValue(model.Slug, out var drafts))
            {
                continue;
            }

            var price = PriceRules.For(model, drafts.Select(d => d.Route), slug => providerBySlug.GetValueOrDefault(slug));
            if (price.Reference is not { Input: { } referenceInput, Output: { } referenceOutput } || price.IsFreeFromMaker)
            {
                continue;
            }

            foreach (var draft in drafts)
            {
                // By reference: a file with a broken variant map can share its key with the plain route.
                var standing = price.Routes.FirstOrDefault(s => ReferenceEquals(s.Route, draft.Route));
                if (standing is not { IsCosted: true, IsMakerOwn: false, IsFreeFromMaker: false })
                {
                    continue;
                }

                Warn(draft.InputAt, "price.input", draft.Route.Price!.Input!.Value, referenceInput, price, problems);
                Warn(draft.OutputAt, "price.output", draft.Route.Price.Output!.Value, referenceOutput, price, problems);
            }
        }
    }

    private static void Warn(FilePosition? at, string field, decimal value, decimal reference, ModelPrice price, ProblemList problems)
    {
        if (at is { } position && reference > 0m && value <= reference * FarBelowShare)
        {
            problems.AddWarning(position, field, $"{Number(value)} is a tenth or less of the {Reference(price, reference)}; check for a slipped decimal point");
        }
    }

    /// <summary>"list price of 3 (anthropic)" or "market price of 3 (the median of 7 providers' prices)".</summary>
    private static string Reference(ModelPrice price, decimal reference) => price.Basis == PriceBasis.List
        ? $"list price of {Number(reference)} ({price.ListRoute!.Key})"
        : $"market price of {Number(reference)} ({Sentences.MarketSpread(price.MarketRoutes, price.MarketProviders)})";

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
