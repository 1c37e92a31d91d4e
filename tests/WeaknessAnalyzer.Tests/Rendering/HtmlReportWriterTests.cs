using System.Text.RegularExpressions;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class HtmlReportWriterTests
{
    [Test]
    public async Task Html_is_self_contained_with_three_charts()
    {
        var html = HtmlReportWriter.ToHtml(await ReportFixture.SmallAsync());

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("src=").And.Not.Contain("@import").And.Not.Contain("url("));
        Assert.That(html, Does.Contain("id=\"themes-chart\"").And.Contain("id=\"time-chart\"").And.Contain("id=\"calibration-chart\""));
        Assert.That(Regex.Count(html, "class=\"bar\""), Is.EqualTo(2), "one stumble bar per theme");
        Assert.That(Regex.Count(html, "class=\"cell\""), Is.EqualTo(20), "a 4 x 5 confidence/response grid");
        Assert.That(Regex.Count(html, "<svg"), Is.EqualTo(Regex.Count(html, "</svg>")));
    }

    [Test]
    public async Task Every_section_of_the_console_is_there_with_the_evidence_one_click_away()
    {
        var html = HtmlReportWriter.ToHtml(await ReportFixture.SmallAsync());

        foreach (var section in new[] { "Your development plan", "Recurring weaknesses", "Strengths to keep", "Themes by stumbles", "Stumble rate by month", "Confidence against response", "Feedback", "Preparation", "Fit" })
        {
            Assert.That(html, Does.Contain($"<h2>{section}</h2>"), section);
        }

        // The design theme (rows 1, 2, 4, 6; 3 stumbles): under its plan item and under recurring weaknesses.
        Assert.That(Regex.Count(html, "<details class=\"evidence\"><summary>Evidence: 4 questions, 3 stumbles</summary>"), Is.EqualTo(2));
        Assert.That(Regex.Count(html, "<tr class=\"stumble\">"), Is.EqualTo(6));
        Assert.That(html, Does.Contain("<tr class=\"stumble\"><td>2</td><td>2024-01-10</td><td>Acme, onsite</td><td>Design a scalable rate limiter service</td><td>stumped</td><td>1</td></tr>"));
        Assert.That(html, Does.Contain("<div class=\"card\" id=\"strengths\"><h2>Strengths to keep</h2><ul><li>Coding: query, SQL, join: 3 of 3 answered well</li></ul>"));
    }

    [Test]
    public async Task A_row_holding_several_questions_is_one_row_of_its_interview()
    {
        // Each question of a split row carries the row's number; the interview lists the row once, and the evidence tables
        // (which look each row's interview up) render.
        var log = await WeaknessAnalyzer.Ingestion.InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "one-row-per-interview.csv"));
        var report = WeaknessAnalyzer.InterviewAnalyzer.Analyze(log);

        Assert.That(report.Candidates[0].Interviews.Select(i => i.Rows), Is.EqualTo(new[] { new long[] { 1 }, new long[] { 2 }, new long[] { 3 } }));
        Assert.That(HtmlReportWriter.ToHtml(report), Does.Contain("<h2>Your development plan</h2>"));
    }

    [Test]
    public async Task An_evidence_table_shows_at_most_its_limit_and_counts_the_rest()
    {
        // 250 questions on one theme, 210 of them stumbled, over 50 interviews.
        var csv = "interview_id,date,question,response\n" + string.Concat(Enumerable.Range(0, 250).Select(i =>
            $"{i / 5},2024-01-{1 + (i / 5 % 28):D2},Design a scalable cache for service {i},{(i < 210 ? "weak" : "strong")}\n"));
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), ReportFixture.Options with { Themes = ReportFixture.Options.Themes with { ThemeCount = 1 } });
        var html = HtmlReportWriter.ToHtml(report);

        var table = html[html.IndexOf("<details class=\"evidence\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.That(Regex.Count(table, "<tr class=\"stumble\">"), Is.EqualTo(HtmlReportWriter.MaxEvidenceRows), "stumbles first, up to the limit");
        Assert.That(table, Does.Contain("<tr class=\"more\"><td colspan=\"6\">and 50 more questions (10 stumbles), all in the JSON report</td></tr>"));
        Assert.That(table, Does.Contain("Evidence: 250 questions, 210 stumbles"));
    }

    [Test]
    public async Task The_time_chart_plots_each_recurring_themes_stumble_rate_per_month_on_labelled_axes()
    {
        var html = HtmlReportWriter.ToHtml(await ReportFixture.SmallAsync());
        var chart = html[html.IndexOf("id=\"time-chart\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];

        Assert.That(Regex.Matches(chart, "<title>[^<]*: (\\d+ of \\d+) went wrong</title>").Select(m => m.Groups[1].Value), Is.EqualTo(new[] { "2 of 2", "1 of 1", "0 of 1" }));
        Assert.That(chart, Does.Contain(">2024-01</text>").And.Contain(">2024-02</text>").And.Contain(">2024-03</text>"));
        Assert.That(chart, Does.Contain(">0%</text>").And.Contain(">100%</text>").And.Contain("month of the interview").And.Contain("went wrong</text>"));
    }

    [Test]
    public async Task Hostile_text_is_encoded()
    {
        var html = HtmlReportWriter.ToHtml(await ReportFixture.HostileAsync());
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
        Assert.That(html, Does.Not.Contain("href="));
    }

    [Test]
    public async Task Control_characters_from_the_log_never_reach_the_page()
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Fuzz", "control-characters.csv"), ReportFixture.Options);

        var html = HtmlReportWriter.ToHtml(report);

        Assert.That(html.Where(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'), Is.Empty);
    }

    [Test]
    public async Task The_reading_notes_come_first_and_every_problem_group_is_in_a_collapsible_block()
    {
        var html = HtmlReportWriter.ToHtml(await ReportFixture.ExportAsync("excel-en-gb.csv"));
        var notion = HtmlReportWriter.ToHtml(await ReportFixture.ExportAsync("notion.csv"));

        Assert.That(html, Does.Contain("<details class=\"card\" id=\"problems\"><summary>What could not be read: 2 problems</summary><ul><li>1 cell in &#39;Performance&#39; cleared"));
        Assert.That(notion.IndexOf("id=\"reading\"", StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(notion.IndexOf("id=\"plan\"", StringComparison.Ordinal)));
        Assert.That(notion, Does.Contain("The questions were read from the column &#39;Name&#39;"));
    }

    [Test]
    public async Task Progress_against_an_earlier_report_comes_before_the_plan_in_html_console_and_markdown()
    {
        var first = await ReportFixture.SmallAsync();
        using var json = new MemoryStream();
        JsonReportWriter.Write(first, json);
        json.Position = 0;
        var previous = WeaknessAnalyzer.Reports.PreviousReport.Load(json) with { ReferenceDate = new DateOnly(2024, 1, 31) };

        var report = await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Reports", "small-log.csv"), ReportFixture.Options with { Previous = previous });

        var html = HtmlReportWriter.ToHtml(report);
        Assert.That(html, Does.Contain("<div class=\"card\" id=\"progress\"><h2>Progress since the last plan (2024-01-31)</h2>"));
        Assert.That(html.IndexOf("id=\"progress\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"plan\"", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain("id=\"progress-chart\""));
        Assert.That(Regex.Count(html, "class=\"progress-bar\""), Is.EqualTo(report.Candidates[0].Progress.Sum(p => (p.StumbleRateBefore is null ? 0 : 1) + (p.StumbleRateAfter is null ? 0 : 1))));
        var text = new StringWriter();
        ConsoleReportWriter.Write(report, text);
        Assert.That(text.ToString(), Does.Contain("Progress since the last plan (2024-01-31)"));
        Assert.That(MarkdownReportWriter.ToMarkdown(report), Does.Contain("Progress since the last plan (2024-01-31)"));
        Assert.That(report.Candidates[0].Progress[0].PreviousLabel, Is.EqualTo(first.Candidates[0].Plan.Items[0].Theme));
        Assert.That(HtmlReportWriter.ToHtml(first), Does.Not.Contain("id=\"progress\""), "no earlier report, no progress card");
    }
}
