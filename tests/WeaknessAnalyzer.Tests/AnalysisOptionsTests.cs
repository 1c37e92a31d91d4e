namespace WeaknessAnalyzer.Tests;

public class AnalysisOptionsTests
{
    [Test]
    public void The_defaults_are_valid() => Assert.DoesNotThrow(AnalysisOptions.Default.Validate);

    [Test]
    public void Dates_and_day_counts_that_could_overflow_the_review_date_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnalysisOptions { ReferenceDate = DateOnly.MaxValue, ReviewAfterDays = 100_000 }.Validate());

        Assert.That(ex!.Message, Does.Contain("ReferenceDate must be from 1970-01-01 to 2100-12-31 (was 9999-12-31)").And.Contain("ReviewAfterDays must be from 1 to 3650"));
        Assert.DoesNotThrow(new AnalysisOptions { ReferenceDate = new DateOnly(2100, 12, 31), ReviewAfterDays = 3_650 }.Validate);
    }

    [TestCase(-1, false)]
    [TestCase(0, true)]
    [TestCase(10, true)]
    [TestCase(11, false)]
    public void Practice_questions_per_plan_item_are_from_0_to_10(int count, bool valid)
    {
        var options = new AnalysisOptions { PracticeQuestions = count };
        if (valid) Assert.DoesNotThrow(options.Validate);
        else Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains($"PracticeQuestions must be from 0 to 10 (was {count})"));
    }
}
