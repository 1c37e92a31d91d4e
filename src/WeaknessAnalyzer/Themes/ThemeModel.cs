using System.IO.Compression;
using System.Text;

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
/// clustering of sentence embeddings instead and teach the word-based classifier that assigns questions. The same input
/// and seed give the same model, whatever the thread count.
/// </summary>
public sealed class ThemeModel
{
    private const int FormatVersion = 2;
    private readonly TextFeaturizer _featurizer;
    private readonly TfIdfWeighting _weighting;
    private readonly Lsa _lsa;
    private readonly float[] _centroids; // one normalised centre per real theme, in theme-id order (id 1 first)
    private readonly float[]? _classifier; // terms x themes ridge weights (theme-id order), or null: nearest centre decides
    private readonly double _unthemedSimilarity;
    private readonly int _seed;

    private ThemeModel(TextFeaturizer featurizer, TfIdfWeighting weighting, Lsa lsa, float[] centroids, float[]? classifier, IReadOnlyList<Theme> themes, double unthemedSimilarity, int seed)
    {
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
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Report(ThemeFitStage stage) => progress?.Report(new ThemeFitProgress(stage, clock.Elapsed));

        ArgumentNullException.ThrowIfNull(questions);
        options ??= ThemeOptions.Default;
        options.Validate();
        if (questions.Count == 0)
        {
            throw new ArgumentException("At least one question is needed to fit themes.", nameof(questions));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };

        // 1. De-duplicate.
        Report(ThemeFitStage.Deduplicating);
        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var uniqueText = new List<string>();
        var uniqueWeight = new List<float>();
        var questionUnique = new int[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i] ?? throw new ArgumentException($"Question {i} is null.", nameof(questions));
            var key = TextKeys.DedupKey(q);
            if (!keyIndex.TryGetValue(key, out var u))
            {
                u = uniqueText.Count;
                keyIndex.Add(key, u);
                uniqueText.Add(q);
                uniqueWeight.Add(0);
            }

            uniqueWeight[u]++;
            questionUnique[i] = u;
        }

        keyIndex = null;

        // 2. Fit on (a deterministic sample of) the distinct questions.
        var fitIdx = Enumerable.Range(0, uniqueText.Count).ToArray();
        var maxFit = options.Embedder is null ? options.MaxFitQuestions : Math.Min(options.MaxFitQuestions, options.MaxEmbeddedQuestions);
        if (fitIdx.Length > maxFit)
        {
            fitIdx = fitIdx.OrderBy(u => StableHash(uniqueText[u], options.Seed)).ThenBy(u => u).Take(maxFit).Order().ToArray();
        }

        var fitText = fitIdx.Select(u => uniqueText[u]).ToArray();
        var fitWeight = fitIdx.Select(u => uniqueWeight[u]).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        Report(ThemeFitStage.Featurizing);
        var featurizer = TextFeaturizer.Fit(fitText, options.Seed, options.NgramLength);
        var counts = featurizer.Transform(fitText);
        var weighting = TfIdfWeighting.Fit(counts, fitWeight, fitText.Length >= 50 ? 2 : 1);
        var x = weighting.Apply(counts);
        counts = null;
        cancellationToken.ThrowIfCancellationRequested();

        var n = fitText.Length;
        Report(ThemeFitStage.LatentSpace);
        Lsa lsa;
        float[] e;
        if (x.Columns >= 3 && n >= 3)
        {
            lsa = Lsa.Fit(x, options.Dimensions, options.Seed, powerIterations: 2, parallel);
            e = lsa.Transform(x, parallel);
        }
        else
        {
            // Too little text for a latent space: use the TF-IDF space itself.
            var identity = new float[x.Columns * x.Columns];
            for (var i = 0; i < x.Columns; i++) identity[i * x.Columns + i] = 1;
            lsa = Lsa.FromProjection(x.Columns, x.Columns, identity);
            e = lsa.Transform(x, parallel);
        }

        var d = lsa.Dimensions;
        var isZero = new bool[n];
        var nonZero = 0;
        for (var i = 0; i < n; i++)
        {
            var row = e.AsSpan(i * d, d);
            isZero[i] = StableMath.Dot(row, row) < 1e-12f;
            if (!isZero[i]) nonZero++;
        }

        // 3. Cluster the non-empty points, then refine by iterative classification.
        float[] centres;
        float[]? classifier = null;
        if (nonZero == 0 || d == 0)
        {
            centres = [];
        }
        else
        {
            var pts = Enumerable.Range(0, n).Where(i => !isZero[i]).ToArray();
            var px = new float[pts.Length * d];
            var pw = new float[pts.Length];
            for (var j = 0; j < pts.Length; j++)
            {
                e.AsSpan(pts[j] * d, d).CopyTo(px.AsSpan(j * d, d));
                pw[j] = fitWeight[pts[j]];
            }

            float[]? semantic = null;
            var semanticDimensions = 0;
            if (options.Embedder is not null)
            {
                Report(ThemeFitStage.Embedding);
                (semantic, semanticDimensions) = EmbedQuestions(options.Embedder, pts.Select(j => fitText[j]).ToArray(), cancellationToken);
            }

            // Automatic k never exceeds 1.5·sqrt(distinct questions): small logs get a handful of themes, not many pairs. (With the
            // plain square root the 64-row sample log got 6 themes and one mixed database questions with career questions; 1.5·√ gives 9
            // and a separate database theme. stackoverflow.csv and questions.csv choose the same k either way.)
            var maxK = Math.Max(1, Math.Min(options.MaxThemes, (int)(pw.Sum() / options.MinThemeSize)));
            if (options.ThemeCount is null) maxK = Math.Min(maxK, Math.Max(2, (int)Math.Ceiling(1.5 * Math.Sqrt(pts.Length))));
            maxK = Math.Min(maxK, pts.Length);
            int k;
            if (options.ThemeCount is { } fixedK)
            {
                k = Math.Min(fixedK, pts.Length);
            }
            else
            {
                Report(ThemeFitStage.ChoosingThemeCount);
                // In the latent space even with an embedder: silhouettes of the embeddings chose k = 8, 20 and 32 on questions.csv for
                // seeds 42, 1 and 2 (NMI 0.49 to 0.57); the latent space chose 28, 37 and 37 (NMI 0.58 each).
                k = ThemeCountSelector.Choose(px, pts.Length, d, pw, Math.Min(options.MinThemes, maxK), maxK, options, parallel, cancellationToken);
            }

            // Words only: over-cluster (twice the themes), refine, merge back by Ward's criterion, refine again: k-means alone tends
            // to split a large theme in two while leaving two small ones joined; the merge step undoes the first and the refinement
            // the second. With an embedder: spectral clustering of the embeddings into k themes directly. The word-based refinement
            // pulled semantic themes back towards shared words (questions.csv, k=29: NMI 0.58 without, 0.44-0.47 with), and
            // over-clustering with a merge changed nothing (0.576-0.587 either way).
            var kOver = k >= 2 && semantic is null ? Math.Min(pts.Length, 2 * k) : k;
            var cx = px;
            var cd = d;
            var refine = semantic is null && options.RefinementRounds > 0 && k >= 2 && pts.Length >= 20;
            if (semantic is not null)
            {
                (cx, cd) = (semantic, semanticDimensions);
                if (k >= 2 && pts.Length <= SpectralLimit)
                {
                    cd = Math.Min(pts.Length, SpectralDimensionsPerTheme * k);
                    cx = SpectralEmbedding.Compute(semantic, pts.Length, semanticDimensions, SpectralNeighbours, cd, options.Seed, SpectralIterations, parallel);
                }
            }

            Report(ThemeFitStage.Clustering);
            var km = KMeans.Fit(cx, pts.Length, cd, pw, kOver, options.Seed, options.Restarts, options.MaxIterations, parallel, cancellationToken);
            var pointLabels = km.Labels.ToArray();
            var refinement = IterativeClassifier.Settings.Default with { Rounds = options.RefinementRounds };
            if (refine)
            {
                Report(ThemeFitStage.Refining);
                IterativeClassifier.Refine(x, pts, cx, cd, pw, pointLabels, kOver, refinement, options.Seed, parallel);
            }

            if (kOver > k)
            {
                Report(ThemeFitStage.Merging);
                WardMerger.Merge(cx, pts.Length, cd, pw, pointLabels, kOver, k);
                if (refine)
                {
                    Report(ThemeFitStage.Refining);
                    IterativeClassifier.Refine(x, pts, cx, cd, pw, pointLabels, k, refinement, options.Seed + 1, parallel);
                }
            }

            // Themes smaller than the minimum are dissolved; the rest get a normalised centre (and a classifier when refined).
            var mass = new double[k];
            for (var j = 0; j < pts.Length; j++) mass[pointLabels[j]] += pw[j];
            var kept = Enumerable.Range(0, k).Where(c => mass[c] >= options.MinThemeSize).ToArray();
            var keptIndex = Enumerable.Repeat(-1, k).ToArray();
            for (var c = 0; c < kept.Length; c++) keptIndex[kept[c]] = c;
            for (var j = 0; j < pts.Length; j++) pointLabels[j] = keptIndex[pointLabels[j]];
            centres = DenseMath.MeanDirections(px, pts.Length, d, pw, pointLabels, kept.Length);
            if ((refine || semantic is not null) && kept.Length >= 2)
            {
                var inTheme = pointLabels.Select(l => l >= 0).ToArray();
                classifier = IterativeClassifier.TrainRidge(x, pts, inTheme, pointLabels, pw, kept.Length, IterativeClassifier.Settings.Default, parallel);
            }
        }

        // 4. Final labels by the same rule Assign uses, so a saved model reproduces them exactly.
        Report(ThemeFitStage.Assigning);
        var k2 = centres.Length / Math.Max(1, d);
        var fitLabel = new int[n];
        var fitSim = new float[n];
        Classify(x, e, d, centres, classifier, k2, options.UnthemedSimilarity, fitLabel, fitSim, parallel);

        // Dissolve themes that ended up too small, then re-label (once: dissolving only moves points to unthemed or to other themes).
        var massByCluster = new double[k2];
        for (var i = 0; i < n; i++) if (fitLabel[i] >= 0) massByCluster[fitLabel[i]] += fitWeight[i];
        var keep = Enumerable.Range(0, k2).Where(c => massByCluster[c] >= options.MinThemeSize).ToArray();
        if (keep.Length < k2)
        {
            centres = SelectColumns(centres, k2, d, keep, rowMajorThemes: true);
            if (classifier is not null) classifier = SelectColumns(classifier, k2, x.Columns, keep, rowMajorThemes: false);
            k2 = keep.Length;
            Classify(x, e, d, centres, classifier, k2, options.UnthemedSimilarity, fitLabel, fitSim, parallel);
            massByCluster = new double[k2];
            for (var i = 0; i < n; i++) if (fitLabel[i] >= 0) massByCluster[fitLabel[i]] += fitWeight[i];
        }

        // 5. Order themes by size (ties: first appearance) and renumber 1..k.
        var firstSeen = Enumerable.Repeat(int.MaxValue, k2).ToArray();
        for (var i = n - 1; i >= 0; i--) if (fitLabel[i] >= 0) firstSeen[fitLabel[i]] = i;
        var order = Enumerable.Range(0, k2).OrderByDescending(c => massByCluster[c]).ThenBy(c => firstSeen[c]).ToArray();
        var newId = new int[k2];
        for (var r = 0; r < order.Length; r++) newId[order[r]] = r + 1;
        var orderedCentres = SelectColumns(centres, k2, d, order, rowMajorThemes: true);
        var orderedClassifier = classifier is null ? null : SelectColumns(classifier, k2, x.Columns, order, rowMajorThemes: false);

        var model = new ThemeModel(featurizer, weighting, lsa, orderedCentres, orderedClassifier, [], options.UnthemedSimilarity, options.Seed);

        // 6. Label every distinct question: fitted ones directly, the rest through the model.
        var uniqueTheme = new int[uniqueText.Count];
        Array.Fill(uniqueTheme, -2);
        for (var j = 0; j < n; j++) uniqueTheme[fitIdx[j]] = fitLabel[j] < 0 ? Theme.UnthemedId : newId[fitLabel[j]];
        var rest = Enumerable.Range(0, uniqueText.Count).Where(u => uniqueTheme[u] == -2).ToArray();
        if (rest.Length > 0)
        {
            var assigned = model.AssignCore(rest.Select(u => uniqueText[u]).ToArray(), parallel);
            for (var j = 0; j < rest.Length; j++) uniqueTheme[rest[j]] = assigned[j];
        }

        // 7. Describe the themes.
        Report(ThemeFitStage.Describing);
        var themes = Describe(uniqueText, uniqueWeight, uniqueTheme, k2, fitIdx, fitLabel, fitSim, newId, options);
        model = new ThemeModel(featurizer, weighting, lsa, orderedCentres, orderedClassifier, themes, options.UnthemedSimilarity, options.Seed);
        var assignments = questionUnique.Select(u => uniqueTheme[u]).ToArray();
        Report(ThemeFitStage.Done);
        return new ThemeFitResult(model, assignments);
    }

    // Spectral clustering of sentence embeddings (Ng, Jordan and Weiss): up to this many points, on a graph of each point's
    // nearest neighbours, with one eigenvector per theme. Above it the embeddings are clustered directly. On questions.csv
    // (k=29, MiniLM, seeds 42/1/2) k-means on the embeddings gave NMI 0.529/0.536/0.528, spectral 0.593/0.591/0.583; with the
    // word classifier as the final rule, 10 neighbours gave 0.587/0.581/0.571 and 7 gave 0.592/0.580/0.579 (5: 0.569/0.577,
    // 15: 0.577/0.561). On the sample log (33 distinct questions, NMI against its category column) 7 gave 0.81, 10 gave 0.72.
    // The walk to the subspace: 30 iterations of (M + I) / 2 from a seeded Gaussian start, then Rayleigh-Ritz.
    private const int SpectralLimit = 5_000;
    private const int SpectralNeighbours = 7;
    private const int SpectralDimensionsPerTheme = 1;
    private const int SpectralIterations = 30;

    /// <summary>Embeds the questions with the caller's embedder and checks what comes back; rows are L2-normalised.</summary>
    private static (float[] Vectors, int Dimensions) EmbedQuestions(IQuestionEmbedder embedder, string[] texts, CancellationToken cancellationToken)
    {
        var vectors = embedder.Embed(texts, cancellationToken) ?? throw new InvalidOperationException("The question embedder returned null.");
        if (vectors.Count != texts.Length)
        {
            throw new InvalidOperationException($"The question embedder returned {vectors.Count} vectors for {texts.Length} questions.");
        }

        var d = texts.Length == 0 ? 0 : vectors[0]?.Length ?? 0;
        var result = new float[texts.Length * d];
        for (var i = 0; i < texts.Length; i++)
        {
            var v = vectors[i];
            if (v is null || v.Length != d || d == 0)
            {
                throw new InvalidOperationException($"The question embedder returned a vector of length {v?.Length ?? 0} for question {i}; expected {d} (the length of the first, at least 1).");
            }

            foreach (var f in v)
            {
                if (!float.IsFinite(f)) throw new InvalidOperationException($"The question embedder returned a non-finite value for question {i}.");
            }

            v.CopyTo(result, i * d);
        }

        // Unit length, then every component rounded to a multiple of EmbeddingGrid, then unit length again: ONNX Runtime (like any
        // model runtime) picks its kernels by CPU, so the same text can come back with different last bits on another machine;
        // after rounding, such a difference is gone unless a component sits that close to a grid boundary.
        DenseMath.NormalizeRows(result, texts.Length, d);
        for (var j = 0; j < result.Length; j++) result[j] = MathF.Round(result[j] / EmbeddingGrid) * EmbeddingGrid;
        DenseMath.NormalizeRows(result, texts.Length, d);
        return (result, d);
    }

    /// <summary>The grid embeddings are rounded to (2^-12; a unit vector of 384 components is typically ±0.05 per component).</summary>
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

    private int[] AssignCore(IReadOnlyList<string> questions, ParallelOptions parallel)
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
            for (var i = 0; i < count; i++) result[start + i] = labels[i] < 0 ? Theme.UnthemedId : labels[i] + 1;
        }

        return result;
    }

    /// <summary>
    /// The assignment rule, shared by fitting and <see cref="Assign(string)"/>: a question with no known word is unthemed;
    /// otherwise its theme is the classifier's highest score (or, without a classifier, the nearest centre), and it is
    /// unthemed when its cosine similarity to that theme's centre is below the threshold.
    /// </summary>
    private static void Classify(SparseMatrix x, float[] e, int d, float[] centres, float[]? classifier, int k, double minSimilarity, int[] labels, float[] similarities, ParallelOptions parallel)
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
    private static float[] SelectColumns(float[] matrix, int k, int width, int[] chosen, bool rowMajorThemes)
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

    private static List<Theme> Describe(List<string> uniqueText, List<float> uniqueWeight, int[] uniqueTheme, int k, int[] fitIdx, int[] fitLabel, float[] fitSim, int[] newId, ThemeOptions options)
    {
        // Class-based TF-IDF over keyword tokens (bigrams of adjacent keywords included).
        var termFreq = new Dictionary<string, double>[k + 1];
        for (var c = 0; c <= k; c++) termFreq[c] = new Dictionary<string, double>(StringComparer.Ordinal);
        var termsPerTheme = new double[k + 1];
        var count = new int[k + 1];
        for (var u = 0; u < uniqueText.Count; u++)
        {
            var c = uniqueTheme[u];
            var w = uniqueWeight[u];
            count[c] += (int)w;
            string? previous = null;
            foreach (var token in TextKeys.Tokens(uniqueText[u]))
            {
                Add(termFreq[c], token, w);
                termsPerTheme[c] += w;
                if (previous is not null) Add(termFreq[c], previous + " " + token, w * 0.5);
                previous = token;
            }
        }

        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c <= k; c++) foreach (var (t, f) in termFreq[c]) Add(total, t, f);
        var average = termsPerTheme.Skip(1).DefaultIfEmpty(0).Average();
        if (average <= 0) average = 1;

        var themes = new List<Theme>(k + 1);
        for (var id = 0; id <= k; id++)
        {
            List<string> keywords = [];
            if (termsPerTheme[id] > 0)
            {
                var scored = termFreq[id]
                    .Select(p => (Term: p.Key, Score: p.Value / termsPerTheme[id] * StableMath.Log(1 + average / total[p.Key])))
                    .OrderByDescending(p => p.Score).ThenBy(p => p.Term, StringComparer.Ordinal);
                var chosen = new List<string>();
                var stems = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (term, _) in scored)
                {
                    var parts = term.Split(' ');
                    var termStems = parts.Select(TextKeys.Stem).ToArray();
                    if (parts.Length == 1 ? stems.Contains(termStems[0]) : termStems.All(stems.Contains) || termStems[0] == termStems[^1]) continue;
                    chosen.Add(term);
                    foreach (var s in termStems) stems.Add(s);
                    if (chosen.Count == options.KeywordCount) break;
                }

                keywords = chosen;
            }

            var representatives = Enumerable.Range(0, fitIdx.Length)
                .Where(j => (fitLabel[j] < 0 ? 0 : newId[fitLabel[j]]) == id)
                .OrderBy(j => id == 0 ? 0 : -fitSim[j]).ThenByDescending(j => uniqueWeight[fitIdx[j]]).ThenBy(j => j)
                .Take(options.RepresentativeCount)
                .Select(j => uniqueText[fitIdx[j]])
                .ToArray();
            var label = id == 0 ? "unthemed"
                : keywords.Count > 0 ? string.Join(" / ", keywords.Take(3))
                : representatives.Length > 0 ? (representatives[0].Length > 40 ? representatives[0][..39] + "…" : representatives[0])
                : $"theme {id}";
            themes.Add(new Theme(id, label, keywords, representatives, count[id], id == 0));
        }

        return themes;

        static void Add(Dictionary<string, double> map, string key, double value) =>
            map[key] = map.TryGetValue(key, out var v) ? v + value : value;
    }

    private static ulong StableHash(string text, int seed)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Saves the model (featurizer, latent space, theme centres and descriptions) to a stream.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var featurizer = zip.CreateEntry("featurizer.zip", CompressionLevel.Fastest).Open())
        {
            _featurizer.Save(featurizer);
        }

        using var entry = zip.CreateEntry("themes.bin", CompressionLevel.Fastest).Open();
        using var w = new BinaryWriter(entry, Encoding.UTF8);
        w.Write(FormatVersion);
        w.Write(_seed);
        w.Write(_unthemedSimilarity);
        w.Write(_lsa.Terms);
        w.Write(_lsa.Dimensions);
        WriteFloats(w, _weighting.Idf);
        WriteFloats(w, _lsa.Projection);
        WriteFloats(w, _centroids);
        w.Write(_classifier is not null);
        if (_classifier is not null) WriteFloats(w, _classifier);
        w.Write(Themes.Count);
        foreach (var t in Themes)
        {
            w.Write(t.Id);
            w.Write(t.Label);
            w.Write(t.QuestionCount);
            w.Write(t.IsUnthemed);
            w.Write(t.Keywords.Count);
            foreach (var s in t.Keywords) w.Write(s);
            w.Write(t.Representatives.Count);
            foreach (var s in t.Representatives) w.Write(s);
        }
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
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var binEntry = zip.GetEntry("themes.bin") ?? throw new InvalidDataException("Not a theme model: themes.bin is missing.");
            using var r = new BinaryReader(binEntry.Open(), Encoding.UTF8);
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"Unsupported theme model version {version}.");
            var seed = r.ReadInt32();
            var similarity = r.ReadDouble();
            var terms = r.ReadInt32();
            var dims = r.ReadInt32();
            var idf = ReadFloats(r);
            var projection = ReadFloats(r);
            var centroids = ReadFloats(r);
            var classifier = r.ReadBoolean() ? ReadFloats(r) : null;
            var themeCount = r.ReadInt32();
            var themes = new List<Theme>(themeCount);
            for (var i = 0; i < themeCount; i++)
            {
                var id = r.ReadInt32();
                var label = r.ReadString();
                var qc = r.ReadInt32();
                var un = r.ReadBoolean();
                var keywords = Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToArray();
                var reps = Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToArray();
                themes.Add(new Theme(id, label, keywords, reps, qc, un));
            }

            var featEntry = zip.GetEntry("featurizer.zip") ?? throw new InvalidDataException("Not a theme model: featurizer.zip is missing.");
            using var featStream = new MemoryStream();
            using (var fs = featEntry.Open()) fs.CopyTo(featStream);
            featStream.Position = 0;
            var featurizer = TextFeaturizer.Load(featStream, seed);
            return new ThemeModel(featurizer, new TfIdfWeighting(idf), Lsa.FromProjection(terms, dims, projection), centroids, classifier, themes, similarity, seed);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("The stream does not hold a valid theme model.", ex);
        }
    }

    /// <summary>Loads a model from a file.</summary>
    public static ThemeModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r)
    {
        var values = new float[r.ReadInt32()];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        var read = 0;
        while (read < bytes.Length)
        {
            var got = r.Read(bytes[read..]);
            if (got == 0) throw new EndOfStreamException();
            read += got;
        }

        return values;
    }
}
