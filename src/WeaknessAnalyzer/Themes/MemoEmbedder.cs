namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Remembers the vectors an embedder returned during one analysis, so that a text embedded for the theme fit is not
/// embedded again for the plan's practice questions. Texts are keyed as given (ordinal); the vectors are the inner
/// embedder's, unchanged.
/// </summary>
internal sealed class MemoEmbedder(IQuestionEmbedder inner) : IQuestionEmbedder
{
    private readonly Dictionary<string, float[]> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string[] missing;
        lock (_lock) missing = [.. texts.Where(t => t is not null && !_seen.ContainsKey(t)).Distinct(StringComparer.Ordinal)];
        if (missing.Length > 0)
        {
            var vectors = inner.Embed(missing, cancellationToken);
            // What the inner embedder returns is checked by the caller; a short or null answer is passed through as it came.
            if (vectors is null || vectors.Count != missing.Length) return vectors!;
            lock (_lock)
            {
                for (var i = 0; i < missing.Length; i++) _seen[missing[i]] = vectors[i];
            }
        }

        lock (_lock) return [.. texts.Select(t => t is null ? null! : _seen[t])];
    }
}
