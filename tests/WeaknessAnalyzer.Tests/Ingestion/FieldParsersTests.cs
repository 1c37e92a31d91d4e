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
    [TestCase("2025-01-14T18:12:00.000Z", 2025, 1, 14)]
    [TestCase("2025-01-14T18:12:00+01:00", 2025, 1, 14)]
    [TestCase("January 14, 2025 6:12 PM", 2025, 1, 14)]
    [TestCase("January 14, 2025 \u2192 January 15, 2025", 2025, 1, 14)]
    [TestCase("Jan 14, 2025", 2025, 1, 14)]
    [TestCase("14/03/25", 2025, 3, 14)]
    [TestCase("3/14/25", 2025, 3, 14)]
    [TestCase("14.03.2025", 2025, 3, 14)]
    [TestCase("12.03.2025", 2025, 3, 12)]
    [TestCase("15th March 2025", 2025, 3, 15)]
    [TestCase("March 1st, 2025", 2025, 3, 1)]
    [TestCase("Monday, March 3rd, 2025", 2025, 3, 3)]
    [TestCase("14/03/2025 18:12", 2025, 3, 14)]
    [TestCase("3/14/2025 6:12 PM", 2025, 3, 14)]
    [TestCase("45671", 2025, 1, 14)]
    [TestCase("45671.75", 2025, 1, 14)]
    [TestCase("1970-01-01", 1970, 1, 1)]
    [TestCase("2100-12-31", 2100, 12, 31)]
    public void Dates_that_read(string cell, int year, int month, int day)
    {
        Assert.That(FieldParsers.TryDate(cell, InterviewLogOptions.Default, out var date, out var why), Is.True, why);
        Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("03/05/2024", "ambiguous")]
    [TestCase("3/5/25", "ambiguous")]
    [TestCase("Mar 12", "has no year")]
    [TestCase("14/03", "has no year")]
    [TestCase("12345", "not a valid date")]
    [TestCase("tbc", "not a valid date")]
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
    [TestCase("\u2705 Passed", InterviewOutcome.Advanced)]
    [TestCase("\u274C Rejected", InterviewOutcome.Rejected)]
    [TestCase("\U0001F389 Offer", InterviewOutcome.Offer)]
    [TestCase("Offer!", InterviewOutcome.Offer)]
    [TestCase("Moved forward", InterviewOutcome.Advanced)]
    [TestCase("Waiting", InterviewOutcome.Pending)]
    [TestCase("Rejected after the onsite", InterviewOutcome.Rejected)]
    [TestCase("Rejected, no feedback given", InterviewOutcome.Rejected)]
    [TestCase("2nd round booked", InterviewOutcome.Advanced)]
    [TestCase("No response", InterviewOutcome.Pending)]
    [TestCase("not moving forward", InterviewOutcome.Rejected)]
    [TestCase("NEXT_ROUND", InterviewOutcome.Advanced)]
    [TestCase("Absage \u274C", InterviewOutcome.Rejected)]
    [TestCase("Nächste Runde", InterviewOutcome.Advanced)]
    [TestCase("Zurückgezogen", InterviewOutcome.Withdrew)]
    [TestCase("Refusé", InterviewOutcome.Rejected)]
    [TestCase("En attente", InterviewOutcome.Pending)]
    [TestCase("Oferta!", InterviewOutcome.Offer)]
    [TestCase("afgewezen", InterviewOutcome.Rejected)]
    [TestCase("In attesa", InterviewOutcome.Pending)]
    [TestCase("Prochaine étape ✅", InterviewOutcome.Advanced)]
    [TestCase("I declined the offer", InterviewOutcome.Offer)]
    [TestCase("Turned down offer", InterviewOutcome.Offer)]
    [TestCase("Didn't move forward", InterviewOutcome.Rejected)]
    [TestCase("they said no", InterviewOutcome.Rejected)]
    [TestCase("still interviewing", InterviewOutcome.Pending)]
    [TestCase("Position closed", InterviewOutcome.Withdrew)]
    [TestCase("hiring freeze", InterviewOutcome.Withdrew)]
    [TestCase("final round scheduled", InterviewOutcome.Advanced)]
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
    [TestCase("\U0001F44D Good", ResponseQuality.Strong)]
    [TestCase("\U0001F62C Weak", ResponseQuality.Weak)]
    [TestCase("\U0001F480 Blanked", ResponseQuality.Stumped)]
    [TestCase("bombed", ResponseQuality.Weak)]
    [TestCase("meh", ResponseQuality.Ok)]
    [TestCase("rough", ResponseQuality.Weak)]
    [TestCase("solid", ResponseQuality.Strong)]
    [TestCase("decent", ResponseQuality.Ok)]
    [TestCase("ok-ish", ResponseQuality.Ok)]
    [TestCase("Nailed it!!", ResponseQuality.Strong)]
    [TestCase("not great", ResponseQuality.Weak)]
    [TestCase("couldn't answer", ResponseQuality.Stumped)]
    [TestCase("pretty good", ResponseQuality.Strong)]
    [TestCase("4/5", ResponseQuality.Strong)]
    [TestCase("2 out of 5", ResponseQuality.Weak)]
    [TestCase("6/10", ResponseQuality.Ok)]
    [TestCase("\u2B50\u2B50", ResponseQuality.Weak)]
    [TestCase("sehr gut", ResponseQuality.Strong)]
    [TestCase("geht so", ResponseQuality.Ok)]
    [TestCase("holprig \U0001F62C", ResponseQuality.Weak)]
    [TestCase("Blackout", ResponseQuality.Stumped)]
    [TestCase("très bien", ResponseQuality.Strong)]
    [TestCase("bloqué", ResponseQuality.Stumped)]
    [TestCase("débil", ResponseQuality.Weak)]
    [TestCase("geen idee", ResponseQuality.Stumped)]
    [TestCase("rambled and lost the thread", ResponseQuality.Weak)]
    [TestCase("good start, decent finish", ResponseQuality.Ok)]
    [TestCase("weak - didn't pick a shard key with confidence", ResponseQuality.Weak)]
    [TestCase("Rambled. mentioned locks but not isolation levels", ResponseQuality.Weak)]
    [TestCase("Stumbled on the queueing and retries", ResponseQuality.Weak)]
    [TestCase("Couldn't explain consistent hashing", ResponseQuality.Stumped)]
    [TestCase("awkward", ResponseQuality.Weak)]
    [TestCase("guessed", ResponseQuality.Weak)]
    [TestCase("easy", ResponseQuality.Strong)]
    [TestCase("solved", ResponseQuality.Strong)]
    [TestCase("not confident", ResponseQuality.Weak)]
    [TestCase("Not my best", ResponseQuality.Weak)]
    [TestCase("Could have been better", ResponseQuality.Weak)]
    [TestCase("needed hints", ResponseQuality.Weak)]
    [TestCase("missed the edge cases", ResponseQuality.Weak)]
    [TestCase("brute force only", ResponseQuality.Weak)]
    [TestCase("mostly right", ResponseQuality.Ok)]
    [TestCase("got it eventually", ResponseQuality.Ok)]
    [TestCase("solved with hints", ResponseQuality.Ok)]
    [TestCase("solved it, with a hint", ResponseQuality.Ok)]
    [TestCase("optimal", ResponseQuality.Strong)]
    public void Responses(string cell, ResponseQuality expected)
    {
        Assert.That(FieldParsers.TryResponse(cell, CultureInfo.InvariantCulture, out var response, out _), Is.True);
        Assert.That(response, Is.EqualTo(expected));
    }

    [TestCase("4", 4)]
    [TestCase(" 4 ", 4)]
    [TestCase("4/5", 4)]
    [TestCase("3.0", 3)]
    [TestCase("4 out of 5", 4)]
    [TestCase("8/10", 4)]
    [TestCase("7/10", 4)]
    [TestCase("80%", 4)]
    [TestCase("40%", 2)]
    [TestCase("high", 4)]
    [TestCase("Very high", 5)]
    [TestCase("low", 2)]
    [TestCase("medium", 3)]
    [TestCase("\u2B50\u2B50\u2B50", 3)]
    [TestCase("\u2B50\uFE0F\u2B50\uFE0F\u2B50\uFE0F\u2B50\uFE0F", 4)]
    [TestCase("4 (high)", 4)]
    [TestCase("meh", 2)]
    [TestCase("Very excited!", 5)]
    [TestCase("not confident", 2)]
    [TestCase("nervous", 2)]
    [TestCase("backup", 2)]
    [TestCase("would be nice", 3)]
    [TestCase("Really want it!", 5)]
    [TestCase("just practice", 1)]
    public void Ratings(string cell, int expected)
    {
        Assert.That(FieldParsers.TryScale(cell, CultureInfo.InvariantCulture, out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("6")]
    [TestCase("0")]
    [TestCase("2.5")]
    [TestCase("two")]
    [TestCase("6/5")]
    [TestCase("150%")]
    [TestCase("99999999999999999999")]
    public void Ratings_outside_1_to_5_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryScale(cell, CultureInfo.InvariantCulture, out _, out _), Is.False);

    [TestCase("2", 2.0)]
    [TestCase("2.5", 2.5)]
    [TestCase("3,5", 3.5)]
    [TestCase("10h", 10.0)]
    [TestCase("3 hours", 3.0)]
    [TestCase("0", 0.0)]
    [TestCase("45 min", 0.75)]
    [TestCase("90m", 1.5)]
    [TestCase("4h", 4.0)]
    [TestCase("1h30", 1.5)]
    [TestCase("1 h 30 min", 1.5)]
    [TestCase("2 hours 15 minutes", 2.25)]
    [TestCase("1.5 hrs", 1.5)]
    [TestCase("1:30", 1.5)]
    [TestCase("2-3", 2.5)]
    [TestCase("2 to 4 hours", 3.0)]
    [TestCase("~3", 3.0)]
    [TestCase("3+", 3.0)]
    [TestCase("about 2h", 2.0)]
    [TestCase("none", 0.0)]
    [TestCase("2+ hours", 2.0)]
    [TestCase("a couple of hours", 2.0)]
    [TestCase("a few hours", 3.0)]
    [TestCase("half a day", 4.0)]
    [TestCase("1 day", 8.0)]
    [TestCase("2 days", 16.0)]
    public void Prep_hours(string cell, double expected)
    {
        Assert.That(FieldParsers.TryHours(cell, CultureInfo.InvariantCulture, out var hours, out _), Is.True);
        Assert.That(hours, Is.EqualTo(expected));
    }

    [TestCase("-1")]
    [TestCase("lots")]
    [TestCase("20000")]
    [TestCase("1e400")]
    [TestCase("a weekend")]
    [TestCase("an evening")]
    [TestCase("30 days")]
    [TestCase("1h90x")]
    [TestCase("4-2")]
    public void Prep_hours_that_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryHours(cell, CultureInfo.InvariantCulture, out _, out _), Is.False);

    [TestCase("maybe")]
    [TestCase("didn't hear back")]
    [TestCase("offer, then rejected")]
    [TestCase("no idea")]
    [TestCase("didn't get the offer")]
    [TestCase("not rejected yet")]
    public void Outcomes_that_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryOutcome(cell, out _, out _), Is.False, "a negation or two outcomes that disagree are not guessed");

    [TestCase("purple")]
    [TestCase("not sure it went well")]
    [TestCase("good then stumped")]
    [TestCase("didn't go well")]
    [TestCase("I don't think it was good")]
    [TestCase("7")]
    public void Responses_that_do_not_read(string cell) =>
        Assert.That(FieldParsers.TryResponse(cell, CultureInfo.InvariantCulture, out _, out _), Is.False);

    [TestCase("Q: What is a cache?", "What is a cache?")]
    [TestCase("Q1. What is a cache?", "What is a cache?")]
    [TestCase("question: What is a cache?", "What is a cache?")]
    [TestCase("3) What is a cache?", "What is a cache?")]
    [TestCase("1.5x faster: why?", "1.5x faster: why?")]
    [TestCase("Quick: what is a cache?", "Quick: what is a cache?")]
    [TestCase("Q:", "Q:")]
    public void Question_markers_are_dropped(string cell, string expected) =>
        Assert.That(FieldParsers.WithoutQuestionMarker(cell), Is.EqualTo(expected));
}
