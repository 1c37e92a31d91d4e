using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class WardMergerTests
{
    // Points on a line (d = 1): clusters A = {0, 0.2}, B = {1}, C = {10}, D = {10.4, 10.6}.
    private static readonly float[] Points = [0f, 0.2f, 1f, 10f, 10.4f, 10.6f];
    private static readonly int[] Start = [0, 0, 1, 2, 3, 3];

    [Test]
    public void Merges_the_pair_whose_union_adds_least_to_the_within_cluster_sum_of_squares()
    {
        // Ward cost mA·mB/(mA+mB)·(μA−μB)²: A–B = 2·1/3·0.9² = 0.54; C–D = 1·2/3·0.5² = 0.1667; so C and D merge first,
        // then A and B (0.54 against A/B–CD costs in the hundreds).
        var labels = (int[])Start.Clone();
        var levels = new List<(int K, int[] Labels, float[] Means)>();
        WardMerger.Merge(Points, 6, 1, [1, 1, 1, 1, 1, 1], labels, 4, 2, (k, l, m) => levels.Add((k, l, m)));

        Assert.That(levels.Select(l => l.K), Is.EqualTo(new[] { 3, 2 }));
        Assert.That(levels[0].Labels, Is.EqualTo(new[] { 0, 0, 1, 2, 2, 2 }));
        Assert.That(levels[0].Means, Is.EqualTo(new[] { 0.1f, 1f, 31f / 3 }).Within(1e-5));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 1, 1, 1 }));
        Assert.That(levels[1].Means, Is.EqualTo(new[] { 0.4f, 31f / 3 }).Within(1e-5));
    }

    [Test]
    public void Weights_count_as_repeated_points()
    {
        // C and D's points weigh 10 each: C–D = 10·20/30·0.5² = 1.667 now costs more than A–B (0.54), so A and B merge first.
        var labels = (int[])Start.Clone();
        WardMerger.Merge(Points, 6, 1, [1, 1, 1, 10, 10, 10], labels, 4, 3);

        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 1, 2, 2 }));
    }

    [Test]
    public void Nothing_changes_when_the_target_is_already_met()
    {
        var labels = (int[])Start.Clone();
        var calls = 0;
        WardMerger.Merge(Points, 6, 1, [1, 1, 1, 1, 1, 1], labels, 4, 4, (_, _, _) => calls++);

        Assert.That(labels, Is.EqualTo(Start));
        Assert.That(calls, Is.Zero);
    }
}
