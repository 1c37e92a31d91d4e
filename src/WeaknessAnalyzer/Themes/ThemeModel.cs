namespace WeaknessAnalyzer.Themes;

/// <summary>The result of fitting themes: the model and the theme of every input question, in input order.</summary>
/// <param name="Model">The fitted model (save it to assign later questions to the same themes).</param>
/// <param name="Assignments">The theme id of each input question (0 = unthemed).</param>
public sealed record ThemeFitResult(ThemeModel Model, IReadOnlyList<int> Assignments);

/// <summary>
/// Themes discovered in question texts. Fitting: identical questions (ignoring case, punctuation and spacing) are
/// featurized once with their count as weight; ML.NET word and character-trigram counts with smoothed TF-IDF; latent
/// semantic analysis (a seeded randomized truncated SVD, dimensions weighted by their squared singular values); weighted
/// k-means (k-means++ seeding, restarts) with twice the wanted themes; iterative classification with a ridge classifier;
/// Ward merging back to the wanted count; iterative classification again. Small themes and far-off questions go to the
/// unthemed group; keywords by class-based TF-IDF. With <see cref="ThemeOptions.Embedder"/>, the themes come from spectral
/// clustering of sentence embeddings instead; the questions clustered keep their theme (the model remembers them by a hash
/// of their text) and teach the word-based classifier that assigns every other question. The same input
/// and seed give the same model, whatever the thread count.
/// </summary>
public sealed class ThemeModel
{
    private readonly TextFeaturizer _featurizer;
    private readonly TfIdfWeighting _weighting;
    private readonly Lsa _lsa;
    private readonly float[] _centroids; // one normalised centre per real theme, in theme-id order (id 1 first)
    private readonly float[]? _classifier; // terms x themes ridge weights (theme-id order), or null: nearest centre decides
    private readonly double _unthemedSimilarity;
    private readonly int _seed;
    private readonly IReadOnlyDictionary<ulong, int>? _fitted; // by meaning: hash of each fitted question's key -> its theme id

    internal ThemeModel(TextFeaturizer featurizer, TfIdfWeighting weighting, Lsa lsa, float[] centroids, float[]? classifier, IReadOnlyList<Theme> themes, double unthemedSimilarity, int seed, IReadOnlyDictionary<ulong, int>? fitted = null)
    {
        _fitted = fitted is { Count: > 0 } ? fitted : null;
        _classifier = classifier;
        _featurizer = featurizer;
        _weighting = weighting;
        _lsa = lsa;
        _centroids = centroids;
        Themes = themes;
        _unthemedSimilarity = unthemedSimilarity;
        _seed = seed;
    }

    /// <summary>The themes: the unthemed group first (id 0), then ids 1, 2, ... by decreasing size.</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>The number of real themes (the unthemed group not counted).</summary>
    public int ThemeCount => Themes.Count - 1;

    /// <summary>Fits themes to question texts.</summary>
    /// <param name="questions">The questions, repeats allowed (at least one).</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ThemeOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    public static ThemeFitResult Fit(IReadOnlyList<string> questions, ThemeOptions? options = null, CancellationToken cancellationToken = default) =>
        Fit(questions, options, progress: null, cancellationToken);

    /// <summary>Fits themes to question texts, reporting each stage as it starts.</summary>
    /// <param name="questions">The questions, repeats allowed (at least one).</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ThemeOptions.Default"/>.</param>
    /// <param name="progress">Told when each stage starts (and once more, <see cref="ThemeFitStage.Done"/>, at the end); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    public static ThemeFitResult Fit(IReadOnlyList<string> questions, ThemeOptions? options, IProgress<ThemeFitProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        options ??= ThemeOptions.Default;
        options.Validate();
        if (questions.Count == 0)
        {
            throw new ArgumentException("At least one question is needed to fit themes.", nameof(questions));
        }

        return ThemeFitter.Fit(questions, categories: null, options, progress, cancellationToken);
    }

    /// <summary>
    /// Fits themes to question texts, with the person's own category of each question as a soft guide (see
    /// <see cref="ThemeOptions.CategoryWeight"/>), reporting each stage as it starts.
    /// </summary>
    /// <param name="questions">The questions, repeats allowed (at least one).</param>
    /// <param name="categories">One category cell per question, in the same order (<see langword="null"/> or blank when it has none); a cell may hold several tags ("stats, experimentation").</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ThemeOptions.Default"/>.</param>
    /// <param name="progress">Told when each stage starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <exception cref="ArgumentException">No questions, or not one category per question.</exception>
    public static ThemeFitResult Fit(IReadOnlyList<string> questions, IReadOnlyList<string?> categories, ThemeOptions? options, IProgress<ThemeFitProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(categories);
        options ??= ThemeOptions.Default;
        options.Validate();
        if (questions.Count == 0)
        {
            throw new ArgumentException("At least one question is needed to fit themes.", nameof(questions));
        }

        return ThemeFitter.Fit(questions, categories, options, progress, cancellationToken);
    }

    /// <summary>The grid embeddings are rounded to before use (2^-12; a unit vector of 384 components is typically ±0.05 per component).</summary>
    internal const float EmbeddingGrid = 1f / 4096;

    /// <summary>Assigns a question to an existing theme without refitting.</summary>
    /// <returns>The theme id, or <see cref="Theme.UnthemedId"/>.</returns>
    public int Assign(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Assign([question])[0];
    }

    /// <summary>Assigns questions to existing themes without refitting.</summary>
    /// <returns>A theme id per question, in order.</returns>
    public IReadOnlyList<int> Assign(IReadOnlyList<string> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return AssignCore(questions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
    }

    internal int[] AssignCore(IReadOnlyList<string> questions, ParallelOptions parallel)
    {
        var result = new int[questions.Count];
        const int Batch = 50_000;
        var d = _lsa.Dimensions;
        var k = _centroids.Length / Math.Max(1, d);
        for (var start = 0; start < questions.Count; start += Batch)
        {
            var count = Math.Min(Batch, questions.Count - start);
            var batch = new string[count];
            for (var i = 0; i < count; i++) batch[i] = questions[start + i];
            var x = _weighting.Apply(_featurizer.Transform(batch));
            var e = _lsa.Transform(x, parallel);
            var labels = new int[count];
            Classify(x, e, d, _centroids, _classifier, k, _unthemedSimilarity, labels, new float[count], parallel);
            for (var i = 0; i < count; i++)
            {
                result[start + i] = _fitted is not null && _fitted.TryGetValue(TextHash(batch[i]), out var theme) ? theme
                    : labels[i] < 0 ? Theme.UnthemedId : labels[i] + 1;
            }
        }

        return result;
    }

    /// <summary>
    /// The assignment rule, shared by fitting and <see cref="Assign(string)"/>: a question with no known word is unthemed;
    /// otherwise its theme is the classifier's highest score (or, without a classifier, the nearest centre), and it is
    /// unthemed when its cosine similarity to that theme's centre is below the threshold.
    /// </summary>
    internal static void Classify(SparseMatrix x, float[] e, int d, float[] centres, float[]? classifier, int k, double minSimilarity, int[] labels, float[] similarities, ParallelOptions parallel)
    {
        var n = x.Rows;
        Parallel.For(0, (n + 1023) / 1024, parallel, () => new float[Math.Max(1, k)], (block, _, scores) =>
        {
            var end = Math.Min(n, (block + 1) * 1024);
            for (var i = block * 1024; i < end; i++)
            {
                var row = e.AsSpan(i * d, d);
                if (k == 0 || StableMath.Dot(row, row) < 1e-12f)
                {
                    (labels[i], similarities[i]) = (-1, 0f);
                    continue;
                }

                int best;
                if (classifier is null)
                {
                    for (var c = 0; c < k; c++) scores[c] = StableMath.Dot(row, centres.AsSpan(c * d, d));
                    best = StableMath.IndexOfMax(scores.AsSpan(0, k));
                }
                else
                {
                    Array.Clear(scores);
                    for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++)
                    {
                        var t = x.Indices[p];
                        StableMath.MultiplyAdd(classifier.AsSpan(t * k, k), x.Values[p], scores.AsSpan(0, k));
                    }

                    best = StableMath.IndexOfMax(scores.AsSpan(0, k));
                }

                var sim = StableMath.Dot(row, centres.AsSpan(best * d, d));
                (labels[i], similarities[i]) = sim >= minSimilarity ? (best, sim) : (-1, sim);
            }

            return scores;
        }, _ => { });
    }

    /// <summary>Keeps the given themes, in the given order, of a themes x width (rowMajorThemes) or width x themes matrix.</summary>
    internal static float[] SelectColumns(float[] matrix, int k, int width, int[] chosen, bool rowMajorThemes)
    {
        var result = new float[chosen.Length * width];
        for (var c = 0; c < chosen.Length; c++)
        {
            if (rowMajorThemes)
            {
                matrix.AsSpan(chosen[c] * width, width).CopyTo(result.AsSpan(c * width, width));
            }
            else
            {
                for (var t = 0; t < width; t++) result[t * chosen.Length + c] = matrix[t * k + chosen[c]];
            }
        }

        return result;
    }

    /// <summary>Saves the model (featurizer, latent space, theme centres and descriptions) to a stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ThemeModelSerializer.Save(this, stream);
    }

    /// <summary>Saves the model to a file.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Loads a model saved by <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a theme model of a known version.</exception>
    public static ThemeModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ThemeModelSerializer.Load(stream);
    }

    /// <summary>Loads a model from a file.</summary>
    public static ThemeModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>A question's key (<see cref="TextKeys.DedupKey"/>) hashed: the first 8 bytes of its UTF-8 SHA-256, so the model remembers fitted questions without holding their text.</summary>
    internal static ulong TextHash(string question)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(TextKeys.DedupKey(question)), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    internal IReadOnlyDictionary<ulong, int>? Fitted => _fitted;

    internal TextFeaturizer Featurizer => _featurizer;

    internal TfIdfWeighting Weighting => _weighting;

    internal Lsa LatentSpace => _lsa;

    internal float[] Centroids => _centroids;

    internal float[]? Classifier => _classifier;

    internal double UnthemedSimilarity => _unthemedSimilarity;

    internal int Seed => _seed;
}
