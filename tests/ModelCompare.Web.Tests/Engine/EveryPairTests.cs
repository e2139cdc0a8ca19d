using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Tests.Engine;

/// <summary>
/// Invariants of the engine over every pair of the real catalog: the sections of a pair page never
/// contradict each other. Each model is described once and the pairs are compared in parallel.
/// </summary>
[Collection(WholeCatalog.Name)]
public sealed class EveryPairTests(RealCatalog real)
{
    private const string NothingToSet = "has nothing in the catalog to set against that";

    [Fact]
    public void Every_pair_names_one_cheaper_side_and_never_denies_an_advantage_the_tradeoffs_list()
    {
        var catalog = real.Snapshot;
        var engine = real.Engine;
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var facts = new ModelFacts[catalog.Models.Length];
        Parallel.For(0, facts.Length, cores, i => facts[i] = engine.Describe(catalog.Models[i], TrafficProfile.Default));

        var failures = new ConcurrentQueue<string>();
        var compared = 0;
        Parallel.For(0, facts.Length, cores, i =>
        {
            for (var j = i + 1; j < facts.Length; j++)
            {
                var pair = engine.Compare(facts[i], facts[j]);
                Interlocked.Increment(ref compared);
                if (Check(pair) is { } problem)
                {
                    failures.Enqueue($"{pair.CanonicalPath}: {problem}");
                }
            }
        });

        Assert.Equal(facts.Length * (facts.Length - 1) / 2, compared);
        Assert.True(failures.IsEmpty, $"{failures.Count} pairs disagree with themselves, such as:\n{string.Join('\n', failures.Take(10))}");
    }

    [Fact]
    public void Every_model_with_a_current_route_from_its_maker_headlines_that_routes_price()
    {
        var catalog = real.Snapshot;
        var engine = real.Engine;
        var checkedModels = 0;

        foreach (var model in catalog.Models)
        {
            var price = real.Engine.PriceOf(model);
            var own = price.Routes.Where(r => r.IsMakerOwn && r.IsCosted && !r.IsPlan).ToList();
            if (own.Count == 0)
            {
                Assert.NotEqual(PriceBasis.List, price.Basis);
                continue;
            }

            checkedModels++;
            var facts = engine.Describe(model, TrafficProfile.Default);
            var list = price.ListRoute!;
            Assert.Equal(PriceBasis.List, price.Basis);
            Assert.Contains(list, own);
            Assert.Equal(list.Key, facts.ReferenceBill!.Route!.RouteKey);
            var expected = list.IsFreeFromMaker ? (0m, 0m) : (list.Route.Price!.Input!.Value, list.Route.Price.Output!.Value);
            Assert.Equal(expected, (facts.ReferenceBill.InputPrice, facts.ReferenceBill.OutputPrice));
            Assert.Contains(list.ProviderName, Sentences.PriceHeadline(price), StringComparison.Ordinal);
            Assert.False(list.IsUnusuallyLow);
        }

        Assert.True(checkedModels > 0);
    }

    /// <summary>What is wrong with one pair page, or null.</summary>
    private static string? Check(PairComparison pair)
    {
        var cheaper = pair.MonthlyCost.Cheaper;
        if (pair.Verdict.Cheaper != cheaper)
        {
            return $"the verdict's cheaper side is {pair.Verdict.Cheaper}, the cost section's {cheaper}";
        }

        var price = pair.Tradeoffs.Where(t => t.Kind == TradeoffKind.Price).ToList();
        if (cheaper is Side.A or Side.B && (price.Count != 1 || price[0].Favors != cheaper))
        {
            return "the price tradeoff does not favour the cheaper side";
        }

        if (cheaper == Side.Tie && price.Count > 0)
        {
            return "a price tradeoff is listed although both cost about the same";
        }

        if (pair.Scorecard.Single(r => r.Signal == ScorecardSignal.Price).Better != cheaper)
        {
            return "the scorecard's price row favours another side";
        }

        if (cheaper is Side.A or Side.B)
        {
            var dearer = pair[cheaper == Side.A ? Side.B : Side.A].Name;
            if (Regex.IsMatch(pair.MetaDescription, Regex.Escape(dearer) + @" is [\d.,]+(x|%) cheaper"))
            {
                return "the meta description calls the dearer side cheaper";
            }

            var faq = pair.Faq.Single(f => f.Question.StartsWith("Which is cheaper", StringComparison.Ordinal)).Answer;
            if (Regex.IsMatch(faq, Regex.Escape(dearer) + @" is ([\d.,]+(x|%) cheaper|free)"))
            {
                return "the FAQ calls the dearer side cheaper";
            }
        }

        var text = pair.Verdict.Text;
        if (text.Contains(NothingToSet, StringComparison.Ordinal))
        {
            var loser = pair.Verdict.Recommended == Side.A ? Side.B : Side.A;
            if (pair.Tradeoffs.Any(t => t.Favors == loser))
            {
                return $"the verdict says {pair[loser].Name} has nothing to set against it while the tradeoffs list {string.Join("; ", pair.Tradeoffs.Where(t => t.Favors == loser).Select(t => t.Kind))}";
            }
        }

        if (text.Contains(Sentences.VerdictNoDifference(), StringComparison.Ordinal) && pair.Tradeoffs.Any(t => t.Favors is Side.A or Side.B))
        {
            return "the verdict says nothing separates them while the tradeoffs list a difference";
        }

        return null;
    }
}
