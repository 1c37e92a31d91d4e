using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

/// <summary>Hostile and extreme logs found by fuzzing the sample: no row is lost, no crash, no silent merge.</summary>
public partial class InterviewLogReaderTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task Two_consecutive_unclosed_quotes_lose_no_row(bool fromStream)
    {
        var log = await ReadText("question,response\n\"first q,weak\n\"second q,ok\nthird q,strong\n", fromStream);

        Assert.That(log.Summary.RowsRead, Is.EqualTo(3));
        Assert.That(log.Records.Select(r => (r.RowNumber, r.LineNumber, r.Question)), Is.EqualTo(new[] { (1L, 2L, "first q"), (2L, 3L, "second q"), (3L, 4L, "third q") }));
        Assert.That(log.Records.Select(r => r.Response), Is.EqualTo(new ResponseQuality?[] { ResponseQuality.Weak, ResponseQuality.Ok, ResponseQuality.Strong }));
        Assert.That(Shape(log), Is.EqualTo(new[] { (1L, 2L, (string?)null, ProblemAction.RowKept), (2L, 3L, (string?)null, ProblemAction.RowKept) }));
    }

    [TestCase("question,response\nfirst,weak\n\"last open,ok")]
    [TestCase("question,response\nfirst,weak\n\"last open,ok\n")]
    [TestCase("question,response\r\nfirst,weak\r\n\"last open,ok")]
    public async Task An_unclosed_quote_on_the_last_line_loses_no_row(string text)
    {
        var log = await ReadText(text, fromStream: true);

        Assert.That(log.Summary.RowsRead, Is.EqualTo(2));
        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(new[] { "first", "last open" }));
        Assert.That(log.Records[1].Response, Is.EqualTo(ResponseQuality.Ok));
        Assert.That(Shape(log).Single(), Is.EqualTo((2L, 3L, (string?)null, ProblemAction.RowKept)));
    }

    [Test]
    public async Task A_row_with_fewer_fields_than_the_header_is_kept_and_listed()
    {
        var log = await ReadText("question,response,confidence,notes\nfull row,weak,2,note\nshort row,ok\n", fromStream: false);

        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(new[] { "full row", "short row" }));
        var problem = log.Summary.Problems.Single();
        Assert.That((problem.RowNumber, problem.LineNumber, problem.Action), Is.EqualTo((2L, 3L, ProblemAction.RowKept)));
        Assert.That(problem.Reason, Is.EqualTo("the row has 2 fields but the header has 4; the missing fields were left empty"));
    }

    [Test]
    public async Task A_directory_given_as_the_log_says_so()
    {
        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() => InterviewLogReader.ReadAsync(Path.GetTempPath()));

        Assert.That(ex!.Message, Does.Contain("is a folder, not a file"));
    }

    [Test]
    public async Task A_latin1_file_keeps_two_people_apart_and_says_how_it_was_decoded()
    {
        // "José" and "Josè" in Windows-1252 / Latin-1 bytes (0xE9 and 0xE8 are not UTF-8 on their own).
        var bytes = System.Text.Encoding.Latin1.GetBytes("candidate,question,response\nJos\u00e9,Design a cache,weak\nJos\u00e8,Design a queue,ok\n");

        var log = await InterviewLogReader.ReadAsync(new MemoryStream(bytes));

        Assert.That(log.Records.Select(r => r.Candidate), Is.EqualTo(new[] { "Jos\u00e9", "Jos\u00e8" }));
        Assert.That(log.Summary.Encoding, Is.EqualTo("Windows-1252"));
        Assert.That(log.Summary.Problems, Is.Empty);
    }

    [Test]
    public async Task Utf8_stays_utf8_and_bytes_that_do_not_decode_later_are_reported()
    {
        var head = System.Text.Encoding.UTF8.GetBytes("candidate,question\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"Zo\u00eb,Question number {i} about caching\n")));
        Assert.That(head.Length, Is.GreaterThan(64 * 1024), "the bad byte must come after the sniffed start");
        var tail = System.Text.Encoding.Latin1.GetBytes("Jos\u00e9,The last question\n");
        var log = await InterviewLogReader.ReadAsync(new MemoryStream([.. head, .. tail]));

        Assert.That(log.Summary.Encoding, Is.EqualTo("UTF-8"));
        Assert.That(log.Records[0].Candidate, Is.EqualTo("Zo\u00eb"));
        var problem = log.Summary.Problems.Single();
        Assert.That((problem.RowNumber, problem.Action), Is.EqualTo((3_001L, ProblemAction.RowKept)));
        Assert.That(problem.Reason, Does.Contain("could not be decoded"));
    }

    [Test]
    public async Task A_utf8_file_with_a_stray_byte_near_the_start_keeps_its_accents()
    {
        // Accented UTF-8 names, and one Latin-1 byte in the first row: more valid UTF-8 sequences than stray bytes, so the
        // file stays UTF-8 (decoding it all as Windows-1252 would turn every "Zoë" into "ZoÃ«").
        var bytes = (byte[])[.. System.Text.Encoding.UTF8.GetBytes("candidate,question\n"), .. System.Text.Encoding.Latin1.GetBytes("Jos\u00e9,First question\n"),
            .. System.Text.Encoding.UTF8.GetBytes("Zo\u00eb,Second question\nZo\u00eb,Third question\nRen\u00e9e,Fourth question\n")];

        var log = await InterviewLogReader.ReadAsync(new MemoryStream(bytes));

        Assert.That(log.Summary.Encoding, Is.EqualTo("UTF-8"));
        Assert.That(log.Records.Select(r => r.Candidate).Skip(1), Is.EqualTo(new[] { "Zo\u00eb", "Zo\u00eb", "Ren\u00e9e" }));
        var problem = log.Summary.Problems.Single();
        Assert.That((problem.RowNumber, problem.Action), Is.EqualTo((1L, ProblemAction.RowKept)));
        Assert.That(problem.Reason, Does.Contain("could not be decoded"));
    }

    [Test]
    public async Task A_huge_cell_is_cut_for_analysis_and_listed()
    {
        var huge = string.Concat(Enumerable.Repeat("why ", 500_000)); // 2,000,000 characters, 1,999,999 once trimmed
        var log = await ReadText($"question,feedback\n{huge},{huge}\nsmall,fine\n", fromStream: true);

        Assert.That(log.Records[0].Question, Has.Length.EqualTo(RowMapper.MaxQuestionLength + 1).And.EndsWith("…"));
        Assert.That(log.Records[0].Feedback, Has.Length.EqualTo(RowMapper.MaxTextLength + 1));
        Assert.That(log.Summary.Problems.Select(p => (p.RowNumber, p.Column, p.Reason)), Is.EqualTo(new[]
        {
            (1L, (string?)"question", "question is 1,999,999 characters long; only the first 2,000 are used"),
            (1L, (string?)"feedback", "feedback is 1,999,999 characters long; only the first 10,000 are used"),
        }));
        Assert.That(log.Records[1].Question, Is.EqualTo("small"));
    }

    [TestCase("consecutive-unclosed-quotes.csv", new[] { "first q", "second q", "third q" })]
    [TestCase("unclosed-quote-last-line.csv", new[] { "first", "last open" })]
    public async Task The_fuzz_corpus_reads_every_row_with_its_fields(string file, string[] questions)
    {
        var log = await InterviewLogReader.ReadAsync(TestFiles.Path("Fuzz", file));

        Assert.That(log.Records.Select(r => r.Question), Is.EqualTo(questions));
        Assert.That(log.Records.All(r => r.Response is not null), Is.True, "every response read from its own field");
    }
}
