using System.Numerics.Tensors;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class SpectralEmbeddingTests
{
    private static readonly ParallelOptions Parallel = new() { MaxDegreeOfParallelism = 2 };

    /// <summary>Three tight groups of 6 points along three orthogonal axes, each point wobbled a little.</summary>
    private static float[] ThreeGroups()
    {
        var points = new float[18 * 4];
        for (var i = 0; i < 18; i++)
        {
            points[i * 4 + i / 6] = 1;
            points[i * 4 + 3] = 0.05f * (i % 6);
        }

        DenseMath.NormalizeRows(points, 18, 4);
        return points;
    }

    [Test]
    public void Points_of_one_group_share_a_direction_and_groups_are_orthogonal()
    {
        // With 5 neighbours each point links only to its own group, so the graph has three components and the leading
        // eigenvectors are the groups' indicator vectors (up to rotation): rows of a group coincide, groups are orthogonal.
        var e = SpectralEmbedding.Compute(ThreeGroups(), 18, 4, neighbours: 5, dims: 3, seed: 1, iterations: 30, Parallel);

        for (var i = 0; i < 18; i++)
        {
            for (var j = 0; j < 18; j++)
            {
                var cos = TensorPrimitives.CosineSimilarity(e.AsSpan(i * 3, 3), e.AsSpan(j * 3, 3));
                Assert.That(cos, Is.EqualTo(i / 6 == j / 6 ? 1f : 0f).Within(1e-3), $"points {i} and {j}");
            }
        }
    }

    [Test]
    public void The_result_depends_on_the_seed_only_not_the_thread_count()
    {
        var one = SpectralEmbedding.Compute(ThreeGroups(), 18, 4, 5, 3, seed: 7, iterations: 30, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var two = SpectralEmbedding.Compute(ThreeGroups(), 18, 4, 5, 3, seed: 7, iterations: 30, Parallel);

        Assert.That(two, Is.EqualTo(one));
    }

    [Test]
    public void More_neighbours_or_dimensions_than_points_are_clamped()
    {
        var e = SpectralEmbedding.Compute(ThreeGroups(), 18, 4, neighbours: 50, dims: 40, seed: 1, iterations: 5, Parallel);

        Assert.That(e, Has.Length.EqualTo(18 * 18));
        Assert.That(e.All(float.IsFinite), Is.True);
    }
}
