namespace WeaknessAnalyzer.Themes;

/// <summary>A compressed sparse row matrix of floats.</summary>
internal sealed class SparseMatrix
{
    public SparseMatrix(int rows, int columns, int[] rowStart, int[] indices, float[] values)
    {
        Rows = rows;
        Columns = columns;
        RowStart = rowStart;
        Indices = indices;
        Values = values;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Row r holds entries RowStart[r] .. RowStart[r+1]-1.</summary>
    public int[] RowStart { get; }

    public int[] Indices { get; }

    public float[] Values { get; }

    public int NonZeros => RowStart[Rows];

    /// <summary>The transpose, also CSR (so column operations become row operations, with no cross-thread sums).</summary>
    public SparseMatrix Transpose()
    {
        var counts = new int[Columns + 1];
        for (var i = 0; i < NonZeros; i++)
        {
            counts[Indices[i] + 1]++;
        }

        for (var c = 0; c < Columns; c++)
        {
            counts[c + 1] += counts[c];
        }

        var next = (int[])counts.Clone();
        var idx = new int[NonZeros];
        var val = new float[NonZeros];
        for (var r = 0; r < Rows; r++)
        {
            for (var p = RowStart[r]; p < RowStart[r + 1]; p++)
            {
                var dst = next[Indices[p]]++;
                idx[dst] = r;
                val[dst] = Values[p];
            }
        }

        return new SparseMatrix(Columns, Rows, counts, idx, val);
    }

    /// <summary>this (Rows x Columns) times a dense row-major matrix (Columns x width): Rows x width, row-major.</summary>
    public float[] Multiply(float[] dense, int width, ParallelOptions parallel)
    {
        var result = new float[(long)Rows * width];
        Parallel.For(0, (Rows + 255) / 256, parallel, block =>
        {
            var end = Math.Min(Rows, (block + 1) * 256);
            for (var r = block * 256; r < end; r++)
            {
                var dst = result.AsSpan(r * width, width);
                for (var p = RowStart[r]; p < RowStart[r + 1]; p++)
                {
                    StableMath.MultiplyAdd(dense.AsSpan(Indices[p] * width, width), Values[p], dst);
                }
            }
        });
        return result;
    }
}
