using WeaknessAnalyzer.Practice;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Tests.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Tests;

public class InterviewAnalyzerTests
{
    [Test]
    public async Task Small_log_gives_exact_numbers()
    {
        var report = await ReportFixture.SmallAsync();
        var c = report.Candidates.Single();

        Assert.That((c.Interviews.Count, c.QuestionCount, c.StumbleCount), Is.EqualTo((3, 7, 3)));
        Assert.That(report.ReferenceDate, Is.EqualTo(new DateOnly(2024, 3, 10)));
        var design = c.Themes.Single(t => t.Rows.Contains(1));
        Assert.That(design.Rows, Is.EqualTo(new long[] { 1, 2, 4, 6 }));
        Assert.That((design.QuestionCount, design.InterviewCount, design.StumbleCount, design.StumbleInterviewCount), Is.EqualTo((4, 3, 3, 2)));
        Assert.That(design.StumbleRate, Is.EqualTo(0.75));
        Assert.That(design.Recurring, Is.True);
        Assert.That(design.MeanConfidence, Is.EqualTo(2.25));
        Assert.That(design.StumbleRateRejected, Is.EqualTo(1.0));
        Assert.That(design.StumbleRateAdvanced, Is.EqualTo(0.0));
        Assert.That((design.FirstSeen, design.LastSeen), Is.EqualTo(((DateOnly?)new DateOnly(2024, 1, 10), (DateOnly?)new DateOnly(2024, 3, 10))));
        Assert.That(design.Trend, Is.EqualTo(Trend.Improving), "1 of 2 early vs... early half stumbled 2/2, late half 1/2");
        // The lower end of the one-sided 95% Wilson interval of 3 stumbles in 4 questions.
        Assert.That(design.Severity, Is.EqualTo(0.3561));

        var sql = c.Themes.Single(t => t.Rows.Contains(3));
        Assert.That(sql.Rows, Is.EqualTo(new long[] { 3, 5, 7 }));
        Assert.That((sql.StumbleCount, sql.Recurring), Is.EqualTo((0, false)));
        Assert.That(c.RecurringWeaknesses.Select(f => f.Id), Is.EqualTo(new[] { design.Id }));
        Assert.That(c.Strengths.Select(f => f.Id), Is.EqualTo(new[] { sql.Id }));
    }

    [Test]
    public async Task A_messy_209_row_sheet_plans_its_three_weak_spots_first_and_calls_advice_work()
    {
        // analyst-sheet-209.csv: written by the team as a person keeps a sheet (own words, emoji, "meh" interest, tags on
        // two thirds of the rows); experiments, probability and behavioural questions go wrong most.
        var report = await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", "analyst-sheet-209.csv"), AnalysisOptions.Default);
        var c = report.Candidates.Single();

        Assert.That(report.Ingestion.Problems, Is.Empty, "every cell reads, 'meh' and 'rambled and lost the thread' included");
        Assert.That(c.Plan.Items.Take(3).Select(i => i.Theme.Split(':')[0]), Is.EqualTo(new[] { "Experimentation", "Stats", "Behavioural" }));
        Assert.That(c.Plan.Items[0].Theme, Does.Contain("A/B test"));
        Assert.That(c.Strengths.Select(f => f.Id).Intersect(c.RecurringWeaknesses.Select(f => f.Id)), Is.Empty, "a theme is a strength or a weakness, not both");
        var bayes = c.Feedback.RecurringThemes.Where(t => t.Sentences.Any(x => x.Contains("practise Bayes", StringComparison.Ordinal))).ToList();
        Assert.That(bayes, Is.Not.Empty);
        Assert.That(bayes.Select(t => t.Critical), Is.All.True, "advice is something to work on, not praise");
    }

    [Test]
    public async Task A_backend_engineers_plan_quotes_the_interviewer_who_named_their_category()
    {
        // backend-sheet.csv, by words: "Concurrency answers were shaky" shares no word with the theme's questions, only with
        // the person's own category, which titles the theme.
        var c = (await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", "backend-sheet.csv"), AnalysisOptions.Default)).Candidates.Single();

        Assert.That(c.Plan.Items[0].Theme, Does.StartWith("System design: rate limiter"));
        var concurrency = c.Plan.Items.Single(i => i.Theme.StartsWith("Concurrency:", StringComparison.Ordinal));
        Assert.That(concurrency.Feedback, Is.EqualTo(new[] { "Concurrency answers were shaky" }));
    }

    [Test]
    public async Task A_marketers_sheet_gets_marketing_practice_their_critical_feedback_and_the_fit_remark_apart()
    {
        // marketing-sheet.csv, by words: a growth marketer weak at measurement and budgets. The bank had only engineering,
        // product and management sections: "Design a pipeline that loads daily sales data into a warehouse" was suggested for
        // "prove marketing's contribution to pipeline"; "Attribution thinking was fuzzy" was counted as praise.
        var c = (await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", "marketing-sheet.csv"), AnalysisOptions.Default)).Candidates.Single();

        var practice = c.Plan.Items.SelectMany(i => i.Practice).ToList();
        Assert.That(practice, Is.Not.Empty);
        Assert.That(practice.Select(q => PracticeBank.Sections[PracticeBank.Entries.Single(e => e.Text == q).Section].Name), Is.All.StartWith("Marketing: "));
        Assert.That(c.Plan.Items.Select(i => i.Theme), Has.Some.Contains("customer acquisition cost"));
        Assert.That(c.Feedback.RecurringThemes.Where(t => t.Critical).SelectMany(t => t.Sentences), Does.Contain("Attribution thinking was fuzzy").And.Contain("CAC payback math was off"));
        Assert.That(c.Feedback.RecurringThemes.Where(t => !t.Critical).SelectMany(t => t.Sentences), Is.EquivalentTo(new[] { "Lovely storytelling", "Great lifecycle instincts", "Good presentation", "Nice energy" }));
        Assert.That(c.Fit.Remarks.Select(r => (r.Interview.Company, r.Sentence)), Is.EqualTo(new[] { ((string?)"Local Bank", "They went with an internal candidate") }));
    }

    [Test]
    public async Task A_coachs_sheet_gives_each_student_their_own_weak_area_first_and_no_theme_mixes_people_with_code()
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(TestFiles.Path("Exports", "coach-three-students.csv"), AnalysisOptions.Default);

        Assert.That((report.Ingestion.RowsRead, report.Ingestion.RowsAccepted, report.Ingestion.Problems.Count), Is.EqualTo((151L, 151L, 0)));
        Assert.That(report.Candidates.Select(c => c.Candidate), Is.EqualTo(new[] { "Ana", "Ben", "Chloé" }));
        Assert.That(report.Candidates[0].Plan.Items[0].Theme, Does.StartWith("System design:"));
        Assert.That(report.Candidates[1].Plan.Items.Take(2).Select(i => i.Theme), Is.All.StartWith("Coding:"));
        foreach (var theme in report.Candidates.SelectMany(c => c.Themes))
        {
            var kinds = theme.Questions.Select(q => WeaknessAnalyzer.Themes.ThemeKinds.Of(q.Question)).ToHashSet();
            var person = kinds.Overlaps([ThemeKind.Behavioural, ThemeKind.Motivation]);
            var technical = kinds.Overlaps([ThemeKind.Coding, ThemeKind.SystemDesign]);
            Assert.That(person && technical, Is.False, $"theme '{theme.Label}' mixes questions about the person with technical tasks");
        }
    }

    [Test]
    public async Task The_persons_categories_keep_every_statistics_question_of_an_excel_export_in_one_theme()
    {
        // excel-en-gb.csv: rows 3, 5, 8, 11, 22 and 30 are filed under "stats" (Type I/II errors, a p-value, sizing an A/B
        // test, confidence intervals); the words alone put "Explain confidence intervals in plain words" with window functions.
        var path = TestFiles.Path("Exports", "excel-en-gb.csv");
        var guided = (await InterviewAnalyzer.AnalyzeAsync(path, ReportFixture.Options with { Themes = ThemeOptions.Default })).Candidates.Single();
        var plain = (await InterviewAnalyzer.AnalyzeAsync(path, ReportFixture.Options with { Themes = ThemeOptions.Default with { CategoryWeight = 0 } })).Candidates.Single();

        var stats = guided.Themes.Single(t => t.Rows.Contains(3));
        Assert.That(stats.Rows, Is.EqualTo(new long[] { 3, 5, 8, 11, 22, 30 }));
        Assert.That(stats.Label, Is.EqualTo("Stats: confidence intervals, Type II errors, A/B test"), "not \"product manager\", the audience of \"Explain a p-value to a product manager\"");
        Assert.That(guided.Plan.Items[0].ThemeId, Is.EqualTo(stats.Id));
        Assert.That(guided.Themes.Single(t => t.Rows.Contains(20)).Rows, Is.EqualTo(new long[] { 10, 13, 20, 24, 27, 28 }), "window functions with the SQL questions");
        Assert.That(plain.Themes.Single(t => t.Rows.Contains(22)).Rows, Does.Contain(20L), "without the categories: with window functions");
    }

    [Test]
    public async Task Plan_items_suggest_new_questions_from_the_bank_and_never_one_the_person_was_asked()
    {
        var path = TestFiles.Path("Exports", "excel-en-gb.csv");
        var log = await InterviewLogReader.ReadAsync(path);
        var c = InterviewAnalyzer.Analyze(log, ReportFixture.Options with { Themes = ThemeOptions.Default }).Candidates.Single();
        var none = InterviewAnalyzer.Analyze(log, ReportFixture.Options with { Themes = ThemeOptions.Default, PracticeQuestions = 0 }).Candidates.Single();

        var asked = log.Records.Select(r => TextKeys.DedupKey(r.Question)).ToHashSet();
        var practice = c.Plan.Items.SelectMany(i => i.Practice).ToList();
        Assert.That(c.Plan.Items.Where(i => i.ThemeId != Theme.UnthemedId).Select(i => i.Practice.Count), Is.All.EqualTo(3).Or.All.GreaterThan(0));
        Assert.That(practice.Select(TextKeys.DedupKey), Has.None.AnyOf(asked.ToArray()), "never a question already asked");
        Assert.That(practice, Is.Unique, "each suggestion once in a plan");
        var stats = c.Plan.Items.Single(i => i.Finding.Rows.Contains(3));
        Assert.That(stats.Practice, Is.SubsetOf(PracticeSection("Statistics and A/B testing")));
        Assert.That(none.Plan.Items.SelectMany(i => i.Practice), Is.Empty);
        Assert.That(none.Plan.Items.Select(i => i.Theme), Is.EqualTo(c.Plan.Items.Select(i => i.Theme)), "suggestions change nothing else");

        static string[] PracticeSection(string name) => [.. WeaknessAnalyzer.Practice.PracticeBank.Entries
            .Where(e => WeaknessAnalyzer.Practice.PracticeBank.Sections[e.Section].Name == name).Select(e => e.Text)];
    }

    [Test]
    public async Task Plan_feedback_preparation_and_fit_state_their_numbers()
    {
        var c = (await ReportFixture.SmallAsync()).Candidates.Single();

        var item = c.Plan.Items.Single();
        Assert.That(item.Priority, Is.EqualTo(1));
        Assert.That(ReportText.Goal(item), Does.StartWith("Answer the next 3 ").And.EndWith("at ok or better by 2024-04-09."));
        Assert.That(item.ReviewDate, Is.EqualTo(new DateOnly(2024, 4, 9)));
        Assert.That(item.Rehearse, Has.Count.EqualTo(4));
        Assert.That(item.Rehearse[0], Is.EqualTo("Design a scalable URL shortener service"));
        Assert.That(ReportText.Evidence(item), Does.StartWith("3 of the 4 times it came up went wrong, in 2 interviews; at least 36% of questions on it go wrong (95% sure), not clearly worse than the 43% of all your questions").And.Contain("every rejected interview where it came up had a stumble on it"));

        Assert.That(c.Feedback.WithoutFeedback.Select(i => i.Title), Is.EqualTo(new[] { "Beta, onsite, 2024-02-10" }));
        Assert.That(ReportText.AskForFeedback(c.Feedback.WithoutFeedback.Single()), Does.StartWith("Ask for feedback on Beta, onsite, 2024-02-10"));
        Assert.That(ReportText.PreparationVerdict(c.Preparation), Is.EqualTo("Not enough data to relate preparation to outcomes: 1 advanced/offer and 2 rejected interviews have it (need 2 of each)."));
        Assert.That(c.Preparation.ByOutcome.Select(g => (g.Group, g.Interviews, g.Mean)), Is.EqualTo(new[] { ("advanced", 1, (double?)2.0), ("rejected", 2, (double?)4.0) }));
        Assert.That(c.Fit.ByCompany.Select(g => (g.Group, g.Successes, g.Rejections)), Is.EqualTo(new[] { ("Acme", 0, 1), ("Beta", 0, 1), ("Gamma", 1, 0) }));
        Assert.That(c.Fit.LostDespiteStrongAnswers, Is.Empty);
        Assert.That(ReportText.CalibrationVerdict(c.SelfAssessment), Is.EqualTo("Your confidence matched the outcome of the answer on 6 of 7 questions (86%)."));
    }

    [Test]
    public async Task Rejection_after_strong_answers_is_a_possible_fit_mismatch_not_a_skill_gap()
    {
        var csv = "interview_id,outcome,question,response\n1,rejected,Design a cache,strong\n1,rejected,Design a queue,ok\n2,rejected,Design a feed,weak\n2,rejected,Design a log,weak\n";
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), ReportFixture.Options with { Themes = new() { ThemeCount = 1 } });
        var c = report.Candidates.Single();

        Assert.That(c.Fit.LostDespiteStrongAnswers, Has.Count.EqualTo(1));
        Assert.That(ReportText.FitVerdict(c.Fit), Does.Contain("possible fit mismatch"));
    }

    [Test]
    public async Task Sparse_log_is_honest_about_what_cannot_be_concluded()
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader("question\nWhat is a closure?\nWhat is a promise?\n"));
        var c = report.Candidates.Single();

        var caveats = c.Caveats.Select(k => ReportText.Caveat(k, c)).ToList();
        Assert.That(caveats, Has.Some.Contains("every question is counted as a stumble"));
        Assert.That(caveats, Has.Some.Contains("Only 1 interview"));
        Assert.That(caveats, Has.Some.Contains("No outcome column"));
        Assert.That(c.RecurringWeaknesses, Is.Empty);
        Assert.That(c.Plan.Items, Is.Empty);
        Assert.That(ReportText.PreparationVerdict(c.Preparation), Does.StartWith("Not enough data"));
        Assert.That(ReportText.CalibrationVerdict(c.SelfAssessment), Does.StartWith("Not enough data"));
        var json = JsonReportWriter.ToJson(report);
        Assert.That(json, Does.Not.Contain("NaN").And.Not.Contain("Infinity"));
    }

    [Test]
    public async Task Candidate_column_gives_one_report_per_candidate_and_a_cohort()
    {
        var csv = "candidate,interview_id,question,response\n" +
                  "ann,1,Design a scalable cache service,weak\nann,2,Design a scalable queue service,stumped\nann,2,Write a SQL join query,strong\n" +
                  "bob,3,Design a scalable feed service,weak\nbob,3,Write a SQL index query,weak\nbob,4,Write a SQL query with a join,stumped\n";
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), ReportFixture.Options);

        Assert.That(report.HasCandidates, Is.True);
        Assert.That(report.Candidates.Select(c => c.Candidate), Is.EqualTo(new[] { "ann", "bob" }));
        Assert.That(report.Candidates.Select(c => c.QuestionCount), Is.EqualTo(new[] { 3, 3 }));
        var design = report.Cohort.Single(t => t.CandidateNames.Count == 2);
        Assert.That(design.Stumbles, Is.GreaterThanOrEqualTo(3));
        var json = JsonReportWriter.ToJson(report);
        Assert.That(json, Does.Contain("\"candidates\"").And.Contain("\"cohort\""));
    }

    [Test]
    public async Task A_coachs_log_gives_the_same_report_on_one_thread_or_many()
    {
        // Candidates are analysed in parallel; the report must not depend on it.
        var path = TestFiles.Path("Exports", "airtable.csv");
        var options = ReportFixture.Options with { Themes = new ThemeOptions { Dimensions = 8 } };
        var many = await InterviewAnalyzer.AnalyzeAsync(path, options with { Themes = options.Themes with { MaxDegreeOfParallelism = 4 } });
        var one = await InterviewAnalyzer.AnalyzeAsync(path, options with { Themes = options.Themes with { MaxDegreeOfParallelism = 1 } });

        Assert.That(many.Candidates, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(JsonReportWriter.ToJson(many), Is.EqualTo(JsonReportWriter.ToJson(one)));
    }

    [Test]
    public async Task Feedback_points_are_fitted_over_everyone_and_counted_per_candidate()
    {
        // Ann hears the statistics point in two interviews, Bob in one: only Ann's report lists it, under the same name
        // the whole log's fit gave it.
        var csv = "candidate,interview_id,question,response,feedback\n" +
                  "ann,1,Explain a p-value,weak,The statistics were shaky\nann,2,Explain a t-test,weak,The statistics were shaky\nann,3,Design a cache,strong,Clear and structured answers\n" +
                  "bob,4,Explain a p-value,weak,The statistics were shaky\nbob,5,Design a queue,strong,Clear and structured answers\nbob,6,Design a feed,strong,Clear and structured answers\n";
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader(csv), ReportFixture.Options);

        var ann = report.Candidates.Single(c => c.Candidate == "ann").Feedback.RecurringThemes;
        var bob = report.Candidates.Single(c => c.Candidate == "bob").Feedback.RecurringThemes;
        Assert.That(ann.Select(p => (p.Critical, p.InterviewCount, p.Sentences[0])), Is.EqualTo(new[] { (true, 2, "The statistics were shaky") }));
        Assert.That(bob.Select(p => (p.Critical, p.InterviewCount, p.Sentences[0])), Is.EqualTo(new[] { (false, 2, "Clear and structured answers") }));
    }

    [Test]
    public async Task Theme_progress_is_reported_and_does_not_change_the_report()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Reports", "small-log.csv"));
        var stages = new List<ThemeFitStage>();
        var withProgress = InterviewAnalyzer.Analyze(log, ReportFixture.Options, new StageRecorder(stages));

        Assert.That(stages[0], Is.EqualTo(ThemeFitStage.Deduplicating));
        Assert.That(stages[^1], Is.EqualTo(ThemeFitStage.Done));
        Assert.That(JsonReportWriter.ToJson(withProgress), Is.EqualTo(JsonReportWriter.ToJson(InterviewAnalyzer.Analyze(log, ReportFixture.Options))));
    }

    private sealed class StageRecorder(List<ThemeFitStage> stages) : IProgress<ThemeFitProgress>
    {
        public void Report(ThemeFitProgress value) => stages.Add(value.Stage);
    }

    [Test]
    public async Task Same_log_and_seed_give_the_same_report_byte_for_byte()
    {
        var a = JsonReportWriter.ToJson(await ReportFixture.SmallAsync());
        var b = JsonReportWriter.ToJson(await ReportFixture.SmallAsync());
        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void Options_are_validated_all_at_once()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnalysisOptions { MaxPlanItems = 0, ReviewAfterDays = 0, Themes = new() { Restarts = 0 } }.Validate());
        Assert.That(ex!.Message, Does.Contain("MaxPlanItems").And.Contain("ReviewAfterDays").And.Contain("Restarts"));
    }

    [Test]
    public void Unreadable_log_surfaces_the_data_exception()
    {
        Assert.That(() => InterviewAnalyzer.AnalyzeAsync(new StringReader("")), Throws.InstanceOf<InterviewDataException>());
    }

    [TestCase("9999-12-31")]
    [TestCase("99999999999/1/2024")]
    [TestCase("0001-01-01")]
    public async Task A_date_out_of_range_is_a_problem_not_a_crash(string date)
    {
        var report = await InterviewAnalyzer.AnalyzeAsync(new StringReader($"date,question\n{date},x\n2024-01-01,y\n"), ReportFixture.Options);

        var problem = report.Ingestion.Problems.Single();
        Assert.That((problem.RowNumber, problem.Column, problem.Action), Is.EqualTo((1L, "date", ProblemAction.FieldCleared)));
        Assert.That(report.Candidates.Single().Plan.ReviewDate, Is.EqualTo(new DateOnly(2024, 1, 31)));
    }
}
