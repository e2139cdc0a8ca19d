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
            .Select(f => Sentences.Status(f.Model, today, ProfileFacts.Replacement(catalog, f.Model, today)?.Name) is { } note
                ? note + Sentences.StatusSourceNote(f.Model)
                : null)
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
            ShareLine = ShareLine(a, b, bills, benchmarks, verdict),
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
            Sentences.ContextCell(f.Model.ContextWindow, f.RankingContext));
    }

    /// <summary>
    /// The verdict line for a share image, which has room for <see cref="SharePreview.MaxCaptionLength"/> characters: the
    /// whole line when it fits, else the choice and its decisive reasons ("Choose A: it leads on 8 of 8 shared
    /// benchmarks."), else the choice alone. Never cut mid-figure.
    /// </summary>
    private static string ShareLine(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, VerdictSection verdict)
    {
        var full = VerdictLine(a, b, bills, benchmarks, verdict);
        if (full.Length <= SharePreview.MaxCaptionLength)
        {
            return full;
        }

        if (verdict.Reason != VerdictReason.Wins || verdict.Recommended is not (Side.A or Side.B))
        {
            var clause = full.Split([';', ':'], 2)[0].TrimEnd('.') + ".";
            return clause.Length <= SharePreview.MaxCaptionLength ? clause : Sentences.ShareNoWinner;
        }

        var (win, reasons) = Reasons(a, b, bills, benchmarks, verdict);
        var head = Sentences.SummaryChooseShort(win.Name, reasons);
        return head.Length <= SharePreview.MaxCaptionLength ? head
            : reasons.Count > 1 && Sentences.SummaryChooseShort(win.Name, [reasons[^1]]) is { } last && last.Length <= SharePreview.MaxCaptionLength ? last
            : Sentences.SummaryChooseShort(win.Name, []);
    }

    /// <summary>The winner and why, as the verdict line says it.</summary>
    private static (ModelFacts Winner, List<string> Reasons) Reasons(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, VerdictSection verdict)
    {
        var winner = verdict.Recommended;
        var win = winner == Side.A ? a : b;
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

        return (win, reasons);
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

        var (win, reasons) = Reasons(a, b, bills, benchmarks, verdict);
        var lose = win == a ? b : a;
        return Sentences.SummaryChoose(win.Name, reasons, lose.Name, verdict.Grounds.OtherNeeds, verdict.Grounds.OtherEdges);
    }
}
