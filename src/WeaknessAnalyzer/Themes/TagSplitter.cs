namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Splits a theme along the person's own categories when they keep apart what the clustering put together: when at
/// least two specific tags (not "technical", "behavioural", "other"...; see <see cref="SiblingJoiner"/>) each hold
/// <see cref="ThemeOptions.MinThemeSize"/> or more of a theme's questions (each question under its most frequent tag),
/// and the centre of a smaller tag's questions is farther from the largest tag's centre than the median cosine over all
/// pairs of the log's themes, the smaller tag's questions become a theme of their own. Two spellings of one category
/// ("SQL" and "Databases") sit on questions that mean the same and stay together. On a backend engineer's sheet, two
/// questions filed under Frontend ("Explain the virtual DOM", "What is CSS specificity?") sat in the theme of their
/// concurrency questions and named it. Only used when the number of themes is automatic.
/// </summary>
internal static class TagSplitter
{
    /// <summary>Splits themes in <paramref name="labels"/> (new themes numbered from <paramref name="k"/> up) and returns the new number of themes.</summary>
    /// <param name="labels">Each point's theme, 0..k-1.</param>
    /// <param name="k">Themes before splitting.</param>
    /// <param name="tags">Each point's category tags with their counts over its repeats, or null.</param>
    /// <param name="vectors">Unit-length point vectors (points x <paramref name="dimensions"/>): the embeddings, or the latent word space.</param>
    /// <param name="dimensions">Vector dimensions.</param>
    /// <param name="minSize">The fewest questions a tag must hold in a theme to split off.</param>
    public static int Split(int[] labels, int k, IReadOnlyList<Dictionary<string, int>?> tags, float[] vectors, int dimensions, int minSize)
    {
        var n = labels.Length;
        if (k < 1 || n == 0 || !tags.Any(t => t is { Count: > 0 })) return k;
        var main = tags.Select(t => t is not { Count: > 0 } ? null
            : t.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key is var m && !SiblingJoiner.GenericTags.Contains(m) ? m : null).ToArray();
        var typical = SiblingJoiner.TypicalCosine([.. Enumerable.Range(0, k).Select(c => Centre(Enumerable.Range(0, n).Where(j => labels[j] == c)))]);
        var total = k;
        for (var c = 0; c < k; c++)
        {
            var groups = Enumerable.Range(0, n).Where(j => labels[j] == c && main[j] is not null)
                .GroupBy(j => main[j]!, StringComparer.Ordinal)
                .Where(g => g.Count() >= minSize)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.ToArray())
                .ToList();
            if (groups.Count < 2) continue;
            var largest = Centre(groups[0]);
            foreach (var group in groups.Skip(1))
            {
                if (Cosine(largest, Centre(group)) >= typical) continue;
                foreach (var j in group) labels[j] = total;
                total++;
            }
        }

        return total;

        double[]? Centre(IEnumerable<int> points)
        {
            var centre = new double[dimensions];
            var any = false;
            foreach (var j in points)
            {
                any = true;
                for (var d = 0; d < dimensions; d++) centre[d] += vectors[(j * dimensions) + d];
            }

            if (!any) return null;
            double norm = 0;
            for (var d = 0; d < dimensions; d++) norm += centre[d] * centre[d];
            if (norm <= 0) return null;
            norm = Math.Sqrt(norm);
            for (var d = 0; d < dimensions; d++) centre[d] /= norm;
            return centre;
        }
    }

    private static double Cosine(double[]? a, double[]? b)
    {
        if (a is null || b is null) return 1;
        double s = 0;
        for (var d = 0; d < a.Length; d++) s += a[d] * b[d];
        return s;
    }
}
