namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Retirement first (a retired or retiring model says so before anything else), then makers, years, context and prices.</summary>
    private static IntroSection Intro(ModelFacts a, ModelFacts b, PairBills bills, DateOnly today)
    {
        var sentences = new List<string>();
        foreach (var f in new[] { a, b })
        {
            if (Sentences.Status(f.Model, today) is { } status)
            {
                sentences.Add(status);
            }
        }

        sentences.Add(Sentences.IntroModel(a.Name, a.MakerName, a.Model.ReleaseDate?.Year, a.Model.OpenWeights));
        sentences.Add(Sentences.IntroModel(b.Name, b.MakerName, b.Model.ReleaseDate?.Year, b.Model.OpenWeights));
        sentences.Add(Sentences.IntroContext(a.Name, a.RankingContext, b.Name, b.RankingContext));
        sentences.Add(Sentences.IntroPrice(bills.BasisPhrase, a.Name, bills.A, b.Name, bills.B));
        return new IntroSection([.. sentences]);
    }
}
