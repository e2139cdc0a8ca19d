using System.Globalization;
using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Data.Files;

/// <summary>
/// Checks each route's input and output price against the route's own history and against the model's
/// other routes, and reports the problem at the price that is out of line, never at the routes that agree
/// with each other.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Against the route's history (error).</b> A price more than <see cref="SlipFactor"/> times above or
/// below the last price in the route's <c>history</c> is the size of a slipped decimal point: an error, so
/// the change does not go live, unless a history entry records the new price.</item>
/// <item><b>The maker's list price against the other routes (error).</b> Every page quotes the list price, so
/// a list price more than <see cref="SlipFactor"/> times above or below the median of the model's other
/// costed routes (at least <see cref="MinOtherRoutes"/> of them) is an error unless the route's history
/// records that price.</item>
/// <item><b>A change without history (warning).</b> A price that differs from the last price in the route's
/// history at all: the editor is asked to add a history entry and to update <c>source_url</c> and
/// <c>checked</c>. A last history entry dated after <c>checked</c> is reported the same way.</item>
/// <item><b>Far from the other routes (warning).</b> A route (other than the maker's) whose price is a tenth
/// or less, or ten times or more, of the median of the model's other costed routes (or of the list price when
/// the list route is the only other one), unless the route's history records that price. The median keeps one
/// outlier from making the others look wrong.</item>
/// </list>
/// </remarks>
internal static class PriceChecks
{
    /// <summary>A price this many times above or below its reference is a likely slip (error).</summary>
    public const decimal SlipFactor = 3m;

    /// <summary>
    /// The list price is held against the other routes only when at least this many agree on a median: with one
    /// or two, the maker's price is as likely to be right as theirs (a reseller's promotion, a free tier's cousin).
    /// </summary>
    public const int MinOtherRoutes = 3;

    /// <summary>A price at most this share (or at least its inverse) of the other routes' median is reported (warning).</summary>
    public const decimal FarShare = 0.1m;

    public static void Check(IReadOnlyList<ProviderDraft> providers, IReadOnlyList<ModelDraft> models, IReadOnlyList<RouteDraft> routes, ProblemList problems)
    {
        // Fields already reported as errors are not reported again by a later rule.
        var reported = new HashSet<(RouteDraft, string)>();
        foreach (var draft in routes)
        {
            AgainstHistory(draft, problems, reported);
        }

        var providerBySlug = providers.GroupBy(p => p.Provider.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Provider, StringComparer.Ordinal);
        var routesByModel = routes.GroupBy(r => r.Route.ModelSlug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var model in models.Select(m => m.Model).DistinctBy(m => m.Slug, StringComparer.Ordinal))
        {
            if (!routesByModel.TryGetValue(model.Slug, out var drafts))
            {
                continue;
            }

            var price = PriceRules.For(model, drafts.Select(d => d.Route), slug => providerBySlug.GetValueOrDefault(slug));
            if (price.IsFreeFromMaker)
            {
                continue;
            }

            // By reference: a file with a broken variant map can share its key with the plain route.
            var costed = drafts
                .Select(d => (Draft: d, Standing: price.Routes.FirstOrDefault(s => ReferenceEquals(s.Route, d.Route))))
                .Where(x => x.Standing is { IsCosted: true, IsFreeFromMaker: false, IsPlan: false })
                .ToList();
            var list = price.ListRoute is { } l ? costed.FirstOrDefault(x => ReferenceEquals(x.Standing!.Route, l.Route)) : default;
            foreach (var field in Fields)
            {
                var values = costed.Select(x => (x.Draft, x.Standing, Value: field.Read(x.Draft.Route.Price!)!.Value)).ToList();
                foreach (var (draft, standing, value) in values)
                {
                    if (field.At(draft) is not { } at || value <= 0m || reported.Contains((draft, field.Name)))
                    {
                        continue;
                    }

                    var others = values.Where(v => !ReferenceEquals(v.Draft, draft) && v.Value > 0m).ToList();
                    var isList = list.Draft is not null && ReferenceEquals(draft, list.Draft);
                    if (isList)
                    {
                        if (others.Count >= MinOtherRoutes && !Recorded(draft.Route, field, value) && PriceRules.Median(others.Select(o => o.Value)) is { } median && Ratio(value, median) > SlipFactor)
                        {
                            problems.Add(at, field.Name, $"{Number(value)} is {Direction(value, median)} the median of this model's {Routes(others.Count)} ({Number(median)}); every page quotes the maker's list price: correct the slip, or, if the maker really changed the price, add a history entry recording it");
                        }

                        continue;
                    }

                    // A price the route's history records was entered as a dated change, not slipped in.
                    if (standing!.IsMakerOwn || Recorded(draft.Route, field, value))
                    {
                        continue;
                    }

                    var (reference, what) = others.Count >= 2
                        ? (PriceRules.Median(others.Select(o => o.Value))!.Value, $"the median of this model's {Routes(others.Count)}")
                        : others.Count == 1 && list.Draft is not null && ReferenceEquals(others[0].Draft, list.Draft)
                            ? (others[0].Value, $"the list price on {list.Draft.Route.Key}")
                            : (0m, "");
                    if (reference > 0m && (value <= reference * FarShare || value * FarShare >= reference))
                    {
                        var size = value < reference ? "a tenth or less" : "ten times or more";
                        problems.AddWarning(at, field.Name, $"{Number(value)} is {size} of {what} ({Number(reference)}); check for a slipped decimal point");
                    }
                }
            }
        }
    }

    private sealed record Field(string Name, Func<TokenPrices, decimal?> Read, Func<RouteDraft, FilePosition?> At);

    private static readonly Field[] Fields =
    [
        new("price.input", p => p.Input, d => d.InputAt),
        new("price.output", p => p.Output, d => d.OutputAt),
    ];

    /// <summary>The last history entry that carries a price, unless the route's history ends in a removal.</summary>
    private static PricePoint? LastPriced(Route route) =>
        route.History.IsDefaultOrEmpty || route.History[^1].Event == PriceEvent.Removed ? null : route.History.LastOrDefault(p => p.Price is not null);

    private static bool Recorded(Route route, Field field, decimal value) =>
        LastPriced(route) is { } last && field.Read(last.Price!) == value;

    private static void AgainstHistory(RouteDraft draft, ProblemList problems, HashSet<(RouteDraft, string)> reported)
    {
        var route = draft.Route;
        if (route.Price is not { } price || LastPriced(route) is not { } last)
        {
            return;
        }

        var changed = false;
        foreach (var field in Fields)
        {
            if (field.Read(price) is not { } value || field.Read(last.Price!) is not { } before || value == before || field.At(draft) is not { } at)
            {
                continue;
            }

            changed = true;
            var since = string.Create(CultureInfo.InvariantCulture, $"the last price in this route's history ({Number(before)} on {last.Date:yyyy-MM-dd})");
            if (value > 0m && before > 0m && Ratio(value, before) > SlipFactor)
            {
                reported.Add((draft, field.Name));
                problems.Add(at, field.Name, $"{Number(value)} is {Direction(value, before)} {since}: correct the slip, or, if the price really changed, add a history entry (date, event: changed, the new prices) and update source_url and checked");
            }
            else
            {
                problems.AddWarning(at, field.Name, $"{Number(value)} differs from {since}: add a history entry for the change (date, event: changed, the new prices) and update source_url and checked to the page that states it");
            }
        }

        // A change announced before it took effect is read at the page that dates it: its source and the history's are one.
        var announced = route.PriceSources.TryGetValue("history", out var dated) && dated.Url == route.SourceUrl;
        if (!changed && !announced && last.Date > route.Checked && draft.CheckedAt is { } checkedAt)
        {
            problems.AddWarning(checkedAt, "checked", string.Create(CultureInfo.InvariantCulture, $"{route.Checked:yyyy-MM-dd} is before the last history entry ({last.Date:yyyy-MM-dd}): set checked to the day the source was read, and source_url to the page that states the new price"));
        }
    }

    private static decimal Ratio(decimal a, decimal b) => a > b ? a / b : b / a;

    private static string Direction(decimal value, decimal reference) => value > reference ? "more than 3 times" : "less than a third of";

    private static string Routes(int count) => count == 1 ? "other costed route" : string.Create(CultureInfo.InvariantCulture, $"{count} other costed routes");

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
