using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Rendering;

public class ConsoleReportWriterTests
{
    [Test]
    public async Task Terminal_escape_sequences_from_the_log_never_reach_the_terminal()
    {
        // A company name that would retitle the terminal (OSC ... BEL), clear it (CSI 2J) and turn it red (CSI 31m), with a
        // C1 control (U+009B, an 8-bit CSI) in a question; that interview has no feedback, so its title is printed in the
        // "ask for feedback" action.
        const string esc = "\u001b";
        var csv = "date,company,outcome,question,response,feedback\n" +
            $"2024-01-01,\"Acme{esc}]0;pwned\u0007{esc}[2J{esc}[31m\",rejected,Design a cache\u009b2J,weak,\n" +
            "2024-02-01,Beta,rejected,Design a cache,weak,Too shallow\n";
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), new AnalysisOptions { Themes = new ThemeOptions { ThemeCount = 1, Dimensions = 4 } });
        using var sw = new StringWriter();

        ConsoleReportWriter.Write(report, sw);
        var text = sw.ToString();

        Assert.That(text.Where(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'), Is.Empty);
        Assert.That(text, Does.Contain("Acme]0;pwned[2J[31m, 2024-01-01"), "the printable rest of the value is kept, so nothing is silently lost");
    }

    [Test]
    public async Task The_small_log_report_starts_with_the_accounting()
    {
        using var sw = new StringWriter();
        ConsoleReportWriter.Write(await ReportFixture.SmallAsync(), sw);

        Assert.That(sw.ToString(), Does.StartWith("INTERVIEW WEAKNESS REPORT\n=========================\n\nAs of 2024-03-10. Read 7 rows: 7 accepted, 0 rejected; no problems.").Or.StartWith("INTERVIEW WEAKNESS REPORT\r\n"));
    }

    [Test]
    public async Task Notes_on_the_reading_and_grouped_problems_come_before_the_plan()
    {
        using var sw = new StringWriter();
        ConsoleReportWriter.Write(await ReportFixture.ExportAsync("excel-en-gb.csv"), sw);
        var text = sw.ToString();

        Assert.That(text, Does.Contain("Read 30 rows: 30 accepted, 0 rejected; 2 problems."));
        Assert.That(text, Does.Contain("  * Note: Numeric dates were read day first"));
        Assert.That(text, Does.Contain("What could not be read:"));
        Assert.That(text.IndexOf("1 cell in 'Performance' cleared", StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(text.IndexOf("Next steps", StringComparison.Ordinal)));
    }

    [Test]
    public async Task What_interviewers_keep_saying_is_quoted_in_their_words_points_to_work_on_first()
    {
        var report = await ReportFixture.ExportAsync("excel-en-gb.csv");
        using var sw = new StringWriter();
        ConsoleReportWriter.Write(report, sw);
        var lines = sw.ToString().Split('\n');

        var points = report.Candidates[0].Feedback.RecurringThemes;
        var work = points.Where(p => p.Critical).ToList();
        var praise = points.Where(p => !p.Critical).ToList();
        Assert.That(work, Is.Not.Empty);
        Assert.That(praise, Is.Not.Empty);
        var heading = Array.IndexOf(lines, "What interviewers keep asking you to work on:");
        Assert.That(heading, Is.GreaterThan(0));
        for (var i = 0; i < work.Count; i++)
        {
            Assert.That(lines[heading + 1 + i], Does.StartWith($"  * In {work[i].InterviewCount} interviews: \"{work[i].Sentences[0]}\""));
        }

        Assert.That(lines[heading + 1 + work.Count], Is.Empty);
        Assert.That(lines[heading + 2 + work.Count], Is.EqualTo("What they keep saying went well:"));
        Assert.That(lines[heading + 3 + work.Count], Does.StartWith($"  * In {praise[0].InterviewCount} interviews: \"{praise[0].Sentences[0]}\""));
        Assert.That(sw.ToString(), Does.Not.Contain("Interviewers keep saying ("), "the engine's keywords are not shown as if someone said them");
    }

    [Test]
    public void A_weakness_shows_each_different_stumbled_question_first_and_counts_the_rest()
    {
        QuestionEvidence Q(long row, string text) => new(row, text, ResponseQuality.Weak, 2, true, null);
        var stumbles = new[] { Q(6, "When would you use a t-test?"), Q(9, "when would you use a T-test"), Q(13, "When would you use a t-test?"), Q(20, "How do you handle peeking?"), Q(23, "How do you handle peeking?") };

        Assert.That(TextLayout.ShownStumbles(stumbles, 3).Select(q => q.Row), Is.EqualTo(new long[] { 6, 9, 20 }), "both questions, then the first repeat, in row order");
        Assert.That(TextLayout.ShownStumbles(stumbles, 2).Select(q => q.Row), Is.EqualTo(new long[] { 6, 20 }));
        Assert.That(TextLayout.ShownStumbles(stumbles[..1], 3).Select(q => q.Row), Is.EqualTo(new long[] { 6 }));
    }

    [Test]
    public async Task Stumbles_not_listed_under_a_weakness_are_counted_with_their_rows()
    {
        var report = await ReportFixture.ExportAsync("notion.csv");
        using var sw = new StringWriter();
        ConsoleReportWriter.Write(report, sw);
        var text = sw.ToString();

        foreach (var f in report.Candidates[0].RecurringWeaknesses.Where(f => f.StumbleCount > 3))
        {
            var shown = TextLayout.ShownStumbles([.. f.Questions.Where(q => q.Stumble)], 3);
            var rest = f.Questions.Where(q => q.Stumble && !shown.Contains(q)).Select(q => q.Row).ToList();
            Assert.That(text, Does.Contain($"    - and {rest.Count} more stumble{(rest.Count == 1 ? "" : "s")} ({(rest.Count == 1 ? "row" : "rows")} {string.Join(", ", rest)})"));
        }

        Assert.That(report.Candidates[0].RecurringWeaknesses.Any(f => f.StumbleCount > 3), "the export has a weakness with more stumbles than are listed");
    }

    [Test]
    public async Task A_stumble_without_a_response_says_it_comes_from_the_confidence()
    {
        // Row 5's response cell was cleared (not a known response); its confidence of 2 makes it a stumble.
        var report = await ReportFixture.ExportAsync("excel-en-gb.csv");
        using var sw = new StringWriter();
        ConsoleReportWriter.Write(report, sw);

        var row5 = report.Candidates[0].RecurringWeaknesses.SelectMany(f => f.Questions).First(q => q.Row == 5);
        Assert.That((row5.Response, row5.Confidence, row5.Stumble), Is.EqualTo(((ResponseQuality?)null, (int?)2, true)));
        Assert.That(sw.ToString(), Does.Contain($"    - row 5: {row5.Question} (no response, confidence 2/5)"));
    }
}
