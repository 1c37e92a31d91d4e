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
}
