using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class CategoryNamesTests
{
    private static readonly Theme Unthemed = new(0, "unthemed", [], [], 0, true);
    private static readonly Theme Stats = new(1, "p-value, A/B test", ["value"], [], 5, false) { Phrases = ["p-value", "A/B test"], Kind = ThemeKind.Concept };

    private static IReadOnlyList<Theme> Apply(params string?[] categories)
    {
        // Every question holds both phrases, so the label keeps them whichever questions the tag names.
        var records = categories.Select((c, i) => new InterviewRecord { RowNumber = i + 1, LineNumber = i + 2, InterviewKey = "k", Question = $"Explain a p-value and an A/B test ({i})", Category = c }).ToList();
        return CategoryNames.Apply([Unthemed, Stats], records, [.. records.Select(_ => 1)]);
    }

    [Test]
    public void A_tag_shared_by_most_of_a_themes_questions_names_it_as_the_person_wrote_it()
    {
        Assert.That(Apply("stats, experimentation", "Stats", "stats", "A/B testing", null)[1].Label, Is.EqualTo("Stats: p-value, A/B test"), "3 of 4 tagged cells say stats; written 'stats' most often, capitalised");
        Assert.That(Apply("stats", "product", "design", "stats", "stats")[1].Label, Is.EqualTo("Stats: p-value, A/B test"), "3 of 5 = 60%");
    }

    [Test]
    public void A_short_lower_case_tag_is_an_acronym() =>
        Assert.That(Apply("sql", "sql", "sql")[1].Label, Is.EqualTo("SQL: p-value, A/B test"));

    [Test]
    public void Without_a_clear_majority_or_enough_tagged_questions_the_label_stays()
    {
        Assert.That(Apply("stats", "product", "design", "stats", "ml")[1].Label, Is.EqualTo(Stats.Label), "2 of 5");
        Assert.That(Apply("stats", "stats", null, null, null)[1].Label, Is.EqualTo(Stats.Label), "2 of 5 questions tagged");
        Assert.That(Apply(null, null, null)[1], Is.SameAs(Stats));
        Assert.That(Apply("stats", "stats")[0], Is.SameAs(Unthemed));
    }

    [Test]
    public void A_phrase_that_repeats_the_tag_is_dropped()
    {
        var theme = new Theme(1, "x", [], [], 2, false) { Phrases = ["database", "index"] };
        var records = new[] { new InterviewRecord { RowNumber = 1, LineNumber = 2, InterviewKey = "k", Question = "When does a database use an index?", Category = "Databases" }, new InterviewRecord { RowNumber = 2, LineNumber = 3, InterviewKey = "k", Question = "Which index would you add to this database?", Category = "databases" } };

        var named = CategoryNames.Apply([Unthemed, theme], records, [1, 1])[1];
        Assert.That(named.Label, Is.EqualTo("Databases: index"));
        Assert.That(named.Phrases, Is.EqualTo(new[] { "index" }), "the phrases are the ones the label shows, so an action does not say \"Explain database, index\"");
    }

    [Test]
    public void The_phrases_after_the_title_come_from_the_questions_under_that_tag()
    {
        // A backend engineer's sheet: two frontend questions sat in a theme the person filed mostly under concurrency, and
        // their phrases ("CSS specificity", "virtual DOM") named it.
        var theme = new Theme(1, "CSS specificity, virtual DOM", [], [], 5, false) { Phrases = ["CSS specificity", "virtual DOM"] };
        var questions = new (string Question, string Category)[]
        {
            ("Explain a deadlock and how to avoid one", "Concurrency"),
            ("Explain optimistic vs pessimistic locking", "Concurrency"),
            ("What is a deadlock in a database?", "Concurrency"),
            ("Explain the virtual DOM", "Frontend"),
            ("What is CSS specificity?", "Frontend"),
        };
        var records = questions.Select((q, i) => new InterviewRecord { RowNumber = i + 1, LineNumber = i + 2, InterviewKey = "k", Question = q.Question, Category = q.Category }).ToList();

        var named = CategoryNames.Apply([Unthemed, theme], records, [.. records.Select(_ => 1)])[1];

        Assert.That(named.Label, Does.StartWith("Concurrency: deadlock"), "chosen again from the three concurrency questions: 'deadlock' is in two of them");
        Assert.That(named.Phrases, Has.None.EqualTo("CSS specificity").And.None.EqualTo("virtual DOM"));
    }

    [Test]
    public void A_phrase_held_by_a_question_under_the_tag_stays()
    {
        var theme = new Theme(1, "virtual DOM, deadlock", [], [], 3, false) { Phrases = ["virtual DOM", "deadlock"] };
        var records = new[] { ("Explain a deadlock", "Concurrency"), ("What causes a deadlock?", "Concurrency"), ("Explain the virtual DOM", "Frontend") }
            .Select((q, i) => new InterviewRecord { RowNumber = i + 1, LineNumber = i + 2, InterviewKey = "k", Question = q.Item1, Category = q.Item2 }).ToList();

        var named = CategoryNames.Apply([Unthemed, theme], records, [1, 1, 1])[1];

        Assert.That(named.Label, Is.EqualTo("Concurrency: deadlock"));
    }

    [TestCase("prioritise", "prioritisation", true)]
    [TestCase("estimate", "estimation", true)]
    [TestCase("database", "databases", true)]
    [TestCase("metric", "metrics", true)]
    [TestCase("market", "marketing", true)]
    [TestCase("design", "desk", false)]
    [TestCase("statistics", "stateful", false)]
    public void A_phrase_word_is_the_tag_up_to_its_ending(string word, string tag, bool same) =>
        Assert.That(CategoryNames.SameWord(word, tag), Is.EqualTo(same));
}
