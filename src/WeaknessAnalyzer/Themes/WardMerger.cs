namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Agglomerative merging of clusters by Ward's criterion: each step joins the two clusters whose union increases the
/// within-cluster sum of squares least, mA·mB/(mA+mB)·|μA − μB|². Used after over-clustering (k-means with twice the
/// wanted themes): a theme that k-means split in two is joined back, while a catch-all group of vague questions stays apart.
/// Ties are broken by the lower cluster index, so the result is deterministic.
/// </summary>
internal static class WardMerger
{
    /// <summary>Merges clusters 0..k-1 until <paramref name="target"/> remain and renumbers the labels 0..target-1 (in order of the surviving cluster's index).</summary>
    /// <param name="points">Points x d, row-major.</param>
    /// <param name="n">Point count.</param>
    /// <param name="d">Dimensions.</param>
    /// <param name="weights">Point weights.</param>
    /// <param name="labels">Cluster of each point (0..k-1); replaced by the merged labels.</param>
    /// <param name="k">Clusters before merging.</param>
    /// <param name="target">Clusters after merging.</param>
    /// <param name="onLevel">Called after every merge that leaves between <paramref name="target"/> and k clusters, with the cluster count, the labels (renumbered) and the cluster means.</param>
    public static void Merge(float[] points, int n, int d, float[] weights, int[] labels, int k, int target, Action<int, int[], float[]>? onLevel = null)
    {
        var sums = new double[k * d];
        var mass = new double[k];
        for (var j = 0; j < n; j++)
        {
            var c = labels[j];
            mass[c] += weights[j];
            for (var t = 0; t < d; t++) sums[(c * d) + t] += points[(j * d) + t] * weights[j];
        }

        var alive = Enumerable.Range(0, k).Where(c => mass[c] > 0).ToList();
        var parent = Enumerable.Range(0, k).ToArray();
        var cost = new double[k * k];
        for (var ia = 0; ia < alive.Count; ia++)
        {
            for (var ib = ia + 1; ib < alive.Count; ib++) cost[(alive[ia] * k) + alive[ib]] = Cost(sums, mass, d, alive[ia], alive[ib]);
        }

        while (alive.Count > target)
        {
            var (bestA, bestB, best) = (-1, -1, double.MaxValue);
            for (var ia = 0; ia < alive.Count; ia++)
            {
                for (var ib = ia + 1; ib < alive.Count; ib++)
                {
                    var c = cost[(alive[ia] * k) + alive[ib]];
                    if (c < best) (bestA, bestB, best) = (alive[ia], alive[ib], c);
                }
            }

            for (var t = 0; t < d; t++) sums[(bestA * d) + t] += sums[(bestB * d) + t];
            mass[bestA] += mass[bestB];
            parent[bestB] = bestA;
            alive.Remove(bestB);
            foreach (var other in alive)
            {
                if (other == bestA) continue;
                var (a, b) = other < bestA ? (other, bestA) : (bestA, other);
                cost[(a * k) + b] = Cost(sums, mass, d, a, b);
            }

            if (onLevel is not null && alive.Count <= k)
            {
                onLevel(alive.Count, Relabel(labels, alive, parent, k), Means(sums, mass, alive, d));
            }
        }

        Relabel(labels, alive, parent, k).CopyTo(labels, 0);
    }

    /// <summary>Ward's cost of joining clusters a and b: mA·mB/(mA+mB)·|μA − μB|².</summary>
    private static double Cost(double[] sums, double[] mass, int d, int a, int b)
    {
        double dist = 0;
        for (var t = 0; t < d; t++)
        {
            var diff = (sums[(a * d) + t] / mass[a]) - (sums[(b * d) + t] / mass[b]);
            dist += diff * diff;
        }

        return mass[a] * mass[b] / (mass[a] + mass[b]) * dist;
    }

    private static int Root(int[] parent, int c)
    {
        while (parent[c] != c) c = parent[c];
        return c;
    }

    /// <summary>Each point's surviving cluster, numbered 0.. in order of the survivors' index.</summary>
    private static int[] Relabel(int[] labels, List<int> alive, int[] parent, int k)
    {
        var index = new int[k];
        for (var i = 0; i < alive.Count; i++) index[alive[i]] = i;
        var result = new int[labels.Length];
        for (var j = 0; j < labels.Length; j++) result[j] = index[Root(parent, labels[j])];
        return result;
    }

    private static float[] Means(double[] sums, double[] mass, List<int> alive, int d)
    {
        var means = new float[alive.Count * d];
        for (var i = 0; i < alive.Count; i++)
        {
            for (var t = 0; t < d; t++) means[(i * d) + t] = (float)(sums[(alive[i] * d) + t] / mass[alive[i]]);
        }

        return means;
    }
}
