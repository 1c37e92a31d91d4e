using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Analysis;

public class PlanBuilderTests
{
    [Test]
    public void The_plan_has_an_item_per_recurring_weakness_and_a_checklist_from_every_lesson()
    {
        var log = LessonFixture.Log();
        var options = AnalysisOptions.Default;
        var themes = ThemeLesson.Analyze(log, options);
        var feedback = FeedbackLesson.Analyze(log, options, default);
        var prep = PreparationLesson.Analyze(log, themes.Recurring, options);
        var fit = FitLesson.Analyze(log, options);

        var plan = PlanBuilder.Build(log, themes.Recurring, feedback, prep, fit, options);

        Assert.That(plan.ReviewDate, Is.EqualTo(new DateOnly(2024, 5, 10)), "the latest interview plus 30 days");
        var item = plan.Items.Single();
        Assert.That((item.Theme, item.TargetQuestions, item.ReviewDate), Is.EqualTo(("design", 3, new DateOnly(2024, 5, 10))));
        Assert.That(ReportText.Goal(item), Is.EqualTo("Answer the next 3 questions on this theme at ok or better by 2024-05-10."));
        Assert.That(item.Rehearse, Is.EqualTo(new[] { "Design a cache", "Design a rate limiter", "Design a URL shortener" }));
        Assert.That(item.Actions.Select(a => a.Kind), Is.EqualTo(new[] { PlanActionKind.RehearsePastQuestions, PlanActionKind.StudyKeywords, PlanActionKind.MockInterview, PlanActionKind.CheatSheet }), "cheat sheet: mean confidence 2/5");
        Assert.That(item.Actions[1], Is.EqualTo(new PlanAction(PlanActionKind.StudyKeywords, 2, ["design"])).Using<PlanAction>((a, b) => a.Kind == b.Kind && a.Count == b.Count && a.Keywords.SequenceEqual(b.Keywords)));
        Assert.That(ReportText.Evidence(item), Does.StartWith("2 of the 3 times it came up went wrong, in 2 interviews; at least 25% of questions on it go wrong (95% sure), ")
            .And.EndWith("; your confidence on it averaged 2/5; every rejected interview where it came up had a stumble on it."));
        Assert.That(plan.Checklist.Select(i => (i.Kind, i.Count)), Is.EqualTo(new[]
        {
            (ChecklistKind.RehearseEachTheme, 0), (ChecklistKind.LogEveryQuestion, 0), (ChecklistKind.AskForFeedback, 2),
            (ChecklistKind.ReplanPreparation, 0), (ChecklistKind.BeSelective, 0), (ChecklistKind.Review, 0),
        }));
        Assert.That(plan.Checklist.Select(i => ReportText.Checklist(i, plan)), Is.EqualTo(new[]
        {
            "Before each interview, rehearse one question from each of: design.",
            "Log every question right after the interview: response, confidence, and the interviewer's feedback.",
            "Ask for feedback: 2 interviews have none.",
            "Re-plan preparation: put hours on the recurring themes above, not on what already goes well.",
            "Be selective: check role fit (team, level, management expectations) before applying; some rejections were not about skills.",
            "Review this plan on 2024-05-10 with a fresh report.",
        }));
    }

    [Test]
    public void Without_a_recurring_weakness_the_plan_is_the_checklist()
    {
        var log = LessonFixture.Log();
        var options = AnalysisOptions.Default with { RecurringMinInterviews = 3 };
        var themes = ThemeLesson.Analyze(log, options);

        var plan = PlanBuilder.Build(log, themes.Recurring, FeedbackLesson.Analyze(log, options, default), PreparationLesson.Analyze(log, themes.Recurring, options), FitLesson.Analyze(log, options), options);

        Assert.That(plan.Items, Is.Empty);
        Assert.That(plan.Checklist[0].Kind, Is.EqualTo(ChecklistKind.LogEveryQuestion));
    }

    [Test]
    public void Stumbles_that_fit_no_theme_are_the_last_item_to_rehearse_not_left_out()
    {
        var csv = LessonFixture.Csv
            + "2024-04-10,Delta,onsite,rejected,Estimate the number of piano tuners in Paris,unthemed,stumped,1,,1,2\n"
            + "2024-04-12,Epsilon,onsite,rejected,What is your favourite book?,unthemed,weak,2,,1,2\n"
            + "2024-04-12,Epsilon,onsite,rejected,Estimate the number of piano tuners in Paris!,unthemed,weak,2,,1,2\n"
            + "2024-04-12,Epsilon,onsite,rejected,Do you have questions for us?,unthemed,strong,4,,1,2\n";
        var log = LessonFixture.Log(csv);
        var options = AnalysisOptions.Default;
        var themes = ThemeLesson.Analyze(log, options);
        var unthemed = themes.Findings.Single(f => f.Unthemed);

        var plan = PlanBuilder.Build(log, themes.Recurring, FeedbackLesson.Analyze(log, options, default), PreparationLesson.Analyze(log, themes.Recurring, options), FitLesson.Analyze(log, options), options, unthemed);

        Assert.That(plan.Items.Select(i => (i.Priority, i.ThemeId, i.Theme)), Is.EqualTo(new[] { (1, 1, "design"), (2, 0, PlanBuilder.OtherStumbles) }));
        var other = plan.Items[1];
        Assert.That(other.Rehearse, Is.EqualTo(new[] { "Estimate the number of piano tuners in Paris", "What is your favourite book?" }), "stumbles only; one question once");
        Assert.That(other.Actions.Select(a => (a.Kind, a.Count)), Is.EqualTo(new[] { (PlanActionKind.RehearsePastQuestions, 2) }));
        Assert.That(ReportText.Evidence(other), Is.EqualTo("3 questions unlike any theme went wrong, in 2 interviews; each came up too rarely to show a pattern, but none is left out of the plan."));
        Assert.That(ReportText.Goal(other), Does.StartWith("These questions fit no theme"));
        Assert.That(ReportText.Checklist(plan.Checklist[0], plan), Is.EqualTo("Before each interview, rehearse one question from each of: design."));
    }

    [TestCase("Next: how do you decide what to work on first?", "How do you decide what to work on first")]
    [TestCase("Follow-up: Why?", "why")]
    [TestCase("Q: What is a heap?", "what is a heap")]
    public void Rehearsal_questions_that_differ_only_by_a_leading_label_or_punctuation_are_one(string a, string b) =>
        Assert.That(PlanBuilder.RehearsalKey(a), Is.EqualTo(PlanBuilder.RehearsalKey(b)));

    [Test]
    public void A_colon_inside_a_question_is_not_a_label() =>
        Assert.That(PlanBuilder.RehearsalKey("Design a cache: what would you store?"), Is.Not.EqualTo(PlanBuilder.RehearsalKey("what would you store?")));

    private static ThemeFinding Finding(ThemeKind kind, string[] phrases, params (string Question, bool Stumble)[] questions) => new()
    {
        Id = 1, Label = "t", Keywords = ["index"], Phrases = phrases, Kind = kind, Unthemed = false, QuestionCount = questions.Length, InterviewCount = 2,
        StumbleCount = questions.Count(q => q.Stumble), StumbleInterviewCount = 2, StumbleRate = 0.5, Recurring = true, Trend = Trend.Steady,
        MeanConfidence = 3, StumbleRateRejected = null, StumbleRateAdvanced = null, FirstSeen = null, LastSeen = null, Severity = 0.2, UsualStumbleRate = 0.1,
        Rows = [.. questions.Select((_, i) => (long)i + 1)],
        Questions = [.. questions.Select((q, i) => new QuestionEvidence(i + 1, q.Question, q.Stumble ? ResponseQuality.Weak : ResponseQuality.Ok, 3, q.Stumble, null))],
        InterviewKeys = ["a", "b"],
    };

    private static IReadOnlyList<PlanAction> ActionsFor(ThemeFinding f)
    {
        var log = LessonFixture.Log();
        var options = AnalysisOptions.Default;
        var plan = PlanBuilder.Build(log, [f], FeedbackLesson.Analyze(log, options, default), PreparationLesson.Analyze(log, [], options), FitLesson.Analyze(log, options), options);
        return plan.Items.Single().Actions;
    }

    [Test]
    public void Each_kind_of_theme_gets_the_work_it_calls_for()
    {
        var behavioural = ActionsFor(Finding(ThemeKind.Behavioural, ["conflict"], ("Tell me about a conflict", true), ("Next: tell me about a conflict", true), ("Describe a failure", true), ("Tell me about a success", false)));
        Assert.That(behavioural.Select(a => a.Kind), Is.EqualTo(new[] { PlanActionKind.StarStories, PlanActionKind.MockInterview }));
        Assert.That(behavioural[0].Keywords, Is.EqualTo(new[] { "Tell me about a conflict", "Describe a failure" }), "the stumbled questions, once each");
        Assert.That(ReportText.Action(behavioural[0]), Does.StartWith("Write a STAR story (situation, task, action, result) for \"Tell me about a conflict\", \"Describe a failure\";"));

        var design = ActionsFor(Finding(ThemeKind.SystemDesign, ["rate limiter"], ("Design a rate limiter", true), ("Design a cache", false)));
        Assert.That(design.Select(a => (a.Kind, a.Count)), Is.EqualTo(new[] { (PlanActionKind.DesignDrill, 1), (PlanActionKind.MockInterview, 0) }));
        Assert.That(ReportText.Action(design[0]), Does.Contain("\"Design a rate limiter\": requirements, capacity estimates, data model, API"));

        var coding = ActionsFor(Finding(ThemeKind.Coding, ["linked list", "binary tree"], ("Reverse a linked list", true), ("Check a binary tree", true)));
        Assert.That(coding.Select(a => (a.Kind, a.Count)), Is.EqualTo(new[] { (PlanActionKind.RehearsePastQuestions, 2), (PlanActionKind.TimedPractice, 4), (PlanActionKind.MockInterview, 0) }), "two problems per stumble, at least 3");
        Assert.That(ReportText.Action(coding[1]), Is.EqualTo("Timed practice: 4 problems on linked list, binary tree, 30 minutes each; say the approach and its complexity before you code."));

        var concept = ActionsFor(Finding(ThemeKind.Concept, ["inner join", "index"], ("Explain an inner join", true), ("When does an index help?", true)));
        Assert.That(concept[1].Kind, Is.EqualTo(PlanActionKind.ExplainAloud));
        Assert.That(ReportText.Action(concept[1]), Does.StartWith("Explain inner join, index aloud in two minutes each"));

        Assert.That(ActionsFor(Finding(ThemeKind.Motivation, [], ("Why do you want to work here?", true)))[0].Kind, Is.EqualTo(PlanActionKind.Pitch));
        Assert.That(ActionsFor(Finding(ThemeKind.Logistics, [], ("What are your salary expectations?", true)))[1].Kind, Is.EqualTo(PlanActionKind.PrepareNumbers));
        var unknown = ActionsFor(Finding(ThemeKind.Unknown, [], ("How would you test a slow service?", true), ("Testing legacy code", true)));
        Assert.That(unknown[1], Is.EqualTo(new PlanAction(PlanActionKind.StudyKeywords, 2, ["slow service", "testing legacy code"])).Using<PlanAction>((a, b) => a.Kind == b.Kind && a.Count == b.Count && a.Keywords.SequenceEqual(b.Keywords)), "the subject of each stumbled question");
        Assert.That(ReportText.Action(unknown[1]), Is.EqualTo("Study for 2 hours, one worked example of each: slow service, testing legacy code."));
        var marketing = ActionsFor(Finding(ThemeKind.Unknown, ["plan", "financial"], ("How would you split a $50k quarterly budget across channels?", true), ("How would you know if the plan is working?", true),
            ("What do you know about FCA rules on financial promotions?", true), ("How would you define success?", true), ("Why Acme?", true)));
        Assert.That(marketing[1].Keywords, Is.EqualTo(new[] { "50k quarterly budget", "plan", "FCA rules" }), "a lone lower-case word only when the theme is named by it; \"why\" is no topic");
        var vague = ActionsFor(Finding(ThemeKind.Unknown, [], ("How would you define success?", true)));
        Assert.That(vague[1].Keywords, Is.EqualTo(new[] { "index" }), "no subject left: the theme's phrases, or its keywords");
        var mixed = ActionsFor(Finding(ThemeKind.Unknown, ["linked list", ThemeNamer.WhyThisCompany], ("Reverse a linked list", true), ("Why Acme?", true)));
        Assert.That(mixed[1].Keywords, Is.EqualTo(new[] { "linked list" }), "\"why this company\" is not a topic to study");
    }

    [Test]
    public void Study_hours_and_practice_problems_grow_with_the_stumbles_up_to_a_cap()
    {
        var many = Enumerable.Range(1, 25).Select(i => ($"Question {i} about caching", true)).ToArray();

        Assert.That(ActionsFor(Finding(ThemeKind.Unknown, ["cache"], many))[1].Count, Is.EqualTo(10), "25 stumbles: 10 hours, not 25");
        Assert.That(ActionsFor(Finding(ThemeKind.Unknown, ["cache"], many[..7]))[1].Count, Is.EqualTo(7), "an hour per stumble below the cap");
        Assert.That(ActionsFor(Finding(ThemeKind.Coding, ["cache"], many))[1].Count, Is.EqualTo(20), "25 stumbles: 20 problems, not 50");
    }

    [Test]
    public void Explaining_concepts_names_what_each_stumbled_question_is_about()
    {
        // The theme's name says "inner join, SQL query"; the stumbles were about normalization, indexes, query plans,
        // errors of two types and sizing an A/B test.
        var concept = ActionsFor(Finding(ThemeKind.Concept, ["inner join", "SQL query"],
            ("What is database normalization and when would you denormalize?", true), ("When would you add an index to a database table?", true),
            ("How do you read a SQL query plan?", true), ("Explain the difference between an inner join and a left join", false),
            ("What is the difference between Type I and Type II errors?", true), ("How would you size an A/B test for a 2% lift?", true)));

        Assert.That(concept[1].Kind, Is.EqualTo(PlanActionKind.ExplainAloud));
        Assert.That(concept[1].Keywords, Is.EqualTo(new[] { "database normalization", "index", "SQL query plan", "Type II errors" }), "the first phrase of each stumble, as long as it runs; at most four");

        var sizing = ActionsFor(Finding(ThemeKind.Concept, [], ("How would you size an A/B test for a 2% lift?", true)));
        Assert.That(sizing[1].Keywords, Is.EqualTo(new[] { "A/B test" }), "a word after \"you\" is the verb");
    }

    [Test]
    public void The_item_quotes_what_interviewers_said_about_the_theme_in_the_interviews_it_was_stumbled_in()
    {
        var log = LessonFixture.Log();
        var options = AnalysisOptions.Default;
        var themes = ThemeLesson.Analyze(log, options);

        var plan = PlanBuilder.Build(log, themes.Recurring, FeedbackLesson.Analyze(log, options, default), PreparationLesson.Analyze(log, themes.Recurring, options), FitLesson.Analyze(log, options), options);

        // Design was stumbled at Acme (feedback "Needs more depth on design.") and Beta (none); Gamma's "Good structure." was not a stumble.
        Assert.That(plan.Items.Single().Feedback, Is.EqualTo(new[] { "Needs more depth on design" }));
    }

    [Test]
    public void A_remark_on_fit_is_not_quoted_as_what_to_work_on_and_asks_to_be_selective()
    {
        // The design theme is stumbled at A and B; B's feedback shares "design" with the theme but is about the role.
        var csv = "date,company,stage,outcome,question,response,confidence,category,feedback\n" +
                  "2024-01-10,A,onsite,rejected,Design a cache,weak,2,design,Needs more depth on design\n" +
                  "2024-02-10,B,onsite,rejected,Design a queue,weak,2,design,The design team needed more people-management experience\n" +
                  "2024-03-10,C,onsite,advanced,Design a feed,strong,4,design,Good\n";
        var log = LessonFixture.Log(csv);
        var options = AnalysisOptions.Default;
        var themes = ThemeLesson.Analyze(log, options);
        var fit = FitLesson.Analyze(log, options);

        var plan = PlanBuilder.Build(log, themes.Recurring, FeedbackLesson.Analyze(log, options, default), PreparationLesson.Analyze(log, themes.Recurring, options), fit, options);

        Assert.That(fit.Remarks.Select(r => r.Sentence), Is.EqualTo(new[] { "The design team needed more people-management experience" }));
        Assert.That(plan.Items.Single().Feedback, Is.EqualTo(new[] { "Needs more depth on design" }));
        Assert.That(plan.Checklist.Select(i => i.Kind), Does.Contain(ChecklistKind.BeSelective));
    }
}
