namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Chooses the number of themes: k-means is run for each candidate k on a deterministic sample of at most 4,000 distinct
/// questions, and the k with the best mean silhouette wins: the exact silhouette for up to 1,500 questions, else the
/// simplified silhouette (distance to the own centre against the nearest other centre), which is O(n·k) instead of O(n²).
/// From the best-scoring k, smaller k are taken while they stay within 5% of the best (stopping at the first that does
/// not): on short texts the silhouette climbs slowly and then flattens, and fewer, broader themes that score almost as well
/// are easier for a person to act on. Walking down only through near-best scores keeps a lone high score at a tiny k
/// (common: two themes can look well separated) from winning.
/// </summary>
internal static class ThemeCountSelector
{
    public static int Choose(float[] x, int n, int d, float[] w, int minK, int maxK, ThemeOptions options, ParallelOptions parallel, CancellationToken ct)
    {
        if (maxK <= minK) return Math.Max(1, maxK);
        var sample = Enumerable.Range(0, n).OrderBy(i => KMeans.Mix(options.Seed, i)).Take(4_000).Order().ToArray();
        var sx = new float[sample.Length * d];
        var sw = new float[sample.Length];
        for (var j = 0; j < sample.Length; j++)
        {
            x.AsSpan(sample[j] * d, d).CopyTo(sx.AsSpan(j * d, d));
            sw[j] = w[sample[j]];
        }

        // The pairwise distances do not depend on k: computed once for the exact silhouette.
        var dist = sample.Length <= FullSilhouetteLimit ? Distances(sx, sample.Length, d, parallel) : null;
        var scores = new List<(int K, double Score)>();
        for (var k = Math.Max(2, minK); k <= Math.Min(maxK, sample.Length); k++)
        {
            var km = KMeans.Fit(sx, sample.Length, d, sw, k, options.Seed, restarts: 2, Math.Min(options.MaxIterations, 25), parallel, ct);
            var score = dist is not null ? Silhouette(dist, sample.Length, sw, km.Labels, k) : Score(sx, sample.Length, d, sw, km);
            scores.Add((k, score));
        }

        // Parsimony: walk down from the best k while the score stays within Tolerance of the best.
        var bestIndex = 0;
        for (var i = 1; i < scores.Count; i++) if (scores[i].Score > scores[bestIndex].Score + 1e-9) bestIndex = i;
        var floor = scores[bestIndex].Score - (Math.Abs(scores[bestIndex].Score) * Tolerance);
        var chosen = bestIndex;
        while (chosen > 0 && scores[chosen - 1].Score >= floor) chosen--;
        return scores[chosen].K;
    }

    private const int FullSilhouetteLimit = 1_500;

    /// <summary>How far below the best score (relative) a smaller k may be and still win.</summary>
    private const double Tolerance = 0.05;

    /// <summary>All pairwise Euclidean distances (n x n; cosine-equivalent on normalised vectors).</summary>
    internal static float[] Distances(float[] x, int n, int d, ParallelOptions parallel)
    {
        var dist = new float[n * n];
        Parallel.For(0, n, parallel, i =>
        {
            for (var j = 0; j < n; j++)
            {
                dist[(i * n) + j] = i == j ? 0 : StableMath.Distance(x.AsSpan(i * d, d), x.AsSpan(j * d, d));
            }
        });
        return dist;
    }

    /// <summary>The weighted mean silhouette, exact, from precomputed distances.</summary>
    internal static double Silhouette(float[] dist, int n, float[] w, int[] labels, int k)
    {
        double total = 0, mass = 0;
        var sums = new double[k];
        var masses = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            Array.Clear(masses);
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                sums[labels[j]] += w[j] * dist[(i * n) + j];
                masses[labels[j]] += w[j];
            }

            var own = labels[i];
            // Repeats of the same question sit at distance 0 from it.
            masses[own] += w[i] - 1;
            if (masses[own] <= 0) continue; // singleton: silhouette 0
            var a = sums[own] / masses[own];
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && masses[c] > 0) b = Math.Min(b, sums[c] / masses[c]);
            }

            if (b == double.MaxValue) continue;
            var s = Math.Max(a, b) > 0 ? (b - a) / Math.Max(a, b) : 0;
            total += w[i] * s;
            mass += w[i];
        }

        return mass > 0 ? total / mass : 0;
    }

    internal static double Score(float[] x, int n, int d, float[] w, KMeans.Result km)
    {
        double total = 0, mass = 0;
        for (var i = 0; i < n; i++)
        {
            var row = x.AsSpan(i * d, d);
            var own = km.Labels[i];
            var a = StableMath.Distance(row, km.Centroids.AsSpan(own * d, d));
            var b = float.MaxValue;
            for (var c = 0; c < km.K; c++)
            {
                if (c == own) continue;
                b = Math.Min(b, StableMath.Distance(row, km.Centroids.AsSpan(c * d, d)));
            }

            var s = Math.Max(a, b) > 0 ? (b - a) / Math.Max(a, b) : 0;
            total += w[i] * s;
            mass += w[i];
        }

        return total / mass;
    }
}
