using ModelCompare.Import.Output;

namespace ModelCompare.Import.Tests;

public sealed class CompleteSentencesTests
{
    [Theory]
    [InlineData("A fast model. It sets new benchmarks in...", "A fast model.")]
    [InlineData("Version 4.5 is fast. It is cheap! It sets new records in…", "Version 4.5 is fast. It is cheap!")]
    [InlineData("A whole description.", "A whole description.")]
    [InlineData("Cut off before any sentence ends...", null)]
    [InlineData("   ", null)]
    public void Only_whole_sentences_of_a_truncated_description_are_kept(string text, string? expected) =>
        Assert.Equal(expected, DataWriter.CompleteSentences(text));
}
