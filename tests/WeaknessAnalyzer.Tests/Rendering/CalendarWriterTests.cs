using System.Globalization;
using System.Text;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class CalendarWriterTests
{
    [Test]
    public async Task The_review_date_is_one_all_day_event_listing_each_plan_item_and_its_goal()
    {
        var ics = CalendarWriter.ToIcs(await ReportFixture.SmallAsync());
        var lines = Unfold(ics);

        Assert.That(ics, Does.StartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").And.EndWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        Assert.That(lines, Does.Contain("DTSTART;VALUE=DATE:20240409").And.Contain("DTEND;VALUE=DATE:20240410").And.Contain("DTSTAMP:20240310T000000Z"));
        Assert.That(lines, Does.Contain("SUMMARY:Review your interview plan"));
        Assert.That(lines, Does.Contain(@"DESCRIPTION:Write a fresh report with --since the last one\, then check each item:\n1. System design: scalable\, chat backend service: Answer the next 3 questions on this theme at ok or better by 2024-04-09."));
        Assert.That(lines.Count(l => l == "BEGIN:VEVENT"), Is.EqualTo(1));
        Assert.That(lines.Single(l => l.StartsWith("UID:", StringComparison.Ordinal)), Does.Match("^UID:review-20240409-[0-9a-f]{16}@weaknessanalyzer$"));
    }

    [Test]
    public async Task The_file_is_the_same_in_any_culture()
    {
        var report = await ReportFixture.SmallAsync();
        var invariant = CalendarWriter.ToIcs(report);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA"); // a culture whose default calendar is not Gregorian
            Assert.That(CalendarWriter.ToIcs(report), Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Text_is_escaped_and_long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        Assert.That(CalendarWriter.Escape("a,b;c\\d\ne\u001b[31m"), Is.EqualTo(@"a\,b\;c\\d\ne[31m"));
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("é😬 Joins, ", 30));
        var folded = CalendarWriter.Fold(line).ToList();

        Assert.That(folded, Has.Count.GreaterThan(1));
        Assert.That(folded.Select(f => Encoding.UTF8.GetByteCount(f)), Is.All.LessThanOrEqualTo(75));
        Assert.That(folded.Skip(1), Is.All.StartsWith(" "));
        Assert.That(folded.SelectMany(f => f).Where(char.IsSurrogate).Count() % 2, Is.Zero);
        Assert.That(folded.All(f => !char.IsHighSurrogate(f[^1])), Is.True, "no line ends inside a surrogate pair");
        Assert.That(folded[0] + string.Concat(folded.Skip(1).Select(f => f[1..])), Is.EqualTo(line));
    }

    [Test]
    public async Task Hostile_and_control_text_from_the_log_never_reaches_the_file_raw()
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Fuzz", "control-characters.csv"), ReportFixture.Options);

        var ics = CalendarWriter.ToIcs(report);

        Assert.That(ics.Where(c => char.IsControl(c) && c is not '\r' and not '\n'), Is.Empty);
        Assert.That(ics.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain("\n").And.Not.Contain("\r"));
    }

    private static List<string> Unfold(string ics) => [.. ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
