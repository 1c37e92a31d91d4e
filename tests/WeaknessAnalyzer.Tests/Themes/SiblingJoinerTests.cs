using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class SiblingJoinerTests
{
    private const int Dimensions = 8;

    private static readonly string[] SystemDesignA = ["How would you design a rate limiter for a public API?", "How would you design a distributed cache?"];
    private static readonly string[] SystemDesignB = ["Design a URL shortener like bit.ly", "Design a news feed system"];
    private static readonly string[] Coding = ["Reverse a linked list in place", "Merge two sorted arrays"];
    private static readonly string[] Motivation = ["Why do you want to work here?", "Why are you leaving your current job?"];
    private static readonly string[] Conflict = ["Tell me about a time you disagreed with a colleague", "Describe a conflict with your manager"];
    private static readonly string[] JoinsA = ["Explain the difference between an inner join and a left join", "How do you read a SQL query plan?"];
    private static readonly string[] IndexesB = ["When would you add an index to a database table?", "What is database normalization?"];

    [Test]
    public void Two_system_design_themes_are_one_skill_and_are_joined_while_coding_stays_apart()
    {
        var (texts, labels) = Themes(SystemDesignA, Coding, SystemDesignB);

        var k = Join(texts, labels, tags: null, semantic: null);

        Assert.That(k, Is.EqualTo(2));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 1, 1, 0, 0 }), "renumbered in order of the surviving theme; the second design theme joins the first");
    }

    [Test]
    public void Two_motivation_themes_are_joined_but_motivation_and_behavioural_are_not()
    {
        var (texts, labels) = Themes(Motivation, Conflict, ["Why should we hire you?", "What attracts you to this role?"]);

        var k = Join(texts, labels, tags: null, semantic: null);

        Assert.That(k, Is.EqualTo(2));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 1, 1, 0, 0 }));
    }

    [Test]
    public void By_meaning_themes_join_from_a_cosine_of_0_6_and_not_below()
    {
        var (texts, labels) = Themes(Coding, Conflict);
        // Theme centres at cosine 0.61: joined.
        var k = Join(texts, labels, tags: null, semantic: TwoDirections(labels, 0.61));
        Assert.That(k, Is.EqualTo(1));

        (texts, labels) = Themes(Coding, Conflict);
        k = Join(texts, labels, tags: null, semantic: TwoDirections(labels, 0.59));
        Assert.That(k, Is.EqualTo(2));
        Assert.That(labels, Is.EqualTo(new[] { 0, 0, 1, 1 }));
    }

    [Test]
    public void The_persons_specific_category_joins_two_technical_themes_close_in_meaning()
    {
        var (texts, labels) = Themes(JoinsA, IndexesB, Coding, Conflict, SystemDesignA, Motivation);
        var tags = Tags(labels, "databases", "databases", "coding", "behavioural", "system design", "motivation");

        var k = Join(texts, labels, tags, semantic: TwoDirections(labels, 0.45));

        Assert.That(k, Is.EqualTo(5), "the two databases themes (cosine 0.45, one specific tag) are joined; nothing else is");
        (texts, labels) = Themes(JoinsA, IndexesB, Coding, Conflict, SystemDesignA, Motivation);
        Assert.That(Join(texts, labels, tags, semantic: TwoDirections(labels, 0.31)), Is.EqualTo(5), "from a cosine of 0.3");
        Assert.That(labels[..4], Is.EqualTo(new[] { 0, 0, 0, 0 }));
    }

    [Test]
    public void A_persons_weak_spot_may_fill_almost_half_of_the_log_and_still_joins()
    {
        // "stats" on 3 of 7 themes (43% of the log), as in a log kept by someone weak at statistics.
        string[] power = ["What is statistical power?", "How do you size an A/B test?"];
        var (texts, labels) = Themes(JoinsA, IndexesB, power, Coding, Conflict, SystemDesignA, Motivation);
        var tags = Tags(labels, "stats", "stats", "stats", "coding", "behavioural", "system design", "motivation");
        var semantic = TwoDirections(labels, 0.45);
        for (var j = 0; j < labels.Length; j++) if (labels[j] == 2) semantic.AsSpan(j * Dimensions, Dimensions).Clear();
        for (var j = 0; j < labels.Length; j++) if (labels[j] == 2) semantic[(j * Dimensions) + 0] = 1;

        Assert.That(Join(texts, labels, tags, semantic), Is.EqualTo(5), "the three stats themes are one");
        Assert.That(labels[..6], Is.All.EqualTo(0));
    }

    [Test]
    public void A_category_that_covers_much_of_the_log_or_a_meaning_far_apart_joins_nothing()
    {
        // "technical" on 4 of the 6 themes (two thirds of the log): not specific.
        var (texts, labels) = Themes(JoinsA, IndexesB, Coding, ["What causes a deadlock?", "Explain a race condition"], Conflict, Motivation);
        var tags = Tags(labels, "technical", "technical", "technical", "technical", "behavioural", "motivation");
        Assert.That(Join(texts, labels, tags, semantic: TwoDirections(labels, 0.45)), Is.EqualTo(6));

        // A specific tag but the meaning far apart: cosine 0.2 where a typical pair of this log's themes sits at 0.5
        // (below both 0.3 and the median): kept apart. Where every other pair is further apart (0), 0.2 is close: joined.
        (texts, labels) = Themes(JoinsA, IndexesB, Coding, Conflict, SystemDesignA, Motivation);
        tags = Tags(labels, "databases", "databases", "coding", "behavioural", "system design", "motivation");
        Assert.That(Join(texts, labels, tags, semantic: CommonDirection(labels, 0.2, 0.5)), Is.EqualTo(6));
        Assert.That(Join(texts, labels, tags, semantic: TwoDirections(labels, 0.2)), Is.EqualTo(5));

        // Without an embedder the category alone joins nothing.
        (texts, labels) = Themes(JoinsA, IndexesB, Coding, Conflict, SystemDesignA, Motivation);
        Assert.That(Join(texts, labels, tags, semantic: null), Is.EqualTo(6));

        // A word that names no skill ("behavioural", "other") joins nothing, however little of the log it covers.
        (texts, labels) = Themes(Conflict, ["Tell me about a time you led a team", "Describe how you mentored a junior engineer"], Coding, SystemDesignA, JoinsA, IndexesB);
        tags = Tags(labels, "behavioural", "behavioural", "coding", "system design", "sql", "indexes");
        Assert.That(Join(texts, labels, tags, semantic: TwoDirections(labels, 0.45)), Is.EqualTo(6));

        // Under one specific tag, a motivation theme and a behavioural one are different skills.
        (texts, labels) = Themes(Motivation, Conflict, Coding, SystemDesignA, JoinsA, IndexesB);
        tags = Tags(labels, "soft skills", "soft skills", "coding", "system design", "sql", "indexes");
        Assert.That(Join(texts, labels, tags, semantic: TwoDirections(labels, 0.45)), Is.EqualTo(6));
    }

    [Test]
    public void Through_the_fit_a_split_system_design_theme_is_one_theme_and_the_option_turns_it_off()
    {
        string[] questions =
        [
            .. Enumerable.Range(0, 3).SelectMany(_ => SystemDesignA), .. Enumerable.Range(0, 3).SelectMany(_ => SystemDesignB),
            .. Enumerable.Range(0, 3).SelectMany(_ => Coding), .. Enumerable.Range(0, 3).SelectMany(_ => Conflict),
        ];
        var embedder = new GroupEmbedder(q => Array.IndexOf(SystemDesignA, q) >= 0 ? 0 : Array.IndexOf(SystemDesignB, q) >= 0 ? 1 : Array.IndexOf(Coding, q) >= 0 ? 2 : 3);
        var options = new ThemeOptions { Embedder = embedder, MinThemes = 4, MaxThemes = 4 };

        var joined = ThemeModel.Fit(questions, options);
        var apart = ThemeModel.Fit(questions, options with { JoinSiblings = false });

        Assert.That(apart.Model.ThemeCount, Is.EqualTo(4));
        Assert.That(joined.Model.ThemeCount, Is.EqualTo(3));
        Assert.That(questions.Select((q, i) => (q, t: joined.Assignments[i])).Where(p => SystemDesignA.Contains(p.q) || SystemDesignB.Contains(p.q)).Select(p => p.t).Distinct().Count(), Is.EqualTo(1));
        Assert.That(joined.Model.Themes.Single(t => t.Kind == ThemeKind.SystemDesign).QuestionCount, Is.EqualTo(12));
        Assert.That(ThemeModel.Fit(questions, options with { ThemeCount = 4 }).Model.ThemeCount, Is.EqualTo(4), "a fixed number of themes is kept");
    }

    [Test]
    public void By_words_the_persons_specific_category_joins_two_themes_that_share_a_word()
    {
        var (texts, labels) = Themes(JoinsA, IndexesB, Coding, Conflict, SystemDesignA, Motivation);
        var tags = Tags(labels, "databases", "databases", "coding", "behavioural", "system design", "motivation");
        var weights = Enumerable.Repeat(1f, texts.Length).ToArray();

        // One column per content word: the two databases themes share none; then the first also says "database".
        Assert.That(SiblingJoiner.Join([.. labels], 6, texts, weights, tags, null, 0, WordRows(texts), [.. Enumerable.Range(0, texts.Length)], WordCount(texts)), Is.EqualTo(6), "no word in common");
        string[] shared = [.. texts.Select((t, i) => labels[i] == 0 ? t + " in a database" : t)];
        var joined = (int[])labels.Clone();
        Assert.That(SiblingJoiner.Join(joined, 6, shared, weights, tags, null, 0, WordRows(shared), [.. Enumerable.Range(0, shared.Length)], WordCount(shared)), Is.EqualTo(5));
        Assert.That(joined[..4], Is.All.EqualTo(0));
    }

    private static readonly string[] StopWords = ["a", "an", "the", "and", "to", "you", "do", "is", "how", "what", "when", "would", "in", "with", "me", "your", "about"];

    private static string[] WordsOf(string text) =>
        [.. text.ToLowerInvariant().Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).Distinct()];

    private static string[] Vocabulary(string[] texts) => [.. texts.SelectMany(WordsOf).Distinct().Order(StringComparer.Ordinal)];

    private static int WordCount(string[] texts) => Vocabulary(texts).Length;

    /// <summary>Each text's content words, one column each, value 1.</summary>
    private static SparseMatrix WordRows(string[] texts)
    {
        var vocabulary = Vocabulary(texts);
        var rowStart = new List<int> { 0 };
        var indices = new List<int>();
        foreach (var t in texts)
        {
            foreach (var w in WordsOf(t).Select(w => Array.IndexOf(vocabulary, w)).Order()) indices.Add(w);
            rowStart.Add(indices.Count);
        }

        return new SparseMatrix(texts.Length, vocabulary.Length, [.. rowStart], [.. indices], [.. indices.Select(_ => 1f)]);
    }

    private static int Join(string[] texts, int[] labels, Dictionary<string, int>?[]? tags, float[]? semantic)
    {
        var k = labels.Max() + 1;
        var weights = Enumerable.Repeat(1f, texts.Length).ToArray();
        return SiblingJoiner.Join(labels, k, texts, weights, tags ?? new Dictionary<string, int>?[texts.Length], semantic, semantic is null ? 0 : Dimensions);
    }

    private static (string[] Texts, int[] Labels) Themes(params string[][] themes) =>
        ([.. themes.SelectMany(t => t)], [.. themes.SelectMany((t, c) => t.Select(_ => c))]);

    private static Dictionary<string, int>?[] Tags(int[] labels, params string[] tagOfTheme) =>
        [.. labels.Select(c => new Dictionary<string, int>(StringComparer.Ordinal) { [tagOfTheme[c]] = 1 })];

    /// <summary>Every theme but 1 shares a common direction (any two at <paramref name="typical"/>); theme 1 sits at <paramref name="cosine"/> to theme 0 and 0 to the rest.</summary>
    private static float[] CommonDirection(int[] labels, double cosine, double typical)
    {
        var result = new float[labels.Length * Dimensions];
        var own = Math.Sqrt(1 - typical);
        var alpha = cosine / own;
        for (var j = 0; j < labels.Length; j++)
        {
            var row = result.AsSpan(j * Dimensions, Dimensions);
            if (labels[j] == 1)
            {
                row[0] = (float)alpha;
                row[1] = (float)Math.Sqrt(1 - (alpha * alpha));
            }
            else
            {
                row[Dimensions - 1] = (float)Math.Sqrt(typical);
                row[labels[j]] = (float)own;
            }
        }

        return result;
    }

    /// <summary>Theme 1 at <paramref name="cosine"/> to theme 0; every other pair of themes orthogonal.</summary>
    private static float[] TwoDirections(int[] labels, double cosine) => CommonDirection(labels, cosine, typical: 0);

    private sealed class GroupEmbedder(Func<string, int> group) : IQuestionEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            [.. texts.Select(t =>
            {
                var v = new float[8];
                v[group(t)] = 1;
                v[4 + (t.Length % 4)] = 0.1f;
                return v;
            })];
    }
}
