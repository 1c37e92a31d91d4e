using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class PreparationLessonTests
{
    [Test]
    public void Stumbles_despite_above_median_preparation_are_named_and_the_verdict_states_its_numbers()
    {
        var log = LessonFixture.Log();
        var recurring = ThemeLesson.Analyze(log, AnalysisOptions.Default).Recurring;

        var section = PreparationLesson.Analyze(log, recurring, AnalysisOptions.Default);

        // Prep hours 4, 5, 2, 1: the median (upper) is 4; design was stumbled in the 4 h and 5 h interviews.
        Assert.That(section.StumbledDespitePrep, Is.EqualTo(new[] { new PrepGap(1, "design", 2, 4) }));
        Assert.That(ReportText.PrepGap(section.StumbledDespitePrep[0]), Is.EqualTo("design: 2 stumbles in interviews with 4 h or more of preparation - the prep did not cover it."));
        Assert.That(ReportText.PreparationVerdict(section), Is.EqualTo("Not enough data to relate preparation to outcomes: 1 advanced/offer and 3 rejected interviews have it (need 2 of each)."));
        Assert.That(section.ByOutcome.Select(g => (g.Group, g.Interviews, g.Mean)), Is.EqualTo(new[] { ("advanced", 1, (double?)2.0), ("rejected", 3, (double?)3.33) }));
        Assert.That(section.ByStage, Is.Empty);
    }

    [Test]
    public void With_enough_interviews_the_verdict_compares_the_means()
    {
        var section = PreparationLesson.Analyze(LessonFixture.Log(), [], AnalysisOptions.Default with { MinGroupSize = 1 });

        Assert.That(section.Comparison.Finding, Is.EqualTo(OutcomeFinding.HigherDidNotGoWithBetterOutcomes));
        Assert.That(ReportText.PreparationVerdict(section), Is.EqualTo("Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: more preparation did not go with better outcomes."));
    }
}
