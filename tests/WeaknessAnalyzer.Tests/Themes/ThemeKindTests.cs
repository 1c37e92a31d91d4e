using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Themes;

public class ThemeKindTests
{
    [TestCase("Tell me about a time you disagreed with a colleague", ThemeKind.Behavioural)]
    [TestCase("How do you handle disagreement in a code review?", ThemeKind.Behavioural)]
    [TestCase("Describe a time you had to manage a team through a deadline", ThemeKind.Behavioural)]
    [TestCase("Design a URL shortener like bit.ly", ThemeKind.SystemDesign)]
    [TestCase("design twitter's timeline", ThemeKind.SystemDesign)]
    [TestCase("How would you design Instagram's feed?", ThemeKind.SystemDesign)]
    [TestCase("Validate a BST", ThemeKind.Coding)]
    [TestCase("find the kth largest element", ThemeKind.Coding)]
    [TestCase("number of islands (BFS/DFS)", ThemeKind.Coding)]
    [TestCase("Two sum", ThemeKind.Coding)]
    [TestCase("biggest failure?", ThemeKind.Behavioural)]
    [TestCase("Walk me through scaling a web service to ten million users", ThemeKind.SystemDesign)]
    [TestCase("Reverse a linked list in place", ThemeKind.Coding)]
    [TestCase("Write a SQL query to find the second highest salary", ThemeKind.Coding)]
    [TestCase("What is database normalization and when would you denormalize?", ThemeKind.Concept)]
    [TestCase("Explain the difference between an inner join and a left join", ThemeKind.Concept)]
    [TestCase("Tell me about yourself", ThemeKind.Motivation)]
    [TestCase("Why are you leaving your current job?", ThemeKind.Motivation)]
    [TestCase("What are your salary expectations?", ThemeKind.Logistics)]
    [TestCase("When could you start?", ThemeKind.Logistics)]
    [TestCase("How would you test a service that depends on a slow external API?", ThemeKind.Unknown)]
    [TestCase("How do you prioritise when everything is urgent?", ThemeKind.Behavioural)]
    [TestCase("Tell me about a pipeline that broke in production", ThemeKind.Behavioural)]
    [TestCase("How would you prioritise these five roadmap items?", ThemeKind.Unknown)]
    public void Each_question_gets_the_first_kind_whose_cue_it_holds(string question, ThemeKind kind) =>
        Assert.That(ThemeKinds.Of(question), Is.EqualTo(kind));

    [TestCase("Why Wise?", ThemeKind.Motivation)]
    [TestCase("why acme bank?", ThemeKind.Motivation)]
    [TestCase("Why Kafka?", ThemeKind.Unknown)]
    [TestCase("Why is Wise's API rate-limited per key and not per user?", ThemeKind.Concept)]
    [TestCase("Why work here?", ThemeKind.Motivation)]
    public void Why_one_of_the_logs_companies_is_a_motivation_question(string question, ThemeKind kind) =>
        Assert.That(ThemeKinds.Of(question, new HashSet<string>(["wise", "acme", "bank"])), Is.EqualTo(kind));

    [Test]
    public void A_theme_takes_the_kind_of_at_least_half_of_its_questions_counting_repeats()
    {
        Assert.That(ThemeKinds.Of([(ThemeKind.Coding, 2), (ThemeKind.Concept, 1), (ThemeKind.Unknown, 1)]), Is.EqualTo(ThemeKind.Coding), "2 of 4");
        Assert.That(ThemeKinds.Of([(ThemeKind.Coding, 1), (ThemeKind.Concept, 1), (ThemeKind.Unknown, 1)]), Is.EqualTo(ThemeKind.Unknown), "1 of 3");
        Assert.That(ThemeKinds.Of([(ThemeKind.Unknown, 3), (ThemeKind.Behavioural, 1)]), Is.EqualTo(ThemeKind.Unknown), "unknown never wins by itself, and 1 of 4 is not enough");
        Assert.That(ThemeKinds.Of([]), Is.EqualTo(ThemeKind.Unknown));
    }

    [Test]
    public void Motivation_and_behavioural_questions_together_name_a_behavioural_theme()
    {
        Assert.That(ThemeKinds.Of([(ThemeKind.Motivation, 2), (ThemeKind.Behavioural, 1)], forName: true), Is.EqualTo(ThemeKind.Behavioural));
        Assert.That(ThemeKinds.Of([(ThemeKind.Motivation, 1), (ThemeKind.Behavioural, 1), (ThemeKind.Coding, 1)], forName: true), Is.EqualTo(ThemeKind.Behavioural), "2 of 3 about the person");
        Assert.That(ThemeKinds.Of([(ThemeKind.Motivation, 3)], forName: true), Is.EqualTo(ThemeKind.Motivation), "motivation alone stays motivation");
        Assert.That(ThemeKinds.Of([(ThemeKind.Coding, 3), (ThemeKind.Motivation, 1), (ThemeKind.Behavioural, 1)], forName: true), Is.EqualTo(ThemeKind.Coding));
        Assert.That(ThemeKinds.Of([(ThemeKind.Motivation, 2), (ThemeKind.Behavioural, 1)]), Is.EqualTo(ThemeKind.Motivation), "sibling joining keeps the kinds apart");
    }

    [Test]
    public void Fitted_themes_carry_their_kind_and_phrases_into_the_label_and_a_saved_model()
    {
        string[] questions =
        [
            "Design a URL shortener", "Design a rate limiter for an API", "Design a distributed cache", "Design a URL shortener for millions of users",
            "Tell me about a time you disagreed with a colleague", "Tell me about a time you had a conflict with your manager", "Describe a conflict with a teammate", "Tell me about a conflict at work",
        ];
        var fit = ThemeModel.Fit(questions, new ThemeOptions { ThemeCount = 2, Dimensions = 4, UnthemedSimilarity = 0 });
        var design = fit.Model.Themes[fit.Assignments[0]];
        var conflict = fit.Model.Themes[fit.Assignments[^1]];

        Assert.That((design.Kind, conflict.Kind), Is.EqualTo((ThemeKind.SystemDesign, ThemeKind.Behavioural)));
        Assert.That(design.Phrases[0], Is.EqualTo("URL shortener"), "in 2 of the 4 questions, as written");
        Assert.That(design.Label, Does.StartWith("System design: URL shortener"));
        Assert.That(conflict.Phrases[0], Is.EqualTo("conflict"));

        using var stream = new MemoryStream();
        fit.Model.Save(stream);
        stream.Position = 0;
        var loaded = ThemeModel.Load(stream).Themes[design.Id];
        Assert.That((loaded.Kind, loaded.Label), Is.EqualTo((design.Kind, design.Label)));
        Assert.That(loaded.Phrases, Is.EqualTo(design.Phrases));
    }
}
