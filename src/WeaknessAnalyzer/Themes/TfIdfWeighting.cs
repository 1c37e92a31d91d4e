namespace WeaknessAnalyzer.Themes;

/// <summary>
/// TF-IDF weighting of n-gram counts: idf(t) = ln((1 + N) / (1 + df(t))) + 1 (smoothed, as scikit-learn), terms seen in
/// fewer than <c>minDocumentFrequency</c> questions dropped, rows L2-normalised. Document frequencies count repeated
/// questions by their weight, so de-duplication does not change the weights.
/// </summary>
internal sealed class TfIdfWeighting
{
    public TfIdfWeighting(float[] idf) => Idf = idf;

    /// <summary>The weight of each term; 0 for a dropped term.</summary>
    public float[] Idf { get; }

    public static TfIdfWeighting Fit(SparseMatrix counts, IReadOnlyList<float> rowWeights, int minDocumentFrequency)
    {
        var df = new double[counts.Columns];
        var docs = new double[counts.Columns];
        double n = 0;
        for (var r = 0; r < counts.Rows; r++)
        {
            n += rowWeights[r];
            for (var p = counts.RowStart[r]; p < counts.RowStart[r + 1]; p++)
            {
                df[counts.Indices[p]] += rowWeights[r];
                docs[counts.Indices[p]]++;
            }
        }

        var idf = new float[counts.Columns];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = df[t] >= minDocumentFrequency ? (float)(StableMath.Log((1 + n) / (1 + df[t])) + 1) : 0f;
        }

        return new TfIdfWeighting(idf);
    }

    public SparseMatrix Apply(SparseMatrix counts)
    {
        var rowStart = new int[counts.Rows + 1];
        var indices = new List<int>(counts.NonZeros);
        var values = new List<float>(counts.NonZeros);
        for (var r = 0; r < counts.Rows; r++)
        {
            var start = indices.Count;
            double norm = 0;
            for (var p = counts.RowStart[r]; p < counts.RowStart[r + 1]; p++)
            {
                var t = counts.Indices[p];
                if (t >= Idf.Length || Idf[t] == 0) continue;
                var v = counts.Values[p] * Idf[t];
                indices.Add(t);
                values.Add(v);
                norm += (double)v * v;
            }

            if (norm > 0)
            {
                var inv = (float)(1 / Math.Sqrt(norm));
                for (var i = start; i < values.Count; i++) values[i] *= inv;
            }

            rowStart[r + 1] = indices.Count;
        }

        return new SparseMatrix(counts.Rows, counts.Columns, rowStart, [.. indices], [.. values]);
    }
}
