using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;

namespace WeaknessAnalyzer.Tests.Ingestion;

/// <summary>
/// The corpus of realistic exports (TestData/Exports, one README line each): every cell a person reads without hesitation
/// is read. The exact accounting per file, and the only problems are the truly unreadable cells the README names.
/// </summary>
public partial class InterviewLogReaderTests
{
    private static readonly string[] ParsedColumns = [ColumnNames.Date, ColumnNames.Outcome, ColumnNames.Response, ColumnNames.Confidence, ColumnNames.PrepHours, ColumnNames.Interest];

    [TestCase("excel-en-us.csv", 30, 27, 3, "", DateOrder.MonthFirst)]
    [TestCase("excel-en-gb.csv", 30, 30, 0, "response:5 date:8", DateOrder.DayFirst)]
    [TestCase("excel-de-de.csv", 24, 24, 0, "", DateOrder.NotNeeded)] // dotted dates read day first on their own
    [TestCase("google-sheets.csv", 30, 30, 0, "prep_hours:3", DateOrder.MonthFirst)]
    [TestCase("numbers.csv", 24, 24, 0, "", DateOrder.NotNeeded)]
    [TestCase("libreoffice.csv", 24, 24, 0, "", DateOrder.MonthFirst)]
    [TestCase("notion.csv", 27, 27, 0, "", DateOrder.NotNeeded)]
    [TestCase("airtable.csv", 36, 36, 0, "", DateOrder.NotNeeded)]
    [TestCase("excel-semicolon-emoji.csv", 14, 14, 0, "", DateOrder.DayFirst)]
    [TestCase("excel-german-headers.csv", 11, 11, 0, "", DateOrder.DayFirst)]
    public async Task Every_export_of_the_corpus_is_read_without_losing_a_readable_cell(string file, int read, int accepted, int blank, string problems, DateOrder order)
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", file));
        var s = log.Summary;

        Assert.That((s.RowsRead, s.RowsAccepted, s.RowsBlank, s.RowsRejected), Is.EqualTo(((long)read, (long)accepted, (long)blank, 0L)));
        Assert.That(string.Join(' ', s.Problems.Select(p => $"{p.Column}:{p.RowNumber}")), Is.EqualTo(problems));
        Assert.That(s.Problems.Select(p => p.Action), Is.All.EqualTo(ProblemAction.FieldCleared));
        Assert.That(s.DateOrder, Is.EqualTo(order));
        Assert.That(s.Columns, Does.Contain(ColumnNames.Question).And.Contain(ColumnNames.Date).And.Contain(ColumnNames.Response).And.Contain(ColumnNames.Outcome));
        foreach (var column in ParsedColumns.Where(log.HasColumn))
        {
            var match = s.ColumnMatches.Single(c => c.Column == column);
            var values = log.Records.Count(r => r.HasValue(column));
            Assert.That(values, Is.EqualTo(match.Filled - match.Cleared), $"{file}: every filled {column} cell that is not a listed problem has its value");
            Assert.That(match.Filled, Is.EqualTo(accepted), $"{file}: every row has a {column}");
        }
    }

    [Test]
    public async Task A_notion_export_reads_its_title_column_emoji_selects_stars_and_multi_line_notes()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "notion.csv"));
        var first = log.Records[0];

        Assert.That(log.Summary.ColumnMatches.Single(c => c.Column == ColumnNames.Question), Is.EqualTo(new ColumnMatch(ColumnNames.Question, "Name", ColumnMatchKind.Guess) { Filled = 27 }));
        Assert.That(log.Summary.UnknownColumns, Is.EqualTo(new[] { "Created time" }));
        Assert.That((first.Question, first.Date, first.Response, first.Confidence, first.Outcome, first.PrepHours, first.Category),
            Is.EqualTo(("Why do you want to work here?", (DateOnly?)new DateOnly(2025, 1, 14), (ResponseQuality?)ResponseQuality.Strong, (int?)4, (InterviewOutcome?)InterviewOutcome.Offer, (double?)2, "Motivation")));
        Assert.That(log.Records.Select(r => r.Response).Distinct(), Is.EquivalentTo(new ResponseQuality?[] { ResponseQuality.Strong, ResponseQuality.Ok, ResponseQuality.Weak, ResponseQuality.Stumped }));
        Assert.That(log.Records.Count(r => r.Notes == "Forgot the formula.\nLook up power analysis."), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_sheet_grouping_each_interviews_questions_under_its_first_row_reads_them_as_one_interview()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "grouped-rows.csv"));

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.RowsFilledDown, log.Summary.Problems.Count), Is.EqualTo((11L, 11L, 7L, 0)));
        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(4));
        var second = log.Records[1];
        Assert.That((second.Date, second.Company, second.Stage), Is.EqualTo((new DateOnly(2026, 3, 2), "Stripe", "Phone screen")), "taken from the row above");
        Assert.That(log.Records[1].InterviewKey, Is.EqualTo(log.Records[0].InterviewKey));
        Assert.That(log.Records[3].InterviewKey, Is.Not.EqualTo(log.Records[2].InterviewKey), "a new date starts a new interview");
        var feedback = log.Summary.ColumnMatches.Single(c => c.Column == ColumnNames.Feedback);
        Assert.That((feedback.Header, feedback.MatchedBy), Is.EqualTo(("Notes from interviewer", ColumnMatchKind.Fallback)));
        Assert.That(ReportText.ReadingNotes(log.Summary), Has.Some.StartsWith("7 rows leave the date blank under a row of the same interview"));
    }

    [Test]
    public async Task A_sheet_kept_one_row_per_interview_reads_each_question_of_the_cell()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "one-row-per-interview.csv"));

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.RowsSplit, log.Records.Count, log.Summary.Problems.Count), Is.EqualTo((3L, 3L, 3L, 9, 0)));
        Assert.That(log.Records.Select(r => r.Question).Take(4), Is.EqualTo(new[] { "Tell me about yourself", "Why Acme?", "Explain a hash map", "Design a URL shortener" }));
        Assert.That(log.Records.Where(r => r.RowNumber == 2).Select(r => (r.Response, r.Date, r.Feedback)).Distinct().Single(),
            Is.EqualTo(((ResponseQuality?)ResponseQuality.Weak, (DateOnly?)new DateOnly(2026, 2, 8), "System design needs depth")), "each shares its row's cells");
        Assert.That(ReportText.ReadingNotes(log.Summary), Has.Some.StartsWith("3 rows hold several questions in one cell"));
    }

    [Test]
    public async Task A_notion_title_naming_the_company_is_the_interview_not_the_candidate()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "notion-interview-pages.csv"));

        Assert.That((log.Summary.RowsAccepted, log.Summary.RowsSplit, log.Summary.Problems.Count), Is.EqualTo((9L, 8L, 0)));
        Assert.That(log.Records.Select(r => r.Candidate).Distinct(), Is.EqualTo(new[] { "" }), "one person, not nine");
        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(9));
        Assert.That(log.Records.Count(r => r.InterviewKey == log.Records[0].InterviewKey), Is.EqualTo(3), "Acme phone screen: three questions");
        Assert.That(log.Summary.ColumnMatches.Where(m => m.Header == "Name").Select(m => (m.Column, m.MatchedBy)).Single(), Is.EqualTo(("interview_id", ColumnMatchKind.Guess)));
        Assert.That(ReportText.ReadingNotes(log.Summary), Has.Some.StartsWith("The column 'Name' was read as the interview, not the candidate"));
    }

    [Test]
    public async Task A_backend_engineers_sheet_reads_how_each_answer_went_in_their_own_words()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "backend-sheet.csv"));

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Records.Count), Is.EqualTo((33L, 33L, 33)));
        Assert.That(log.Summary.ColumnMatches.Where(m => m.Header == "My answer was...").Select(m => m.Column).Single(), Is.EqualTo("response"));
        // Only "honestly I don't" and "much better this time - token bucket + redis" say nothing a rule can read.
        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.Column)), Is.EqualTo(new[] { (16L, "response"), (30L, "response") }));
        Assert.That(log.Records.Where(r => r.RowNumber is 7 or 10 or 19 or 25).Select(r => r.Response), Is.EqualTo(new ResponseQuality?[]
        {
            ResponseQuality.Weak, ResponseQuality.Weak, ResponseQuality.Weak, ResponseQuality.Stumped,
        }), "Rambled. mentioned locks but not...; weak - didn't pick...; Stumbled on...; Couldn't explain...");
        Assert.That(log.Records[0].Question, Is.EqualTo("Walk me through your current project"), "the Q: marker dropped");
        Assert.That(log.Records.Select(r => r.Interest).Distinct(), Is.EquivalentTo(new int?[] { 5, 3, 2, 4 }), "stars");
    }

    [Test]
    public async Task A_google_forms_sheet_is_read_by_its_questions_as_headers()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "google-form.csv"));

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.Problems.Count), Is.EqualTo((18L, 18L, 0)));
        Assert.That(log.Summary.UnknownColumns, Is.EqualTo(new[] { "Email Address" }));
        Assert.That(log.Summary.ColumnMatches.Single(m => m.Header == "What happened in the end?").Column, Is.EqualTo("outcome"));
        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(8), "rows a few minutes apart on one day at one company are one interview");
        Assert.That(ReportText.ReadingNotes(log.Summary), Has.Some.StartsWith("The companies were read from the column 'Which company was it?'"));
    }

    [Test]
    public async Task A_marketers_sheet_in_their_own_words_is_read_whole()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "marketing-sheet.csv"));

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.Problems.Count), Is.EqualTo((38L, 38L, 0)));
        Assert.That(log.Summary.UnknownColumns, Is.Empty);
        Assert.That(log.Records.Count(r => r.Response is null), Is.Zero, "Weak - no framework, Stumbled - forgot to include salaries, weak (got the formula wrong), no idea...");
        Assert.That(log.Records.Count(r => r.Response is ResponseQuality.Weak or ResponseQuality.Stumped), Is.EqualTo(11));
        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(11));
    }

    [Test]
    public async Task A_sheet_with_a_title_above_its_header_reads_from_the_header()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "pm-tracker.csv"));

        Assert.That(log.Summary.HeaderLine, Is.EqualTo(3));
        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.RowsRejected, log.Summary.RowsBlank), Is.EqualTo((26L, 24L, 1L, 1L)));
        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.LineNumber, p.Column)).Single(), Is.EqualTo((26L, 29L, "question")), "the Total row");
        Assert.That(log.Records[0].LineNumber, Is.EqualTo(4));
        Assert.That(log.Records.Where(r => r.Outcome is not null).Select(r => r.Outcome).Distinct(), Is.EquivalentTo(new InterviewOutcome?[]
        {
            InterviewOutcome.Advanced, InterviewOutcome.Rejected, InterviewOutcome.Pending, InterviewOutcome.Offer,
        }), "2nd round booked, Rejected 😞, No response, Offer!! 🎉");
        Assert.That(ReportText.ReadingNotes(log.Summary)[0], Is.EqualTo("The header is on line 3: the 2 lines above it (a title) were not read as rows."));
    }

    [Test]
    public async Task A_sheet_whose_first_rows_name_no_question_column_still_says_so()
    {
        foreach (var text in new[] { "My tracker,,\n,,\nDate,Company,Notes\n2025-01-02,Acme,fine\n", "just,some\n\"bad,quote\n" })
        {
            var ex = await Assert.ThrowsAsync<InterviewDataException>(() => InterviewLogReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
            Assert.That(ex!.Message, Does.StartWith("The log has no question column."), "not \"binary data\" for a row whose quote swallowed a line break");
        }
    }

    [Test]
    public async Task A_page_without_a_title_is_its_own_interview_by_date()
    {
        var log = await InterviewLogReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "Name,Date,Company,Question\nAcme onsite,2024-01-02,Acme,Two sum\nBeta call,2024-01-05,Beta,Why us?\n,2024-01-09,Gamma,Design a cache\n,2024-01-12,Delta,Reverse a list\n")));

        Assert.That(log.Records.Select(r => r.Candidate).Distinct(), Is.EqualTo(new[] { "" }));
        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(4), "the two untitled pages are two interviews");
    }

    [Test]
    public async Task A_name_column_of_people_stays_the_candidate()
    {
        var log = await InterviewLogReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "Name,Company,Question\nAna,Acme,Two sum\nAna,Acme,Why us?\nBo,Beta,Design a cache\n")));

        Assert.That(log.Records.Select(r => r.Candidate), Is.EqualTo(new[] { "Ana", "Ana", "Bo" }));
    }

    [Test]
    public async Task A_split_rows_ambiguous_date_is_settled_on_every_question()
    {
        var log = await InterviewLogReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "date,question\n03/05/2024,\"Two sum\nDesign a cache\"\n03/25/2024,Why us?\n")));

        Assert.That(log.Records.Select(r => r.Date), Is.EqualTo(new DateOnly?[] { new(2024, 3, 5), new(2024, 3, 5), new(2024, 3, 25) }), "month first, settled by 03/25");
    }

    [Test]
    public async Task A_google_sheets_export_reads_the_words_people_write()
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "google-sheets.csv"));

        Assert.That(log.Records[0].Question, Is.EqualTo("Explain window functions with an example"), "the 'Q: ' people type before a question is dropped");
        Assert.That(log.Records[0].Date, Is.EqualTo(new DateOnly(2025, 2, 2)));
        Assert.That(log.Records[0].Confidence, Is.EqualTo(2), "40% of 5 is 2");
        Assert.That(log.Records[0].PrepHours, Is.EqualTo(0.5), "30 min");
        Assert.That(log.Records.Select(r => r.Outcome).Distinct(), Is.SupersetOf(new InterviewOutcome?[] { InterviewOutcome.Rejected, InterviewOutcome.Advanced }));
        Assert.That(log.Summary.UnknownColumns, Is.EqualTo(new[] { "Timestamp" }));
    }

    [Test]
    public async Task Excel_exports_read_serial_dates_decimal_commas_and_ten_point_scales()
    {
        var us = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "excel-en-us.csv"));
        var de = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "excel-de-de.csv"));
        var air = await InterviewLogReader.ReadAsync(TestFiles.Path("Exports", "airtable.csv"));

        Assert.That(us.Records.Single(r => r.RowNumber == 13).Date, Is.EqualTo(new DateOnly(2025, 1, 29)), "Excel serial 45686");
        Assert.That(de.Summary.Encoding, Is.EqualTo("Windows-1252"));
        Assert.That(de.Records.Select(r => r.Company), Does.Contain("Müller AG"));
        Assert.That(de.Records.Select(r => r.PrepHours), Does.Contain(1.5), "1,5");
        Assert.That(air.Summary.ColumnMatches.Single(c => c.Column == ColumnNames.Interest).TenPointScale, Is.True);
        Assert.That(air.Records.Select(r => r.Interest), Is.All.InRange(1, 5));
        Assert.That(air.Records.Select(r => r.Candidate).Distinct(), Is.EqualTo(new[] { "Priya", "Tom", "Ana" }));
    }
}
