using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>Generated log bytes, shared by the stage benchmarks (seeded, in memory).</summary>
internal static class BenchData
{
    public static byte[] Log(int rows)
    {
        using var sw = new StringWriter();
        LogGenerator.Write(sw, rows, Math.Max(1, rows / 1_000), seed: 1);
        return Encoding.UTF8.GetBytes(sw.ToString());
    }
}

/// <summary>Ingestion against a baseline that reads the same bytes with CsvHelper alone into plain records.</summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private byte[] _data = [];

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _data = BenchData.Log(Rows);

    [Benchmark(Baseline = true, Description = "CsvHelper alone")]
    public int CsvHelperPlainRecords()
    {
        var list = new List<PlainRow>();
        using var csv = CsvReader.Create(new MemoryStream(_data), CsvReaderOptions.Default with { PoolStrings = true });
        while (csv.Read())
        {
            list.Add(new PlainRow(csv.GetString(0), csv.GetString(1), csv.GetString(2), csv.GetString(3), csv.GetString(4), csv.GetString(5), csv.GetString(6),
                csv.GetString(7), csv.GetString(8), csv.GetString(9), csv.GetString(10), csv.GetString(11), csv.GetString(12)));
        }

        return list.Count;
    }

    [Benchmark(Description = "InterviewLogReader")]
    public long Library() => InterviewLogReader.ReadAsync(new MemoryStream(_data)).GetAwaiter().GetResult().Summary.RowsAccepted;

    private sealed record PlainRow(string? A, string? B, string? C, string? D, string? E, string? F, string? G, string? H, string? I, string? J, string? K, string? L, string? M);
}

/// <summary>Featurization and clustering of the questions (themes), and the report, on a log read in setup.</summary>
[MemoryDiagnoser]
public class ThemeBenchmarks
{
    private string[] _questions = [];

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var log = InterviewLogReader.ReadAsync(new MemoryStream(BenchData.Log(Rows))).GetAwaiter().GetResult();
        _questions = log.Records.Select(r => r.Question).ToArray();
    }

    [Benchmark(Description = "ThemeModel.Fit, fixed k=10")]
    public int FitFixedK() => ThemeModel.Fit(_questions, new ThemeOptions { ThemeCount = 10 }).Model.ThemeCount;

    [Benchmark(Description = "ThemeModel.Fit, automatic k")]
    public int FitAutoK() => ThemeModel.Fit(_questions).Model.ThemeCount;
}

/// <summary>The report and its renderers on an analysed log.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private InterviewLog _log = null!;
    private WeaknessReport _report = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _log = InterviewLogReader.ReadAsync(new MemoryStream(BenchData.Log(Rows))).GetAwaiter().GetResult();
        _report = InterviewAnalyzer.Analyze(_log);
    }

    [Benchmark(Baseline = true, Description = "Analyze (themes + report)")]
    public int Analyze() => InterviewAnalyzer.Analyze(_log).Candidates.Count;

    [Benchmark(Description = "JSON")]
    public long Json()
    {
        using var ms = new MemoryStream();
        JsonReportWriter.Write(_report, ms);
        return ms.Length;
    }

    [Benchmark(Description = "HTML")]
    public int Html() => HtmlReportWriter.ToHtml(_report).Length;
}

/// <summary>CSV bytes to JSON report, the whole pipeline.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private byte[] _data = [];

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _data = BenchData.Log(Rows);

    [Benchmark(Description = "CSV to JSON report")]
    public long EndToEnd()
    {
        var log = InterviewLogReader.ReadAsync(new MemoryStream(_data)).GetAwaiter().GetResult();
        var report = InterviewAnalyzer.Analyze(log);
        using var ms = new MemoryStream();
        JsonReportWriter.Write(report, ms);
        return ms.Length;
    }
}
