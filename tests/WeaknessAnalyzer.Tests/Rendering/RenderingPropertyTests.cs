using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests.Rendering;

/// <summary>Property-based tests (FsCheck, seeded) of every renderer over logs made of hostile text.</summary>
public class RenderingPropertyTests
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "[x](javascript:alert(1))", "=HYPERLINK(\"http://x\")", "+cmd", "|pipe|", "a & b", "\u001b]0;title\u0007",
        "\u001b[2J", "\u009b31m", "\U0001F62C\U0001F480", "e\u0301", "line\u2028sep", "tab\tin", "Design a cache", "Explain joins", "\uFFFD",
    ];

    private static Gen<string> HostileLog()
    {
        var text = Gen.Elements(Hostile).SelectMany(a => Gen.Elements(Hostile).Select(b => (a + " " + b).Replace("\"", "\"\"", StringComparison.Ordinal)));
        var response = Gen.Elements("weak", "ok", "strong", "stumped");
        var row = text.SelectMany(q => text.SelectMany(company => response.SelectMany(r => Gen.Choose(1, 4).Select(i => $"\"{q}\",\"{company}\",{r},2024-0{i}-01,rejected,\"{company}\""))));
        return Gen.Choose(2, 8).SelectMany(n => Gen.ArrayOf(row, n)).Select(rows => "question,company,response,date,outcome,feedback\n" + string.Join('\n', rows) + "\n");
    }

    [Test]
    public void No_renderer_lets_markup_or_control_characters_from_the_log_through()
    {
        var options = new AnalysisOptions { Themes = new ThemeOptions { ThemeCount = 2, Dimensions = 4 } };
        var checkedLogs = 0;
        Prop.ForAll(HostileLog().ToArbitrary(), csv =>
        {
            var report = InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), options).GetAwaiter().GetResult();
            using var console = new StringWriter();
            ConsoleReportWriter.Write(report, console);
            var html = HtmlReportWriter.ToHtml(report);
            var markdown = MarkdownReportWriter.ToMarkdown(report);
            var json = JsonReportWriter.ToJson(report);
            using var plan = new StringWriter();
            PlanCsvWriter.Write(report, plan);
            using var doc = JsonDocument.Parse(json);
            checkedLogs++;
            var failures = new List<string>();
            if (console.ToString().Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) failures.Add("console: control character");
            if (html.Contains("<script>", StringComparison.Ordinal)) failures.Add("html: markup");
            if (html.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) failures.Add("html: control character");
            if (markdown.Contains("<script>", StringComparison.Ordinal) || markdown.Contains("](javascript", StringComparison.Ordinal)) failures.Add("markdown: markup or link");
            if (markdown.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) failures.Add("markdown: control character");
            if (json.Contains('<', StringComparison.Ordinal)) failures.Add("json: unescaped <");
            if (plan.ToString().Split('\n').Skip(1).Any(l => l.StartsWith('=') || l.Contains(",=", StringComparison.Ordinal) || l.Contains(",+", StringComparison.Ordinal))) failures.Add("plan csv: formula cell");
            if (failures.Count > 0) throw new AssertionException(string.Join("; ", failures));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithReplay(20261202, 0x9E3779B97F4A7C15UL));
        Assert.That(checkedLogs, Is.EqualTo(40));
    }
}
