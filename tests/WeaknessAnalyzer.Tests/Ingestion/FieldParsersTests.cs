using System.Globalization;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

/// <summary>Table-driven tests of the field parsers (what each cell a person writes reads as).</summary>
public class FieldParsersTests
{
    [TestCase("2024-03-05", 2024, 3, 5)]
    [TestCase(" 2024-3-5 ", 2024, 3, 5)]
    [TestCase("2024/03/05", 2024, 3, 5)]
    [TestCase("5 Mar 2024", 2024, 3, 5)]
    [TestCase("March 5, 2024", 2024, 3, 5)]
    [TestCase("Tuesday, 5 March 2024", 2024, 3, 5)]
    [TestCase("25/12/2024", 2024, 12, 25)]
    [TestCase("12/25/2024", 2024, 12, 25)]
    [TestCase("2024-03-05T18:12", 2024, 3, 5)]
    [TestCase("1970-01-01", 1970, 1, 1)]
    [TestCase("2100-12-31", 2100, 12, 31)]
    public void Dates_that_read(string cell, int year, int month, int day)
    {
        Assert.That(FieldParsers.TryDate(cell, InterviewLogOptions.Default, out var date, out var why), Is.True, why);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("03/05/2024", "ambiguous")]
    [TestCase("2024-13-40", "not a valid date")]
    [TestCase("2024-02-30", "not a valid date")]
    [TestCase("99999999999/1/2024", "not a valid date")]
    [TestCase("1/99999999999/2024", "not a valid date")]
    [TestCase("soon", "not a valid date")]
    [TestCase("9999-12-31", "outside the years 1970 to 2100")]
    [TestCase("0001-01-01", "outside the years 1970 to 2100")]
    [TestCase("1969-12-31", "outside the years 1970 to 2100")]
    [TestCase("2101-01-01", "outside the years 1970 to 2100")]
    public void Dates_that_do_not_read_say_why_without_the_value(string cell, string reason)
    {
        Assert.That(FieldParsers.TryDate(cell, InterviewLogOptions.Default, out _, out var why), Is.False);
        Assert.That(why, Does.Contain(reason));
        Assert.That(why, Does.Not.Contain(cell));
    }

    [TestCase("offer", InterviewOutcome.Offer)]
    [TestCase("No Offer", InterviewOutcome.Rejected)]
    [TestCase("ghosted", InterviewOutcome.Rejected)]
    [TestCase(" next round ", InterviewOutcome.Advanced)]
    [TestCase("Next-Round", InterviewOutcome.Advanced)]
    [TestCase("waiting", InterviewOutcome.Pending)]
    [TestCase("withdrawn", InterviewOutcome.Withdrew)]
    public void Outcomes(string cell, InterviewOutcome expected)
    {
        Assert.That(FieldParsers.TryOutcome(cell, out var outcome, out _), Is.True);
        Assert.That(outcome, Is.EqualTo(expected));
    }

    [TestCase("strong", ResponseQuality.Strong)]
    [TestCase("nailed it", ResponseQuality.Strong)]
    [TestCase("fine", ResponseQuality.Ok)]
    [TestCase("rambled", ResponseQuality.Weak)]
    [TestCase("froze", ResponseQuality.Stumped)]
    [TestCase("1", ResponseQuality.Stumped)]
    [TestCase("3", ResponseQuality.Ok)]
    [TestCase("5", ResponseQuality.Strong)]
    public void Responses(string cell, ResponseQuality expected)
    {
        Assert.That(FieldParsers.TryResponse(cell, CultureInfo.InvariantCulture, out var response, out _), Is.True);
        Assert.That(response, Is.EqualTo(expected));
    }

    [TestCase("4", 4)]
    [TestCase(" 4 ", 4)]
    [TestCase("4/5", 4)]
    [TestCase("3.0", 3)]
    public void Ratings(string cell, int expected)
    {
        Assert.That(FieldParsers.TryScale(cell, CultureInfo.InvariantCulture, out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("6")]
    [TestCase("0")]
    [TestCase("2.5")]
    [TestCase("two")]
    [TestCase("99999999999999999999")]
    public void Ratings_outside_1_to_5_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryScale(cell, CultureInfo.InvariantCulture, out _, out _), Is.False);

    [TestCase("2", 2.0)]
    [TestCase("2.5", 2.5)]
    [TestCase("3,5", 3.5)]
    [TestCase("10h", 10.0)]
    [TestCase("3 hours", 3.0)]
    [TestCase("0", 0.0)]
    public void Prep_hours(string cell, double expected)
    {
        Assert.That(FieldParsers.TryHours(cell, CultureInfo.InvariantCulture, out var hours, out _), Is.True);
        Assert.That(hours, Is.EqualTo(expected));
    }

    [TestCase("-1")]
    [TestCase("lots")]
    [TestCase("20000")]
    [TestCase("1e400")]
    public void Prep_hours_that_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryHours(cell, CultureInfo.InvariantCulture, out _, out _), Is.False);
}
