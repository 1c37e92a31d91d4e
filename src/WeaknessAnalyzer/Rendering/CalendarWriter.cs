using System.Globalization;
using System.Text;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>
/// Writes the plan's review date as an iCalendar file (RFC 5545, <c>.ics</c>): one all-day event per candidate with a
/// plan, on its review date, listing each item's theme and goal, so that the review lands in the person's own calendar.
/// Deterministic: the time stamp is the report's reference date and the event id is derived from the candidate and the
/// date, never from the clock. Text from the log is stripped of control characters and escaped; lines are folded at 75
/// octets without splitting a character.
/// </summary>
public static class CalendarWriter
{
    /// <summary>Writes the calendar.</summary>
    public static void Write(WeaknessReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//WeaknessAnalyzer//Plan review//EN", "CALSCALE:GREGORIAN" };
        foreach (var c in report.Candidates)
        {
            var plan = c.Plan;
            var review = plan.ReviewDate;
            var who = report.HasCandidates && c.Candidate.Length > 0 ? $" ({c.Candidate})" : "";
            var description = new StringBuilder("Write a fresh report with --since the last one, then check each item:");
            foreach (var item in plan.Items) description.Append('\n').Append(CultureInfo.InvariantCulture, $"{item.Priority}. {item.Theme}: {ReportText.Goal(item)}");
            if (plan.Items.Count == 0) description.Append("\nNo recurring weakness was found: log the next interviews and look again.");
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:review-{Day(review)}-{Hash(c.Candidate).ToString("x16", CultureInfo.InvariantCulture)}@weaknessanalyzer");
            lines.Add($"DTSTAMP:{Day(report.ReferenceDate)}T000000Z");
            lines.Add($"DTSTART;VALUE=DATE:{Day(review)}");
            lines.Add($"DTEND;VALUE=DATE:{Day(review.AddDays(1))}");
            lines.Add("SUMMARY:" + Escape($"Review your interview plan{who}"));
            lines.Add("DESCRIPTION:" + Escape(description.ToString()));
            lines.Add("TRANSP:TRANSPARENT");
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        foreach (var line in lines)
        {
            foreach (var part in Fold(line)) writer.Write(part + "\r\n");
        }
    }

    /// <summary>The calendar as a string.</summary>
    public static string ToIcs(WeaknessReport report)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, sw);
        return sw.ToString();
    }

    /// <summary>RFC 5545 text: backslash, semicolon and comma escaped, line breaks as \n, control characters dropped.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    if (!char.IsControl(ch)) sb.Append(ch);
                    break;
            }
        }

        return TextFormat.Printable(sb.ToString());
    }

    /// <summary>Lines of at most 75 octets of UTF-8; each continuation starts with a space; a character (or surrogate pair) is never split.</summary>
    internal static IEnumerable<string> Fold(string line)
    {
        var start = 0;
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + bytes > limit)
            {
                yield return (start == 0 ? "" : " ") + line[start..i];
                start = i;
                octets = 0;
                limit = 74; // the leading space counts
            }

            octets += bytes;
            i += width - 1;
        }

        yield return (start == 0 ? "" : " ") + line[start..];
    }

    /// <summary>A date as iCalendar writes it, in the Gregorian calendar whatever the current culture.</summary>
    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>FNV-1a over the candidate's name: an id that tells candidates apart without showing the name.</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text) hash = (hash ^ ch) * 1099511628211UL;
        return hash;
    }
}
