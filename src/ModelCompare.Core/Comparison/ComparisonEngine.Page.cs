namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static string MetaDescription(ModelFacts a, ModelFacts b)
    {
        var clauses = new List<string>();
        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb && pa.MonthlyText != pb.MonthlyText)
        {
            clauses.Add(pa.Monthly < pb.Monthly
                ? Sentences.MetaCheaper(a.Name, pa.Monthly, pb.Monthly)
                : Sentences.MetaCheaper(b.Name, pb.Monthly, pa.Monthly));
        }

        if (a.Model.ContextWindow is { } ca && b.Model.ContextWindow is { } cb && ca != cb)
        {
            clauses.Add(ca > cb ? Sentences.MetaContext(a.Name, ca, cb) : Sentences.MetaContext(b.Name, cb, ca));
        }

        return Sentences.MetaDescription(a.Name, b.Name, clauses);
    }
}
