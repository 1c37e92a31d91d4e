using System.Text;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

public partial class InterviewLogReaderTests
{
    private static Task<InterviewLog> Read(string file, InterviewLogOptions? options = null) =>
        InterviewLogReader.ReadAsync(TestFiles.Path("Ingestion", file), options);

    private static Task<InterviewLog> ReadText(string text, bool fromStream, InterviewLogOptions? options = null) =>
        fromStream ? InterviewLogReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), options) : InterviewLogReader.ReadAsync(new StringReader(text), options);

    private static IEnumerable<(long Row, long Line, string? Column, ProblemAction Action)> Shape(InterviewLog log) =>
        log.Summary.Problems.Select(p => (p.RowNumber, p.LineNumber, p.Column, p.Action));

    [Test]
    public async Task Valid_file_maps_every_column()
    {
        var log = await Read("valid.csv");

        Assert.That(log.Summary.RowsRead, Is.EqualTo(3));
        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(3));
        Assert.That(log.Summary.Problems, Is.Empty);
        var first = log.Records[0];
        Assert.That(first.Question, Is.EqualTo("Design a URL shortener"));
        Assert.That(first.Date, Is.EqualTo(new DateOnly(2024, 3, 5)));
        Assert.That(first.Company, Is.EqualTo("Acme"));
        Assert.That(first.Stage, Is.EqualTo("onsite"));
        Assert.That(first.Outcome, Is.EqualTo(InterviewOutcome.Rejected));
        Assert.That(first.Response, Is.EqualTo(ResponseQuality.Weak));
        Assert.That(first.Confidence, Is.EqualTo(2));
        Assert.That(first.PrepHours, Is.EqualTo(6));
        Assert.That(first.Interest, Is.EqualTo(4));
        Assert.That(log.Records[1].InterviewKey, Is.EqualTo(first.InterviewKey));
        Assert.That(log.Records[2].InterviewKey, Is.Not.EqualTo(first.InterviewKey));
        Assert.That(log.Records[2].Date, Is.EqualTo(new DateOnly(2024, 4, 5)));
        Assert.That(log.Records[2].Outcome, Is.EqualTo(InterviewOutcome.Advanced), "'next round' is a synonym");
        Assert.That(log.Records.Select(log.IsStumble), Is.EqualTo(new[] { true, false, false }));
    }

    [Test]
    public async Task Spreadsheet_export_with_semicolons_bom_crlf_and_multiline_feedback()
    {
        var log = await Read("spreadsheet-export.csv");

        Assert.That(log.Summary.Delimiter, Is.EqualTo(';'));
        Assert.That(log.Summary.Problems, Is.Empty);
        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(3));
        Assert.That(log.Summary.Columns, Does.Contain(ColumnNames.Role).And.Contain(ColumnNames.Stage).And.Contain(ColumnNames.Feedback));
        Assert.That(log.Records[0].Feedback, Is.EqualTo("Good energy.\r\nLacked SQL depth; practise joins."));
        Assert.That(log.Records[0].PrepHours, Is.EqualTo(3.5), "decimal comma");
        Assert.That(log.Records[0].Date, Is.EqualTo(new DateOnly(2024, 3, 5)));
        Assert.That(log.Records[1].LineNumber, Is.EqualTo(4), "the quoted feedback of row 1 spans lines 2-3");
        Assert.That(log.Records[2].LineNumber, Is.EqualTo(6));
        Assert.That(log.Records[2].Question, Is.EqualTo("Explain \"window functions\""));
        Assert.That(log.Records[1].Response, Is.EqualTo(ResponseQuality.Weak), "'Poor' is a synonym");
        Assert.That(log.Records[0].Role, Is.EqualTo("Data Analyst"), "'Position' is an alias of role");
    }

    [Test]
    public async Task A_question_or_feedback_asked_again_later_shares_one_string()
    {
        // Memory follows distinct texts, not rows: the same question in interviews far apart is one string.
        // (Long texts: a reader's own cache may already share short ones.)
        var question = "Design a distributed cache for a global e-commerce site" + string.Concat(Enumerable.Repeat(" with many more requirements", 8));
        var feedback = "Needs more depth on the data model" + string.Concat(Enumerable.Repeat(" and on the trade-offs", 8));
        var category = "system design" + string.Concat(Enumerable.Repeat(", distributed systems", 8));
        var log = InterviewLogReader.Parse($"interview_id,question,feedback,category\n1,{question},{feedback},\"{category}\"\n2,Reverse a list,Good,coding\n3,{question},{feedback},\"{category}\"\n");

        Assert.That(ReferenceEquals(log.Records[0].Question, log.Records[2].Question));
        Assert.That(ReferenceEquals(log.Records[0].Feedback, log.Records[2].Feedback));
        Assert.That(ReferenceEquals(log.Records[0].Category, log.Records[2].Category));
        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(new[] { question, "Reverse a list", question }));
    }

    [Test]
    public async Task Rows_without_a_question_are_rejected_and_listed()
    {
        var log = await Read("missing-question.csv");

        Assert.That(log.Summary.RowsRead, Is.EqualTo(4));
        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(2));
        Assert.That(log.Summary.RowsRejected, Is.EqualTo(2));
        Assert.That(Shape(log), Is.EqualTo(new[]
        {
            (2L, 3L, (string?)"question", ProblemAction.RowRejected),
            (3L, 4L, (string?)"question", ProblemAction.RowRejected),
        }));
        Assert.That(log.Records.Select(r => r.RowNumber), Is.EqualTo(new[] { 1L, 4L }));
    }

    [Test]
    public async Task Invalid_optional_fields_are_cleared_and_the_row_kept()
    {
        var log = await Read("invalid-fields.csv");

        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(3));
        Assert.That(Shape(log), Is.EqualTo(new[]
        {
            (1L, 2L, (string?)"date", ProblemAction.FieldCleared),
            (1L, 2L, (string?)"outcome", ProblemAction.FieldCleared),
            (1L, 2L, (string?)"response", ProblemAction.FieldCleared),
            (1L, 2L, (string?)"confidence", ProblemAction.FieldCleared),
            (1L, 2L, (string?)"prep_hours", ProblemAction.FieldCleared),
            (1L, 2L, (string?)"interest", ProblemAction.FieldCleared),
        }));
        var first = log.Records[0];
        Assert.That(new object?[] { first.Date, first.Confidence, first.PrepHours, first.Interest, first.Outcome, first.Response }, Is.All.Null);
        Assert.That(log.Records[1].Date, Is.EqualTo(new DateOnly(2024, 5, 3)), "03/05/2024 reads day first, as 25/12/2024 in its column shows");
        Assert.That(log.Summary.DateOrder, Is.EqualTo(DateOrder.DayFirst));
        Assert.That(log.Records[2].Date, Is.EqualTo(new DateOnly(2024, 12, 25)), "25/12/2024 can only be day-first");
        Assert.That(log.Records[2].Interest, Is.EqualTo(5), "'5/5' reads as 5");
        Assert.That(log.Records[2].PrepHours, Is.EqualTo(1), "'1h' reads as 1 hour");
        Assert.That(log.Records[2].Outcome, Is.EqualTo(InterviewOutcome.Rejected), "ghosted counts as rejected");
        Assert.That(log.Records[1].Response, Is.EqualTo(ResponseQuality.Strong), "rating 4");
    }

    [Test]
    public async Task Problems_carry_no_raw_values_unless_opted_in()
    {
        var hidden = await Read("invalid-fields.csv");
        var shown = await Read("invalid-fields.csv", new InterviewLogOptions { IncludeRawValues = true });

        Assert.That(hidden.Summary.Problems.Select(p => p.RawValue), Is.All.Null);
        Assert.That(hidden.Summary.Problems.Select(p => p.ToString()), Has.None.Contain("lots").And.None.Contain("2024-13-45"));
        Assert.That(shown.Summary.Problems.Select(p => p.RawValue), Is.EqualTo(new[] { "2024-13-45", "maybe", "purple", "lots", "-3", "9" }));
    }

    [Test]
    public async Task A_name_typed_in_other_cases_or_spaces_is_one_person_other_letters_are_not()
    {
        var text = "student,date,company,question\n" +
                   "ana,2025-03-04,Acme,q1\nAna,2025-03-04,Acme,q2\nAna,2025-03-10,Acme,q3\nANA ,2025-03-11,Beta,q4\n" +
                   "Ben  Smith,2025-03-05,Beta,q5\nben smith,2025-03-06,Beta,q6\nBen,2025-03-07,Beta,q7\nChloé,2025-03-08,Gamma,q8\nChloe,2025-03-09,Gamma,q9\n";

        var log = await InterviewLogReader.ReadAsync(new StringReader(text));

        Assert.That(log.Records.Select(r => r.Candidate), Is.EqualTo(new[] { "Ana", "Ana", "Ana", "Ana", "Ben  Smith", "Ben  Smith", "Ben", "Chloé", "Chloe" }),
            "the spelling most rows use (Ana), else the first seen; \"Ben\" and \"Chloe\" may be other people");
        Assert.That(log.Records.Take(2).Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(1), "ana and Ana on one day at Acme: one interview");
        Assert.That(log.Summary.SimilarCandidateNames, Is.EqualTo(new[] { "Ben / Ben  Smith", "Chloe / Chloé" }));
        Assert.That(WeaknessAnalyzer.Rendering.ReportText.ReadingNotes(log.Summary), Does.Contain(
            "Some candidates' names are alike (Ben / Ben  Smith; Chloe / Chloé): each is reported as its own person; if two are one, write the name one way."));
    }

    [Test]
    public async Task A_company_or_stage_typed_in_other_cases_or_spaces_is_one_interview()
    {
        var log = await InterviewLogReader.ReadAsync(new StringReader(
            "date,company,stage,question\n2025-03-04,Acme Bank,Onsite,q1\n2025-03-04,acme  bank ,onsite,q2\n2025-03-04,Acme Bank,Phone,q3\n"));

        Assert.That(log.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(2));
        Assert.That(log.Records[1].Company, Is.EqualTo("acme  bank"), "the row keeps what was written");

        var emoji = await InterviewLogReader.ReadAsync(new StringReader("date,company,question\n2025-02-03,Zalando \U0001F6CD\uFE0F,q1\n2025-02-03,zalando,q2\n"));
        Assert.That(emoji.Records.Select(r => r.InterviewKey).Distinct().Count(), Is.EqualTo(1), "an emoji after the name is no other company");
    }

    [Test]
    public async Task German_headers_people_write_are_read()
    {
        var log = await InterviewLogReader.ReadAsync(new StringReader(
            "Wann? \U0001F4C5;Was wurde gefragt;Wie lief's \U0001F914;Lust auf den Job\n14/02/2025;Tell me about yourself;good;4\n"));

        Assert.That(log.Summary.UnknownColumns, Is.Empty);
        Assert.That((log.Records[0].Date, log.Records[0].Question, log.Records[0].Response, log.Records[0].Interest),
            Is.EqualTo(((DateOnly?)new DateOnly(2025, 2, 14), "Tell me about yourself", (ResponseQuality?)ResponseQuality.Strong, (int?)4)));
    }

    [Test]
    public async Task A_placeholder_is_blank_and_feedback_saying_there_was_none_is_none()
    {
        var text = "date,company,question,response,confidence,feedback\n" +
                   "2025-01-02,A,q1,-,n/a,No feedback yet\n" +
                   "2025-01-03,B,q2,\u2014,N/A,none\n" +
                   "2025-01-04,C,q3,weak,...,Needs more depth\n" +
                   "2025-01-05,D,-,weak,2,n/a\n";

        var log = await InterviewLogReader.ReadAsync(new StringReader(text));

        Assert.That(log.Records.Select(r => (r.Response, r.Confidence, r.Feedback)), Is.EqualTo(new (ResponseQuality?, int?, string?)[]
        {
            (null, null, null), (null, null, null), (ResponseQuality.Weak, null, "Needs more depth"),
        }));
        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.Column, p.Action)).Single(), Is.EqualTo((4L, "question", ProblemAction.RowRejected)), "a question of '-' is no question");
    }

    [Test]
    public async Task Dates_without_a_year_take_the_year_nearest_the_rows_around_them()
    {
        // "Jan 3" follows "Dec 28, 2024": 2025; "14/03" is day first (14 is no month), and "03/05" follows the column's
        // order, which "14/03/2025" shows; "Tue, Mar 4" with its weekday; "12 Feb" before any dated row looks ahead, and 2025-02-12 is nearer 2024-12-28 than 2024-02-12 is.
        var text = "date,question\n12 Feb,q0\nDec 28 2024,q1\nJan 3,q2\n14/03/2025,q3\n14/03,q4\n03/05,q5\n\"Tue, Mar 4\",q6\n";

        var log = await InterviewLogReader.ReadAsync(new StringReader(text));

        Assert.That(log.Records.Select(r => r.Date), Is.EqualTo(new DateOnly?[]
        {
            new(2025, 2, 12), new(2024, 12, 28), new(2025, 1, 3), new(2025, 3, 14), new(2025, 3, 14), new(2025, 5, 3), new(2025, 3, 4),
        }));
        Assert.That(log.Summary.DatesWithoutYear, Is.EqualTo(5));
        Assert.That(log.Summary.Problems, Is.Empty);
        Assert.That(WeaknessAnalyzer.Rendering.ReportText.ReadingNotes(log.Summary), Does.Contain("5 dates have no year (such as Mar 12): each took the year that puts it nearest the date of the row nearest it."));
    }

    [Test]
    public async Task Dates_without_a_year_and_no_dated_row_are_problems()
    {
        var log = await InterviewLogReader.ReadAsync(new StringReader("date,question\nMar 12,q1\n3/4,q2\n"));

        Assert.That(log.Records.Select(r => r.Date), Is.All.Null);
        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.Column)), Is.EqualTo(new[] { (1L, "date"), (2L, "date") }));
        Assert.That(log.Summary.Problems[0].Reason, Does.Contain("has no year"));
        Assert.That(log.Summary.Problems[1].Reason, Does.Contain("ambiguous"), "3/4 cannot even be ordered");
        Assert.That(log.Summary.DatesWithoutYear, Is.Zero);
    }

    [Test]
    public async Task A_date_format_resolves_ambiguous_dates()
    {
        var log = await Read("invalid-fields.csv", new InterviewLogOptions { DateFormat = "dd/MM/yyyy" });

        Assert.That(log.Records[1].Date, Is.EqualTo(new DateOnly(2024, 5, 3)));
        Assert.That(log.Summary.Problems.Count(p => p.Column == ColumnNames.Date), Is.EqualTo(1));
    }

    [Test]
    public async Task Unterminated_quote_is_reported_and_later_rows_survive()
    {
        var log = await Read("unterminated-quote.csv");

        Assert.That(log.Summary.RowsRead, Is.EqualTo(5));
        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(5));
        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(new[]
        {
            "First question", "Second question with a bad quote", "Third question", "multi\"", "Fourth question",
        }));
        Assert.That(log.Records[0].Feedback, Is.EqualTo("fine\nreally, fine"), "a good multi-line field before the bad quote is intact");
        Assert.That(log.Records[1].Company, Is.EqualTo("Acme"), "the bad line is re-split without its opening quote");
        Assert.That(log.Records[4].Feedback, Is.EqualTo("ok, \"quoted\""));
        Assert.That(Shape(log), Is.EqualTo(new[]
        {
            (2L, 4L, (string?)null, ProblemAction.RowKept),
            (3L, 5L, (string?)null, ProblemAction.RowKept),
            (4L, 6L, (string?)null, ProblemAction.RowKept),
            (4L, 6L, (string?)null, ProblemAction.RowKept), // and it has 1 field of 3
        }));
        Assert.That(log.Summary.Problems[^1].Reason, Is.EqualTo("the row has 1 field but the header has 3; the missing fields were left empty"));
    }

    [Test]
    public async Task Quote_that_swallows_lines_is_resynchronised()
    {
        var log = await Read("swallowed-lines.csv");

        Assert.That(log.Records.Select(r => (r.RowNumber, r.LineNumber, r.Question)), Is.EqualTo(new[]
        {
            (1L, 2L, "Bad start of a question"), (2L, 3L, "Second question"), (3L, 4L, "Third question"),
        }));
        Assert.That(log.Records[1].Feedback, Is.EqualTo("closes, here"));
        Assert.That(Shape(log), Is.EqualTo(new[] { (1L, 2L, (string?)null, ProblemAction.RowKept) }));
    }

    [Test]
    public async Task Text_after_closing_quote_is_kept_and_reported()
    {
        var log = await Read("text-after-quote.csv");

        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(3));
        Assert.That(Shape(log), Is.EqualTo(new[] { (2L, 4L, (string?)null, ProblemAction.RowKept) }));
        Assert.That(log.Records[0].Feedback, Is.EqualTo("good\nPlease pin down, this"));
    }

    [Test]
    public async Task Extra_fields_are_reported()
    {
        var log = await Read("extra-fields.csv");

        Assert.That(Shape(log), Is.EqualTo(new[]
        {
            (1L, 2L, (string?)null, ProblemAction.RowKept),
            (1L, 2L, (string?)"outcome", ProblemAction.FieldCleared),
        }));
    }

    [Test]
    public async Task Tab_delimited_is_detected()
    {
        var log = await Read("tab-delimited.tsv");

        Assert.That(log.Summary.Delimiter, Is.EqualTo('\t'));
        Assert.That(log.Records.Select(r => r.Confidence), Is.EqualTo(new int?[] { 4, 2 }));
        Assert.That(log.Records.Select(log.IsStumble), Is.EqualTo(new[] { false, true }), "confidence 2 with no response is a stumble");
    }

    [Test]
    public async Task No_question_column_names_what_was_found()
    {
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => Read("no-question-column.csv"));

        Assert.That(ex!.Message, Does.Contain("no question column").And.Contain("'details'").And.Contain("questionasked"));
        Assert.That(ex.Message, Does.Contain("The column 'details' looks like it holds the questions").And.Contain("--map \"details=question\""));
        Assert.That(ex.Message, Does.Not.Contain("closure"), "no values from the log");
        Assert.That(ex.ColumnName, Is.EqualTo("question"));
        Assert.That(ex.LineNumber, Is.EqualTo(1));
    }

    [Test]
    public async Task No_question_column_points_at_the_column_that_asks_not_the_longest_text()
    {
        // The feedback column comes first and its values are longer than the questions ("Explain window functions" has three
        // words); the questions open with "Explain", "Write" and "How" or end with "?". A column another header names (here "Notizen", the notes) is never suggested.
        const string text = "Datum;Was sie sagten;Was gefragt wurde;Notizen\n" +
            "03/02/2025;Stats felt shaky on p-values;Explain window functions;Need to practise this one\n" +
            "10/02/2025;Good structure but slow on joins;Write a SQL query for the top salary;Felt fine about it overall\n" +
            "17/02/2025;Weak on experiment design basics;How would you size an A/B test?;Look up power analysis tonight\n";

        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => InterviewLogReader.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));

        Assert.That(ex!.Message, Does.Contain("The column 'Was gefragt wurde' looks like it holds the questions"));
        Assert.That(ex.Message, Does.Not.Contain("p-value"), "no values from the log");
    }

    [TestCase("empty.csv", "empty")]
    [TestCase("header-only.csv", "no data rows")]
    [TestCase("binary.csv", "not a text")]
    public async Task Unreadable_files_give_clear_errors(string file, string expected)
    {
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => Read(file));

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [Test]
    public async Task Missing_file_throws_file_not_found()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => InterviewLogReader.ReadAsync("/no/such/file.csv"));
    }

    [Test]
    public async Task Strict_mode_throws_at_the_first_problem_with_row_line_and_column()
    {
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => Read("invalid-fields.csv", new InterviewLogOptions { Strict = true }));

        Assert.That((ex!.RowNumber, ex.LineNumber, ex.ColumnName), Is.EqualTo(((long?)1, (long?)2, "date")));
        Assert.That(ex.RawValue, Is.Null);
        Assert.That(ex.Message, Does.Not.Contain("2024-13-45"));
    }

    [Test]
    public async Task Strict_mode_includes_the_value_only_when_opted_in()
    {
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() =>
            Read("invalid-fields.csv", new InterviewLogOptions { Strict = true, IncludeRawValues = true }));

        Assert.That(ex!.RawValue, Is.EqualTo("2024-13-45"));
        Assert.That(ex.Message, Does.Contain("2024-13-45"));
    }

    [Test]
    public async Task Unknown_columns_are_named_once()
    {
        var log = InterviewLogReader.Parse("Question,Salary,salary band,Notes\nWhat is DI?,100,B,mine\n");

        Assert.That(log.Summary.UnknownColumns, Is.EqualTo(new[] { "Salary", "salary band" }));
        Assert.That(log.Records[0].Notes, Is.EqualTo("mine"));
        Assert.That(await Task.FromResult(log.HasAssessment), Is.False);
        Assert.That(log.IsStumble(log.Records[0]), Is.True, "without response or confidence every row is a stumble");
    }

    [Test]
    public async Task Stream_and_text_reader_give_the_same_result_as_a_path()
    {
        var path = TestFiles.Path("Ingestion", "spreadsheet-export.csv");
        var fromPath = await InterviewLogReader.ReadAsync(path);
        await using var stream = File.OpenRead(path);
        var fromStream = await InterviewLogReader.ReadAsync(stream);
        using var text = new StreamReader(path, Encoding.UTF8);
        var fromText = await InterviewLogReader.ReadAsync(text);

        Assert.That(fromStream.Records, Is.EqualTo(fromPath.Records));
        Assert.That(fromText.Records, Is.EqualTo(fromPath.Records));
    }

    [Test]
    public async Task Rows_read_always_equals_accepted_plus_rejected_and_progress_is_reported()
    {
        var sb = new StringBuilder("question,confidence\n");
        for (var i = 0; i < 2_500; i++)
        {
            sb.Append(i % 10 == 0 ? "" : $"Question {i}").Append(',').Append(i % 7 == 0 ? "x" : "3").Append('\n');
        }

        var reports = new List<IngestionProgress>();
        var progress = new SyncProgress<IngestionProgress>(reports.Add);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString()));
        var log = await InterviewLogReader.ReadAsync(stream, new InterviewLogOptions { ProgressInterval = 1_000 }, progress);

        Assert.That(log.Summary.RowsRead, Is.EqualTo(2_500));
        Assert.That(log.Summary.RowsAccepted, Is.EqualTo(2_250));
        Assert.That(log.Summary.RowsAccepted + log.Summary.RowsRejected, Is.EqualTo(log.Summary.RowsRead));
        Assert.That(reports.Select(r => r.RowsRead), Is.EqualTo(new long[] { 1_000, 2_000, 2_500 }));
        Assert.That(reports[^1].Fraction, Is.EqualTo(1.0));
    }

    private static string LongLog(int rows, params int[] badConfidenceRows)
    {
        var sb = new StringBuilder("candidate,date,question,confidence,feedback\n");
        for (var i = 1; i <= rows; i++)
        {
            var confidence = badConfidenceRows.Contains(i) ? "lots" : ((i % 5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var feedback = i % 100 == 0 ? "\"Two lines,\nof feedback\"" : "fine";
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 7},2024-{(i % 12) + 1:00}-{(i % 28) + 1:00},Question {i},{confidence},{feedback}\n");
        }

        return sb.ToString();
    }

    [Test]
    public async Task A_long_log_is_mapped_in_order_with_every_problem_listed()
    {
        // Long enough for the parse/map pipeline (batches of 128, then 512 rows; the last ones mapped on both threads) with multi-line fields in it.
        var text = LongLog(5_000, 700, 2_600, 5_000);
        var log = await InterviewLogReader.ReadAsync(new StringReader(text));

        Assert.That(log.Summary.RowsRead, Is.EqualTo(5_000));
        Assert.That(log.Records.Select(r => r.RowNumber), Is.EqualTo(Enumerable.Range(1, 5_000).Select(i => (long)i)));
        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(Enumerable.Range(1, 5_000).Select(i => $"Question {i}")));
        Assert.That(Shape(log), Is.EqualTo(new[]
        {
            (700L, 701L + 6, (string?)ColumnNames.Confidence, ProblemAction.FieldCleared),
            (2_600L, 2_601L + 25, (string?)ColumnNames.Confidence, ProblemAction.FieldCleared),
            (5_000L, 5_001L + 49, (string?)ColumnNames.Confidence, ProblemAction.FieldCleared),
        }));
        Assert.That(log.Records[99].Feedback, Is.EqualTo("Two lines,\nof feedback"));
        Assert.That(log.Records[4_999].Date, Is.EqualTo(new DateOnly(2024, (5_000 % 12) + 1, (5_000 % 28) + 1)));
    }

    [Test]
    public async Task Every_length_is_mapped_in_order_with_its_problems_in_row_order([Values(127, 129, 1_000, 1_025, 3_333)] int rows, [Values] bool fromStream)
    {
        // Bad rows all through the log and in each of its last batches, which both threads map at the end. A stream's
        // length is known, so a long one starts the mapping thread before the header is read.
        var bad = Enumerable.Range(1, rows).Where(i => i % 97 == 0 || i > rows - 300 && i % 13 == 0 || i == rows).ToArray();
        var log = await ReadText(LongLog(rows, bad), fromStream);

        Assert.That(log.Summary.RowsRead, Is.EqualTo(rows));
        Assert.That(log.Records.Select(r => r.RowNumber), Is.EqualTo(Enumerable.Range(1, rows).Select(i => (long)i)));
        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(Enumerable.Range(1, rows).Select(i => $"Question {i}")));
        Assert.That(log.Summary.Problems.Select(p => p.RowNumber), Is.EqualTo(bad.Select(i => (long)i)));
        Assert.That(log.Records.Where(r => r.Confidence is null).Select(r => r.RowNumber), Is.EqualTo(bad.Select(i => (long)i)));
    }

    [Test]
    public async Task Strict_mode_finds_a_bad_last_row_of_a_long_log([Values] bool fromStream)
    {
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => ReadText(LongLog(1_000, 1_000), fromStream, new InterviewLogOptions { Strict = true }));

        Assert.That(ex!.RowNumber, Is.EqualTo(1_000));
    }

    [Test]
    public async Task Strict_mode_stops_at_the_first_bad_row_of_a_long_log([Values] bool fromStream)
    {
        var text = LongLog(5_000, 3_000, 4_000);
        var ex = await Assert.ThrowsAsync<InterviewDataException>(() => ReadText(text, fromStream, new InterviewLogOptions { Strict = true }));

        Assert.That(ex!.RowNumber, Is.EqualTo(3_000));
        Assert.That(ex.ColumnName, Is.EqualTo(ColumnNames.Confidence));
    }

    [Test]
    public async Task A_long_log_reads_the_same_from_a_stream_and_from_text()
    {
        var text = LongLog(3_000, 1_234);
        var fromText = await InterviewLogReader.ReadAsync(new StringReader(text));
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var fromStream = await InterviewLogReader.ReadAsync(stream);

        Assert.That(fromStream.Records, Is.EqualTo(fromText.Records));
        Assert.That(fromStream.Summary.Problems, Is.EqualTo(fromText.Summary.Problems));
    }

    [Test]
    public void Cancellation_in_the_middle_of_a_long_log_stops_the_read()
    {
        var text = LongLog(50_000);
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress<IngestionProgress>(p =>
        {
            if (p.RowsRead >= 10_000) cts.Cancel();
        });

        Assert.That(
            () => InterviewLogReader.ReadAsync(new StringReader(text), new InterviewLogOptions { ProgressInterval = 1_000 }, progress, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_long_stream_that_fails_at_the_header_or_is_cancelled_ends_cleanly()
    {
        // Long enough to start the mapping thread before the header is read; it must stop with the read.
        var noQuestion = "topic,notes\n" + string.Concat(Enumerable.Repeat("databases,some notes\n", 10_000));
        Assert.That(
            () => InterviewLogReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(noQuestion))),
            Throws.InstanceOf<InterviewDataException>().With.Message.Contains("no question column"));

        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress<IngestionProgress>(p =>
        {
            if (p.RowsRead >= 10_000) cts.Cancel();
        });
        Assert.That(
            () => InterviewLogReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(LongLog(50_000))), new InterviewLogOptions { ProgressInterval = 1_000 }, progress, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(
            () => InterviewLogReader.ReadAsync(TestFiles.Path("Ingestion", "valid.csv"), cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Field_values_read_as_the_text_parsers_say_through_the_memo([Values] bool includeRawValues, [Values] bool fromStream)
    {
        // Dates, outcomes, responses, ratings and hours are parsed through a memo per column, and text fields equal to the
        // row before share its string. Padded, non-ASCII, long (over 16 and over 256 characters), blank, invalid and many
        // distinct values must read exactly as the text parsers read the trimmed strings, with a problem for every
        // invalid value, in row order.
        string[] confidences = ["4", " 4 ", "4/5", "\u00A03\u00A0", "\uFF15", "11", "3.0", "", "   ", "two"];
        var dates = new[] { "2024-03-05", "2024-3-5", " 2024-03-05", "5 March 2024", "Tuesday, 5 March 2024", "2024-13-40", "2024-02-30", "" }
            .Concat(Enumerable.Range(1, 120).Select(i => $"2024/{(i % 12) + 1:00}/{(i % 28) + 1:00}")).ToArray();
        var hours = new[] { "1", "2.5", "3 hours", "-1", "lots", "10h", "" }
            .Concat(Enumerable.Range(0, 150).Select(i => (i / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var outcomes = new[] { "offer", "OFFER", "rejected", " next round ", "Next-Round", "pending", "withdrew", "passed", "" }
            .Concat(Enumerable.Range(0, 80).Select(i => $"outcome {i}")).ToArray();
        string[] responses = ["strong", "ok", "weak", "stumped", "nailed it", "1", "5", "7", "meh", ""];
        var companies = Enumerable.Range(0, 300).Select(i => $"Company {i}")
            .Concat(["Müller GmbH", " Acme ", "\u00A0Globex\u00A0", "   ", new string('x', 300), "Ünité"]).ToArray();
        const int rows = 1_500;
        string Pick(string[] values, int i, int step) => values[(i * step) % values.Length];
        string Candidate(int i) => i % 50 == 0 ? " " : $"candidate-{i / 7}";
        string Company(int i) => Pick(companies, i / 3, 7);
        string Feedback(int i) => (i / 4 % 4) switch { 0 => "", 1 => "Two lines,\nwith \"quotes\"", 2 => new string('f', 400) + $" {i / 4}", _ => $" Feedback {i / 4} " };

        var text = new StringBuilder("candidate,interview_id,date,company,role,stage,outcome,question,response,confidence,prep_hours,interest,feedback\n");
        static string Q(string v) => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        for (var i = 0; i < rows; i++)
        {
            text.AppendJoin(',', Q(Candidate(i)), Q(i % 9 == 0 ? "" : $"{i / 5}"), Q(Pick(dates, i, 3)), Q(Company(i)), Q(i % 2 == 0 ? "Engineer" : "Senior Engineer "),
                Q(i % 11 == 0 ? "" : "onsite"), Q(Pick(outcomes, i, 5)), Q($"Question {i}"), Q(Pick(responses, i, 3)), Q(Pick(confidences, i, 1)),
                Q(Pick(hours, i, 2)), Q(Pick(confidences, i, 3)), Q(Feedback(i))).Append('\n');
        }

        var options = new InterviewLogOptions { IncludeRawValues = includeRawValues };
        var log = await ReadText(text.ToString(), fromStream, options);

        static string? Trimmed(string v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        var culture = options.Culture;
        var expectedProblems = new List<(long Row, string Column, string? Raw)>();
        T? Expect<T>(int i, string column, string raw, FieldParse<T> parse)
            where T : struct
        {
            if (Trimmed(raw) is not { } value)
            {
                return null;
            }

            if (parse(value, out var result, out _))
            {
                return result;
            }

            expectedProblems.Add((i + 1, column, includeRawValues ? value : null));
            return null;
        }

        Assert.That(log.Summary.RowsRead, Is.EqualTo(rows));
        Assert.That(log.Records, Has.Count.EqualTo(rows));
        for (var i = 0; i < rows; i++)
        {
            var r = log.Records[i];
            var date = Expect<DateOnly>(i, ColumnNames.Date, Pick(dates, i, 3), (string v, out DateOnly d, out string why) => FieldParsers.TryDate(v, options, out d, out why));
            var outcome = Expect<InterviewOutcome>(i, ColumnNames.Outcome, Pick(outcomes, i, 5), FieldParsers.TryOutcome);
            var response = Expect<ResponseQuality>(i, ColumnNames.Response, Pick(responses, i, 3), (string v, out ResponseQuality q, out string why) => FieldParsers.TryResponse(v, culture, out q, out why));
            var confidence = Expect<int>(i, ColumnNames.Confidence, Pick(confidences, i, 1), (string v, out int c, out string why) => FieldParsers.TryScale(v, culture, out c, out why));
            var interest = Expect<int>(i, ColumnNames.Interest, Pick(confidences, i, 3), (string v, out int c, out string why) => FieldParsers.TryScale(v, culture, out c, out why));
            var prep = Expect<double>(i, ColumnNames.PrepHours, Pick(hours, i, 2), (string v, out double h, out string why) => FieldParsers.TryHours(v, culture, out h, out why));
            Assert.That(
                (r.Date, r.Outcome, r.Response, r.Confidence, r.PrepHours, r.Interest),
                Is.EqualTo((date, outcome, response, confidence, prep, interest)), $"row {i + 1}");
            Assert.That(
                (r.Candidate, r.Company, r.Role, r.Stage, r.Feedback),
                Is.EqualTo((Trimmed(Candidate(i)) ?? "", Trimmed(Company(i)), i % 2 == 0 ? "Engineer" : "Senior Engineer", i % 11 == 0 ? null : "onsite", Trimmed(Feedback(i)))), $"row {i + 1}");
        }

        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.Column!, p.RawValue)), Is.EqualTo(expectedProblems));
        Assert.That(log.Summary.Problems.All(p => p.Action == ProblemAction.FieldCleared));

        // Equal values of consecutive rows share one string, as CsvHelper's pool would have them; the interview key
        // groups the rows of an interview id.
        Assert.That(ReferenceEquals(log.Records[1].Candidate, log.Records[2].Candidate) && ReferenceEquals(log.Records[1].Stage, log.Records[2].Stage));
        Assert.That(ReferenceEquals(log.Records[8].Feedback, log.Records[9].Feedback), "a long feedback repeated on the next row");
        Assert.That(log.Records[1].InterviewKey, Is.EqualTo(log.Records[2].InterviewKey));
        Assert.That(log.Records[4].InterviewKey, Is.Not.EqualTo(log.Records[5].InterviewKey), "rows 5 and 6 have different interview ids");
    }

    private delegate bool FieldParse<T>(string value, out T result, out string reason);

    private sealed class SyncProgress<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
