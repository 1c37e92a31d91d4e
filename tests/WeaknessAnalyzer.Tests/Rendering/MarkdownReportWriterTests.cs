using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class MarkdownReportWriterTests
{
    [Test]
    public async Task Snapshot_of_the_small_log()
    {
        Snapshot.AssertMatches(MarkdownReportWriter.ToMarkdown(await ReportFixture.SmallAsync()), "small-log.expected.md");
    }

    [TestCase("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [TestCase("[click](javascript:alert(1))", "\\[click\\]\\(javascript:alert(1))")]
    [TestCase("On 2024-07-05. 3 stumble(s), don't!", "On 2024-07-05. 3 stumble(s), don't!")]
    [TestCase("# Big", "\\# Big")]
    [TestCase("- item", "\\- item")]
    [TestCase("12. item", "12\\. item")]
    [TestCase("*bold* _it_ `code` ~~x~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~")]
    [TestCase("see http://example.com or www.example.com", "see http\\://example.com or www\\.example.com")]
    [TestCase("a|b\nc", "a\\|b c")]
    public void Escape_neutralises_markdown_and_html(string input, string expected)
    {
        Assert.That(MarkdownReportWriter.Escape(input), Is.EqualTo(expected));
    }

    [Test]
    public async Task Hostile_text_cannot_make_links_or_tags()
    {
        var md = MarkdownReportWriter.ToMarkdown(await ReportFixture.HostileAsync());
        Assert.That(md, Does.Not.Contain("<script>"));
        Assert.That(md, Does.Not.Contain("](javascript"));
        Assert.That(md, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public async Task Notes_and_problems_are_at_the_top_and_readable_as_raw_markdown()
    {
        var md = MarkdownReportWriter.ToMarkdown(await ReportFixture.ExportAsync("excel-en-gb.csv"));

        Assert.That(md, Does.Contain("- Note: Numeric dates were read day first (03/05/2025 is 3 May 2025), as the column's other dates (or the culture) show."));
        Assert.That(md, Does.Contain("### What could not be read"));
        Assert.That(md.IndexOf("What could not be read", StringComparison.Ordinal), Is.LessThan(md.IndexOf("Next steps", StringComparison.Ordinal)));
    }

    [Test]
    public async Task No_enum_name_reaches_the_text_of_any_export_report()
    {
        // Names of two words or more written together ("NotEnoughData", "SystemDesign"): never words a person reads.
        var names = new[] { typeof(Trend), typeof(WeaknessAnalyzer.Themes.ThemeKind), typeof(ChecklistKind), typeof(Caveat), typeof(ProgressStatus), typeof(PlanActionKind), typeof(OutcomeFinding), typeof(WeaknessAnalyzer.Ingestion.InterviewOutcome), typeof(WeaknessAnalyzer.Ingestion.ResponseQuality) }
            .SelectMany(Enum.GetNames).Where(n => n.Skip(1).Any(char.IsUpper)).Distinct().ToArray();
        Assert.That(names, Does.Contain("NotEnoughData"));
        foreach (var file in new[] { "excel-en-gb.csv", "notion.csv", "airtable.csv", "google-sheets.csv" })
        {
            var report = await ReportFixture.ExportAsync(file);
            var md = MarkdownReportWriter.ToMarkdown(report);
            using var console = new StringWriter();
            ConsoleReportWriter.Write(report, console);
            foreach (var name in names)
            {
                Assert.That(md, Does.Not.Contain(name), $"{file}: markdown");
                Assert.That(console.ToString(), Does.Not.Contain(name), $"{file}: console");
            }
        }
    }
}
