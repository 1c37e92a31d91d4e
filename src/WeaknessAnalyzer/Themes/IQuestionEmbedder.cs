namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Turns question texts into dense vectors whose cosine similarity reflects meaning (a sentence-embedding model), so that
/// "Tell me about a conflict with a colleague" and "Describe a disagreement with your manager" land close together although
/// they share no word. Set <see cref="ThemeOptions.Embedder"/> to use one; the package WeaknessAnalyzer.MiniLM provides one
/// that runs locally. Implementations must be deterministic (the same text gives the same vector) and must not send the
/// texts anywhere: they are personal data.
/// </summary>
public interface IQuestionEmbedder
{
    /// <summary>Embeds texts, one vector per text, in order; every vector has the same length.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
