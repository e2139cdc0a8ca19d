namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Who is cheaper at the page's basis, for the page's traffic (named), and who reads more context.</summary>
    private static string MetaDescription(ModelFacts a, ModelFacts b, PairBills bills, TrafficProfile traffic)
    {
        var clauses = new List<string>();
        switch (bills.A, bills.B, bills.Cheaper)
        {
            case ({ } pa, { } pb, Side.A):
                clauses.Add(Sentences.MetaCheaper(a.Name, pa.Monthly, pb.Monthly, bills.BasisPhrase, traffic.Text, bills.GapRestsOnAssumption));
                break;
            case ({ } pa, { } pb, Side.B):
                clauses.Add(Sentences.MetaCheaper(b.Name, pb.Monthly, pa.Monthly, bills.BasisPhrase, traffic.Text, bills.GapRestsOnAssumption));
                break;
            case ({ }, { }, _):
                clauses.Add(Sentences.MetaSamePrice(bills.BasisPhrase, traffic.Text));
                break;
        }

        var wider = LargerLimit(a.RankingContext, b.RankingContext);
        if (wider is Side.A or Side.B)
        {
            var (x, y) = wider == Side.A ? (a, b) : (b, a);
            clauses.Add(Sentences.MetaContext(x.Name, x.RankingContext!.Value, y.RankingContext!.Value));
        }

        return Sentences.MetaDescription(a.Name, b.Name, clauses);
    }
}
