using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static ImmutableArray<FaqItem> Faq(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks)
    {
        var (ma, mb) = (a.Model, b.Model);
        var list = new List<FaqItem>();
        if (ma.ContextWindow is not null || mb.ContextWindow is not null)
        {
            list.Add(new(Sentences.FaqContextQuestion(a.Name, b.Name), Sentences.FaqContextAnswer(a.Name, a.RankingContext, b.Name, b.RankingContext)));
        }

        var traffic = a.Traffic.Text;
        var cheaperAnswer = (bills.A, bills.B, bills.Cheaper) switch
        {
            ({ } x, { } y, Side.A) => Sentences.FaqCheaperAnswer(bills.BasisPhrase, a.Name, x, b.Name, y, traffic),
            ({ } x, { } y, Side.B) => Sentences.FaqCheaperAnswer(bills.BasisPhrase, b.Name, y, a.Name, x, traffic),
            ({ } x, { } y, _) => Sentences.FaqSameCostAnswer(bills.BasisPhrase, x, y, traffic),
            ({ } x, null, _) => Sentences.FaqOnlyPricedAnswer(bills.BasisPhrase, a.Name, x, traffic, b.NoPriceReason ?? Sentences.NotAvailable(b.Name)),
            (null, { } y, _) => Sentences.FaqOnlyPricedAnswer(bills.BasisPhrase, b.Name, y, traffic, a.NoPriceReason ?? Sentences.NotAvailable(a.Name)),
            _ => Sentences.FaqNeitherPricedAnswer(bills.BasisPhrase),
        };

        // Bills that count assumed reasoning tokens say what the answer rests on, in the verdict's words.
        if (VerdictRules.AssumptionSentence(a, b, bills) is { } assumption)
        {
            cheaperAnswer = $"{cheaperAnswer} {assumption}";
        }

        list.Add(new(Sentences.FaqCheaperQuestion(a.Name, b.Name), cheaperAnswer));

        if (ma.OpenWeights is not null || mb.OpenWeights is not null || !string.IsNullOrWhiteSpace(ma.License) || !string.IsNullOrWhiteSpace(mb.License))
        {
            list.Add(new(Sentences.FaqOpenQuestion(a.Name, b.Name), Sentences.FaqOpenAnswer(
                Sentences.FaqOpenClause(a.Name, ma.OpenWeights, ma.License),
                Sentences.FaqOpenClause(b.Name, mb.OpenWeights, mb.License))));
        }

        foreach (var capability in CapabilitySet.All)
        {
            if (Sentences.FaqCapabilityAnswer(a.Name, ma.Capabilities[capability], b.Name, mb.Capabilities[capability], capability) is { } answer)
            {
                list.Add(new(Sentences.FaqCapabilityQuestion(a.Name, b.Name, capability), answer));
            }
        }

        list.Add(new(Sentences.FaqWhereQuestion(a.Name, b.Name), $"{Sentences.FaqWhereClause(a.Name, a.ProviderNames)} {Sentences.FaqWhereClause(b.Name, b.ProviderNames)}"));

        if (!benchmarks.Shared.IsEmpty)
        {
            var rows = benchmarks.Shared.Select(r => r.Leader switch
            {
                Side.None => Sentences.FaqBenchmarkApart(Sentences.BenchmarkName(r.Name, r.Variant), a.Name, r.A.ValueText, b.Name, r.B.ValueText, r.LeaderText),
                Side.B => Sentences.FaqBenchmarkRow(Sentences.BenchmarkName(r.Name, r.Variant), b.Name, r.B.ValueText, r.A.ValueText, r.Basis, r.A.SourceName),
                _ => Sentences.FaqBenchmarkRow(Sentences.BenchmarkName(r.Name, r.Variant), r.Leader == Side.A ? a.Name : null, r.A.ValueText, r.B.ValueText, r.Basis, r.A.SourceName),
            });
            list.Add(new(Sentences.FaqBenchmarkQuestion(a.Name, b.Name), string.Join(' ', [benchmarks.Summary, .. rows])));
        }

        return [.. list];
    }
}
