using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

public class InterviewLogOptionsTests
{
    [Test]
    public void Defaults_are_lenient_and_private()
    {
        var o = InterviewLogOptions.Default;
        Assert.That((o.Strict, o.IncludeRawValues, o.DateFormat, o.Delimiter, o.ProgressInterval), Is.EqualTo((false, false, (string?)null, (char?)null, 10_000)));
        Assert.DoesNotThrow(o.Validate);
    }

    [Test]
    public void Validate_reports_every_problem_at_once()
    {
        var o = new InterviewLogOptions { ProgressInterval = 0, DateFormat = " ", Delimiter = '"' };
        var ex = Assert.Throws<ArgumentException>(o.Validate);
        Assert.That(ex!.Message, Does.Contain("ProgressInterval").And.Contain("DateFormat").And.Contain("Delimiter"));
    }
}
