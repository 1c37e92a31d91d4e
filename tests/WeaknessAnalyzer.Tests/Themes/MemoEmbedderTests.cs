using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class MemoEmbedderTests
{
    [Test]
    public void Each_text_goes_to_the_inner_embedder_once_and_answers_keep_the_order_asked()
    {
        var seen = new List<string>();
        var memo = new MemoEmbedder(new Counting(seen));

        var first = memo.Embed(["a", "bb", "a"], CancellationToken.None);
        var second = memo.Embed(["ccc", "bb"], CancellationToken.None);

        Assert.That(seen, Is.EqualTo(new[] { "a", "bb", "ccc" }));
        Assert.That(first.Select(v => v[0]), Is.EqualTo(new[] { 1f, 2f, 1f }));
        Assert.That(second.Select(v => v[0]), Is.EqualTo(new[] { 3f, 2f }));
        Assert.That(memo.Embed(["a"], CancellationToken.None)[0], Is.SameAs(first[0]), "the inner embedder's vector, unchanged");
    }

    private sealed class Counting(List<string> seen) : IQuestionEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            seen.AddRange(texts);
            return [.. texts.Select(t => new float[] { t.Length, 0 })];
        }
    }
}
