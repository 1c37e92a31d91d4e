using WeaknessAnalyzer.Practice;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Practice;

public class PracticeSuggesterTests
{
    private static readonly string[] Stats = ["What is the difference between Type I and Type II errors?", "Explain confidence intervals in plain words", "How would you size an A/B test for a 2% lift?"];
    private static readonly string[] Conflict = ["Tell me about a time you disagreed with your manager", "Describe a conflict with a colleague and how it ended"];

    private static PracticeSuggester Suggester(IQuestionEmbedder? embedder = null, int count = 3)
    {
        Theme[] themes =
        [
            new(0, "unthemed", [], [], 1, true),
            new(1, "Stats: Type II errors, confidence intervals", ["type", "confidence"], [], 3, false) { Kind = ThemeKind.Concept },
            new(2, "Behavioural: conflict, manager", ["conflict"], [], 2, false) { Kind = ThemeKind.Behavioural },
        ];
        string[] questions = [.. Stats, .. Conflict, "Why do you want to work here?"];
        return new PracticeSuggester(themes, questions, [1, 1, 1, 2, 2, 0], embedder, count, CancellationToken.None);
    }

    private static string SectionOf(string question) =>
        PracticeBank.Sections[PracticeBank.Entries.Single(e => e.Text == question).Section].Name;

    [Test]
    public void A_marketing_theme_gets_marketing_questions_not_data_pipelines_for_its_word_pipeline()
    {
        // A growth marketer's measurement stumbles; "pipeline" here is the sales pipeline. Before the bank had marketing
        // sections the nearest were product sense and data engineering ("Design a pipeline that loads daily sales data").
        string[] questions = ["How would you measure the ROI of a content marketing program?", "How do you calculate customer acquisition cost?", "How would you prove marketing's contribution to pipeline?"];
        Theme[] themes = [new(0, "unthemed", [], [], 0, true), new(1, "customer acquisition cost", ["acquisition"], [], 3, false)];
        var s = new PracticeSuggester(themes, questions, [1, 1, 1], null, 3, CancellationToken.None);

        var suggested = s.For(1, questions, questions, new HashSet<string>());

        Assert.That(suggested, Has.Count.EqualTo(3));
        Assert.That(suggested.Select(SectionOf), Is.All.StartWith("Marketing: "));
        Assert.That(suggested, Does.Not.Contain("Walk me through how you calculate customer acquisition cost, and what you include in it."), "the question asked, in other words");
    }

    [Test]
    public void By_words_a_theme_gets_questions_of_the_bank_section_it_is_about_that_were_not_asked()
    {
        var s = Suggester();

        var stats = s.For(1, [.. Stats, .. Conflict], Stats, new HashSet<string>());
        var conflict = s.For(2, [.. Stats, .. Conflict], Conflict, new HashSet<string>());

        Assert.That(stats, Has.Count.EqualTo(3));
        Assert.That(stats.Select(SectionOf), Is.All.EqualTo("Statistics and A/B testing"));
        Assert.That(stats, Does.Not.Contain("What is the difference between a Type I and a Type II error?"), "the same question as one asked, in other words");
        Assert.That(stats, Does.Not.Contain("Explain a confidence interval and how to read one."), "mostly the same content words as one asked");
        Assert.That(conflict, Has.Count.EqualTo(3));
        Assert.That(conflict.Select(SectionOf), Is.All.EqualTo("Conflict and disagreement"));
        var again = Suggester().For(1, [.. Stats, .. Conflict], Stats, new HashSet<string>());
        Assert.That(again, Is.EqualTo(stats), "the same every time");
    }

    [Test]
    public void A_question_suggested_for_one_item_is_not_suggested_again_and_the_unthemed_group_gets_none()
    {
        var s = Suggester();
        var taken = new HashSet<string>();

        var first = s.For(1, Stats, Stats, taken);
        Assert.That(taken, Is.EquivalentTo(first));
        var second = s.For(1, Stats, Stats, taken);

        Assert.That(second, Has.Count.EqualTo(3));
        Assert.That(second.Intersect(first), Is.Empty);
        Assert.That(s.For(0, Stats, Stats, taken), Is.Empty);
        Assert.That(s.For(99, Stats, Stats, taken), Is.Empty, "a theme the model does not have");
        Assert.That(Suggester(count: 0).For(1, Stats, Stats, new HashSet<string>()), Is.Empty);
        Assert.That(Suggester(count: 1).For(1, Stats, Stats, new HashSet<string>()), Has.Count.EqualTo(1));
    }

    [Test]
    public void Asked_questions_are_never_suggested_whatever_their_case_and_punctuation()
    {
        var s = Suggester(count: 10);
        var all = s.For(1, [], Stats, new HashSet<string>());
        var asked = all.Take(2).Select(q => q.ToUpperInvariant().TrimEnd('?', '.') + " !").ToArray();

        var again = s.For(1, asked, Stats, new HashSet<string>());

        Assert.That(again, Does.Not.Contain(all[0]).And.Not.Contain(all[1]));
        Assert.That(again, Does.Contain(all[2]));
    }

    [TestCase("Where do you see yourself in five years?", "Where do you want to be in three to five years?", true)]
    [TestCase("Explain confidence intervals in plain words", "Explain a confidence interval and how to read one.", true)]
    [TestCase("When would you use a t-test?", "When would you use a t-test, and what does it assume?", true)]
    [TestCase("Explain recursion", "Generate every permutation of a string using recursion and backtracking.", false)]
    [TestCase("Design a URL shortener like bit.ly", "Design a distributed message queue.", false)]
    [TestCase("Why do you want to work here?", "Why do you want this role in particular?", false)]
    public void Two_questions_are_the_same_when_their_content_words_mostly_coincide(string asked, string bank, bool same)
    {
        Assert.That(PracticeSuggester.SameWordsAs(Words(asked), Words(bank)), Is.EqualTo(same));

        static HashSet<string> Words(string text) => [.. ThemeNamer.Words(text).Select(w => w.Word.ToLowerInvariant())
            .Where(w => w.Length > 1 && !TextKeys.IsStopWord(w)).Select(TextKeys.Stem)];
    }

    [Test]
    public void With_an_embedder_meaning_orders_the_pool_drops_what_is_far_and_what_means_an_asked_question()
    {
        // Meaning, as this embedder sees it: the theme's questions point one way, the sizing question nearly the same way
        // (the same meaning as an asked one), the power question partly, the rest elsewhere.
        const string sizing = "How do you decide how many users an A/B test needs?";
        const string power = "What is statistical power?";
        var embedder = new DelegateEmbedder(texts => [.. texts.Select(t =>
            Stats.Contains(t) ? new float[] { 1, 0, 0 }
            : t == sizing ? new float[] { 0.9f, 0.436f, 0 }
            : t == power ? new float[] { 0.6f, 0.8f, 0 }
            : new float[] { 0, 0, 1 })]);
        var s = Suggester(embedder);

        var suggested = s.For(1, Stats, Stats, new HashSet<string>());
        var nothingAskedOnTheme = s.For(1, Stats, [], new HashSet<string>());

        Assert.That(suggested, Is.EqualTo(new[] { power }), "the sizing question means an asked one; the others are far");
        Assert.That(nothingAskedOnTheme, Is.EqualTo(new[] { sizing, power }), "by meaning, nearest first");
        Assert.That(embedder.Calls, Is.EqualTo(1), "the theme's ranking is computed once");
    }

    private sealed class DelegateEmbedder(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed) : IQuestionEmbedder
    {
        public int Calls { get; private set; }

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Calls++;
            return embed(texts);
        }
    }
}
