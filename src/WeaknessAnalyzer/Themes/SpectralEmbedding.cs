namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Spectral embedding of a k-nearest-neighbour graph (Ng, Jordan and Weiss 2001): cosine similarities between points,
/// each point's nearest neighbours kept (symmetrised), the normalised affinity D^-1/2 A D^-1/2, its leading eigenvectors
/// by seeded subspace iteration, rows L2-normalised.
/// </summary>
internal static class SpectralEmbedding
{
    public static float[] Compute(float[] points, int n, int d, int neighbours, int dims, int seed, int iterations, ParallelOptions parallel)
    {
        neighbours = Math.Min(neighbours, n - 1);
        dims = Math.Min(dims, n);
        var (nbr, sim) = NearestNeighbours(points, n, d, neighbours, parallel);
        var (rowStart, col, val) = NormalizedAffinity(nbr, sim, n, neighbours);
        return LeadingEigenvectors(rowStart, col, val, n, dims, seed, iterations, parallel);
    }

    /// <summary>1. Each point's nearest neighbours by cosine similarity (rows are unit length), ties by index.</summary>
    private static (int[] Neighbours, float[] Similarities) NearestNeighbours(float[] points, int n, int d, int neighbours, ParallelOptions parallel)
    {
        var nbr = new int[n * neighbours];
        var sim = new float[n * neighbours];
        Parallel.For(0, n, parallel, () => new float[n], (i, _, row) =>
        {
            var pi = points.AsSpan(i * d, d);
            for (var j = 0; j < n; j++) row[j] = j == i ? float.NegativeInfinity : StableMath.Dot(pi, points.AsSpan(j * d, d));
            // Partial selection: the largest `neighbours` similarities, ties by index.
            var idx = new int[neighbours];
            var val = new float[neighbours];
            var count = 0;
            for (var j = 0; j < n; j++)
            {
                var s = row[j];
                if (count == neighbours && s <= val[count - 1]) continue;
                var pos = count < neighbours ? count++ : count - 1;
                while (pos > 0 && val[pos - 1] < s)
                {
                    val[pos] = val[pos - 1];
                    idx[pos] = idx[pos - 1];
                    pos--;
                }

                val[pos] = s;
                idx[pos] = j;
            }

            idx.CopyTo(nbr, i * neighbours);
            val.CopyTo(sim, i * neighbours);
            return row;
        }, _ => { });
        return (nbr, sim);
    }

    /// <summary>2. The symmetric affinity A = (W + Wᵀ) / 2 (sorted by neighbour for a fixed sum order), normalised to D^-1/2 A D^-1/2, as CSR.</summary>
    private static (int[] RowStart, int[] Columns, float[] Values) NormalizedAffinity(int[] nbr, float[] sim, int n, int neighbours)
    {
        var adj = new Dictionary<int, float>[n];
        for (var i = 0; i < n; i++) adj[i] = new Dictionary<int, float>(neighbours * 2);
        for (var i = 0; i < n; i++)
        {
            for (var t = 0; t < neighbours; t++)
            {
                var j = nbr[i * neighbours + t];
                var w = Math.Max(0f, sim[i * neighbours + t]) / 2;
                adj[i][j] = adj[i].GetValueOrDefault(j) + w;
                adj[j][i] = adj[j].GetValueOrDefault(i) + w;
            }
        }

        var rowStart = new int[n + 1];
        for (var i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + adj[i].Count;
        var col = new int[rowStart[n]];
        var val = new float[rowStart[n]];
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = rowStart[i];
            foreach (var (j, w) in adj[i].OrderBy(kv => kv.Key))
            {
                col[p] = j;
                val[p] = w;
                degree[i] += w;
                p++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var di = degree[i] > 0 ? 1 / Math.Sqrt(degree[i]) : 0;
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                var dj = degree[col[p]] > 0 ? 1 / Math.Sqrt(degree[col[p]]) : 0;
                val[p] = (float)(val[p] * di * dj);
            }
        }

        return (rowStart, col, val);
    }

    /// <summary>3. The leading eigenvectors of M by subspace iteration on (M + I) / 2 (eigenvalues in [0, 1]) from a seeded Gaussian start, then Rayleigh-Ritz; rows unit length.</summary>
    private static float[] LeadingEigenvectors(int[] rowStart, int[] col, float[] val, int n, int dims, int seed, int iterations, ParallelOptions parallel)
    {
        var l = Math.Min(n, dims + 8);
        var q = DenseMath.Gaussian(n * l, seed);
        var next = new float[n * l];
        for (var it = 0; it < iterations; it++)
        {
            DenseMath.Orthonormalize(q, n, l);
            Multiply(rowStart, col, val, q, next, n, l, parallel);
            (q, next) = (next, q);
        }

        DenseMath.Orthonormalize(q, n, l);
        Multiply(rowStart, col, val, q, next, n, l, parallel);

        // Rayleigh-Ritz: H = Qᵀ (M+I)/2 Q, eigenvectors of H rotate Q.
        var h = new double[l * l];
        for (var a = 0; a < l; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                double s = 0;
                for (var i = 0; i < n; i++) s += (double)q[i * l + a] * next[i * l + b];
                h[a * l + b] = s;
                h[b * l + a] = s;
            }
        }

        var (_, vectors) = DenseMath.SymmetricEigen(h, l);
        var result = new float[n * dims];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < dims; c++)
            {
                double s = 0;
                for (var a = 0; a < l; a++) s += q[i * l + a] * vectors[a * l + c];
                result[i * dims + c] = (float)s;
            }
        }

        DenseMath.NormalizeRows(result, n, dims);
        return result;
    }

    private static void Multiply(int[] rowStart, int[] col, float[] val, float[] q, float[] result, int n, int l, ParallelOptions parallel)
    {
        Parallel.For(0, n, parallel, i =>
        {
            var r = result.AsSpan(i * l, l);
            q.AsSpan(i * l, l).CopyTo(r);
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                StableMath.MultiplyAdd(q.AsSpan(col[p] * l, l), val[p], r);
            }

            StableMath.Scale(r, 0.5f);
        });
    }
}
