namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static IntroSection Intro(ModelFacts a, ModelFacts b) => new(
    [
        Sentences.IntroModel(a.Name, a.MakerName, a.Model.ReleaseDate?.Year, a.Model.OpenWeights),
        Sentences.IntroModel(b.Name, b.MakerName, b.Model.ReleaseDate?.Year, b.Model.OpenWeights),
        Sentences.IntroContext(a.Name, a.Model.ContextWindow, b.Name, b.Model.ContextWindow),
        Sentences.IntroPrice(a.Name, a.CheapestAtTraffic, b.Name, b.CheapestAtTraffic),
    ]);
}
