namespace WeaknessAnalyzer.Themes;

/// <summary>A stage of <see cref="ThemeModel.Fit(IReadOnlyList{string}, ThemeOptions?, IProgress{ThemeFitProgress}?, CancellationToken)"/>, in the order they run.</summary>
public enum ThemeFitStage
{
    /// <summary>Finding identical questions.</summary>
    Deduplicating,

    /// <summary>Counting words and character trigrams (ML.NET) and weighting them by TF-IDF.</summary>
    Featurizing,

    /// <summary>Computing the latent semantic space (truncated SVD).</summary>
    LatentSpace,

    /// <summary>Embedding the questions with <see cref="ThemeOptions.Embedder"/> (only when one is set).</summary>
    Embedding,

    /// <summary>Choosing the number of themes (only when it is not fixed).</summary>
    ChoosingThemeCount,

    /// <summary>Weighted k-means with restarts.</summary>
    Clustering,

    /// <summary>A run of iterative classification (happens twice).</summary>
    Refining,

    /// <summary>Merging over-split themes back to the wanted count.</summary>
    Merging,

    /// <summary>Assigning every question to a theme or to the unthemed group.</summary>
    Assigning,

    /// <summary>Building keywords, labels and representative questions.</summary>
    Describing,

    /// <summary>Finished.</summary>
    Done,
}

/// <summary>Progress of a theme fit: the stage that just started and the time since the fit began.</summary>
/// <param name="Stage">The stage that just started.</param>
/// <param name="Elapsed">Time since the fit began.</param>
public sealed record ThemeFitProgress(ThemeFitStage Stage, TimeSpan Elapsed);
