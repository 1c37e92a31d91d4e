using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class PlanCsvWriterTests
{
    [TestCase("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [TestCase("+cmd", "'+cmd")]
    [TestCase("-1", "'-1")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("plain", "plain")]
    public void Cell_neutralises_formulas_and_quotes(string input, string expected)
    {
        Assert.That(PlanCsvWriter.Cell(input), Is.EqualTo(expected));
    }

    [Test]
    public async Task Plan_export_has_a_row_per_item_and_no_live_formula()
    {
        using var sw = new StringWriter();
        PlanCsvWriter.Write(await ReportFixture.HostileAsync(), sw);
        var lines = sw.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("candidate,priority,theme_id"));
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(2));
        foreach (var cell in lines.Skip(1).SelectMany(l => l.Split(',')))
        {
            Assert.That(cell.TrimStart('"'), Does.Not.Match("^[=+@-]"));
        }
    }

    [Test]
    public async Task Questions_of_emoji_only_are_written_whole_by_every_writer()
    {
        // Found by fuzzing: a theme without keywords was labelled with the first 39 UTF-16 units of a 25-emoji question,
        // cutting an emoji in half, and the Markdown and plan CSV writers crashed on the lone surrogate.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F62C", 25));
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader($"question,response,date\n{emoji},weak,2024-01-01\n{emoji},weak,2024-02-01\n"), ReportFixture.Options);
        using var plan = new StringWriter();

        PlanCsvWriter.Write(report, plan);
        var texts = new[] { plan.ToString(), MarkdownReportWriter.ToMarkdown(report), HtmlReportWriter.ToHtml(report), JsonReportWriter.ToJson(report) };

        Assert.That(report.Candidates[0].Plan.Items, Has.Count.EqualTo(1));
        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain("\uFFFD"));
            Assert.That(System.Text.Encoding.UTF8.GetString(new System.Text.UTF8Encoding(false, true).GetBytes(text)), Is.EqualTo(text), "no lone surrogate");
        }
    }

    [Test]
    public async Task A_plan_written_to_a_stream_starts_with_a_utf8_bom_so_excel_reads_accents()
    {
        using var stream = new MemoryStream();
        PlanCsvWriter.Write(await ReportFixture.ExportAsync("excel-de-de.csv"), stream);
        var bytes = stream.ToArray();

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), Does.StartWith("candidate,priority,theme_id"));
        Assert.That(stream.CanWrite, Is.True, "the stream is left open");
    }
}
