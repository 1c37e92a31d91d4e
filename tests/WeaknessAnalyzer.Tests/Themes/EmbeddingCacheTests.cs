using System.Text;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class EmbeddingCacheTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("wa-cache-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string File(string name = "log.embeddings") => Path.Combine(_dir, name);

    [Test]
    public void A_second_run_embeds_only_the_texts_the_first_did_not_see()
    {
        var inner = new Counting();
        var first = new EmbeddingCache(inner, File(), "model/2");
        var v1 = first.Embed(["Design a cache", "Tell me about a conflict", "Design a cache"], CancellationToken.None);
        Assert.That(first.Save(), Is.True);
        Assert.That(first.Save(), Is.False, "nothing new to write");

        var second = new EmbeddingCache(inner, File(), "model/2");
        var v2 = second.Embed(["Tell me about a conflict", "Why this company?"], CancellationToken.None);

        Assert.That(inner.Seen, Is.EqualTo(new[] { "Design a cache", "Tell me about a conflict", "Why this company?" }));
        Assert.That((first.Hits, first.Misses, second.Hits, second.Misses, second.Count), Is.EqualTo((1, 2, 1, 1, 3)));
        Assert.That(v2[0], Is.EqualTo(v1[1]), "the vector read back is the one computed");
        Assert.That(v1[0], Is.EqualTo(v1[2]));
        Assert.That(second.LoadProblem, Is.Null);
    }

    [Test]
    public void The_file_holds_no_text_and_is_the_same_whatever_order_the_texts_came_in()
    {
        var a = new EmbeddingCache(new Counting(), File("a"), "m");
        a.Embed(["alpha question", "beta question"], CancellationToken.None);
        a.Save();
        var b = new EmbeddingCache(new Counting(), File("b"), "m");
        b.Embed(["beta question"], CancellationToken.None);
        b.Embed(["alpha question"], CancellationToken.None);
        b.Save();

        var bytes = System.IO.File.ReadAllBytes(File("a"));
        Assert.That(bytes, Is.EqualTo(System.IO.File.ReadAllBytes(File("b"))));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain("alpha").And.Not.Contain("question"));
        Assert.That(bytes, Has.Length.EqualTo(7 + 4 + 1 + 4 + 4 + (2 * (16 + (3 * 4)))), "header, then a 16-byte hash and 3 floats per text");
    }

    [TestCase("another model", "belongs to another model")]
    [TestCase("damaged", "is damaged")]
    [TestCase("not a cache", "is not an embedding cache")]
    public void A_file_that_cannot_be_used_is_an_empty_cache_with_the_reason(string kind, string reason)
    {
        var writer = new EmbeddingCache(new Counting(), File(), "m");
        writer.Embed(["q"], CancellationToken.None);
        writer.Save();
        if (kind == "damaged") System.IO.File.WriteAllBytes(File(), System.IO.File.ReadAllBytes(File())[..^3]);
        if (kind == "not a cache") System.IO.File.WriteAllText(File(), "date,question\n");
        var inner = new Counting();

        var cache = new EmbeddingCache(inner, File(), kind == "another model" ? "m2" : "m");
        cache.Embed(["q"], CancellationToken.None);

        Assert.That(cache.LoadProblem, Does.Contain(reason));
        Assert.That(inner.Seen, Is.EqualTo(new[] { "q" }), "computed again");
        Assert.That(cache.Save(), Is.True, "and the file rewritten");
        Assert.That(new EmbeddingCache(new Counting(), File(), kind == "another model" ? "m2" : "m").LoadProblem, Is.Null);
    }

    [Test]
    public void A_theme_fit_through_the_cache_gives_the_same_themes_as_without()
    {
        string[] questions = ["Design a cache", "Design a rate limiter", "Tell me about a conflict", "Describe a disagreement", "Design a queue", "Tell me about a failure"];
        var options = ThemeOptions.Default with { ThemeCount = 2, Embedder = new Counting() };
        var plain = ThemeModel.Fit(questions, options);
        var cache = new EmbeddingCache(new Counting(), File(), "m");
        var cold = ThemeModel.Fit(questions, options with { Embedder = cache });
        cache.Save();
        var warmCache = new EmbeddingCache(new Counting(), File(), "m");
        var warm = ThemeModel.Fit(questions, options with { Embedder = warmCache });

        Assert.That(cold.Assignments, Is.EqualTo(plain.Assignments));
        Assert.That(warm.Assignments, Is.EqualTo(plain.Assignments));
        Assert.That(warmCache.Misses, Is.Zero);
    }

    /// <summary>A deterministic stand-in: a text's vector from its length and first letters.</summary>
    private sealed class Counting : IQuestionEmbedder
    {
        public List<string> Seen { get; } = [];

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Seen.AddRange(texts);
            return [.. texts.Select(t => new float[] { t.Length, t[0], t.Contains("Design", StringComparison.Ordinal) ? 10 : -10 })];
        }
    }
}
