using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class TagSplitterTests
{
    // Three directions in 3-D: concurrency (x), frontend (y), system design (z).
    private static readonly float[] X = [1, 0, 0];
    private static readonly float[] Y = [0, 1, 0];
    private static readonly float[] Z = [0, 0, 1];

    private static float[] Vectors(params float[][] points) => [.. points.SelectMany(p => p)];

    private static Dictionary<string, int> Tag(string tag) => new(StringComparer.Ordinal) { [tag] = 1 };

    [Test]
    public void Tag_groups_no_farther_apart_than_a_typical_pair_of_themes_stay_together()
    {
        // Theme 0: three concurrency questions and two frontend ones; theme 1: design. The two themes' centres have cosine 0,
        // so the median over pairs is 0; the frontend and concurrency centres also have cosine 0: not below it.
        var vectors = Vectors(X, X, X, [0, 1, 0], [0, 1, 0], Z, Z);
        var labels = new[] { 0, 0, 0, 0, 0, 1, 1 };
        var tags = new[] { Tag("concurrency"), Tag("concurrency"), Tag("concurrency"), Tag("frontend"), Tag("frontend"), Tag("system design"), Tag("system design") };

        var k = TagSplitter.Split(labels, 2, tags, vectors, 3, minSize: 2);

        Assert.That(k, Is.EqualTo(2), "cosine 0 against a median of 0: kept");
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 0, 0, 1, 1 }));
    }

    [Test]
    public void Split_when_the_tag_groups_are_farther_apart_than_a_typical_pair_of_themes()
    {
        // Themes: 0 (concurrency + frontend), 1 and 2, their centres at cosines 0.67, 0 and 0.6: median 0.6; the frontend
        // centre is at cosine 0 from the concurrency one.
        var xz = new[] { 0.8f, 0, 0.6f };
        var vectors = Vectors(X, X, X, Y, Y, xz, xz, Z, Z);
        var labels = new[] { 0, 0, 0, 0, 0, 1, 1, 2, 2 };
        var tags = new[] { Tag("concurrency"), Tag("concurrency"), Tag("concurrency"), Tag("frontend"), Tag("frontend"), null, null, null, null };

        var k = TagSplitter.Split(labels, 3, tags, vectors, 3, minSize: 2);

        Assert.That(k, Is.EqualTo(4));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 3, 3, 1, 1, 2, 2 }), "the frontend pair is theme 3; nothing else moves");
    }

    [TestCase("technical", Description = "a generic tag splits nothing")]
    [TestCase("concurrency", Description = "one tag: nothing to split")]
    public void Generic_or_single_tags_split_nothing(string second)
    {
        var xz = new[] { 0.8f, 0, 0.6f };
        var vectors = Vectors(X, X, X, Y, Y, xz, xz, Z, Z);
        var labels = new[] { 0, 0, 0, 0, 0, 1, 1, 2, 2 };
        var tags = new[] { Tag("concurrency"), Tag("concurrency"), Tag("concurrency"), Tag(second), Tag(second), null, null, null, null };

        Assert.That(TagSplitter.Split(labels, 3, tags, vectors, 3, minSize: 2), Is.EqualTo(3));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 0, 0, 0, 1, 1, 2, 2 }));
    }

    [Test]
    public void A_tag_on_one_question_of_a_theme_does_not_split_it()
    {
        var xz = new[] { 0.8f, 0, 0.6f };
        var vectors = Vectors(X, X, X, Y, xz, xz, Z, Z);
        var labels = new[] { 0, 0, 0, 0, 1, 1, 2, 2 };
        var tags = new[] { Tag("concurrency"), Tag("concurrency"), Tag("concurrency"), Tag("frontend"), null, null, null, null };

        Assert.That(TagSplitter.Split(labels, 3, tags, vectors, 3, minSize: 2), Is.EqualTo(3));
    }
}
