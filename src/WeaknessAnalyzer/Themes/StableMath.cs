using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// The vector arithmetic of the theme engine, bit-identical on every CPU. <c>TensorPrimitives</c> picks 512-, 256- or
/// 128-bit vectors by hardware, so the order of a float sum (and its last bits) changes with the machine, and k-means,
/// argmax, ties and the choice of k can flip. Here every reduction has a fixed shape: element <c>i</c> goes to lane
/// <c>i % Lanes</c> (16 lanes for float, 8 for double) in index order, the lanes are summed by a fixed pairwise tree, and the
/// elements past the last full block are added one by one at the end. The 256-bit, 128-bit and scalar paths compute exactly
/// that, lane for lane: multiplies and adds are never fused, and IEEE addition and multiplication are exact per lane.
/// Element-wise operations are per element and therefore the same on every path. <see cref="Log"/> uses only + − × ÷, so it
/// does not depend on the C library's (CPU-dispatched) <c>log</c>.
/// </summary>
internal static class StableMath
{
    /// <summary>Lanes of a float reduction.</summary>
    public const int FloatLanes = 16;

    /// <summary>Lanes of a double reduction.</summary>
    public const int DoubleLanes = 8;

    /// <summary>Which vector width the reductions use on this machine (the results do not depend on it).</summary>
    internal enum Path
    {
        Scalar,
        Vector128,
        Vector256,
    }

    /// <summary>The path taken by default on this machine.</summary>
    internal static Path DefaultPath { get; } =
        Vector256.IsHardwareAccelerated ? Path.Vector256 : Vector128.IsHardwareAccelerated ? Path.Vector128 : Path.Scalar;

    /// <summary>Σ a[i]·b[i] in the fixed order.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Dot(a, b, DefaultPath);

    /// <summary>Σ (a[i] − b[i])² in the fixed order.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => SquaredDistance(a, b, DefaultPath);

    /// <summary>The Euclidean distance, √<see cref="SquaredDistance(ReadOnlySpan{float}, ReadOnlySpan{float})"/> (square roots are exact).</summary>
    public static float Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => MathF.Sqrt(SquaredDistance(a, b));

    /// <summary>Σ a[i]·b[i] in the fixed order (double).</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Dot(a, b, DefaultPath);

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Path path) => Reduce<DotOp>(a, b, path);

    internal static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Path path) => Reduce<SquaredDifferenceOp>(a, b, path);

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Path path)
    {
        CheckLengths(a.Length, b.Length);
        var n = a.Length;
        var full = n - (n % DoubleLanes);
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        double sum;
        if (path == Path.Vector256)
        {
            var s0 = Vector256<double>.Zero; // lanes 0-3
            var s1 = Vector256<double>.Zero; // lanes 4-7
            for (var i = 0; i < full; i += DoubleLanes)
            {
                s0 = Vector256.Add(s0, Vector256.Multiply(Vector256.LoadUnsafe(ref ra, (nuint)i), Vector256.LoadUnsafe(ref rb, (nuint)i)));
                s1 = Vector256.Add(s1, Vector256.Multiply(Vector256.LoadUnsafe(ref ra, (nuint)(i + 4)), Vector256.LoadUnsafe(ref rb, (nuint)(i + 4))));
            }

            var h = Vector256.Add(s0, s1); // tree step 4: lane j + lane j+4
            var q = Vector128.Add(h.GetLower(), h.GetUpper()); // step 2
            sum = q.GetElement(0) + q.GetElement(1); // step 1
        }
        else if (path == Path.Vector128)
        {
            var s0 = Vector128<double>.Zero; // lanes 0-1
            var s1 = Vector128<double>.Zero; // lanes 2-3
            var s2 = Vector128<double>.Zero; // lanes 4-5
            var s3 = Vector128<double>.Zero; // lanes 6-7
            for (var i = 0; i < full; i += DoubleLanes)
            {
                s0 = Vector128.Add(s0, Vector128.Multiply(Vector128.LoadUnsafe(ref ra, (nuint)i), Vector128.LoadUnsafe(ref rb, (nuint)i)));
                s1 = Vector128.Add(s1, Vector128.Multiply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 2)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 2))));
                s2 = Vector128.Add(s2, Vector128.Multiply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 4)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 4))));
                s3 = Vector128.Add(s3, Vector128.Multiply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 6)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 6))));
            }

            var q = Vector128.Add(Vector128.Add(s0, s2), Vector128.Add(s1, s3)); // steps 4 and 2
            sum = q.GetElement(0) + q.GetElement(1);
        }
        else
        {
            Span<double> lanes = stackalloc double[DoubleLanes];
            lanes.Clear();
            for (var i = 0; i < full; i += DoubleLanes)
            {
                for (var j = 0; j < DoubleLanes; j++) lanes[j] += a[i + j] * b[i + j];
            }

            for (var width = DoubleLanes / 2; width >= 1; width /= 2)
            {
                for (var j = 0; j < width; j++) lanes[j] += lanes[j + width];
            }

            sum = lanes[0];
        }

        for (var i = full; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>acc[i] += x[i]·y (multiply, then add: never fused). <paramref name="x"/> and <paramref name="acc"/> must not overlap.</summary>
    public static void MultiplyAdd(ReadOnlySpan<float> x, float y, Span<float> acc)
    {
        CheckLengths(x.Length, acc.Length);
        var n = x.Length;
        var i = 0;
        ref var rx = ref MemoryMarshal.GetReference(x);
        ref var racc = ref MemoryMarshal.GetReference(acc);
        if (DefaultPath == Path.Vector256 && n >= 8)
        {
            var vy = Vector256.Create(y);
            // The last 8 elements are computed from their original values first and stored last, so a length that is not a
            // multiple of 8 needs no scalar tail (each element still gets exactly acc + x·y).
            var last = (nuint)(n - 8);
            var end = Vector256.Add(Vector256.LoadUnsafe(ref racc, last), Vector256.Multiply(Vector256.LoadUnsafe(ref rx, last), vy));
            for (; i <= n - 8; i += 8)
            {
                Vector256.Add(Vector256.LoadUnsafe(ref racc, (nuint)i), Vector256.Multiply(Vector256.LoadUnsafe(ref rx, (nuint)i), vy)).StoreUnsafe(ref racc, (nuint)i);
            }

            end.StoreUnsafe(ref racc, last);
            return;
        }

        if (DefaultPath != Path.Scalar)
        {
            var vy = Vector128.Create(y);
            for (; i <= n - 4; i += 4)
            {
                Vector128.Add(Vector128.LoadUnsafe(ref racc, (nuint)i), Vector128.Multiply(Vector128.LoadUnsafe(ref rx, (nuint)i), vy)).StoreUnsafe(ref racc, (nuint)i);
            }
        }

        for (; i < n; i++) acc[i] += x[i] * y;
    }

    /// <summary>acc[i] += x[i]·y (double; multiply, then add: never fused).</summary>
    public static void MultiplyAdd(ReadOnlySpan<double> x, double y, Span<double> acc)
    {
        CheckLengths(x.Length, acc.Length);
        var n = x.Length;
        var i = 0;
        ref var rx = ref MemoryMarshal.GetReference(x);
        ref var racc = ref MemoryMarshal.GetReference(acc);
        if (DefaultPath == Path.Vector256)
        {
            var vy = Vector256.Create(y);
            for (; i <= n - 4; i += 4)
            {
                Vector256.Add(Vector256.LoadUnsafe(ref racc, (nuint)i), Vector256.Multiply(Vector256.LoadUnsafe(ref rx, (nuint)i), vy)).StoreUnsafe(ref racc, (nuint)i);
            }
        }

        if (DefaultPath != Path.Scalar)
        {
            var vy = Vector128.Create(y);
            for (; i <= n - 2; i += 2)
            {
                Vector128.Add(Vector128.LoadUnsafe(ref racc, (nuint)i), Vector128.Multiply(Vector128.LoadUnsafe(ref rx, (nuint)i), vy)).StoreUnsafe(ref racc, (nuint)i);
            }
        }

        for (; i < n; i++) acc[i] += x[i] * y;
    }

    /// <summary>x[i] *= y.</summary>
    public static void Scale(Span<float> x, float y)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= y;
    }

    /// <summary>x[i] *= y (double).</summary>
    public static void Scale(Span<double> x, double y)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= y;
    }

    /// <summary>x[i] /= y.</summary>
    public static void Divide(Span<float> x, float y)
    {
        for (var i = 0; i < x.Length; i++) x[i] /= y;
    }

    /// <summary>x[i] /= y (double).</summary>
    public static void Divide(Span<double> x, double y)
    {
        for (var i = 0; i < x.Length; i++) x[i] /= y;
    }

    /// <summary>Scales a vector to unit length (left as is when it is zero).</summary>
    public static void Normalize(Span<float> x)
    {
        var norm = MathF.Sqrt(Dot(x, x));
        if (norm > 0) Divide(x, norm);
    }

    /// <summary>The index of the largest value; the first one on ties; -1 for an empty span. NaN never wins.</summary>
    public static int IndexOfMax(ReadOnlySpan<float> x)
    {
        if (x.IsEmpty) return -1;
        var best = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (x[i] > x[best] || (float.IsNaN(x[best]) && !float.IsNaN(x[i]))) best = i;
        }

        return best;
    }

    /// <summary>
    /// The natural logarithm from + − × ÷ only (the C library's <c>log</c> picks an FMA or a plain variant by CPU, and the
    /// two may differ in the last bit): x = m·2^e with m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its series.
    /// Within 2 ulp of <see cref="Math.Log(double)"/> (tested).
    /// </summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0) return double.NaN;
        if (x == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        var exponent = 0;
        if (x < double.Epsilon * 4_503_599_627_370_496.0)
        {
            // Subnormal: scale into the normal range first (2^54 exactly).
            x *= 18_014_398_509_481_984.0;
            exponent = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L); // [1, 2)
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        // 1 + s²/3 + s⁴/5 + ... + s²⁶/27; |s| < 0.172, so the next term is below 1e-21.
        var p = 1.0 / 27;
        p = (p * s2) + (1.0 / 25);
        p = (p * s2) + (1.0 / 23);
        p = (p * s2) + (1.0 / 21);
        p = (p * s2) + (1.0 / 19);
        p = (p * s2) + (1.0 / 17);
        p = (p * s2) + (1.0 / 15);
        p = (p * s2) + (1.0 / 13);
        p = (p * s2) + (1.0 / 11);
        p = (p * s2) + (1.0 / 9);
        p = (p * s2) + (1.0 / 7);
        p = (p * s2) + (1.0 / 5);
        p = (p * s2) + (1.0 / 3);
        var lnM = (2 * s) + (2 * s * s2 * p);
        return (exponent * Ln2Hi) + (lnM + (exponent * Ln2Lo));
    }

    // ln 2 split so that exponent·Ln2Hi is exact for every exponent (fdlibm's constants).
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;

    private static float Reduce<TOp>(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Path path)
        where TOp : struct, IPairOp
    {
        CheckLengths(a.Length, b.Length);
        var n = a.Length;
        var full = n - (n % FloatLanes);
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        float sum;
        if (path == Path.Vector256)
        {
            var s0 = Vector256<float>.Zero; // lanes 0-7
            var s1 = Vector256<float>.Zero; // lanes 8-15
            for (var i = 0; i < full; i += FloatLanes)
            {
                s0 = Vector256.Add(s0, TOp.Apply(Vector256.LoadUnsafe(ref ra, (nuint)i), Vector256.LoadUnsafe(ref rb, (nuint)i)));
                s1 = Vector256.Add(s1, TOp.Apply(Vector256.LoadUnsafe(ref ra, (nuint)(i + 8)), Vector256.LoadUnsafe(ref rb, (nuint)(i + 8))));
            }

            var h = Vector256.Add(s0, s1); // tree step 8: lane j + lane j+8
            var q = Vector128.Add(h.GetLower(), h.GetUpper()); // step 4
            sum = (q.GetElement(0) + q.GetElement(2)) + (q.GetElement(1) + q.GetElement(3)); // steps 2 and 1
        }
        else if (path == Path.Vector128)
        {
            var s0 = Vector128<float>.Zero; // lanes 0-3
            var s1 = Vector128<float>.Zero; // lanes 4-7
            var s2 = Vector128<float>.Zero; // lanes 8-11
            var s3 = Vector128<float>.Zero; // lanes 12-15
            for (var i = 0; i < full; i += FloatLanes)
            {
                s0 = Vector128.Add(s0, TOp.Apply(Vector128.LoadUnsafe(ref ra, (nuint)i), Vector128.LoadUnsafe(ref rb, (nuint)i)));
                s1 = Vector128.Add(s1, TOp.Apply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 4)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 4))));
                s2 = Vector128.Add(s2, TOp.Apply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 8)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 8))));
                s3 = Vector128.Add(s3, TOp.Apply(Vector128.LoadUnsafe(ref ra, (nuint)(i + 12)), Vector128.LoadUnsafe(ref rb, (nuint)(i + 12))));
            }

            var q = Vector128.Add(Vector128.Add(s0, s2), Vector128.Add(s1, s3)); // steps 8 and 4
            sum = (q.GetElement(0) + q.GetElement(2)) + (q.GetElement(1) + q.GetElement(3));
        }
        else
        {
            sum = ReduceScalar<TOp>(a, b, full);
        }

        for (var i = full; i < n; i++) sum += TOp.Apply(a[i], b[i]);
        return sum;
    }

    /// <summary>The scalar path: the same 16 lanes and the same tree, one element at a time.</summary>
    private static float ReduceScalar<TOp>(ReadOnlySpan<float> a, ReadOnlySpan<float> b, int full)
        where TOp : struct, IPairOp
    {
        Span<float> lanes = stackalloc float[FloatLanes];
        lanes.Clear();
        for (var i = 0; i < full; i += FloatLanes)
        {
            for (var j = 0; j < FloatLanes; j++) lanes[j] += TOp.Apply(a[i + j], b[i + j]);
        }

        // Lane j += lane j+8, then j+4, j+2, j+1.
        for (var width = FloatLanes / 2; width >= 1; width /= 2)
        {
            for (var j = 0; j < width; j++) lanes[j] += lanes[j + width];
        }

        return lanes[0];
    }

    private static void CheckLengths(int a, int b)
    {
        if (a != b) throw new ArgumentException($"Spans of different lengths ({a} and {b}).");
    }

    private interface IPairOp
    {
        static abstract float Apply(float a, float b);

        static abstract Vector128<float> Apply(Vector128<float> a, Vector128<float> b);

        static abstract Vector256<float> Apply(Vector256<float> a, Vector256<float> b);
    }

    private readonly struct DotOp : IPairOp
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Apply(float a, float b) => a * b;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Apply(Vector128<float> a, Vector128<float> b) => Vector128.Multiply(a, b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Apply(Vector256<float> a, Vector256<float> b) => Vector256.Multiply(a, b);
    }

    private readonly struct SquaredDifferenceOp : IPairOp
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Apply(float a, float b)
        {
            var d = a - b;
            return d * d;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<float> Apply(Vector128<float> a, Vector128<float> b)
        {
            var d = Vector128.Subtract(a, b);
            return Vector128.Multiply(d, d);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<float> Apply(Vector256<float> a, Vector256<float> b)
        {
            var d = Vector256.Subtract(a, b);
            return Vector256.Multiply(d, d);
        }
    }
}
