namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Refines a clustering of short texts by iterative classification (after Rakib et al., 2020, "Enhancement of short
/// text clustering by iterative classification"): each round drops each theme's outliers (the members least similar to
/// its centre), trains a linear classifier on a seeded random share of the rest, and re-labels every question the
/// classifier did not train on. Short questions share few words with a centroid; a classifier trained on a theme's
/// confident members learns the theme's whole vocabulary, so it fixes many k-means mistakes.
/// The classifier is one-vs-rest ridge regression on the TF-IDF vectors, solved by conjugate gradients per theme
/// (in parallel over themes, each solve sequential, so results do not depend on the thread count).
/// </summary>
internal static class IterativeClassifier
{
    /// <summary>Tuning of the refinement.</summary>
    /// <param name="Rounds">Maximum rounds.</param>
    /// <param name="OutlierFraction">Share of each theme (least similar to its centre) never trained on in a round.</param>
    /// <param name="MinTrainFraction">Smallest share of the remaining members trained on (drawn per round).</param>
    /// <param name="MaxTrainFraction">Largest share of the remaining members trained on.</param>
    /// <param name="Lambda">Ridge penalty.</param>
    /// <param name="SolverIterations">Conjugate gradient iterations per theme.</param>
    /// <param name="StopFraction">Stop when fewer than this share of the questions changed theme in a round.</param>
    public sealed record Settings(int Rounds, double OutlierFraction, double MinTrainFraction, double MaxTrainFraction, double Lambda, int SolverIterations, double StopFraction)
    {
        public static Settings Default { get; } = new(
            Rounds: 10, OutlierFraction: 0.1, MinTrainFraction: 0.5, MaxTrainFraction: 0.95, Lambda: 3, SolverIterations: 10, StopFraction: 0.005);
    }

    /// <summary>Refines labels in place; returns the number of rounds run.</summary>
    public static int Refine(SparseMatrix x, int[] rows, float[] embedding, int d, float[] weights, int[] labels, int k, Settings settings, int seed, ParallelOptions parallel)
    {
        var n = labels.Length;
        var random = new Random(seed);
        var sim = new float[n];
        var train = new bool[n];
        var round = 0;
        float[]? w = null;
        for (; round < settings.Rounds; round++)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            var centres = DenseMath.MeanDirections(embedding, n, d, weights, labels, k);

            for (var i = 0; i < n; i++) sim[i] = StableMath.Dot(embedding.AsSpan(i * d, d), centres.AsSpan(labels[i] * d, d));

            PickTrainingSet(labels, sim, k, settings, random, train);
            w = TrainRidge(x, rows, train, labels, weights, k, settings, parallel, w);

            var changed = Relabel(x, rows, train, w, labels, k, parallel);
            if (changed <= settings.StopFraction * n)
            {
                round++;
                break;
            }
        }

        return round;
    }

    /// <summary>Per theme, the outliers (least similar to the centre) are left out, then a seeded random share of the rest is trained on.</summary>
    private static void PickTrainingSet(int[] labels, float[] sim, int k, Settings settings, Random random, bool[] train)
    {
        Array.Clear(train);
        var share = settings.MinTrainFraction + (random.NextDouble() * (settings.MaxTrainFraction - settings.MinTrainFraction));
        var members = new List<int>[k];
        for (var c = 0; c < k; c++) members[c] = [];
        for (var i = 0; i < labels.Length; i++) members[labels[i]].Add(i);
        for (var c = 0; c < k; c++)
        {
            var list = members[c];
            if (list.Count == 0) continue;
            list.Sort((a, b) => sim[b].CompareTo(sim[a]) is var cmp && cmp != 0 ? cmp : a.CompareTo(b));
            var inliers = Math.Max(1, (int)Math.Floor(list.Count * (1 - settings.OutlierFraction)));
            var picked = list.Take(inliers).ToArray();
            random.Shuffle(picked);
            var take = Math.Max(1, (int)Math.Round(picked.Length * share));
            for (var j = 0; j < take; j++) train[picked[j]] = true;
        }
    }

    /// <summary>Re-labels every question not trained on (and with a known word) by the classifier's highest score; returns how many changed.</summary>
    private static int Relabel(SparseMatrix x, int[] rows, bool[] train, float[] w, int[] labels, int k, ParallelOptions parallel)
    {
        var n = labels.Length;
        var next = new int[n];
        Parallel.For(0, (n + 1023) / 1024, parallel, () => new float[k], (block, _, scores) =>
        {
            var end = Math.Min(n, (block + 1) * 1024);
            for (var i = block * 1024; i < end; i++)
            {
                var r = rows[i];
                if (train[i] || x.RowStart[r] == x.RowStart[r + 1])
                {
                    next[i] = labels[i];
                    continue;
                }

                Array.Clear(scores);
                for (var p = x.RowStart[r]; p < x.RowStart[r + 1]; p++)
                {
                    StableMath.MultiplyAdd(w.AsSpan(x.Indices[p] * k, k), x.Values[p], scores);
                }

                next[i] = StableMath.IndexOfMax(scores);
            }

            return scores;
        }, _ => { });
        var changed = 0;
        for (var i = 0; i < n; i++)
        {
            if (next[i] != labels[i]) changed++;
            labels[i] = next[i];
        }

        return changed;
    }

    /// <summary>
    /// One-vs-rest ridge regression: for each theme c, minimise Σ sᵢ (xᵢ·β_c − [yᵢ = c])² + λ|β_c|², with sample weights sᵢ
    /// balanced so every theme carries the same total weight (a large catch-all theme then does not absorb every vague
    /// question). Solved by conjugate gradients, all themes at once (each theme's recurrence is independent; the sums run in
    /// a fixed order, so the result does not depend on the thread count). Returns terms x k.
    /// </summary>
    public static float[] TrainRidge(SparseMatrix x, int[] rows, bool[] train, int[] labels, float[] weights, int k, Settings settings, ParallelOptions parallel, float[]? start = null)
    {
        var v = x.Columns;
        var trainRows = Enumerable.Range(0, rows.Length).Where(i => train[i] && labels[i] >= 0).ToArray();
        var system = RidgeSystem.Create(x, rows, trainRows, labels, weights, k, settings.Lambda, parallel);
        var beta = new double[v * k];
        if (start is not null) for (var j = 0; j < beta.Length; j++) beta[j] = start[j];

        // R = Aᵀ S Y − (Aᵀ S A + λ) β.
        var r0 = system.RightHandSide(trainRows, labels);
        if (start is not null)
        {
            var ap = new double[v * k];
            system.Apply(beta, ap);
            for (var j = 0; j < r0.Length; j++) r0[j] -= ap[j];
        }

        ConjugateGradients(system, beta, r0, v, k, settings.SolverIterations);
        var result = new float[v * k];
        for (var j = 0; j < result.Length; j++) result[j] = (float)beta[j];
        return result;
    }

    /// <summary>Conjugate gradients for every theme's column at once (each column's recurrence is its own; a column stops when its residual is tiny).</summary>
    private static void ConjugateGradients(RidgeSystem system, double[] beta, double[] r0, int v, int k, int iterations)
    {
        var ap = new double[v * k];
        var p = (double[])r0.Clone();
        var rr = ColumnDots(r0, r0, v, k);
        var initial = (double[])rr.Clone();
        var alpha = new double[k];
        var step = new double[k];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            system.Apply(p, ap);
            var pap = ColumnDots(p, ap, v, k);
            var active = false;
            for (var c = 0; c < k; c++)
            {
                var done = rr[c] <= 1e-12 * Math.Max(initial[c], 1e-30) || pap[c] <= 0;
                alpha[c] = done ? 0 : rr[c] / pap[c];
                active |= !done;
            }

            if (!active) break;
            for (var t = 0; t < v; t++)
            {
                for (var c = 0; c < k; c++)
                {
                    beta[(t * k) + c] += alpha[c] * p[(t * k) + c];
                    r0[(t * k) + c] -= alpha[c] * ap[(t * k) + c];
                }
            }

            var next = ColumnDots(r0, r0, v, k);
            for (var c = 0; c < k; c++)
            {
                step[c] = alpha[c] == 0 ? 0 : next[c] / rr[c];
                rr[c] = alpha[c] == 0 ? rr[c] : next[c];
            }

            for (var t = 0; t < v; t++)
            {
                for (var c = 0; c < k; c++)
                {
                    if (alpha[c] != 0) p[(t * k) + c] = r0[(t * k) + c] + (step[c] * p[(t * k) + c]);
                }
            }
        }
    }

    /// <summary>The ridge normal equations (Aᵀ S A + λ) β = Aᵀ S Y over the training rows, with balanced sample weights S.</summary>
    private sealed class RidgeSystem
    {
        private readonly SparseMatrix _a;
        private readonly SparseMatrix _at;
        private readonly double[] _sampleWeight;
        private readonly double[] _u;
        private readonly int _k;
        private readonly double _lambda;
        private readonly ParallelOptions _parallel;

        private RidgeSystem(SparseMatrix a, double[] sampleWeight, int k, double lambda, ParallelOptions parallel)
        {
            (_a, _at, _sampleWeight, _k, _lambda, _parallel) = (a, a.Transpose(), sampleWeight, k, lambda, parallel);
            _u = new double[a.Rows * k];
        }

        /// <summary>The training rows as their own CSR matrix; each row weighted so every theme carries the same total weight.</summary>
        public static RidgeSystem Create(SparseMatrix x, int[] rows, int[] trainRows, int[] labels, float[] weights, int k, double lambda, ParallelOptions parallel)
        {
            var m = trainRows.Length;
            var classMass = new double[k];
            foreach (var i in trainRows) classMass[labels[i]] += weights[i];
            var average = classMass.Where(mass => mass > 0).DefaultIfEmpty(1).Average();
            var rowStart = new int[m + 1];
            for (var t = 0; t < m; t++) rowStart[t + 1] = rowStart[t] + (x.RowStart[rows[trainRows[t]] + 1] - x.RowStart[rows[trainRows[t]]]);
            var indices = new int[rowStart[m]];
            var values = new float[rowStart[m]];
            var sampleWeight = new double[m];
            for (var t = 0; t < m; t++)
            {
                var r = rows[trainRows[t]];
                var len = x.RowStart[r + 1] - x.RowStart[r];
                Array.Copy(x.Indices, x.RowStart[r], indices, rowStart[t], len);
                Array.Copy(x.Values, x.RowStart[r], values, rowStart[t], len);
                sampleWeight[t] = weights[trainRows[t]] * average / classMass[labels[trainRows[t]]];
            }

            return new RidgeSystem(new SparseMatrix(m, x.Columns, rowStart, indices, values), sampleWeight, k, lambda, parallel);
        }

        /// <summary>Aᵀ S Y, Y the one-hot theme of each training row.</summary>
        public double[] RightHandSide(int[] trainRows, int[] labels)
        {
            Array.Clear(_u);
            for (var t = 0; t < trainRows.Length; t++) _u[(t * _k) + labels[trainRows[t]]] = _sampleWeight[t];
            var result = new double[_at.Rows * _k];
            TransposeTimes(_at, _u, _k, result, _parallel);
            return result;
        }

        /// <summary>output = Aᵀ S A q + λ q.</summary>
        public void Apply(double[] q, double[] output)
        {
            var m = _a.Rows;
            Parallel.For(0, (m + 511) / 512, _parallel, block =>
            {
                var end = Math.Min(m, (block + 1) * 512);
                for (var t = block * 512; t < end; t++)
                {
                    var row = _u.AsSpan(t * _k, _k);
                    row.Clear();
                    for (var q2 = _a.RowStart[t]; q2 < _a.RowStart[t + 1]; q2++)
                    {
                        StableMath.MultiplyAdd(q.AsSpan(_a.Indices[q2] * _k, _k), (double)_a.Values[q2], row);
                    }

                    StableMath.Scale(row, _sampleWeight[t]);
                }
            });
            TransposeTimes(_at, _u, _k, output, _parallel);
            for (var j = 0; j < output.Length; j++) output[j] += _lambda * q[j];
        }
    }

    /// <summary>output = Aᵀ·u for a transposed CSR matrix (rows = terms), u rows x k; parallel over terms.</summary>
    private static void TransposeTimes(SparseMatrix at, double[] u, int k, double[] output, ParallelOptions parallel)
    {
        Parallel.For(0, (at.Rows + 511) / 512, parallel, block =>
        {
            var end = Math.Min(at.Rows, (block + 1) * 512);
            for (var t = block * 512; t < end; t++)
            {
                var row = output.AsSpan(t * k, k);
                row.Clear();
                for (var q = at.RowStart[t]; q < at.RowStart[t + 1]; q++)
                {
                    StableMath.MultiplyAdd(u.AsSpan(at.Indices[q] * k, k), (double)at.Values[q], row);
                }
            }
        });
    }

    private static double[] ColumnDots(double[] a, double[] b, int rows, int k)
    {
        var result = new double[k];
        for (var t = 0; t < rows; t++)
        {
            for (var c = 0; c < k; c++) result[c] += a[(t * k) + c] * b[(t * k) + c];
        }

        return result;
    }
}
