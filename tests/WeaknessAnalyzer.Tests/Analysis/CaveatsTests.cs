using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class CaveatsTests
{
    [Test]
    public void A_complete_log_has_no_caveats() => Assert.That(Caveats.Of(LessonFixture.Log()), Is.Empty);

    [Test]
    public void A_bare_log_says_everything_it_cannot_tell()
    {
        var caveats = Caveats.Of(LessonFixture.Log("question,category\nq1,t\nq2,t\n"));

        Assert.That(caveats, Is.EqualTo(new[] { Caveat.NoAssessment, Caveat.FewInterviews, Caveat.NoOutcome, Caveat.NoDate }));
    }
}
