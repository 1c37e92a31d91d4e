using System.Text.Json;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class JsonReportWriterTests
{
    [Test]
    public async Task Contract_holds_every_row_in_exactly_one_theme_and_plan_in_priority_order()
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "samples", "WeaknessAnalyzer.Sample", "Data", "interview-log.csv"));
        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report));
        var root = doc.RootElement;

        Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("hasCandidates").GetBoolean(), Is.False);
        var ingestion = root.GetProperty("ingestion");
        var accepted = ingestion.GetProperty("rowsAccepted").GetInt32();
        Assert.That(ingestion.GetProperty("rowsRead").GetInt32(), Is.EqualTo(64));
        var candidate = root.GetProperty("candidates").EnumerateArray().Single();
        var rows = candidate.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r => r.GetInt64())).ToList();
        Assert.That(rows, Has.Count.EqualTo(accepted));
        Assert.That(rows.Distinct().Count(), Is.EqualTo(accepted));
        Assert.That(rows.Order(), Is.EqualTo(Enumerable.Range(1, accepted).Select(i => (long)i)));
        var priorities = candidate.GetProperty("plan").EnumerateArray().Select(p => p.GetProperty("priority").GetInt32()).ToList();
        Assert.That(priorities, Is.EqualTo(Enumerable.Range(1, priorities.Count)));
        Assert.That(priorities, Has.Count.GreaterThanOrEqualTo(2), "the bundled log shows at least two recurring themes");
        foreach (var plan in candidate.GetProperty("plan").EnumerateArray())
        {
            // Facts and, beside them, the sentences made of them.
            Assert.That(plan.GetProperty("targetQuestions").GetInt32(), Is.InRange(3, 5));
            Assert.That(plan.GetProperty("goal").GetString(), Does.StartWith("Answer the next "));
            Assert.That(plan.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString()), Does.Contain("mockInterview"));
            Assert.That(plan.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("text").GetString()), Is.All.Not.Empty);
            Assert.That(plan.GetProperty("feedback").GetArrayLength(), Is.GreaterThanOrEqualTo(0));
        }

        foreach (var theme in candidate.GetProperty("themes").EnumerateArray())
        {
            foreach (var name in (string[])["id", "label", "kind", "phrases", "severityText", "usualStumbleRate", "keywords", "questionCount", "interviewCount", "stumbleCount", "stumbleRate", "recurring", "trend", "unthemed", "rows"])
            {
                Assert.That(theme.TryGetProperty(name, out _), Is.True, name);
            }
        }
    }

    [Test]
    public async Task Snapshot_of_the_small_log()
    {
        var json = JsonReportWriter.ToJson(await ReportFixture.SmallAsync());
        Snapshot.AssertMatches(json, "small-log.expected.json");
    }

    [Test]
    public async Task The_text_writer_overload_writes_the_same_json()
    {
        var report = await ReportFixture.SmallAsync();
        using var sw = new StringWriter();

        JsonReportWriter.Write(report, sw);

        Assert.That(sw.ToString(), Is.EqualTo(JsonReportWriter.ToJson(report)));
    }

    [Test]
    public async Task Hostile_text_is_escaped()
    {
        var json = JsonReportWriter.ToJson(await ReportFixture.HostileAsync());
        Assert.That(json, Does.Not.Contain("<script>"));
        Assert.DoesNotThrow(() => JsonDocument.Parse(json));
    }
}

internal static class Snapshot
{
    /// <summary>Compares with a reviewed snapshot in TestData/Reports; set UPDATE_SNAPSHOTS=1 to rewrite it in the source tree.</summary>
    public static void AssertMatches(string actual, string file)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "TestData", "Reports", file));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(source, actual);
        }

        var expected = File.ReadAllText(TestFiles.Path("Reports", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(actual, Is.EqualTo(expected), $"snapshot {file} differs; review and run with UPDATE_SNAPSHOTS=1 to accept");
    }
}
