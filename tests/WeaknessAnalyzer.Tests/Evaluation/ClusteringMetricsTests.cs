using WeaknessAnalyzer.Evaluation;

namespace WeaknessAnalyzer.Tests.Evaluation;

public class ClusteringMetricsTests
{
    private static readonly int[] Truth = [0, 0, 0, 1, 1, 1];
    private static readonly int[] Predicted = [0, 0, 1, 1, 2, 2];

    [Test]
    public void Hand_computed_case_matches_scikit_learn_definitions()
    {
        // I(T;P) = ln2 * 2/3 ... worked by hand: NMI = 0.5158037, ARI = 8/33, ACC = 4/6.
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(Truth, Predicted), Is.EqualTo(0.5158037429793888).Within(1e-12));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(Truth, Predicted), Is.EqualTo(8.0 / 33).Within(1e-12));
        Assert.That(ClusteringMetrics.Accuracy(Truth, Predicted), Is.EqualTo(4.0 / 6).Within(1e-12));
    }

    [Test]
    public void Renamed_identical_partitions_score_one()
    {
        string[] truth = ["a", "a", "b", "c", "c"];
        int[] predicted = [7, 7, 3, 9, 9];
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(truth, predicted), Is.EqualTo(1).Within(1e-12));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(truth, predicted), Is.EqualTo(1).Within(1e-12));
        Assert.That(ClusteringMetrics.Accuracy(truth, predicted), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void Independent_partition_has_zero_nmi_and_negative_or_zero_ari()
    {
        int[] truth = [0, 0, 1, 1];
        int[] predicted = [0, 1, 0, 1];
        Assert.That(ClusteringMetrics.NormalizedMutualInformation(truth, predicted), Is.EqualTo(0).Within(1e-12));
        Assert.That(ClusteringMetrics.AdjustedRandIndex(truth, predicted), Is.EqualTo(-0.5).Within(1e-12));
        Assert.That(ClusteringMetrics.Accuracy(truth, predicted), Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Accuracy_uses_the_best_one_to_one_matching_not_a_greedy_one()
    {
        // Greedy would pair cluster 0 with label x (3 of 4) and leave 1 with y (1): 4/7. The optimum pairs 0-y, 1-x: 6/7... check by hand:
        // cluster 0 = {x,x,x,y}, cluster 1 = {x,x,x}: 0->y (1) + 1->x (3) = 4; 0->x (3) + 1->y (0) = 3. Best = 4/7.
        string[] truth = ["x", "x", "x", "y", "x", "x", "x"];
        int[] predicted = [0, 0, 0, 0, 1, 1, 1];
        Assert.That(ClusteringMetrics.Accuracy(truth, predicted), Is.EqualTo(4.0 / 7).Within(1e-12));
    }

    [Test]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.NormalizedMutualInformation(new[] { 1, 2 }, new[] { 1 }));
    }
}
