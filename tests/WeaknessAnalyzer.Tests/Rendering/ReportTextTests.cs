using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Tests.Reports;

namespace WeaknessAnalyzer.Tests.Rendering;

public class ReportTextTests
{
    [Test]
    public async Task Every_caveat_action_and_checklist_kind_has_a_sentence()
    {
        var c = (await ReportFixture.SmallAsync()).Candidates.Single();

        foreach (var caveat in Enum.GetValues<Caveat>()) Assert.That(ReportText.Caveat(caveat, c), Is.Not.Empty, caveat.ToString());
        foreach (var kind in Enum.GetValues<PlanActionKind>()) Assert.That(ReportText.Action(new PlanAction(kind, 2, ["a", "b"])), Does.EndWith("."), kind.ToString());
        foreach (var kind in Enum.GetValues<ChecklistKind>()) Assert.That(ReportText.Checklist(new ChecklistItem(kind, 2), c.Plan), Does.EndWith("."), kind.ToString());
    }

    [Test]
    public async Task A_rehearsal_question_never_stumbled_says_it_went_well_before()
    {
        var item = (await ReportFixture.SmallAsync()).Candidates.Single().Plan.Items.First(i => i.Finding.Questions.Any(q => !q.Stumble));
        var stumbled = item.Finding.Questions.First(q => q.Stumble).Question;
        var wentWell = item.Finding.Questions.First(q => !q.Stumble && !item.Finding.Questions.Any(s => s.Stumble && s.Question == q.Question)).Question;

        Assert.That(ReportText.Rehearsal(item, stumbled), Is.EqualTo(stumbled));
        Assert.That(ReportText.Rehearsal(item, wentWell), Is.EqualTo(wentWell + " (went well before)"));
        Assert.That(ReportText.Rehearsal(item, "Q: " + stumbled.ToUpperInvariant()), Does.Not.EndWith("(went well before)"), "near-duplicates count as the same question");
    }

    [TestCase(OutcomeFinding.NotEnoughData, "Not enough data to relate preparation to outcomes: 1 advanced/offer and 3 rejected interviews have it (need 2 of each).")]
    [TestCase(OutcomeFinding.NoClearDifference, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: no clear difference.")]
    [TestCase(OutcomeFinding.HigherWentWithBetterOutcomes, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: more preparation went with better outcomes.")]
    [TestCase(OutcomeFinding.HigherDidNotGoWithBetterOutcomes, "Mean preparation: 2 h in 1 advanced/offer interviews vs 3.3 h in 3 rejected ones: more preparation did not go with better outcomes.")]
    public void A_comparison_states_its_numbers(OutcomeFinding finding, string expected)
    {
        var comparison = new OutcomeComparison(ComparedMeasure.PrepHours, 1, 2, 3, 10.0 / 3, 2, finding);

        Assert.That(ReportText.Comparison(comparison), Is.EqualTo(expected));
    }

    [Test]
    public void Interest_is_stated_out_of_five()
    {
        var comparison = new OutcomeComparison(ComparedMeasure.Interest, 2, 4.5, 2, 3, 2, OutcomeFinding.HigherWentWithBetterOutcomes);

        Assert.That(ReportText.Comparison(comparison), Is.EqualTo("Mean interest: 4.5/5 in 2 advanced/offer interviews vs 3/5 in 2 rejected ones: more interest went with better outcomes."));
    }

    [TestCase(Trend.NotEnoughData, "not enough data")]
    [TestCase(Trend.Improving, "improving")]
    [TestCase(Trend.Worsening, "worsening")]
    public void Trends_in_words(Trend trend, string expected) => Assert.That(ReportText.Trend(trend), Is.EqualTo(expected));

    [Test]
    public async Task The_reading_counts_blank_rows_apart()
    {
        var report = await ReportFixture.ExportAsync("excel-en-us.csv");

        Assert.That(ReportText.Reading(report.Ingestion), Is.EqualTo("Read 30 rows: 27 accepted, 0 rejected, 3 blank (skipped); no problems."));
        Assert.That(ReportText.ReadingNotes(report.Ingestion), Is.EqualTo(new[] { "Numeric dates were read month first (03/05/2025 is March 5, 2025), as the column's other dates (or the culture) show." }));
    }

    [Test]
    public async Task Reading_notes_say_what_the_plan_could_not_use_and_how_to_fix_it()
    {
        var notion = ReportText.ReadingNotes((await ReportFixture.ExportAsync("notion.csv")).Ingestion);
        var log = InterviewLogReader.Parse("question,date,Salary\na,soon,1\nb,later,2\nc,2025-01-01,3\n");

        Assert.That(notion, Is.EqualTo(new[]
        {
            "Not used: the column 'Created time' is not part of the log format, so the plan ignores it. If one holds a column the plan uses, name it with --map \"Created time=<column>\" (in code: InterviewLogOptions.Columns); the README lists the columns.",
            "The questions were read from the column 'Name': the log has no question column, and its values look like questions.",
        }));
        Assert.That(ReportText.ReadingNotes(log.Summary), Has.Some.EqualTo(
            "Only 1 of the 3 filled cells in 'date' could be read (2 cleared), so what the plan says from them is thin. Set the date format, such as --date-format dd/MM/yyyy (in code: InterviewLogOptions.DateFormat)."));
    }

    [Test]
    public async Task A_problem_group_names_the_header_the_reason_and_the_rows()
    {
        var report = await ReportFixture.ExportAsync("excel-en-gb.csv");
        var s = report.Ingestion;
        var many = InterviewLogReader.Parse("question,confidence\n" + string.Concat(Enumerable.Range(1, 15).Select(i => $"q{i},lots\n"))).Summary;

        Assert.That(s.ProblemGroups.Select(g => ReportText.ProblemGroup(g, s)), Is.EqualTo(new[]
        {
            "1 cell in 'Performance' cleared: response not a known response (expected strong, ok, weak, stumped, a common synonym, or a rating 1-5). Row 5.",
            "1 cell in 'Interview date' cleared: date is not a valid date (expected yyyy-MM-dd or a form such as 5 Mar 2024). Row 8.",
        }));
        Assert.That(ReportText.ProblemGroup(many.ProblemGroups.Single(), many), Does.StartWith("15 cells in 'confidence' cleared: confidence must be").And.EndWith("Rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 3 more."));
    }

    private static InterviewSummary Interview(string company, int day) =>
        new($"k{day}", new DateOnly(2024, 1, day), company, null, "onsite", InterviewOutcome.Rejected, 2, 1, null, null, false, [day]);

    [Test]
    public void A_feedback_point_is_the_interviewers_own_words_not_the_engines_keywords()
    {
        var theme = new FeedbackTheme("round, lacked depth, estimating load", ["round", "depth"], 3,
            ["Struggled with the system design round", "Design answer lacked depth on scaling", "Needs more structure when estimating load", "Strong design round"],
            new Dictionary<string, int> { ["rejected"] = 3 });

        Assert.That(ReportText.FeedbackPoint(theme), Is.EqualTo(
            "In 3 interviews: \"Struggled with the system design round\"; \"Design answer lacked depth on scaling\"; \"Needs more structure when estimating load\"."));
        Assert.That(ReportText.FeedbackPoint(theme, maxQuotes: 1), Is.EqualTo("In 3 interviews: \"Struggled with the system design round\"."));
        Assert.That(ReportText.FeedbackPoint(theme, maxQuotes: 0), Is.EqualTo(ReportText.FeedbackPoint(theme, maxQuotes: 1)), "at least one quote");
    }

    [Test]
    public void Interviews_without_feedback_are_asked_about_in_one_line()
    {
        Assert.That(ReportText.AskForFeedback([Interview("Acme", 1), Interview("Beta", 2), Interview("Gamma", 3)], maxNamed: 2), Is.EqualTo(
            "Ask for feedback on the 3 interviews that had none (Acme, onsite, 2024-01-01; Beta, onsite, 2024-01-02; and 1 more): a short, polite email to each recruiter asking what would have made the answers stronger."));
        Assert.That(ReportText.AskForFeedback([Interview("Acme", 1)]), Is.EqualTo(ReportText.AskForFeedback(Interview("Acme", 1))));
    }

    [Test]
    public void Themes_stumbled_despite_preparation_share_one_line_per_threshold()
    {
        Assert.That(ReportText.PrepGaps([new PrepGap(1, "rate limiter", 2, 5), new PrepGap(2, "SQL", 1, 5)]), Is.EqualTo(new[]
        {
            "Stumbled despite 5 h or more of preparation: rate limiter (2 stumbles); SQL (1 stumble). The prep did not cover these themes.",
        }));
        Assert.That(ReportText.PrepGaps([new PrepGap(1, "design", 2, 4)]), Is.EqualTo(new[] { ReportText.PrepGap(new PrepGap(1, "design", 2, 4)) }));
    }

    [Test]
    public void Severity_is_one_sentence_of_facts_against_the_persons_usual_rate()
    {
        var f = new ThemeFinding
        {
            Id = 1, Label = "t", Keywords = [], Phrases = [], Kind = WeaknessAnalyzer.Themes.ThemeKind.Unknown, Unthemed = false, QuestionCount = 4, InterviewCount = 3,
            StumbleCount = 3, StumbleInterviewCount = 3, StumbleRate = 0.75, Recurring = true, Trend = Trend.Steady, MeanConfidence = null, StumbleRateRejected = null,
            StumbleRateAdvanced = null, FirstSeen = null, LastSeen = null, Severity = 0.3561, UsualStumbleRate = 0.22, Rows = [], Questions = [], InterviewKeys = [],
        };

        Assert.That(ReportText.Severity(f), Is.EqualTo("at least 36% of questions on it go wrong (95% sure), worse than the 22% of all your questions"));
        Assert.That(ReportText.Severity(f with { UsualStumbleRate = 0.4 }), Is.EqualTo("at least 36% of questions on it go wrong (95% sure), not clearly worse than the 40% of all your questions"));
    }
}
