using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class ThemeNamerTests
{
    [Test]
    public void Candidates_are_runs_of_content_words_between_stop_words_and_question_verbs_as_written()
    {
        var c = ThemeNamer.Candidates("How would you design a rate limiter for a public API?");

        Assert.That(c.Keys, Is.EquivalentTo(new[] { "rate", "limiter", "rate limiter", "public", "api", "public api" }));
        Assert.That(c["public api"], Is.EqualTo(("public API", 9)), "the case as written, the index of the first word");
        Assert.That(ThemeNamer.Candidates("Design a URL shortener like bit.ly")["url shortener"].Shown, Is.EqualTo("URL shortener"));
        Assert.That(ThemeNamer.Candidates("Design a URL shortener like bit.ly"), Does.ContainKey("bit.ly"));
        Assert.That(ThemeNamer.Candidates("Explain a p-value and A/B tests").Keys, Does.Contain("p-value").And.Contain("a/b test"), "keys are stemmed; a word with '/' or '.' is not");
        Assert.That(ThemeNamer.Candidates("Merge sorted arrays")["merge sort array"].Shown, Is.EqualTo("merge sorted arrays"), "lower case at the start of a question");
        Assert.That(ThemeNamer.Candidates("SQL joins")["sql join"].Shown, Is.EqualTo("SQL joins"), "an acronym keeps its case");
        Assert.That(ThemeNamer.Candidates("Why do you want to work here?"), Is.Empty);
        Assert.That(ThemeNamer.Candidates("How do you calculate customer acquisition cost?").Keys, Does.Contain("customer acquisition cost").And.None.StartWith("calcul"), "a verb of the question frame is no part of a name");
        Assert.That(ThemeNamer.Candidates("Walk me through a funnel you built from scratch").Keys, Is.EquivalentTo(new[] { "funnel" }), "\"from scratch\" is how, not what");
        Assert.That(ThemeNamer.Candidates("What KPIs would you report to the CMO every month?").Keys, Has.None.Contains("month"));
        Assert.That(ThemeNamer.Candidates("Write a query for the top 3 products").Keys, Is.EquivalentTo(new[] { "query", "top", "product", "top 3 product" }), "a number inside a phrase, never at its ends");
        Assert.That(ThemeNamer.Candidates("it's C# and C++").Keys, Is.EquivalentTo(new[] { "c#", "c++", "c# c++" }).Or.EquivalentTo(new[] { "c#", "c++" }));
    }

    [Test]
    public void Common_verbs_break_phrases()
    {
        // From the team's hand-written sheets: "guarantee exactly-once processing", "reduce late deliveries", "keeps
        // changing requirements" and "DAU dropped" named themes.
        Assert.That(ThemeNamer.Candidates("How do you guarantee exactly-once processing with Kafka?").Values.Select(v => v.Shown), Does.Contain("exactly-once processing").And.None.StartsWith("guarantee"));
        Assert.That(ThemeNamer.Candidates("Design a feature to reduce late deliveries").Values.Select(v => v.Shown), Does.Contain("late deliveries").And.No.Contains("reduce late deliveries"));
        Assert.That(ThemeNamer.Candidates("How do you handle a stakeholder who keeps changing requirements?").Values.Select(v => v.Shown), Does.Contain("changing requirements").And.No.Contains("keeps changing requirements"));
        Assert.That(ThemeNamer.Candidates("Your DAU dropped 8% overnight").Values.Select(v => v.Shown), Has.None.Contains("dropped"));
        Assert.That(ThemeNamer.Candidates("What is a slowly changing dimension?").Values.Select(v => v.Shown), Does.Contain("slowly changing dimension"));
    }

    [Test]
    public void A_phrase_about_how_to_answer_breaks_phrases_and_never_names_a_theme()
    {
        Assert.That(ThemeNamer.Candidates("Explain confidence intervals in plain words").Keys,
            Is.EquivalentTo(new[] { "confidence", "interval", "confidence interval" }));
        Assert.That(ThemeNamer.Candidates("Explain recursion to a five year old, step by step").Keys,
            Is.EquivalentTo(new[] { "recursion" }));
        Assert.That(ThemeNamer.Candidates("Give an example of a race condition").Keys,
            Is.EquivalentTo(new[] { "race", "condition", "race condition" }));
        Assert.That(ThemeNamer.Candidates("Which words are plain?").Keys, Does.Contain("plain"), "only the whole phrase is a frame");
    }

    [Test]
    public void A_phrase_never_spans_a_clause_break_and_ab_test_is_one_phrase_with_a_b_test()
    {
        Assert.That(ThemeNamer.Candidates("SQL: top 3 products").Keys, Does.Not.Contain("sql top"));
        Assert.That(ThemeNamer.Candidates("Running total (window function)").Keys, Does.Contain("window function").And.Not.Contain("total window"));
        var ab = ThemeNamer.Candidates("what sample size do you need for an ab test");
        Assert.That(ab, Does.ContainKey("a/b test"));
        Assert.That(ab["a/b test"].Shown, Is.EqualTo("A/B test"));
        Assert.That(ThemeNamer.Candidates("Design an A/B test").Keys, Does.Contain("a/b test"));
    }

    [Test]
    public void Big_O_is_a_phrase_though_one_word_is_a_letter()
    {
        var c = ThemeNamer.Candidates("What is the big O of binary search?");
        Assert.That(c, Does.ContainKey("big o"));
        Assert.That(c["big o"].Shown, Is.EqualTo("Big O"));
        Assert.That(ThemeNamer.Candidates("Pick option A or B").Keys, Does.Not.Contain("a").And.Not.Contain("b"), "other single letters are not words");
    }

    [Test]
    public void A_bare_test_comes_after_the_phrase_that_says_which_test()
    {
        var holding = new Dictionary<string, double> { ["test"] = 4, ["a/b test"] = 2 };
        var position = new Dictionary<string, double> { ["test"] = 8, ["a/b test"] = 4 };

        var chosen = ThemeNamer.Choose(holding, position, k => k == "a/b test" ? "A/B test" : k, new Dictionary<string, double>(holding), 4, 4);

        Assert.That(chosen, Is.EqualTo(new[] { "A/B test" }));
    }

    [Test]
    public void The_audience_of_an_explanation_is_not_its_subject()
    {
        Assert.That(ThemeNamer.Candidates("Explain a p-value to a non-technical PM").Keys, Is.EquivalentTo(new[] { "p-value" }));
        Assert.That(ThemeNamer.Candidates("Explain a p-value to a product manager").Keys, Is.EquivalentTo(new[] { "p-value" }));
        Assert.That(ThemeNamer.Candidates("How would you present churn to your stakeholders?").Keys, Does.Contain("churn").And.Not.Contain(TextKeys.Stem("stakeholders")));
        Assert.That(ThemeNamer.Candidates("Find two numbers that sum to a target").Keys, Does.Contain("target"), "a target is not a listener");
        Assert.That(ThemeNamer.Candidates("Design a newsletter for product managers").Keys, Does.Contain("product " + TextKeys.Stem("managers")), "without 'to' they are the subject");
    }

    [Test]
    public void A_longer_phrase_replaces_the_shorter_one_it_holds_when_it_covers_nearly_as_many_questions()
    {
        // "rate limiter" in 3 of 4 questions, "rate" in 4: 3 >= 0.7 * 4, so "rate limiter" is shown, once.
        var holding = new Dictionary<string, double> { ["rate"] = 4, ["limiter"] = 3, ["rate limiter"] = 3, ["cache"] = 2 };
        var everywhere = new Dictionary<string, double>(holding);
        var position = holding.ToDictionary(p => p.Key, p => 0.0);
        var shown = holding.ToDictionary(p => p.Key, p => p.Key);

        Assert.That(ThemeNamer.Choose(holding, position, k => shown[k], everywhere, size: 4, average: 4), Is.EqualTo(new[] { "rate limiter", "cache" }));
    }

    [Test]
    public void A_generic_noun_alone_does_not_name_a_theme_when_a_phrase_can()
    {
        // "Design the backend for a chat application", twice: "backend" comes first in the question, but says nothing.
        var holding = new Dictionary<string, double> { ["backend"] = 2, ["chat"] = 2, ["applic"] = 2, ["chat applic"] = 2, ["url shorten"] = 2 };
        var everywhere = new Dictionary<string, double>(holding);
        var position = new Dictionary<string, double> { ["backend"] = 4, ["chat"] = 10, ["applic"] = 12, ["chat applic"] = 10, ["url shorten"] = 4 };
        var shown = new Dictionary<string, string> { ["backend"] = "backend", ["chat"] = "chat", ["applic"] = "application", ["chat applic"] = "chat application", ["url shorten"] = "URL shortener" };

        Assert.That(ThemeNamer.Choose(holding, position, k => shown[k], everywhere, size: 4, average: 4), Is.EqualTo(new[] { "URL shortener", "chat application", "backend" }));
    }

    [Test]
    public void Phrases_sharing_a_stem_are_not_repeated_and_ties_go_to_the_phrase_said_first()
    {
        var holding = new Dictionary<string, double> { ["priorities"] = 2, ["prioritize"] = 2, ["rota"] = 2, ["handover"] = 2 };
        var everywhere = new Dictionary<string, double>(holding);
        var position = new Dictionary<string, double> { ["priorities"] = 2, ["prioritize"] = 6, ["rota"] = 4, ["handover"] = 8 };
        var shown = holding.ToDictionary(p => p.Key, p => p.Key);

        Assert.That((TextKeys.Stem("priorities"), TextKeys.Stem("prioritize")), Is.EqualTo(("priorit", "priorit")));
        var chosen = ThemeNamer.Choose(holding, position, k => shown[k], everywhere, size: 2, average: 2);
        Assert.That(chosen, Is.EqualTo(new[] { "priorities", "rota", "handover" }), "equal scores: by position; prioritize shares the stem of priorities");
    }

    [Test]
    public void A_topic_people_study_comes_before_a_word_that_only_frames_the_task()
    {
        // "Find two numbers in an array that add up to a target": both words once, "target" said later but the practice
        // bank lists "array" among what its sections are about.
        var holding = new Dictionary<string, double> { ["target"] = 2, ["array"] = 2 };
        var position = new Dictionary<string, double> { ["target"] = 2, ["array"] = 8 };

        Assert.That(ThemeNamer.KnownTopics.Value, Does.Contain("array").And.Contain("link list").And.Not.Contain("target"));
        Assert.That(ThemeNamer.Choose(holding, position, k => k, new Dictionary<string, double>(holding), size: 2, average: 2), Is.EqualTo(new[] { "array", "target" }));
    }

    [Test]
    public void The_label_puts_a_clear_kind_first_and_stays_short()
    {
        Assert.That(ThemeNamer.Label(ThemeKind.SystemDesign, ["rate limiter", "cache"]), Is.EqualTo("System design: rate limiter, cache"));
        Assert.That(ThemeNamer.Label(ThemeKind.Concept, ["inner join", "index"]), Is.EqualTo("inner join, index"), "concept is the default: no prefix");
        Assert.That(ThemeNamer.Label(ThemeKind.Unknown, ["p-value"]), Is.EqualTo("p-value"));

        var many = Enumerable.Range(0, 10).Select(i => $"alpha{i} beta{i} gamma{i}").ToDictionary(p => p, _ => 3.0);
        var chosen = ThemeNamer.Choose(many, many.ToDictionary(p => p.Key, _ => 0.0), k => k, many, 3, 3);
        Assert.That(string.Join(", ", chosen).Length, Is.LessThanOrEqualTo(ThemeNamer.MaxLabelLength));
        Assert.That(chosen, Has.Count.EqualTo(2), "19 + 2 + 19 = 40 fits 48; a third would make 61");
    }

    [TestCase("tlel", true)]
    [TestCase("waht", true)]
    [TestCase("descirbe", true)]
    [TestCase("xeample", true)]
    [TestCase("tell", true)]
    [TestCase("cache", false)]
    [TestCase("heap", false)]
    public void Frame_words_with_two_letters_swapped_are_frame_words(string word, bool frame) =>
        Assert.That(ThemeNamer.IsFrame(word), Is.EqualTo(frame));

    [Test]
    public void One_phrase_written_in_the_singular_and_the_plural_is_one_candidate()
    {
        Assert.That(ThemeNamer.Candidates("Explain a p-value").Keys, Is.EquivalentTo(ThemeNamer.Candidates("Explain p-values").Keys));
        Assert.That(ThemeNamer.Candidates("Explain p-values")["p-value"].Shown, Is.EqualTo("p-values"), "as written in this question");
        Assert.That((TextKeys.Stem("values"), TextKeys.Stem("indexes"), TextKeys.Stem("classes")), Is.EqualTo(("value", "index", "class")));
    }
}
