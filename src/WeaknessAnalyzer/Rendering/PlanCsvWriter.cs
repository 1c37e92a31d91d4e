using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Rendering;

/// <summary>
/// Writes the development plan as CSV (one row per plan item and candidate). Cells that a spreadsheet would run as a
/// formula (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe.
/// </summary>
public static class PlanCsvWriter
{
    /// <summary>
    /// Writes the plan to a stream as UTF-8 with a byte order mark, so that Excel shows accents and emoji as written (without
    /// the mark it reads the file in the machine's legacy code page). The stream is left open.
    /// </summary>
    public static void Write(WeaknessReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Write(report, writer);
    }

    /// <summary>Writes the plan as text (no byte order mark: the writer's encoding decides; see <see cref="Write(WeaknessReport, Stream)"/>).</summary>
    public static void Write(WeaknessReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("candidate,priority,theme_id,theme,goal,target,review_date,evidence,actions,rehearse,feedback,practice\r\n");
        foreach (var c in report.Candidates)
        {
            foreach (var p in c.Plan.Items)
            {
                string[] cells =
                [
                    c.Candidate, p.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture), p.ThemeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    p.Theme, ReportText.Goal(p), ReportText.Target(p), TextFormat.Date(p.ReviewDate), ReportText.Evidence(p),
                    string.Join(" | ", p.Actions.Select(ReportText.Action)), string.Join(" | ", p.Rehearse), string.Join(" | ", p.Feedback), string.Join(" | ", p.Practice),
                ];
                writer.Write(string.Join(',', cells.Select(Cell)));
                writer.Write("\r\n");
            }
        }
    }

    /// <summary>Neutralises a formula and quotes the cell when needed.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
