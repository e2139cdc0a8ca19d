using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The answer first: the cost section's bills (so the two never disagree), each model's prices and
    /// context window, and the verdict in one line.
    /// </summary>
    private static SummarySection Summary(CatalogSnapshot catalog, ModelFacts a, ModelFacts b, PairBills bills, MonthlyCostSection cost, BenchmarkSection benchmarks, VerdictSection verdict, DateOnly today)
    {
        var traffic = a.Traffic;
        ImmutableArray<string> statusNotes = [.. new[] { a, b }
            .Select(f => Sentences.Status(f.Model, today, ProfileFacts.Replacement(catalog, f.Model, today)?.Name))
            .OfType<string>()];
        return new SummarySection(
            traffic.Text,
            traffic.PerRequest is { } shape ? Sentences.SummaryPerRequest(shape, traffic.Preset?.Name) : null,
            bills.BasisPhrase,
            SummaryOf(a, cost.A),
            SummaryOf(b, cost.B),
            verdict.Recommended,
            VerdictLine(a, b, bills, benchmarks, verdict))
        {
            StatusA = Sentences.StatusCell(a.Model, today),
            StatusB = Sentences.StatusCell(b.Model, today),
            LifecycleA = ModelLifecycle.StatusOn(a.Model, today),
            LifecycleB = ModelLifecycle.StatusOn(b.Model, today),
            StatusNotes = statusNotes,
        };
    }

    private static SummaryModel SummaryOf(ModelFacts f, ModelCost cost)
    {
        var bill = cost.Bill;
        return new SummaryModel(
            f.Slug,
            f.Name,
            bill?.Monthly,
            cost.AmountText,
            cost.SourceText,
            Formatting.PerMillionTokens(bill?.InputPrice),
            Formatting.PerMillionTokens(bill?.OutputPrice),
            Formatting.TokensOrUnknown(f.Model.ContextWindow));
    }

    /// <summary>
    /// "Choose A: it costs 13x less at this traffic, and B adds nothing to set against that." When one side
    /// wins on cost or benchmarks, the line names why and what the other side offers; otherwise it is the
    /// verdict's own deciding sentence.
    /// </summary>
    private static string VerdictLine(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, VerdictSection verdict)
    {
        if (verdict.Reason != VerdictReason.Wins || verdict.Recommended is not (Side.A or Side.B))
        {
            return verdict.Grounds.Decision;
        }

        var winner = verdict.Recommended;
        var (win, lose) = winner == Side.A ? (a, b) : (b, a);
        var grounds = verdict.Grounds;
        var reasons = new List<string>();
        if (grounds.CostSide == winner)
        {
            reasons.Add(bills[winner] is { } cheap && bills[winner == Side.A ? Side.B : Side.A] is { } dear
                ? Sentences.SummaryCostsLess(cheap.Monthly, dear.Monthly)
                : Sentences.SummaryOnlyPriced);
        }

        if (grounds.BenchmarkSide == winner)
        {
            reasons.Add(Sentences.SummaryLeads(benchmarks.Leads(winner), benchmarks.Compared));
        }

        return Sentences.SummaryChoose(win.Name, reasons, lose.Name, grounds.OtherNeeds, grounds.OtherEdges);
    }
}
