using System.Diagnostics;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Fits a <see cref="ThemeModel"/>, one method per stage: de-duplicate the questions; sample the distinct ones to fit on;
/// featurize (ML.NET counts, TF-IDF); the latent space (LSA); cluster (the number of themes, k-means or spectral clustering
/// of embeddings, iterative classification, Ward merging); final labels by the model's own assignment rule; order the
/// themes by size; assign the distinct questions left out of the fit; describe the themes. The measurements behind each
/// choice are in benchmarks/README.md.
/// </summary>
internal sealed class ThemeFitter
{
    // Spectral clustering of sentence embeddings: up to this many points, a graph of each point's 7 nearest neighbours,
    // one eigenvector per theme, 30 steps of subspace iteration. Above the limit the embeddings are clustered directly.
    private const int SpectralLimit = 5_000;
    private const int SpectralNeighbours = 7;
    private const int SpectralDimensionsPerTheme = 1;
    private const int SpectralIterations = 30;

    private readonly ThemeOptions _options;
    private readonly ParallelOptions _parallel;
    private readonly IProgress<ThemeFitProgress>? _progress;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _uniqueText = [];
    private readonly List<float> _uniqueWeight = [];
    private readonly List<Dictionary<string, int>?> _uniqueTags = [];
    private int[] _questionUnique = [];
    private int[] _fitIdx = [];
    private string[] _fitText = [];
    private float[] _fitWeight = [];
    private TextFeaturizer _featurizer = null!;
    private TfIdfWeighting _weighting = null!;
    private SparseMatrix _x = null!;
    private Lsa _lsa = null!;
    private float[] _e = [];
    private string[] _tags = []; // the category tags of the fit, sorted; empty when the fit has none (or CategoryWeight is 0)
    private SparseMatrix? _tagRows; // the fit questions' tag vectors (unit length, or empty rows), fit rows x tags
    private int[] _clusterLabels = []; // each fit question's theme from clustering (-1: not clustered or dissolved)

    private ThemeFitter(ThemeOptions options, IProgress<ThemeFitProgress>? progress, CancellationToken cancellationToken)
    {
        _options = options;
        _progress = progress;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
    }

    private int D => _lsa.Dimensions;

    private CancellationToken Token => _parallel.CancellationToken;

    public static ThemeFitResult Fit(IReadOnlyList<string> questions, IReadOnlyList<string?>? categories, ThemeOptions options, IProgress<ThemeFitProgress>? progress, CancellationToken cancellationToken)
    {
        var fitter = new ThemeFitter(options, progress, cancellationToken);
        fitter.Deduplicate(questions, categories);
        fitter.SampleForFit();
        fitter.Featurize();
        fitter.BuildLatentSpace();
        var (centres, classifier) = fitter.Cluster();
        var labels = fitter.FinalLabels(ref centres, ref classifier, out var similarities, out var mass);
        return fitter.Finish(labels, similarities, mass, centres, classifier);
    }

    private void Report(ThemeFitStage stage) => _progress?.Report(new ThemeFitProgress(stage, _clock.Elapsed));

    /// <summary>1. Identical questions (ignoring case, punctuation and spacing) become one, weighted by their count, with the category tags of all their repeats.</summary>
    private void Deduplicate(IReadOnlyList<string> questions, IReadOnlyList<string?>? categories)
    {
        if (categories is not null && categories.Count != questions.Count)
        {
            throw new ArgumentException($"There are {categories.Count} categories for {questions.Count} questions; give one per question (null when it has none).", nameof(categories));
        }

        var useTags = categories is not null && _options.CategoryWeight > 0;
        Report(ThemeFitStage.Deduplicating);
        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        // Most rows repeat a text exactly: those are looked up as written, and only a new text is normalised.
        var exactIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _questionUnique = new int[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i] ?? throw new ArgumentException($"Question {i} is null.", nameof(questions));
            if (!exactIndex.TryGetValue(q, out var u))
            {
                var key = TextKeys.DedupKey(q);
                if (!keyIndex.TryGetValue(key, out u))
                {
                    u = _uniqueText.Count;
                    keyIndex.Add(key, u);
                    _uniqueText.Add(q);
                    _uniqueWeight.Add(0);
                    _uniqueTags.Add(null);
                }

                exactIndex.Add(q, u);
            }

            _uniqueWeight[u]++;
            if (useTags && !string.IsNullOrWhiteSpace(categories![i]))
            {
                var tags = _uniqueTags[u] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var tag in CategoryNames.Tags(categories[i]!).Select(t => t.Key).Distinct(StringComparer.Ordinal))
                {
                    tags[tag] = tags.GetValueOrDefault(tag) + 1;
                }
            }
            _questionUnique[i] = u;
        }
    }

    /// <summary>2. A deterministic sample of the distinct questions to fit on (all of them up to the option's limit).</summary>
    private void SampleForFit()
    {
        _fitIdx = Enumerable.Range(0, _uniqueText.Count).ToArray();
        var maxFit = _options.Embedder is null ? _options.MaxFitQuestions : Math.Min(_options.MaxFitQuestions, _options.MaxEmbeddedQuestions);
        if (_fitIdx.Length > maxFit)
        {
            _fitIdx = _fitIdx.OrderBy(u => StableHash(_uniqueText[u], _options.Seed)).ThenBy(u => u).Take(maxFit).Order().ToArray();
        }

        _fitText = _fitIdx.Select(u => _uniqueText[u]).ToArray();
        _fitWeight = _fitIdx.Select(u => _uniqueWeight[u]).ToArray();
        Token.ThrowIfCancellationRequested();
    }

    /// <summary>3. ML.NET word and character-trigram counts, weighted by smoothed TF-IDF (terms in one question dropped from 50 questions up).</summary>
    private void Featurize()
    {
        Report(ThemeFitStage.Featurizing);
        _featurizer = TextFeaturizer.Fit(_fitText, _options.Seed, _options.NgramLength);
        var counts = _featurizer.Transform(_fitText);
        _weighting = TfIdfWeighting.Fit(counts, _fitWeight, _fitText.Length >= 50 ? 2 : 1);
        _x = _weighting.Apply(counts);
        AddCategoryTags();
        Token.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// 3b. The person's categories as a soft guide: each tag of the fit becomes one more column of the TF-IDF matrix (so of
    /// the latent space, the k-means geometry and the word classifier). A tagged question's row is its words scaled by
    /// √(1 − w) and its tags' unit vector (counts over its repeats) by √w, so the cosine of two tagged questions is
    /// (1 − w)·words + w·tags. Rows without a tag are unchanged; questions assigned later have no tags.
    /// </summary>
    private void AddCategoryTags()
    {
        var fitTags = _fitIdx.Select(u => _uniqueTags[u]).ToArray();
        _tags = [.. fitTags.Where(t => t is not null).SelectMany(t => t!.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (_tags.Length == 0) return;
        var column = _tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var w = _options.CategoryWeight;
        float wordScale = (float)Math.Sqrt(1 - w), tagScale = (float)Math.Sqrt(w);
        var n = _x.Rows;
        var textColumns = _x.Columns;
        var rowStart = new int[n + 1];
        var indices = new List<int>(_x.NonZeros + n);
        var values = new List<float>(_x.NonZeros + n);
        var tagStart = new int[n + 1];
        var tagIndices = new List<int>(n);
        var tagValues = new List<float>(n);
        for (var r = 0; r < n; r++)
        {
            var tags = fitTags[r];
            var scale = tags is null ? 1f : wordScale;
            for (var p = _x.RowStart[r]; p < _x.RowStart[r + 1]; p++)
            {
                indices.Add(_x.Indices[p]);
                values.Add(_x.Values[p] * scale);
            }

            if (tags is not null)
            {
                var norm = Math.Sqrt(tags.Values.Sum(c => (double)c * c));
                foreach (var (key, count) in tags.OrderBy(t => column[t.Key]))
                {
                    var v = (float)(count / norm);
                    indices.Add(textColumns + column[key]);
                    values.Add(tagScale * v);
                    tagIndices.Add(column[key]);
                    tagValues.Add(v);
                }
            }

            rowStart[r + 1] = indices.Count;
            tagStart[r + 1] = tagIndices.Count;
        }

        _x = new SparseMatrix(n, textColumns + _tags.Length, rowStart, [.. indices], [.. values]);
        _tagRows = new SparseMatrix(n, _tags.Length, tagStart, [.. tagIndices], [.. tagValues]);
    }

    /// <summary>The embeddings of the clustered points with their tags appended as in <see cref="AddCategoryTags"/> (rows unit length).</summary>
    private (float[] Vectors, int Dimensions) WithTags(float[] semantic, int dimensions, int[] pts)
    {
        if (_tagRows is null) return (semantic, dimensions);
        var d = dimensions + _tags.Length;
        var result = new float[pts.Length * d];
        float wordScale = (float)Math.Sqrt(1 - _options.CategoryWeight), tagScale = (float)Math.Sqrt(_options.CategoryWeight);
        for (var j = 0; j < pts.Length; j++)
        {
            var r = pts[j];
            var tagged = _tagRows.RowStart[r + 1] > _tagRows.RowStart[r];
            var scale = tagged ? wordScale : 1f;
            for (var c = 0; c < dimensions; c++) result[(j * d) + c] = semantic[(j * dimensions) + c] * scale;
            for (var p = _tagRows.RowStart[r]; p < _tagRows.RowStart[r + 1]; p++) result[(j * d) + dimensions + _tagRows.Indices[p]] = tagScale * _tagRows.Values[p];
        }

        return (result, d);
    }

    /// <summary>4. The latent space: a truncated SVD of the TF-IDF matrix, or the TF-IDF space itself when there is too little text.</summary>
    private void BuildLatentSpace()
    {
        Report(ThemeFitStage.LatentSpace);
        if (_x.Columns >= 3 && _fitText.Length >= 3)
        {
            _lsa = Lsa.Fit(_x, _options.Dimensions, _options.Seed, powerIterations: 2, _parallel);
        }
        else
        {
            var identity = new float[_x.Columns * _x.Columns];
            for (var i = 0; i < _x.Columns; i++) identity[i * _x.Columns + i] = 1;
            _lsa = Lsa.FromProjection(_x.Columns, _x.Columns, identity);
        }

        _e = _lsa.Transform(_x, _parallel);
    }

    /// <summary>5. Clusters the questions with any known word: the theme centres (in the latent space) and, when refined or taught by embeddings, the word classifier.</summary>
    private (float[] Centres, float[]? Classifier) Cluster()
    {
        var pts = Enumerable.Range(0, _fitText.Length).Where(i => !(StableMath.Dot(_e.AsSpan(i * D, D), _e.AsSpan(i * D, D)) < 1e-12f)).ToArray();
        if (pts.Length == 0 || D == 0) return ([], null);
        var px = new float[pts.Length * D];
        var pw = new float[pts.Length];
        for (var j = 0; j < pts.Length; j++)
        {
            _e.AsSpan(pts[j] * D, D).CopyTo(px.AsSpan(j * D, D));
            pw[j] = _fitWeight[pts[j]];
        }

        float[]? semantic = null;
        var semanticDimensions = 0;
        if (_options.Embedder is not null)
        {
            Report(ThemeFitStage.Embedding);
            (semantic, semanticDimensions) = EmbedQuestions(_options.Embedder, pts.Select(j => _fitText[j]).ToArray(), Token);
            (semantic, semanticDimensions) = WithTags(semantic, semanticDimensions, pts);
        }

        var k = ThemeCount(px, pw, pts.Length);
        var labels = semantic is null ? ClusterWords(px, pw, pts, k) : ClusterMeaning(semantic, semanticDimensions, pw, pts.Length, k);
        if (_options.JoinSiblings && _options.ThemeCount is null)
        {
            // A theme mixing questions about the person with technical tasks is split before siblings are joined.
            var texts = pts.Select(j => _fitText[j]).ToArray();
            k = KindSplitter.Split(labels, k, texts, pw, semantic ?? px, semantic is null ? D : semanticDimensions);
            var pointTags = pts.Select(j => _uniqueTags[_fitIdx[j]]).ToArray();
            k = SiblingJoiner.Join(labels, k, texts, pw, pointTags, semantic, semanticDimensions,
                _tags.Length > 0 ? _x : null, pts, _x.Columns - _tags.Length);
            if (_tags.Length > 0) k = TagSplitter.Split(labels, k, pointTags, semantic ?? px, semantic is null ? D : semanticDimensions, _options.MinThemeSize);
        }

        // Themes smaller than the minimum are dissolved; the rest get a normalised centre (and a classifier when refined).
        var mass = new double[k];
        for (var j = 0; j < pts.Length; j++) mass[labels[j]] += pw[j];
        var kept = Enumerable.Range(0, k).Where(c => mass[c] >= _options.MinThemeSize).ToArray();
        var keptIndex = Enumerable.Repeat(-1, k).ToArray();
        for (var c = 0; c < kept.Length; c++) keptIndex[kept[c]] = c;
        for (var j = 0; j < pts.Length; j++) labels[j] = keptIndex[labels[j]];
        var centres = DenseMath.MeanDirections(px, pts.Length, D, pw, labels, kept.Length);
        _clusterLabels = Enumerable.Repeat(-1, _fitText.Length).ToArray();
        for (var j = 0; j < pts.Length; j++) _clusterLabels[pts[j]] = labels[j];
        var taught = semantic is not null || (_options.RefinementRounds > 0 && k >= 2 && pts.Length >= 20);
        float[]? classifier = null;
        if (taught && kept.Length >= 2)
        {
            var inTheme = labels.Select(l => l >= 0).ToArray();
            classifier = IterativeClassifier.TrainRidge(_x, pts, inTheme, labels, pw, kept.Length, IterativeClassifier.Settings.Default, _parallel);
        }

        return (centres, classifier);
    }

    /// <summary>
    /// The number of themes: the option, or chosen by silhouette in the latent space (even with an embedder: it is more stable
    /// across seeds), never above 1.5·√(distinct questions) when automatic, so small logs get a handful of themes.
    /// </summary>
    private int ThemeCount(float[] px, float[] pw, int n)
    {
        var maxK = Math.Max(1, Math.Min(_options.MaxThemes, (int)(pw.Sum() / _options.MinThemeSize)));
        if (_options.ThemeCount is null) maxK = Math.Min(maxK, Math.Max(2, (int)Math.Ceiling(1.5 * Math.Sqrt(n))));
        maxK = Math.Min(maxK, n);
        if (_options.ThemeCount is { } fixedK) return Math.Min(fixedK, n);
        Report(ThemeFitStage.ChoosingThemeCount);
        return ThemeCountSelector.Choose(px, n, D, pw, Math.Min(_options.MinThemes, maxK), maxK, _options, _parallel, Token);
    }

    /// <summary>Words only: k-means with twice the themes, iterative classification, Ward merging back to k, refinement again.</summary>
    private int[] ClusterWords(float[] px, float[] pw, int[] pts, int k)
    {
        var kOver = k >= 2 ? Math.Min(pts.Length, 2 * k) : k;
        var refine = _options.RefinementRounds > 0 && k >= 2 && pts.Length >= 20;
        Report(ThemeFitStage.Clustering);
        var labels = KMeans.Fit(px, pts.Length, D, pw, kOver, _options.Seed, _options.Restarts, _options.MaxIterations, _parallel, Token).Labels.ToArray();
        var refinement = IterativeClassifier.Settings.Default with { Rounds = _options.RefinementRounds };
        if (refine)
        {
            Report(ThemeFitStage.Refining);
            IterativeClassifier.Refine(_x, pts, px, D, pw, labels, kOver, refinement, _options.Seed, _parallel);
        }

        if (kOver > k)
        {
            Report(ThemeFitStage.Merging);
            WardMerger.Merge(px, pts.Length, D, pw, labels, kOver, k);
            if (refine)
            {
                Report(ThemeFitStage.Refining);
                IterativeClassifier.Refine(_x, pts, px, D, pw, labels, k, refinement, _options.Seed + 1, _parallel);
            }
        }

        return labels;
    }

    /// <summary>With an embedder: spectral clustering of the embeddings (k-means on them directly above <see cref="SpectralLimit"/>); no word refinement.</summary>
    private int[] ClusterMeaning(float[] semantic, int dimensions, float[] pw, int n, int k)
    {
        var (cx, cd) = (semantic, dimensions);
        if (k >= 2 && n <= SpectralLimit)
        {
            cd = Math.Min(n, SpectralDimensionsPerTheme * k);
            cx = SpectralEmbedding.Compute(semantic, n, dimensions, SpectralNeighbours, cd, _options.Seed, SpectralIterations, _parallel);
        }

        Report(ThemeFitStage.Clustering);
        return KMeans.Fit(cx, n, cd, pw, k, _options.Seed, _options.Restarts, _options.MaxIterations, _parallel, Token).Labels.ToArray();
    }

    /// <summary>6. Final labels by the rule <see cref="ThemeModel.Assign(string)"/> uses (by meaning, the clustered questions keep their theme); themes that end up too small are dissolved and the rest re-labelled once.</summary>
    private int[] FinalLabels(ref float[] centres, ref float[]? classifier, out float[] similarities, out double[] mass)
    {
        Report(ThemeFitStage.Assigning);
        var n = _fitText.Length;
        var k = centres.Length / Math.Max(1, D);
        var labels = new int[n];
        similarities = new float[n];
        ThemeModel.Classify(_x, _e, D, centres, classifier, k, _options.UnthemedSimilarity, labels, similarities, _parallel);
        // By meaning, the questions clustered keep the theme they were clustered into: the word classifier trained on those
        // themes would move some back by shared words ("Explain a p-value to a product manager" next to conflicts with a
        // manager). Measured in benchmarks/README.md ("Fitted questions keep their theme").
        var keepFitted = _options.Embedder is not null;
        if (keepFitted) KeepFitted(labels, similarities, centres);
        var before = MassOf(labels, k);
        mass = before;
        var keep = Enumerable.Range(0, k).Where(c => before[c] >= _options.MinThemeSize).ToArray();
        if (keep.Length < k)
        {
            centres = ThemeModel.SelectColumns(centres, k, D, keep, rowMajorThemes: true);
            if (classifier is not null) classifier = ThemeModel.SelectColumns(classifier, k, _x.Columns, keep, rowMajorThemes: false);
            ThemeModel.Classify(_x, _e, D, centres, classifier, keep.Length, _options.UnthemedSimilarity, labels, similarities, _parallel);
            if (keepFitted)
            {
                // The clustered themes renumbered as the kept ones; a dissolved theme's questions keep the classifier's.
                var index = Enumerable.Repeat(-1, k).ToArray();
                for (var c = 0; c < keep.Length; c++) index[keep[c]] = c;
                for (var i = 0; i < _clusterLabels.Length; i++) if (_clusterLabels[i] >= 0) _clusterLabels[i] = index[_clusterLabels[i]];
                KeepFitted(labels, similarities, centres);
            }

            mass = MassOf(labels, keep.Length);
        }

        return labels;
    }

    /// <summary>Each clustered question's own theme in place of the classifier's, with its similarity to that theme's centre.</summary>
    private void KeepFitted(int[] labels, float[] similarities, float[] centres)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var l = _clusterLabels[i];
            if (l < 0) continue;
            labels[i] = l;
            similarities[i] = StableMath.Dot(_e.AsSpan(i * D, D), centres.AsSpan(l * D, D));
        }
    }

    private double[] MassOf(int[] labels, int k)
    {
        var mass = new double[k];
        for (var i = 0; i < labels.Length; i++) if (labels[i] >= 0) mass[labels[i]] += _fitWeight[i];
        return mass;
    }

    /// <summary>7. Themes ordered by size (ties: first appearance) and numbered 1..k; the distinct questions not fitted on assigned by the model; themes described.</summary>
    private ThemeFitResult Finish(int[] labels, float[] similarities, double[] mass, float[] centres, float[]? classifier)
    {
        var n = _fitText.Length;
        var k = mass.Length;
        var firstSeen = Enumerable.Repeat(int.MaxValue, k).ToArray();
        for (var i = n - 1; i >= 0; i--) if (labels[i] >= 0) firstSeen[labels[i]] = i;
        var order = Enumerable.Range(0, k).OrderByDescending(c => mass[c]).ThenBy(c => firstSeen[c]).ToArray();
        var newId = new int[k];
        for (var r = 0; r < order.Length; r++) newId[order[r]] = r + 1;
        var orderedCentres = ThemeModel.SelectColumns(centres, k, D, order, rowMajorThemes: true);
        var orderedClassifier = classifier is null ? null : ThemeModel.SelectColumns(classifier, k, _x.Columns, order, rowMajorThemes: false);
        var model = new ThemeModel(_featurizer, _weighting, _lsa, orderedCentres, orderedClassifier, [], _options.UnthemedSimilarity, _options.Seed);

        var uniqueTheme = new int[_uniqueText.Count];
        Array.Fill(uniqueTheme, -2);
        for (var j = 0; j < n; j++) uniqueTheme[_fitIdx[j]] = labels[j] < 0 ? Theme.UnthemedId : newId[labels[j]];
        var rest = Enumerable.Range(0, _uniqueText.Count).Where(u => uniqueTheme[u] == -2).ToArray();
        if (rest.Length > 0)
        {
            var assigned = model.AssignCore(rest.Select(u => _uniqueText[u]).ToArray(), _parallel);
            for (var j = 0; j < rest.Length; j++) uniqueTheme[rest[j]] = assigned[j];
        }

        Report(ThemeFitStage.Describing);
        var fitTheme = labels.Select(l => l < 0 ? Theme.UnthemedId : newId[l]).ToArray();
        var themes = ThemeDescriber.Describe(_uniqueText, _uniqueWeight, uniqueTheme, k, _fitIdx, fitTheme, similarities, _options);
        // By meaning the fitted questions' themes are remembered (by a hash of their text), so Assign gives them their fitted theme.
        Dictionary<ulong, int>? fitted = null;
        if (_options.Embedder is not null)
        {
            fitted = new Dictionary<ulong, int>(n);
            for (var j = 0; j < n; j++) fitted.TryAdd(ThemeModel.TextHash(_fitText[j]), fitTheme[j]);
        }
        model = new ThemeModel(_featurizer, _weighting, _lsa, orderedCentres, orderedClassifier, themes, _options.UnthemedSimilarity, _options.Seed, fitted);
        var assignments = _questionUnique.Select(u => uniqueTheme[u]).ToArray();
        Report(ThemeFitStage.Done);
        return new ThemeFitResult(model, assignments);
    }

    /// <summary>Embeds the questions with the caller's embedder and checks what comes back; rows unit length, rounded to <see cref="ThemeModel.EmbeddingGrid"/>.</summary>
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

            if (!Array.TrueForAll(v, float.IsFinite)) throw new InvalidOperationException($"The question embedder returned a non-finite value for question {i}.");
            v.CopyTo(result, i * d);
        }

        // Unit length, every component rounded to the grid, unit length again: a model runtime picks its kernels by CPU, so
        // the same text can come back with other last bits on another machine; rounding absorbs that unless a component
        // sits that close to a grid boundary.
        DenseMath.NormalizeRows(result, texts.Length, d);
        for (var j = 0; j < result.Length; j++) result[j] = MathF.Round(result[j] / ThemeModel.EmbeddingGrid) * ThemeModel.EmbeddingGrid;
        DenseMath.NormalizeRows(result, texts.Length, d);
        return (result, d);
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
}
