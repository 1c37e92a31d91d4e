using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

/// <summary>
/// The 256-bit, 128-bit and scalar paths of <see cref="StableMath"/> give the same bits, and the bits the documented order
/// gives. Every path runs on any machine (without hardware support the runtime emulates the vectors), so these tests check
/// all three paths wherever they run; CI also runs them under DOTNET_EnableAVX2=0 and DOTNET_EnableHWIntrinsic=0.
/// </summary>
public class StableMathTests
{
    private static readonly StableMath.Path[] Paths = [StableMath.Path.Scalar, StableMath.Path.Vector128, StableMath.Path.Vector256];

    private static readonly int[] Lengths = [0, 1, 3, 7, 8, 15, 16, 17, 31, 32, 33, 100, 110, 384, 1000];

    [Test]
    public void Float_dot_products_are_the_same_bits_on_every_path_and_follow_the_documented_order()
    {
        var random = new Random(1);
        foreach (var n in Lengths)
        {
            var a = Floats(random, n);
            var b = Floats(random, n);
            var expected = ReferenceFloat(a, b, (x, y) => x * y);
            foreach (var path in Paths)
            {
                Assert.That(Bits(StableMath.Dot(a, b, path)), Is.EqualTo(Bits(expected)), $"length {n}, {path}");
            }

            Assert.That(Bits(StableMath.Dot(a, b)), Is.EqualTo(Bits(expected)), $"length {n}, default path");
        }
    }

    [Test]
    public void Squared_distances_are_the_same_bits_on_every_path_and_follow_the_documented_order()
    {
        var random = new Random(2);
        foreach (var n in Lengths)
        {
            var a = Floats(random, n);
            var b = Floats(random, n);
            var expected = ReferenceFloat(a, b, (x, y) => (x - y) * (x - y));
            foreach (var path in Paths)
            {
                Assert.That(Bits(StableMath.SquaredDistance(a, b, path)), Is.EqualTo(Bits(expected)), $"length {n}, {path}");
            }

            Assert.That(StableMath.Distance(a, b), Is.EqualTo(MathF.Sqrt(expected)));
        }
    }

    [Test]
    public void Double_dot_products_are_the_same_bits_on_every_path_and_follow_the_documented_order()
    {
        var random = new Random(3);
        foreach (var n in Lengths)
        {
            var a = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            var lanes = new double[StableMath.DoubleLanes];
            var full = n - (n % StableMath.DoubleLanes);
            for (var i = 0; i < full; i++) lanes[i % StableMath.DoubleLanes] += a[i] * b[i];
            var expected = ((lanes[0] + lanes[4]) + (lanes[2] + lanes[6])) + ((lanes[1] + lanes[5]) + (lanes[3] + lanes[7]));
            for (var i = full; i < n; i++) expected += a[i] * b[i];

            foreach (var path in Paths)
            {
                Assert.That(BitConverter.DoubleToInt64Bits(StableMath.Dot(a, b, path)), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"length {n}, {path}");
            }
        }
    }

    [Test]
    public void The_sum_order_is_fixed_even_where_another_order_gives_another_result()
    {
        // 1e8 and -1e8 sit in the same lane (elements 0 and 16), so they cancel and the ones of the other 15 lanes (two
        // each) and the tail element all count: 31. A plain left-to-right float sum loses the 15 ones that follow 1e8: 16.
        var a = new float[33];
        Array.Fill(a, 1f);
        a[0] = 1e8f;
        a[16] = -1e8f;
        var ones = Enumerable.Repeat(1f, 33).ToArray();
        var sequential = 0f;
        foreach (var v in a) sequential += v;

        Assert.That(sequential, Is.EqualTo(16f));
        foreach (var path in Paths) Assert.That(StableMath.Dot(a, ones, path), Is.EqualTo(31f), path.ToString());
    }

    [Test]
    public void Multiply_add_is_unfused_and_element_by_element()
    {
        var random = new Random(4);
        foreach (var n in Lengths)
        {
            var x = Floats(random, n);
            var acc = Floats(random, n);
            var expected = acc.Select((v, i) => v + (x[i] * 0.3f)).ToArray();
            StableMath.MultiplyAdd(x, 0.3f, acc);
            Assert.That(acc.Select(Bits), Is.EqualTo(expected.Select(Bits)), $"float, length {n}");

            var xd = x.Select(v => (double)v).ToArray();
            var accd = Enumerable.Range(0, n).Select(i => i * 0.1).ToArray();
            var expectedd = accd.Select((v, i) => v + (xd[i] * -1.7)).ToArray();
            StableMath.MultiplyAdd(xd, -1.7, accd);
            Assert.That(accd, Is.EqualTo(expectedd), $"double, length {n}");
        }
    }

    [Test]
    public void Index_of_max_takes_the_first_of_equal_values()
    {
        Assert.That(StableMath.IndexOfMax([]), Is.EqualTo(-1));
        Assert.That(StableMath.IndexOfMax([1f, 3f, 2f, 3f]), Is.EqualTo(1));
        Assert.That(StableMath.IndexOfMax([float.NaN, -5f, -4f]), Is.EqualTo(2));
        Assert.That(StableMath.IndexOfMax([-0f, 0f]), Is.EqualTo(0), "-0 and +0 are equal: the first wins");
    }

    [Test]
    public void Normalize_gives_unit_length_and_leaves_zero_vectors_alone()
    {
        float[] v = [3, 4];
        StableMath.Normalize(v);
        Assert.That(v, Is.EqualTo(new[] { 0.6f, 0.8f }));
        float[] zero = [0, 0, 0];
        StableMath.Normalize(zero);
        Assert.That(zero, Is.EqualTo(new[] { 0f, 0f, 0f }));
    }

    [Test]
    public void Log_is_within_two_ulp_of_the_library_log_everywhere()
    {
        var random = new Random(5);
        var values = new List<double> { 1, 2, 0.5, Math.E, 10, 1e-300, double.Epsilon, 1e-310, double.MaxValue, 1.0000001, 0.9999999, Math.Sqrt(2) };
        for (var i = 0; i < 20_000; i++) values.Add(Math.Exp((random.NextDouble() * 1400) - 700));
        for (var i = 0; i < 20_000; i++) values.Add(0.5 + random.NextDouble());

        foreach (var x in values)
        {
            var expected = Math.Log(x);
            var actual = StableMath.Log(x);
            var ulp = Math.Max(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), double.Epsilon);
            Assert.That(Math.Abs(actual - expected), Is.LessThanOrEqualTo(2 * ulp), $"log({x:R})");
        }

        Assert.That(StableMath.Log(1), Is.EqualTo(0));
        Assert.That(StableMath.Log(0), Is.EqualTo(double.NegativeInfinity));
        Assert.That(StableMath.Log(double.PositiveInfinity), Is.EqualTo(double.PositiveInfinity));
        Assert.That(double.IsNaN(StableMath.Log(-1)), Is.True);
        Assert.That(double.IsNaN(StableMath.Log(double.NaN)), Is.True);
    }

    [Test]
    public void Gaussian_samples_are_standard_normal_and_fixed_by_the_seed()
    {
        var g = DenseMath.Gaussian(200_001, 7);
        var mean = g.Average(v => (double)v);
        var variance = g.Average(v => ((double)v - mean) * ((double)v - mean));

        Assert.That(mean, Is.EqualTo(0).Within(0.01));
        Assert.That(variance, Is.EqualTo(1).Within(0.01));
        Assert.That(DenseMath.Gaussian(200_001, 7), Is.EqualTo(g));
        Assert.That(DenseMath.Gaussian(5, 8), Is.Not.EqualTo(DenseMath.Gaussian(5, 7)));
    }

    /// <summary>The documented order, written out independently: lane i % 16 in index order, the tree, then the tail.</summary>
    private static float ReferenceFloat(float[] a, float[] b, Func<float, float, float> term)
    {
        var lanes = new float[StableMath.FloatLanes];
        var full = a.Length - (a.Length % StableMath.FloatLanes);
        for (var i = 0; i < full; i++) lanes[i % StableMath.FloatLanes] += term(a[i], b[i]);
        var l8 = new float[8];
        for (var j = 0; j < 8; j++) l8[j] = lanes[j] + lanes[j + 8];
        var l4 = new float[4];
        for (var j = 0; j < 4; j++) l4[j] = l8[j] + l8[j + 4];
        var sum = (l4[0] + l4[2]) + (l4[1] + l4[3]);
        for (var i = full; i < a.Length; i++) sum += term(a[i], b[i]);
        return sum;
    }

    private static float[] Floats(Random random, int n) => [.. Enumerable.Range(0, n).Select(_ => (float)((random.NextDouble() * 2) - 1))];

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);
}
