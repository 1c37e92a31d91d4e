using System.Text;
using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Tests.Analysis;

namespace WeaknessAnalyzer.Tests.Reports;

public class PreviousReportTests
{
    private static PreviousReport Load(string json) => PreviousReport.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Test]
    public async Task A_report_written_as_JSON_reads_back_as_its_plan()
    {
        var report = await ReportFixture.SmallAsync();
        using var stream = new MemoryStream();
        JsonReportWriter.Write(report, stream);
        stream.Position = 0;

        var previous = PreviousReport.Load(stream);

        Assert.That(previous.ReferenceDate, Is.EqualTo(report.ReferenceDate));
        var plan = previous.Candidates.Single();
        Assert.That(plan.Candidate, Is.EqualTo(""));
        var item = report.Candidates[0].Plan.Items.Single();
        Assert.That(plan.Items.Single(), Is.EqualTo(new PreviousPlanItem(1, item.Theme, item.TargetQuestions, item.Rehearse)).Using<PreviousPlanItem>((a, b) =>
            a.Priority == b.Priority && a.Theme == b.Theme && a.TargetQuestions == b.TargetQuestions && a.Questions.SequenceEqual(b.Questions)));
    }

    [TestCase("not json", "The previous report is not valid JSON (line 1).")]
    [TestCase("[1, 2]", "The previous report has no schemaVersion: it is not a WeaknessAnalyzer JSON report.")]
    [TestCase("{\"schemaVersion\": 1}", "The previous report has schemaVersion 1; version 2 is read.")]
    [TestCase("{\"schemaVersion\": 2.5}", "The previous report has no schemaVersion: it is not a WeaknessAnalyzer JSON report.")]
    [TestCase("{\"schemaVersion\": 1e30}", "The previous report has no schemaVersion: it is not a WeaknessAnalyzer JSON report.")]
    [TestCase("{\"schemaVersion\": 2, \"referenceDate\": \"soon\"}", "The previous report has no referenceDate.")]
    [TestCase("{\"schemaVersion\": 2, \"referenceDate\": \"2024-01-01\", \"candidates\": [{\"plan\": [{\"priority\": 1}]}]}", "A plan item of the previous report has no theme.")]
    public void Anything_else_fails_with_a_message_naming_what_is_wrong(string json, string message) =>
        Assert.That(() => Load(json), Throws.TypeOf<InvalidDataException>().With.Message.EqualTo(message));

    [Test]
    public void Numbers_that_do_not_fit_fall_back_to_defaults()
    {
        var item = Load("""{"schemaVersion": 2, "referenceDate": "2024-01-01", "candidates": [{"plan": [{"priority": 1e40, "themeId": 2.5, "targetQuestions": -4, "theme": "SQL"}]}]}""").Candidates[0].Items.Single();

        Assert.That((item.Priority, item.TargetQuestions, item.Questions.Count), Is.EqualTo((1, 1, 0)));
    }

    [Test]
    public void The_other_stumbles_item_is_not_followed()
    {
        var previous = Load("""{"schemaVersion": 2, "referenceDate": "2024-01-01", "candidates": [{"candidate": "ann", "plan": [{"priority": 1, "themeId": 0, "theme": "Other stumbles"}, {"priority": 2, "themeId": 4, "theme": "SQL", "rehearse": ["Explain joins"]}]}]}""");

        Assert.That(previous.Candidates.Single().Items.Select(i => i.Theme), Is.EqualTo(new[] { "SQL" }));
        Assert.That(previous.Candidates.Single().Candidate, Is.EqualTo("ann"));
    }

    // LessonFixture: design stumbled on 2024-01-10 and 2024-02-10, ok on 2024-03-10; SQL always fine.
    private static IReadOnlyList<ProgressItem> Progress(DateOnly since, params PreviousPlanItem[] items)
    {
        var log = LessonFixture.Log();
        var themes = ThemeLesson.Analyze(log, AnalysisOptions.Default);
        return ProgressLesson.Analyze(new PreviousReport(since, [new PreviousPlan("", items)]), "", themes.Findings, themes.Recurring);
    }

    [Test]
    public void An_item_is_found_again_by_its_questions_whatever_its_name_and_gets_a_status_from_the_rates_before_and_after()
    {
        var p = Progress(new DateOnly(2024, 2, 10), new PreviousPlanItem(1, "old name for design", 1, ["Design a rate limiter", "Design a cache"])).Single();

        Assert.That((p.Label, p.PreviousLabel, p.ThemeId), Is.EqualTo(("design", "old name for design", 1)));
        Assert.That((p.StumbleRateBefore, p.StumbleRateAfter, p.QuestionsSince, p.StumblesSince), Is.EqualTo(((double?)1.0, (double?)0.0, 1, 0)));
        Assert.That(p.Status, Is.EqualTo(ProgressStatus.MetTarget), "1 question since, none stumbled, target 1");
        Assert.That(ReportText.Progress(p), Is.EqualTo("design (was old name for design): target met: 0 of 1 question since 2024-02-10 went wrong (0%), against 100% before."));
    }

    [Test]
    public void Small_samples_stay_no_change_and_gone_themes_say_so()
    {
        var design = new PreviousPlanItem(1, "design", 3, ["Design a cache"]);
        Assert.That(Progress(new DateOnly(2024, 2, 10), design)[0].Status, Is.EqualTo(ProgressStatus.NoChange), "2 of 2 before, 0 of 1 after, target 3: a 1 in 3 chance");
        Assert.That(Progress(new DateOnly(2024, 1, 10), design)[0].Status, Is.EqualTo(ProgressStatus.NoChange), "1 of 1 before, 1 of 2 after: could be chance");
        Assert.That(Progress(new DateOnly(2024, 1, 9), design)[0].Status, Is.EqualTo(ProgressStatus.NoChange), "nothing before: no comparison");
        var gone = Progress(new DateOnly(2024, 3, 10), design)[0];
        Assert.That((gone.Status, gone.QuestionsBefore, gone.QuestionsSince), Is.EqualTo((ProgressStatus.NotAskedYet, 3, 0)));
        Assert.That(ReportText.Progress(gone), Is.EqualTo("design: not asked yet: no question on it since 2024-03-10 (67% went wrong before)."));
        var lost = Progress(new DateOnly(2024, 3, 10), new PreviousPlanItem(1, "graphs", 3, ["Detect a cycle"]))[0];
        Assert.That((lost.Status, lost.ThemeId), Is.EqualTo((ProgressStatus.NotAskedYet, (int?)null)));
        Assert.That(ReportText.Progress(lost), Is.EqualTo("graphs: not found in this log (none of its questions is here)."));
    }

    private static ThemeFinding Theme(params (int Day, bool Stumble)[] questions) => new()
    {
        Id = 1, Label = "SQL", Keywords = [], Phrases = [], Kind = WeaknessAnalyzer.Themes.ThemeKind.Coding, Unthemed = false, QuestionCount = questions.Length,
        InterviewCount = questions.Length, StumbleCount = questions.Count(q => q.Stumble), StumbleInterviewCount = 2, StumbleRate = 0.5, Recurring = true,
        Trend = Trend.Steady, MeanConfidence = null, StumbleRateRejected = null, StumbleRateAdvanced = null, FirstSeen = null, LastSeen = null, Severity = 0.3,
        UsualStumbleRate = 0.2, Rows = [], InterviewKeys = [],
        Questions = [.. questions.Select((q, i) => new QuestionEvidence(i + 1, $"Write query {i}", null, null, q.Stumble, new DateOnly(2024, 1, q.Day)))],
    };

    [TestCase(new[] { 1, 1, 1, 1, 0 }, new[] { 0, 0, 0, 0 }, 5, ProgressStatus.Improved, TestName = "4 of 5 before, 0 of 4 after, target 5: improved")]
    [TestCase(new[] { 1, 1, 1, 1, 0 }, new[] { 0, 0, 0, 0, 0 }, 5, ProgressStatus.MetTarget, TestName = "0 of 5 after, target 5: met")]
    [TestCase(new[] { 0, 0, 0, 0, 1 }, new[] { 1, 1, 1, 1 }, 5, ProgressStatus.Worse, TestName = "1 of 5 before, 4 of 4 after: worse")]
    [TestCase(new[] { 1, 1, 0, 0, 1 }, new[] { 1, 0, 1, 0 }, 5, ProgressStatus.NoChange, TestName = "60% before, 50% after: no change")]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 }, new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0, 0 }, 5, ProgressStatus.BetterStillWeak, TestName = "90% before, 40% after, usual 20%: better, still weak")]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 }, new[] { 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, 11, ProgressStatus.Improved, TestName = "90% before, 20% after, usual 20%: improved")]
    public void Statuses_follow_the_rates_and_chance(int[] before, int[] after, int target, ProgressStatus status)
    {
        var f = Theme([.. before.Select(s => (1, s == 1)), .. after.Select(s => (20, s == 1))]);
        var previous = new PreviousReport(new DateOnly(2024, 1, 10), [new PreviousPlan("", [new PreviousPlanItem(1, "SQL", target, ["Write query 0"])])]);

        var item = ProgressLesson.Analyze(previous, "", [f], []).Single();

        Assert.That(item.Status, Is.EqualTo(status));
        Assert.That((item.QuestionsBefore, item.QuestionsSince), Is.EqualTo((before.Length, after.Length)));
    }

    [Test]
    public void Better_but_still_weak_says_how_it_compares_with_the_usual_rate()
    {
        var f = Theme([.. Enumerable.Repeat((1, true), 9), (1, false), .. Enumerable.Repeat((20, true), 4), .. Enumerable.Repeat((20, false), 6)]);
        var previous = new PreviousReport(new DateOnly(2024, 1, 10), [new PreviousPlan("", [new PreviousPlanItem(1, "SQL", 5, ["Write query 0"])])]);

        var item = ProgressLesson.Analyze(previous, "", [f], []).Single();

        Assert.That((item.Status, item.UsualStumbleRate), Is.EqualTo((ProgressStatus.BetterStillWeak, (double?)0.2)));
        Assert.That(ReportText.Progress(item), Is.EqualTo("SQL: better, still above your usual: 4 of 10 questions since 2024-01-10 went wrong (40%), against 90% before; 20% of all your questions go wrong."));
    }

    [Test]
    public void Fishers_exact_test_gives_the_chance_of_a_change_as_large_from_a_theme_that_went_the_same()
    {
        // 4 of 5 before, 0 of 4 after: of C(9,4) = 126 ways to pick the 4 later questions from the 9, 5 hold no stumble.
        Assert.That(ProgressLesson.FisherAtMost(5, 4, 4, 0), Is.EqualTo(5.0 / 126).Within(1e-15));
        Assert.That(ProgressLesson.FisherAtLeast(5, 1, 4, 4), Is.EqualTo(5.0 / 126).Within(1e-15));
        Assert.That(ProgressLesson.FisherAtMost(2, 2, 1, 0), Is.EqualTo(1.0 / 3).Within(1e-15), "0 of 1 after 2 of 2");
        Assert.That(ProgressLesson.FisherAtMost(3, 3, 3, 3), Is.EqualTo(1), "everything stumbled: no evidence either way");
        Assert.That(ProgressLesson.FisherAtLeast(4, 2, 4, 0), Is.EqualTo(1), "at least 0: certain");
    }

    [Test]
    public void A_recurring_weakness_the_earlier_plan_did_not_have_is_new()
    {
        var items = Progress(new DateOnly(2024, 1, 10), new PreviousPlanItem(1, "sql", 3, ["Explain joins"]));

        Assert.That(items.Select(i => (i.Label, i.Status)), Is.EqualTo(new[] { ("sql", ProgressStatus.NoChange), ("design", ProgressStatus.New) }));
        Assert.That(Progress(new DateOnly(2024, 1, 10)), Has.Count.EqualTo(1), "no earlier item: only the new one");
    }

    [Test]
    public void Another_candidate_or_no_previous_report_gives_no_progress()
    {
        var log = LessonFixture.Log();
        var themes = ThemeLesson.Analyze(log, AnalysisOptions.Default);
        Assert.That(ProgressLesson.Analyze(null, "", themes.Findings, themes.Recurring), Is.Empty);
        Assert.That(ProgressLesson.Analyze(new PreviousReport(new DateOnly(2024, 1, 1), [new PreviousPlan("bob", [])]), "", themes.Findings, themes.Recurring), Is.Empty);
    }
}
