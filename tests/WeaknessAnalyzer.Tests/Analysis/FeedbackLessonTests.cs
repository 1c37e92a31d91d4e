using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;

namespace WeaknessAnalyzer.Tests.Analysis;

public class FeedbackLessonTests
{
    [Test]
    public void Interviews_without_feedback_are_flagged_with_an_action_each()
    {
        var section = FeedbackLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default, default);

        Assert.That(section.WithFeedback.Select(i => i.Company), Is.EqualTo(new[] { "Acme", "Gamma" }));
        Assert.That(section.WithoutFeedback.Select(i => i.Title), Is.EqualTo(new[] { "Beta, onsite, 2024-02-10", "Delta, onsite, 2024-04-10" }));
        Assert.That(ReportText.AskForFeedback(section.WithoutFeedback[0]), Does.StartWith("Ask for feedback on Beta, onsite, 2024-02-10:"));
        Assert.That(section.RecurringThemes, Is.Empty, "two different sentences, one interview each: nothing recurs");
    }

    [TestCase("Stats felt shaky; p-values", new[] { "Stats felt shaky; p-values" })]
    [TestCase("Good SQL structure overall; weak on experiment design", new[] { "Good SQL structure overall", "weak on experiment design" })]
    [TestCase("Clear. Needs more depth on testing!\nSlow; ok", new[] { "Needs more depth on testing", "Slow; ok" })]
    public void Sentences_split_at_a_semicolon_only_between_two_clauses(string feedback, string[] expected)
    {
        // "Clear" is under the minimum length and dropped; "Slow; ok" is one short point, kept whole.
        Assert.That(FeedbackLesson.Sentences(feedback), Is.EqualTo(expected));
    }

    [Test]
    public void Points_to_work_on_and_praise_are_never_one_point_and_work_comes_first()
    {
        // Five interviews; each feedback mixes praise with one thing to work on.
        var csv = "date,company,stage,outcome,question,response,confidence,feedback\n" + string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"2024-0{i}-10,C{i},onsite,rejected,Design a cache,weak,2,\"Nice stories. Needs more depth on hypothesis testing. {(i % 2 == 0 ? "Good communication" : "Clear and structured")}.\"\n"));

        var section = FeedbackLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default, default);

        Assert.That(section.RecurringThemes, Is.Not.Empty);
        Assert.That(section.RecurringThemes[0].Critical, Is.True);
        Assert.That(section.RecurringThemes[0].Sentences, Does.Contain("Needs more depth on hypothesis testing"));
        Assert.That(section.RecurringThemes[0].InterviewCount, Is.EqualTo(5));
        foreach (var point in section.RecurringThemes)
        {
            Assert.That(point.Sentences.All(FeedbackTone.IsCritical), Is.EqualTo(point.Critical), $"one tone per point: {string.Join(" | ", point.Sentences)}");
        }

        Assert.That(section.RecurringThemes.Where(p => !p.Critical).SelectMany(p => p.Sentences), Does.Contain("Nice stories"));
    }

    [Test]
    public void Below_four_sentences_of_a_tone_the_same_sentence_said_again_is_a_point()
    {
        var csv = "date,company,stage,outcome,question,response,confidence,feedback\n" +
            "2024-01-10,A,onsite,rejected,Design a cache,weak,2,The statistics were shaky\n" +
            "2024-02-10,B,onsite,rejected,Design a cache,weak,2,the statistics were shaky!\n" +
            "2024-03-10,C,onsite,rejected,Design a cache,weak,2,Did not explain the p-value\n";

        var section = FeedbackLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default, default);

        Assert.That(section.RecurringThemes, Has.Count.EqualTo(1));
        Assert.That(section.RecurringThemes[0].InterviewCount, Is.EqualTo(2));
        Assert.That(section.RecurringThemes[0].Sentences, Is.EqualTo(new[] { "The statistics were shaky", "the statistics were shaky" }));
        Assert.That(section.RecurringThemes[0].Critical, Is.True);
    }

    [TestCase("Struggled with the system design round", true)]
    [TestCase("Strong communication, but the statistics were shaky", true)]
    [TestCase("Didn't get far enough on the motivation question", true)]
    [TestCase("Could not explain query plans", true)]
    [TestCase("Coding was clean", false)]
    [TestCase("Solid overall", false)]
    [TestCase("Great technical depth", false)]
    [TestCase("should practise Bayes", true)]
    [TestCase("Needs to quantify the impact of projects", true)]
    [TestCase("Use STAR next time", true)]
    [TestCase("Good practices around testing", false)]
    [TestCase("metrics reasoning needs work", true)]
    [TestCase("Prioritisation framework felt ad hoc", true)]
    [TestCase("Attribution thinking was fuzzy", true)]
    [TestCase("Wanted more rigor on measurement", true)]
    [TestCase("CAC payback math was off", true)]
    [TestCase("Lovely storytelling", false)]
    public void Tone_by_word_rules(string sentence, bool critical) => Assert.That(FeedbackTone.IsCritical(sentence), Is.EqualTo(critical));

    [TestCase("Great technical depth, but the team felt the role needed more people-management experience than shown", true)]
    [TestCase("They were looking for someone more senior", true)]
    [TestCase("Not the right fit for the team at this time", true)]
    [TestCase("We went with an internal candidate", true)]
    [TestCase("The position has been filled", true)]
    [TestCase("Salary expectations were above the band", true)]
    [TestCase("Needs more depth on caching", false)]
    [TestCase("Could not explain query plans", false)]
    [TestCase("Struggled with the people-management questions", false)]
    public void Fit_remarks_by_word_rules(string sentence, bool fit) => Assert.That(FeedbackTone.IsAboutFit(sentence), Is.EqualTo(fit));

    [Test]
    public void A_remark_on_fit_is_not_a_point_to_work_on()
    {
        // Two interviews say the SQL was weak and three the design; the fourth rejection was about the role. Fitted with
        // the rest, six critical sentences go into at most two points and the remark joins one of them.
        var csv = "date,company,stage,outcome,question,response,confidence,feedback\n" +
            "2024-01-10,A,onsite,rejected,Write a join,weak,2,SQL fundamentals were weak: joins and indexing. Design answer lacked depth on caching.\n" +
            "2024-02-10,B,onsite,rejected,Write a join,weak,2,Could not explain query plans or when to add an index. Needs more structure when estimating load.\n" +
            "2024-03-10,C,onsite,rejected,Design a cache,weak,2,Struggled with the system design round: no capacity estimates.\n" +
            "2024-04-10,D,final,rejected,Lead a team,weak,2,\"Great technical depth, but the team felt the role needed more people-management experience than shown.\"\n";

        var section = FeedbackLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default, default);

        Assert.That(section.RecurringThemes.SelectMany(p => p.Sentences), Has.None.Contains("people-management"));
        Assert.That(section.WithFeedback, Has.Count.EqualTo(4), "the interview still has feedback");
    }
}
