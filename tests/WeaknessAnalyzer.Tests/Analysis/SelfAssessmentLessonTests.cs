using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class SelfAssessmentLessonTests
{
    [Test]
    public void Confidence_is_compared_with_what_happened()
    {
        var log = LessonFixture.Log();
        var section = SelfAssessmentLesson.Analyze(log, ThemeLesson.Analyze(log, AnalysisOptions.Default).Findings);

        // Matched on 6 of 8: both behavioural answers were strong at confidence 2.
        Assert.That((section.RatedQuestions, section.MatchedQuestions), Is.EqualTo((8, 6)));
        Assert.That(ReportText.CalibrationVerdict(section), Is.EqualTo("Your confidence matched the outcome of the answer on 6 of 8 questions (75%)."));
        Assert.That(section.UnderRated, Is.EqualTo(new[] { new CalibrationGap(3, "behavioural", 2, 1, 2) }));
        Assert.That(ReportText.UnderRated(section.UnderRated[0]), Is.EqualTo("behavioural: mean confidence 2/5 but 100% of 2 answers were ok or better - you know more than you feel."));
        Assert.That(section.OverRated, Is.Empty);
        Assert.That(section.Matrix.Single(c => c.Confidence == 2 && c.Response == ResponseQuality.Strong).Count, Is.EqualTo(2));
        Assert.That(section.Matrix.Sum(c => c.Count), Is.EqualTo(8));
    }

    [Test]
    public void Fewer_than_four_rated_questions_give_no_verdict()
    {
        var log = LessonFixture.Log("question,category,response,confidence\nq1,t,ok,3\nq2,t,weak,\n");

        Assert.That(ReportText.CalibrationVerdict(SelfAssessmentLesson.Analyze(log, [])), Is.EqualTo("Not enough data: 1 question has both a confidence and a response (need 4)."));
    }
}
