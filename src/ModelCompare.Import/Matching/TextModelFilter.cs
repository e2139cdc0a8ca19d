using System.Text.RegularExpressions;

namespace ModelCompare.Import.Matching;

/// <summary>
/// Keeps text-generation models and drops embedding, rerank, moderation and content-safety classifiers,
/// guard models, speech and voice-chat models, and image-only ones.
/// </summary>
internal static partial class TextModelFilter
{
    public static bool IsTextGeneration(string normalizedId, IReadOnlyCollection<string> outputModalities)
    {
        ArgumentNullException.ThrowIfNull(normalizedId);
        ArgumentNullException.ThrowIfNull(outputModalities);
        if (outputModalities.Count > 0 && !outputModalities.Contains("text"))
        {
            return false;
        }

        return !NonTextId().IsMatch(normalizedId);
    }

    [GeneratedRegex(@"(embed|rerank|moderation|content-safety|safeguard|voicechat|voice-chat|(^|-)tts($|-)|whisper|transcribe|realtime|guard|(^|-)ocr($|-)|dall-e|gpt-image|imagen|(^|-)veo-|sora|flux|stable-diffusion|(^|-)image-(preview|generation)|search-preview|audio-preview|(^|-)lyria|-image$|-image-preview)")]
    private static partial Regex NonTextId();
}
