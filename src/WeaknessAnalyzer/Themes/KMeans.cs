namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Weighted Lloyd k-means with k-means++ seeding and restarts. Deterministic for a seed: the assignment step is
/// parallel over points (disjoint writes) and every sum is taken sequentially in point order.
/// </summary>
internal static class KMeans
{
    public sealed record Result(float[] Centroids, int[] Labels, double Inertia, int K);

    public static Result Fit(float[] x, int n, int d, float[] weights, int k, int seed, int restarts, int maxIterations, ParallelOptions parallel, CancellationToken ct)
    {
        Result? best = null;
        for (var r = 0; r < restarts; r++)
        {
            ct.ThrowIfCancellationRequested();
            var result = FitOnce(x, n, d, weights, k, Mix(seed, r), maxIterations, parallel, ct);
            if (best is null || result.Inertia < best.Inertia - 1e-9)
            {
                best = result;
            }
        }

        return best!;
    }

    private static Result FitOnce(float[] x, int n, int d, float[] w, int k, int seed, int maxIterations, ParallelOptions parallel, CancellationToken ct)
    {
        var dist = new double[n];
        var centroids = SeedPlusPlus(x, n, d, w, k, new Random(seed), dist, parallel);
        var labels = new int[n];
        var sums = new double[k * d];
        var mass = new double[k];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            ct.ThrowIfCancellationRequested();
            var changed = Assign(x, n, d, centroids, k, labels, dist, parallel);
            changed |= UpdateCentroids(x, n, d, w, k, labels, dist, centroids, sums, mass);
            if (!changed && iter > 0)
            {
                break;
            }
        }

        Assign(x, n, d, centroids, k, labels, dist, parallel);
        double inertia = 0;
        for (var i = 0; i < n; i++)
        {
            inertia += w[i] * dist[i];
        }

        return new Result(centroids, labels, inertia, k);
    }

    /// <summary>k-means++ seeding, weighted by point weight times squared distance; leaves each point's squared distance to its nearest seed in <paramref name="dist"/>.</summary>
    private static float[] SeedPlusPlus(float[] x, int n, int d, float[] w, int k, Random rng, double[] dist, ParallelOptions parallel)
    {
        var centroids = new float[k * d];
        var first = Sample(rng, w, null, n);
        x.AsSpan(first * d, d).CopyTo(centroids.AsSpan(0, d));
        for (var i = 0; i < n; i++)
        {
            dist[i] = SquaredDistance(x.AsSpan(i * d, d), centroids.AsSpan(0, d));
        }

        for (var c = 1; c < k; c++)
        {
            var next = Sample(rng, w, dist, n);
            x.AsSpan(next * d, d).CopyTo(centroids.AsSpan(c * d, d));
            var offset = c * d;
            Parallel.For(0, (n + 1023) / 1024, parallel, block =>
            {
                var end = Math.Min(n, (block + 1) * 1024);
                for (var i = block * 1024; i < end; i++)
                {
                    var dd = SquaredDistance(x.AsSpan(i * d, d), centroids.AsSpan(offset, d));
                    if (dd < dist[i])
                    {
                        dist[i] = dd;
                    }
                }
            });
        }

        return centroids;
    }

    /// <summary>Moves each centroid to its points' weighted mean (sums in point order); an empty cluster moves to the point farthest from its centroid. Returns whether one did.</summary>
    private static bool UpdateCentroids(float[] x, int n, int d, float[] w, int k, int[] labels, double[] dist, float[] centroids, double[] sums, double[] mass)
    {
        Array.Clear(sums);
        Array.Clear(mass);
        for (var i = 0; i < n; i++)
        {
            var c = labels[i];
            var wi = w[i];
            mass[c] += wi;
            var row = x.AsSpan(i * d, d);
            var off = c * d;
            for (var j = 0; j < d; j++)
            {
                sums[off + j] += wi * row[j];
            }
        }

        var moved = false;
        for (var c = 0; c < k; c++)
        {
            if (mass[c] <= 0)
            {
                var far = 0;
                for (var i = 1; i < n; i++)
                {
                    if (w[i] * dist[i] > w[far] * dist[far])
                    {
                        far = i;
                    }
                }

                x.AsSpan(far * d, d).CopyTo(centroids.AsSpan(c * d, d));
                dist[far] = 0;
                moved = true;
                continue;
            }

            for (var j = 0; j < d; j++)
            {
                centroids[c * d + j] = (float)(sums[c * d + j] / mass[c]);
            }
        }

        return moved;
    }

    /// <summary>A stable seed mix (System.HashCode is randomised per process, so it must not be used for seeds).</summary>
    internal static int Mix(int seed, int value)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)value + 0x632BE59BD9B4E019UL);
        x ^= x >> 30;
        x = unchecked(x * 0xBF58476D1CE4E5B9UL);
        x ^= x >> 27;
        x = unchecked(x * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & int.MaxValue);
    }

    /// <summary>Assigns each point to its nearest centroid; returns whether any label changed.</summary>
    public static bool Assign(float[] x, int n, int d, float[] centroids, int k, int[] labels, double[] dist, ParallelOptions parallel)
    {
        var norms = new float[k];
        for (var c = 0; c < k; c++)
        {
            var cs = centroids.AsSpan(c * d, d);
            norms[c] = StableMath.Dot(cs, cs);
        }

        var changedBlocks = new bool[(n + 1023) / 1024];
        Parallel.For(0, changedBlocks.Length, parallel, block =>
        {
            var end = Math.Min(n, (block + 1) * 1024);
            var changed = false;
            for (var i = block * 1024; i < end; i++)
            {
                var row = x.AsSpan(i * d, d);
                var selfNorm = StableMath.Dot(row, row);
                var best = 0;
                var bestDist = double.MaxValue;
                for (var c = 0; c < k; c++)
                {
                    var dd = selfNorm - 2 * StableMath.Dot(row, centroids.AsSpan(c * d, d)) + norms[c];
                    if (dd < bestDist)
                    {
                        bestDist = dd;
                        best = c;
                    }
                }

                if (labels[i] != best)
                {
                    labels[i] = best;
                    changed = true;
                }

                dist[i] = Math.Max(0, bestDist);
            }

            changedBlocks[block] = changed;
        });
        return Array.IndexOf(changedBlocks, true) >= 0;
    }

    private static int Sample(Random rng, float[] w, double[]? dist, int n)
    {
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            total += w[i] * (dist?[i] ?? 1);
        }

        if (total <= 0)
        {
            return rng.Next(n);
        }

        var target = rng.NextDouble() * total;
        double acc = 0;
        for (var i = 0; i < n; i++)
        {
            acc += w[i] * (dist?[i] ?? 1);
            if (acc >= target)
            {
                return i;
            }
        }

        return n - 1;
    }

    private static double SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var s = StableMath.Distance(a, b);
        return (double)s * s;
    }
}
