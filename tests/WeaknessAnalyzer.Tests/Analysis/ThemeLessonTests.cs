using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Tests.Analysis;

public class ThemeLessonTests
{
    [Test]
    public void A_theme_stumbled_in_two_rejected_interviews_is_a_recurring_weakness_with_exact_numbers()
    {
        var result = ThemeLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default);

        var design = result.Findings.Single(f => f.Label == "design");
        Assert.That((design.QuestionCount, design.InterviewCount, design.StumbleCount, design.StumbleInterviewCount), Is.EqualTo((3, 3, 2, 2)));
        Assert.That(design.StumbleRate, Is.EqualTo(2.0 / 3));
        Assert.That(design.MeanConfidence, Is.EqualTo(2.0));
        Assert.That((design.StumbleRateRejected, design.StumbleRateAdvanced), Is.EqualTo(((double?)1.0, (double?)0.0)));
        // The lower end of the one-sided 95% Wilson interval of 2 stumbles in 3 questions; 5 stumbles in all 9 rows.
        Assert.That(design.Severity, Is.EqualTo(0.2535));
        Assert.That(design.UsualStumbleRate, Is.EqualTo(Math.Round(result.Findings.Sum(f => f.StumbleCount) / (double)result.Findings.Sum(f => f.QuestionCount), 4)));
        Assert.That(design.Trend, Is.EqualTo(Trend.NotEnoughData), "3 dated questions; a trend needs 4");
        Assert.That(design.Questions.Select(q => q.Row), Is.EqualTo(new long[] { 1, 3, 5 }), "stumbles first, then by row");
        Assert.That(result.Recurring.Select(f => f.Label), Is.EqualTo(new[] { "design" }));
    }

    [Test]
    public void Strengths_are_themes_answered_well_more_questions_first()
    {
        var result = ThemeLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default);

        Assert.That(result.Strengths.Select(f => f.Label), Is.EqualTo(new[] { "sql", "behavioural" }));
    }

    [Test]
    public void Recurring_needs_the_configured_number_of_interviews()
    {
        var result = ThemeLesson.Analyze(LessonFixture.Log(), AnalysisOptions.Default with { RecurringMinInterviews = 3 });

        Assert.That(result.Recurring, Is.Empty);
    }

    [TestCase(10, false, true)]
    [TestCase(5, true, false)]
    public void A_theme_that_goes_well_is_a_strength_not_also_a_weakness(int sqlQuestions, bool recurring, bool strength)
    {
        // SQL stumbles in two interviews. With 10 SQL questions, 2 of 10 (20%) go wrong against the person's usual 6 of 16
        // (38%): it goes well, a strength only. With 5, 2 of 5 (40%) is above the 20% bar: a weakness, not a strength.
        var rows = new List<string>();
        for (var i = 0; i < 4; i++) rows.Add($"2024-0{i + 1}-10,C{i},design,Design a cache {i},weak");
        for (var i = 0; i < 2; i++) rows.Add($"2024-0{i + 1}-10,C{i},design,Design a queue {i},ok");
        for (var i = 0; i < sqlQuestions; i++) rows.Add($"2024-0{(i % 4) + 1}-10,C{i % 4},sql,Write a join {i},{(i < 2 ? "weak" : "strong")}");
        var log = LessonFixture.Log("date,company,category,question,response\n" + string.Join("\n", rows) + "\n");

        var result = ThemeLesson.Analyze(log, AnalysisOptions.Default);

        var sql = result.Findings.Single(f => f.Label == "sql");
        Assert.That((sql.StumbleCount, sql.StumbleInterviewCount), Is.EqualTo((2, 2)));
        Assert.That(result.Recurring.Contains(sql), Is.EqualTo(recurring));
        Assert.That(result.Strengths.Contains(sql), Is.EqualTo(strength));
        Assert.That(result.Recurring.Select(f => f.Label), Does.Contain("design"));
    }

    [Test]
    public void A_trend_compares_the_later_half_of_the_dated_questions_with_the_earlier_half()
    {
        var csv = "date,question,category,response\n" +
            "2024-01-01,q1,t,weak\n2024-01-02,q2,t,stumped\n2024-02-01,q3,t,ok\n2024-02-02,q4,t,strong\n" +
            "2024-01-01,p1,u,ok\n2024-01-02,p2,u,ok\n2024-02-01,p3,u,weak\n2024-02-02,p4,u,weak\n" +
            "2024-01-01,s1,v,ok\n2024-01-02,s2,v,weak\n2024-02-01,s3,v,ok\n2024-02-02,s4,v,weak\n";
        var findings = ThemeLesson.Analyze(LessonFixture.Log(csv), AnalysisOptions.Default).Findings;

        Assert.That(findings.Select(f => (f.Label, f.Trend)), Is.EqualTo(new[] { ("t", Trend.Improving), ("u", Trend.Worsening), ("v", Trend.Steady) }));
    }
}
