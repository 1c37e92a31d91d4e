using WeaknessAnalyzer.Analysis;

namespace WeaknessAnalyzer.Tests.Analysis;

public class CaveatsTests
{
    [Test]
    public void A_complete_log_has_no_caveats() => Assert.That(Caveats.Of(LessonFixture.Log()), Is.Empty);

    [Test]
    public void A_bare_log_says_everything_it_cannot_tell()
    {
        var caveats = Caveats.Of(LessonFixture.Log("question,category\nq1,t\nq2,t\n"));

        Assert.That(caveats, Has.Count.EqualTo(4));
        Assert.That(caveats[0], Does.StartWith("The log has no response or confidence column"));
        Assert.That(caveats[1], Does.StartWith("Only 1 interview"));
        Assert.That(caveats[2], Does.StartWith("No outcome column"));
        Assert.That(caveats[3], Does.StartWith("No date column"));
    }
}
