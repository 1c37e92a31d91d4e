namespace WeaknessAnalyzer.Evaluation;

/// <summary>
/// External clustering quality metrics against ground-truth labels, as papers and scikit-learn report them.
/// Labels can be any values; only equality matters.
/// </summary>
internal static class ClusteringMetrics
{
    /// <summary>
    /// Normalized mutual information with arithmetic-mean normalisation: I(T;P) / ((H(T) + H(P)) / 2), scikit-learn's
    /// default. (ML.NET's "NMI" divides by H(T) only, which is a different quantity.) 1 when both partitions are the same
    /// single cluster.
    /// </summary>
    public static double NormalizedMutualInformation<TTruth, TPredicted>(IReadOnlyList<TTruth> truth, IReadOnlyList<TPredicted> predicted)
        where TTruth : notnull
        where TPredicted : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        if (rows.Length == 1 && cols.Length == 1) return 1.0;
        var ht = Entropy(rows, n);
        var hp = Entropy(cols, n);
        double mi = 0;
        foreach (var ((i, j), nij) in table)
        {
            mi += nij / n * Math.Log(n * nij / ((double)rows[i] * cols[j]));
        }

        var denominator = (ht + hp) / 2;
        return denominator <= 0 ? 0 : Math.Clamp(mi / denominator, 0, 1);
    }

    /// <summary>Adjusted Rand index (Hubert and Arabie): 1 for identical partitions, about 0 for random ones.</summary>
    public static double AdjustedRandIndex<TTruth, TPredicted>(IReadOnlyList<TTruth> truth, IReadOnlyList<TPredicted> predicted)
        where TTruth : notnull
        where TPredicted : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        static double C2(double x) => x * (x - 1) / 2;
        var sumCells = table.Values.Sum(v => C2(v));
        var sumRows = rows.Sum(v => C2(v));
        var sumCols = cols.Sum(v => C2(v));
        var expected = sumRows * sumCols / C2(n);
        var max = (sumRows + sumCols) / 2;
        if (max - expected == 0) return 1.0;
        return (sumCells - expected) / (max - expected);
    }

    /// <summary>Accuracy under the best one-to-one matching of clusters to labels (Hungarian algorithm).</summary>
    public static double Accuracy<TTruth, TPredicted>(IReadOnlyList<TTruth> truth, IReadOnlyList<TPredicted> predicted)
        where TTruth : notnull
        where TPredicted : notnull
    {
        var (table, rows, cols, n) = Contingency(truth, predicted);
        var size = Math.Max(rows.Length, cols.Length);
        var cost = new double[size, size];
        foreach (var ((i, j), nij) in table) cost[j, i] = -nij;
        var assignment = Hungarian(cost, size);
        double matched = 0;
        for (var j = 0; j < size; j++)
        {
            matched -= cost[j, assignment[j]];
        }

        return matched / n;
    }

    private static (Dictionary<(int, int), double> Table, int[] Rows, int[] Cols, double N) Contingency<TTruth, TPredicted>(
        IReadOnlyList<TTruth> truth, IReadOnlyList<TPredicted> predicted)
        where TTruth : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count) throw new ArgumentException($"The label lists differ in length ({truth.Count} and {predicted.Count}).", nameof(predicted));
        if (truth.Count == 0) throw new ArgumentException("At least one item is needed.", nameof(truth));
        var ti = new Dictionary<TTruth, int>();
        var pi = new Dictionary<TPredicted, int>();
        var table = new Dictionary<(int, int), double>();
        for (var k = 0; k < truth.Count; k++)
        {
            if (!ti.TryGetValue(truth[k], out var i)) ti[truth[k]] = i = ti.Count;
            if (!pi.TryGetValue(predicted[k], out var j)) pi[predicted[k]] = j = pi.Count;
            table[(i, j)] = table.TryGetValue((i, j), out var v) ? v + 1 : 1;
        }

        var rows = new int[ti.Count];
        var cols = new int[pi.Count];
        foreach (var ((i, j), v) in table)
        {
            rows[i] += (int)v;
            cols[j] += (int)v;
        }

        return (table, rows, cols, truth.Count);
    }

    private static double Entropy(int[] counts, double n)
    {
        double h = 0;
        foreach (var c in counts)
        {
            if (c > 0) h -= c / n * Math.Log(c / n);
        }

        return h;
    }

    /// <summary>Minimum-cost assignment on a square matrix (Kuhn-Munkres, O(n³)). Returns the column for each row.</summary>
    internal static int[] Hungarian(double[,] a, int n)
    {
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var cur = a[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                UpdatePotentials(u, v, p, minv, used, delta);
                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var result = new int[n];
        for (var j = 1; j <= n; j++)
        {
            if (p[j] > 0) result[p[j] - 1] = j - 1;
        }

        return result;
    }

    /// <summary>Shifts the potentials of the rows and columns in the tree by delta (a step of Kuhn-Munkres).</summary>
    private static void UpdatePotentials(double[] u, double[] v, int[] p, double[] minv, bool[] used, double delta)
    {
        for (var j = 0; j < used.Length; j++)
        {
            if (used[j])
            {
                u[p[j]] += delta;
                v[j] -= delta;
            }
            else
            {
                minv[j] -= delta;
            }
        }
    }
}
