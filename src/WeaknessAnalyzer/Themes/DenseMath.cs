namespace WeaknessAnalyzer.Themes;

/// <summary>Small dense linear algebra for the LSA step. Every parallel loop writes disjoint outputs, so results do not depend on the thread count.</summary>
internal static class DenseMath
{
    /// <summary>Orthonormalises the columns of a row-major rows x width matrix in place (modified Gram-Schmidt, double accumulation).</summary>
    public static void Orthonormalize(float[] m, int rows, int width)
    {
        // Work column-major in double for accuracy.
        var cols = new double[width][];
        for (var k = 0; k < width; k++)
        {
            var c = new double[rows];
            for (var r = 0; r < rows; r++)
            {
                c[r] = m[(long)r * width + k];
            }

            cols[k] = c;
        }

        for (var k = 0; k < width; k++)
        {
            var ck = cols[k];
            for (var pass = 0; pass < 2; pass++)
            {
                for (var j = 0; j < k; j++)
                {
                    var cj = cols[j];
                    var dot = StableMath.Dot(ck, cj);
                    StableMath.MultiplyAdd(cj, -dot, ck);
                }
            }

            var norm = Math.Sqrt(StableMath.Dot(ck, ck));
            if (norm < 1e-12)
            {
                Array.Clear(ck);
            }
            else
            {
                StableMath.Divide(ck, norm);
            }
        }

        for (var k = 0; k < width; k++)
        {
            var c = cols[k];
            for (var r = 0; r < rows; r++)
            {
                m[(long)r * width + k] = (float)c[r];
            }
        }
    }

    /// <summary>Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations. Returns eigenvalues (descending) and eigenvectors as columns of a row-major n x n matrix.</summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] a, int n)
    {
        a = (double[])a.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[i * n + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    off += a[i * n + j] * a[i * n + j];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, n, p, q);
                }
            }
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => a[i * n + i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[i * n + i]).ToArray();
        var vectors = new double[n * n];
        for (var col = 0; col < n; col++)
        {
            for (var r = 0; r < n; r++)
            {
                vectors[r * n + col] = v[r * n + order[col]];
            }
        }

        return (values, vectors);
    }

    /// <summary>One Jacobi rotation that zeroes a[p, q] (and a[q, p]), applied to a and accumulated into v.</summary>
    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[p * n + q];
        if (Math.Abs(apq) < 1e-300)
        {
            return;
        }

        var theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        if (theta == 0)
        {
            t = 1;
        }

        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var akp = a[k * n + p];
            var akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[p * n + k];
            var aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[k * n + p];
            var vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    public static void NormalizeRows(float[] m, int rows, int width)
    {
        for (var r = 0; r < rows; r++)
        {
            StableMath.Normalize(m.AsSpan(r * width, width));
        }
    }

    /// <summary>
    /// Standard normal samples from a seeded generator (Marsaglia's polar method: only + − × ÷, √ and
    /// <see cref="StableMath.Log"/>, so the samples are the same bits on every CPU; Box-Muller's cos and sin come from the C library).
    /// </summary>
    public static float[] Gaussian(int count, int seed)
    {
        var rng = new Random(seed);
        var result = new float[count];
        for (var i = 0; i < count; i += 2)
        {
            double u, v, s;
            do
            {
                u = (2 * rng.NextDouble()) - 1;
                v = (2 * rng.NextDouble()) - 1;
                s = (u * u) + (v * v);
            }
            while (s >= 1 || s == 0);

            var f = Math.Sqrt(-2 * StableMath.Log(s) / s);
            result[i] = (float)(u * f);
            if (i + 1 < count)
            {
                result[i + 1] = (float)(v * f);
            }
        }

        return result;
    }

    /// <summary>The normalised weighted mean direction of each label's points (label -1 ignored). k x d.</summary>
    public static float[] MeanDirections(float[] points, int n, int d, float[] weights, int[] labels, int k)
    {
        var centres = new float[k * d];
        for (var j = 0; j < n; j++)
        {
            if (labels[j] < 0) continue;
            var centre = centres.AsSpan(labels[j] * d, d);
            StableMath.MultiplyAdd(points.AsSpan(j * d, d), weights[j], centre);
        }

        for (var c = 0; c < k; c++)
        {
            StableMath.Normalize(centres.AsSpan(c * d, d));
        }

        return centres;
    }
}
