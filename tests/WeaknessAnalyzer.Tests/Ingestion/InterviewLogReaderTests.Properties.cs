using System.Text;
using FsCheck;
using FsCheck.Fluent;
using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Tests.Ingestion;

/// <summary>
/// Property-based tests (FsCheck) over random CSV text from a grammar of quotes, separators, line ends, blank lines and
/// awkward characters. Seeded, so every run checks the same cases; change <see cref="Seed"/> to explore others.
/// </summary>
public partial class InterviewLogReaderTests
{
    private const ulong Seed = 20261202;

    private static readonly string[] Pieces =
    [
        "What is a cache", "Design a queue", "weak", "ok", "strong", "3", "4/5", "2024-03-05", "03/05/2024", "rejected", "offer",
        "", " ", "\"quoted, with comma\"", "\"doubled \"\" quote\"", "\"unclosed", "stray\"quote", "\"multi\nline\"", "\"a\"b",
        "Jos\u00e9", "\U0001F62C bombed", "tab\there", "\u001b[31mred", "99999999999/1/2024", "9999-12-31", "-3", "1e400", ";", "|",
    ];

    private static Gen<string> CsvText()
    {
        var header = Gen.Elements("question,response", "question,response,confidence,date", "date;question;outcome", "question\tfeedback", "Question asked,How it went,Notes");
        var field = Gen.Elements(Pieces);
        var separator = Gen.Elements(",", ",", ",", ";", "\t");
        var lineEnd = Gen.Elements("\n", "\n", "\r\n", "\n\n", "");
        var row = Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(field, n)).SelectMany(fields => separator.Select(sep => string.Join(sep, fields)));
        var line = row.SelectMany(r => lineEnd.Select(e => r + e));
        return header.SelectMany(h => Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(line, n)).Select(lines => h + "\n" + string.Concat(lines)));
    }

    private static Config Checks(int count) => Config.QuickThrowOnFailure.WithMaxTest(count).WithReplay(Seed, 0x9E3779B97F4A7C15UL);

    private static InterviewLog? TryRead(string text, InterviewLogOptions? options = null)
    {
        try
        {
            return InterviewLogReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), options).GetAwaiter().GetResult();
        }
        catch (InterviewDataException)
        {
            return null; // the library's own error: a file that is not a log at all (or, in strict mode, a bad row)
        }
    }

    [Test]
    public void Any_text_reads_with_only_the_librarys_own_errors_and_every_row_accounted_for()
    {
        var logs = 0;
        var problems = 0;
        Prop.ForAll(CsvText().ToArbitrary(), text =>
        {
            var log = TryRead(text);
            if (log is null) return true;
            logs++;
            problems += log.Summary.Problems.Count;
            var physicalLines = text.Split('\n').Length;
            return log.Summary.RowsRead == log.Summary.RowsAccepted + log.Summary.RowsRejected + log.Summary.RowsBlank
                && log.Summary.RowsRejected == log.Summary.Problems.Count(p => p.Action == ProblemAction.RowRejected)
                && log.Records.Select(r => r.RowNumber).Distinct().Count() == log.Summary.RowsAccepted
                && log.Records.GroupBy(r => r.RowNumber).Count(g => g.Count() > 1) == log.Summary.RowsSplit
                && log.Summary.Problems.All(p => p.RowNumber >= 1 && p.RowNumber <= log.Summary.RowsRead && p.LineNumber >= 2 && p.LineNumber <= physicalLines)
                && log.Summary.Problems.All(p => p.RawValue is null);
        }).Check(Checks(400));
        Assert.That(logs, Is.GreaterThan(200), "the grammar must produce readable logs (273 of 400 with this seed)");
        Assert.That(problems, Is.GreaterThan(1_000), "and logs with problems (2,886 with this seed)");
    }

    [Test]
    public void Strict_mode_stops_at_the_first_problem_lenient_mode_lists()
    {
        Prop.ForAll(CsvText().ToArbitrary(), text =>
        {
            var lenient = TryRead(text);
            if (lenient is null) return true;
            try
            {
                InterviewLogReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), new InterviewLogOptions { Strict = true }).GetAwaiter().GetResult();
                return lenient.Summary.Problems.Count == 0;
            }
            catch (InterviewDataException ex)
            {
                var first = lenient.Summary.Problems.Count > 0 ? lenient.Summary.Problems[0] : null;
                return first is not null && ex.RowNumber == first.RowNumber && ex.LineNumber == first.LineNumber && ex.ColumnName == first.Column;
            }
        }).Check(Checks(300));
    }

    [Test]
    public void Every_physical_line_of_a_log_without_quotes_is_one_row()
    {
        // Without quote characters no field can span lines: every non-blank line after the header is a row.
        Prop.ForAll(CsvText().ToArbitrary(), raw =>
        {
            var text = raw.Replace("\"", "", StringComparison.Ordinal);
            var log = TryRead(text);
            if (log is null) return true;
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Skip(1).Count(l => l.Length > 0);
            return log.Summary.RowsRead == lines;
        }).Check(Checks(300));
    }
}
