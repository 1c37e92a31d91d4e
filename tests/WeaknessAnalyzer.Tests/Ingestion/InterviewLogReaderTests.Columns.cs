using System.Globalization;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

/// <summary>What only a whole column decides (date order, 10-point scales), header mapping and guesses, blank rows, grouped problems.</summary>
public partial class InterviewLogReaderTests
{
    private static InterviewLog Csv(string text, InterviewLogOptions? options = null) => InterviewLogReader.Parse(text.Replace("|", "\n", StringComparison.Ordinal), options);

    [Test]
    public void Ambiguous_dates_take_the_order_their_column_shows_wherever_the_evidence_is()
    {
        var dayFirst = Csv("question,date|a,03/05/2025|b,04/05/2025|c,28/02/2025");
        var monthFirst = Csv("question,date|a,3/5/2025|b,2/28/2025");

        Assert.That(dayFirst.Records.Select(r => r.Date), Is.EqualTo(new DateOnly?[] { new(2025, 5, 3), new(2025, 5, 4), new(2025, 2, 28) }));
        Assert.That(dayFirst.Summary.DateOrder, Is.EqualTo(DateOrder.DayFirst));
        Assert.That(dayFirst.Summary.Problems, Is.Empty);
        Assert.That(monthFirst.Records.Select(r => r.Date), Is.EqualTo(new DateOnly?[] { new(2025, 3, 5), new(2025, 2, 28) }));
        Assert.That(monthFirst.Summary.DateOrder, Is.EqualTo(DateOrder.MonthFirst));
    }

    [Test]
    public void Ambiguous_dates_a_column_cannot_settle_are_cleared_and_listed_once_per_kind()
    {
        var none = Csv("question,date|a,03/05/2025|b,04/05/2025|c,2025-01-02");
        var mixed = Csv("question,date|a,03/05/2025|b,28/02/2025|c,2/28/2025");

        Assert.That(none.Records.Select(r => r.Date), Is.EqualTo(new DateOnly?[] { null, null, new(2025, 1, 2) }));
        Assert.That(none.Summary.DateOrder, Is.EqualTo(DateOrder.Undecided));
        Assert.That(none.Summary.ProblemGroups, Has.Count.EqualTo(1));
        Assert.That(none.Summary.ProblemGroups[0], Has.Property("Column").EqualTo("date").And.Property("Count").EqualTo(2).And.Property("Rows").EqualTo(new long[] { 1, 2 }));
        Assert.That(mixed.Records[0].Date, Is.Null);
        Assert.That(mixed.Summary.Problems.Single().Reason, Does.Contain("disagree"));
    }

    [TestCase("en-GB", 2025, 5, 3)]
    [TestCase("en-US", 2025, 3, 5)]
    [TestCase("de-DE", 2025, 5, 3)]
    public void Without_evidence_the_culture_decides(string culture, int y, int m, int d)
    {
        var log = Csv("question,date|a,03/05/2025", new InterviewLogOptions { Culture = CultureInfo.GetCultureInfo(culture) });

        Assert.That(log.Records[0].Date, Is.EqualTo(new DateOnly(y, m, d)));
        Assert.That(log.Summary.Problems, Is.Empty);
    }

    [Test]
    public void Strict_mode_reads_on_to_settle_a_date_and_throws_the_first_problem_in_file_order()
    {
        var strict = new InterviewLogOptions { Strict = true };
        var settled = Assert.Throws<InterviewDataException>(() => Csv("question,date,confidence|a,03/05/2025,3|b,2025-01-01,lots|c,28/02/2025,4", strict));
        var unsettled = Assert.Throws<InterviewDataException>(() => Csv("question,date,confidence|a,03/05/2025,3|b,2025-01-01,lots|c,2025-02-03,4", strict));
        var clean = Csv("question,date|a,03/05/2025|c,28/02/2025", strict);

        Assert.That((settled!.RowNumber, settled.ColumnName), Is.EqualTo(((long?)2, "confidence")), "row 3 settles row 1: the first problem is row 2's");
        Assert.That((unsettled!.RowNumber, unsettled.ColumnName), Is.EqualTo(((long?)1, "date")));
        Assert.That(clean.Records[0].Date, Is.EqualTo(new DateOnly(2025, 5, 3)));
    }

    [Test]
    public void A_column_with_bare_numbers_above_5_is_a_10_point_scale_and_is_halved()
    {
        var ten = Csv("question,confidence,interest|a,7,2|b,8,3|c,3,4|d,4/5,5|e,10,1");
        var lone = Csv("question,confidence|a,9|b,3");
        var header = Csv("question,Confidence (1-10)|a,9|b,3");

        Assert.That(ten.Records.Select(r => r.Confidence), Is.EqualTo(new int?[] { 4, 4, 2, 4, 5 }), "4/5 is already 1-5");
        Assert.That(ten.Records.Select(r => r.Interest), Is.EqualTo(new int?[] { 2, 3, 4, 5, 1 }), "the interest column stays 1-5");
        Assert.That(ten.Summary.ColumnMatches.Single(c => c.Column == "confidence").TenPointScale, Is.True);
        Assert.That(lone.Records.Select(r => r.Confidence), Is.EqualTo(new int?[] { null, 3 }), "one 9 among 1-5 values is a typo, not a scale");
        Assert.That(lone.Summary.Problems.Single(), Has.Property("Column").EqualTo("confidence").And.Property("RowNumber").EqualTo(1));
        Assert.That(header.Records.Select(r => r.Confidence), Is.EqualTo(new int?[] { 5, 2 }), "the header says 1-10");
    }

    [Test]
    public void Headers_can_be_mapped_and_a_missing_mapped_header_is_listed()
    {
        var options = new InterviewLogOptions { Columns = new Dictionary<string, string> { ["Vibe"] = "response", ["Hours in"] = "prep hours", ["Absent"] = "notes" } };
        var log = Csv("Question,Vibe,hours_in|a,meh,2", options);

        Assert.That((log.Records[0].Response, log.Records[0].PrepHours), Is.EqualTo(((ResponseQuality?)ResponseQuality.Ok, (double?)2)));
        Assert.That(log.Summary.ColumnMatches.Where(c => c.MatchedBy == ColumnMatchKind.Mapping).Select(c => c.Header), Is.EqualTo(new[] { "Vibe", "hours_in" }));
        Assert.That(log.Summary.Problems.Single(), Has.Property("RowNumber").EqualTo(0).And.Property("Column").EqualTo("notes"));
        Assert.That(() => Csv("q|a", new InterviewLogOptions { Columns = new Dictionary<string, string> { ["x"] = "salary" } }),
            Throws.ArgumentException.With.Message.Contain("'salary', which is not a column"));
    }

    [Test]
    public void A_title_column_is_the_question_column_only_when_its_values_look_like_questions()
    {
        var notion = Csv("Name,Outcome|Tell me about a conflict with a colleague,rejected|What is a p-value?,offer");
        var names = Assert.Throws<InterviewDataException>(() => Csv("Name,Outcome|Ana,rejected|Tom,offer"));
        var fallback = Csv("question,Created time|a,\"January 14, 2025 6:12 PM\"");

        Assert.That(notion.Records.Select(r => r.Question), Is.EqualTo(new[] { "Tell me about a conflict with a colleague", "What is a p-value?" }));
        Assert.That(notion.Records.Select(r => r.Candidate), Is.All.Empty, "Name is the question here, not the candidate");
        Assert.That(names!.Message, Does.Contain("'Name' was tried").And.Not.Contain("Ana"));
        Assert.That(fallback.Records[0].Date, Is.EqualTo(new DateOnly(2025, 1, 14)));
        Assert.That(fallback.Summary.ColumnMatches.Single(c => c.Column == "date").MatchedBy, Is.EqualTo(ColumnMatchKind.Fallback));
    }

    [Test]
    public void Blank_rows_are_counted_apart_and_the_accounting_adds_up()
    {
        var log = Csv("question,response|a,ok|,|  ,  |b,|,ok");

        Assert.That((log.Summary.RowsRead, log.Summary.RowsAccepted, log.Summary.RowsBlank, log.Summary.RowsRejected), Is.EqualTo((5L, 2L, 2L, 1L)));
        Assert.That(log.Summary.Problems.Single(), Has.Property("Action").EqualTo(ProblemAction.RowRejected).And.Property("RowNumber").EqualTo(5));
    }

    [Test]
    public void Problem_groups_are_by_column_and_kind_in_order_of_first_appearance_and_columns_count_their_cells()
    {
        var log = Csv("question,date,confidence|a,soon,lots|b,2025-01-01,lots|c,later,3|d,2025-01-02,4|e,2025-01-03,5");

        Assert.That(log.Summary.ProblemGroups.Select(g => (g.Column, g.Count)), Is.EqualTo(new (string?, int)[] { ("date", 2), ("confidence", 2) }));
        Assert.That(log.Summary.ProblemGroups[0].Rows, Is.EqualTo(new long[] { 1, 3 }));
        var date = log.Summary.ColumnMatches.Single(c => c.Column == "date");
        Assert.That((date.Filled, date.Cleared, date.MostlyUnreadable), Is.EqualTo((5L, 2L, true)));
        Assert.That(log.Summary.MostlyUnreadableColumns.Select(c => c.Column), Is.EqualTo(new[] { "date", "confidence" }));
    }

    [Test]
    public void A_row_without_a_date_joins_the_interview_above_only_when_nothing_it_fills_differs()
    {
        var log = Csv("candidate,date,company,stage,question|Ana,2026-01-05,Acme,Onsite,Design a cache|,,,,Reverse a list|Ana,,Acme,,Explain joins|Ana,,Beta,,Why Beta?|Ben,,,,Two sum|,,,,Tell me about a conflict");

        Assert.That(log.Summary.RowsFilledDown, Is.EqualTo(2), "rows 2 and 3");
        var keys = log.Records.Select(r => r.InterviewKey).ToArray();
        Assert.That(keys[1], Is.EqualTo(keys[0]), "all blank: the interview above");
        Assert.That(keys[2], Is.EqualTo(keys[0]), "repeats the company: the interview above");
        Assert.That(keys[3], Is.Not.EqualTo(keys[0]), "another company: another interview, date left blank");
        Assert.That(log.Records[3].Date, Is.Null);
        Assert.That(keys[4], Is.Not.EqualTo(keys[3]), "another candidate");
        Assert.That(log.Records[2].Stage, Is.EqualTo("Onsite"), "the blank stage is the interview's");
        Assert.That(log.Records[1].Candidate, Is.EqualTo("Ana"), "a blank candidate is the candidate above");
        Assert.That(log.Records[5].InterviewKey, Is.Not.EqualTo(keys[4]), "Ben's row has no date or company to give");
    }

    [Test]
    public void A_log_with_a_date_on_every_row_fills_nothing_down()
    {
        var log = Csv("date,company,question|2026-01-05,Acme,Design a cache|2026-01-06,,Reverse a list");

        Assert.That(log.Summary.RowsFilledDown, Is.Zero);
        Assert.That(log.Records[1].Company, Is.Null);
    }
}
