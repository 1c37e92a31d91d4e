using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class FitLessonTests
{
    [Test]
    public void A_rejection_after_strong_answers_is_a_possible_fit_mismatch_not_a_skill_gap()
    {
        var section = FitLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default);

        Assert.That(section.LostDespiteStrongAnswers.Select(i => i.Company), Is.EqualTo(new[] { "Delta" }));
        Assert.That(section.Comparison, Is.EqualTo(new OutcomeComparison(ComparedMeasure.Interest, 1, 3.0, 3, 11.0 / 3, 2, OutcomeFinding.NotEnoughData)));
        Assert.That(ReportText.FitVerdict(section), Does.EndWith(" 1 rejected interview went well on the questions themselves (80% or more answered ok or better): a possible fit mismatch, not a skill gap."));
        Assert.That(section.ByCompany.Select(g => (g.Group, g.Mean, g.Successes, g.Rejections)), Is.EqualTo(new[]
        {
            ("Acme", (double?)5.0, 0, 1), ("Beta", (double?)4.0, 0, 1), ("Delta", (double?)2.0, 0, 1), ("Gamma", (double?)3.0, 1, 0),
        }));
    }

    [Test]
    public void Without_a_response_column_no_interview_is_called_a_fit_mismatch()
    {
        var csv = "company,outcome,question,category,confidence\nA,rejected,q1,t,5\nA,rejected,q2,t,5\n";

        Assert.That(FitLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default).LostDespiteStrongAnswers, Is.Empty);
    }
}
