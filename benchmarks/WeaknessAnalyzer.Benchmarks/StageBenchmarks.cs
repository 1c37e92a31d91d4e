using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;
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

    /// <summary>The generated log, read by the library.</summary>
    public static InterviewLog ReadLog(int rows) => InterviewLogReader.ReadAsync(new MemoryStream(Log(rows))).GetAwaiter().GetResult();

    /// <summary>The distinct question texts of the generated log, in first-seen order.</summary>
    public static string[] DistinctQuestions(int rows) => ReadLog(rows).Records.Select(r => r.Question).Distinct(StringComparer.Ordinal).ToArray();
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
    public int CsvHelperPlainRecords() => CsvHelperAlone(_data);

    [Benchmark(Description = "InterviewLogReader")]
    public long Library() => Library(_data);

    /// <summary>The baseline: the bytes read with CsvHelper alone (string pooling on) into plain records of 13 strings.</summary>
    internal static int CsvHelperAlone(byte[] data)
    {
        var list = new List<PlainRow>();
        using var csv = CsvReader.Create(new MemoryStream(data), CsvReaderOptions.Default with { PoolStrings = true });
        while (csv.Read())
        {
            list.Add(new PlainRow(csv.GetString(0), csv.GetString(1), csv.GetString(2), csv.GetString(3), csv.GetString(4), csv.GetString(5), csv.GetString(6),
                csv.GetString(7), csv.GetString(8), csv.GetString(9), csv.GetString(10), csv.GetString(11), csv.GetString(12)));
        }

        return list.Count;
    }

    internal static long Library(byte[] data) => InterviewLogReader.ReadAsync(new MemoryStream(data)).GetAwaiter().GetResult().Summary.RowsAccepted;

    private sealed record PlainRow(string? A, string? B, string? C, string? D, string? E, string? F, string? G, string? H, string? I, string? J, string? K, string? L, string? M);
}

/// <summary>The whole theme fit (featurization, clustering, refinement, labels) on the questions of a log read in setup.</summary>
[MemoryDiagnoser]
public class ThemeBenchmarks
{
    private string[] _questions = [];

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var log = BenchData.ReadLog(Rows);
        _questions = log.Records.Select(r => r.Question).ToArray();
    }

    [Benchmark(Description = "ThemeModel.Fit, fixed k=10")]
    public int FitFixedK() => ThemeModel.Fit(_questions, new ThemeOptions { ThemeCount = 10 }).Model.ThemeCount;

    [Benchmark(Description = "ThemeModel.Fit, automatic k")]
    public int FitAutoK() => ThemeModel.Fit(_questions).Model.ThemeCount;
}

/// <summary>Featurization alone: ML.NET word and character-trigram counts, TF-IDF and the latent space, on the distinct questions of a log.</summary>
[MemoryDiagnoser]
public class FeaturizationBenchmarks
{
    private string[] _distinct = [];
    private readonly ParallelOptions _parallel = new();

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _distinct = BenchData.DistinctQuestions(Rows);
    }

    [Benchmark(Description = "counts + TF-IDF + LSA (distinct questions)")]
    public int Featurize()
    {
        var featurizer = TextFeaturizer.Fit(_distinct, 42, 1);
        var counts = featurizer.Transform(_distinct);
        var x = TfIdfWeighting.Fit(counts, [.. _distinct.Select(_ => 1f)], 2).Apply(counts);
        return Lsa.Fit(x, 100, 42, 2, _parallel).Transform(x, _parallel).Length;
    }
}

/// <summary>Clustering alone, on a precomputed latent space: k-means (2k, 5 restarts), and the iterative classification that follows it.</summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private readonly ParallelOptions _parallel = new();
    private SparseMatrix _x = null!;
    private float[] _e = [];
    private int _d;
    private float[] _w = [];
    private int[] _rows = [];
    private int[] _labels = [];

    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var distinct = BenchData.DistinctQuestions(Rows);
        var featurizer = TextFeaturizer.Fit(distinct, 42, 1);
        var counts = featurizer.Transform(distinct);
        _w = [.. distinct.Select(_ => 1f)];
        _x = TfIdfWeighting.Fit(counts, _w, 2).Apply(counts);
        var lsa = Lsa.Fit(_x, 100, 42, 2, _parallel);
        _e = lsa.Transform(_x, _parallel);
        _d = lsa.Dimensions;
        _rows = Enumerable.Range(0, distinct.Length).ToArray();
        _labels = KMeans.Fit(_e, distinct.Length, _d, _w, 20, 42, 5, 100, _parallel, default).Labels;
    }

    [Benchmark(Description = "k-means, k=20, 5 restarts")]
    public double KMeansFit() => KMeans.Fit(_e, _rows.Length, _d, _w, 20, 42, 5, 100, _parallel, default).Inertia;

    [Benchmark(Description = "iterative classification, 10 rounds, k=20")]
    public int Refine() => IterativeClassifier.Refine(_x, _rows, _e, _d, _w, [.. _labels], 20, IterativeClassifier.Settings.Default, 42, _parallel);
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
        _log = BenchData.ReadLog(Rows);
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

/// <summary>
/// Themes by meaning: the MiniLM embedder alone on the distinct questions of a generated log, and the whole theme fit with
/// it (at most 3,000 distinct questions embedded; the rest assigned). Compare with <see cref="ThemeBenchmarks"/> (words only).
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks : IDisposable
{
    private string[] _questions = [];
    private string[] _distinct = [];
    private MiniLM.MiniLmQuestionEmbedder? _embedder;

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _questions = BenchData.ReadLog(Rows).Records.Select(r => r.Question).ToArray();
        _distinct = _questions.Distinct(StringComparer.Ordinal).ToArray();
        _embedder = new MiniLM.MiniLmQuestionEmbedder();
        Console.WriteLine($"// {Rows} rows: {_distinct.Length} distinct questions");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _embedder?.Dispose();
            _embedder = null;
        }
    }

    [Benchmark(Description = "MiniLM embedding of the distinct questions")]
    public int Embed() => _embedder!.Embed(_distinct, CancellationToken.None).Count;

    [Benchmark(Description = "ThemeModel.Fit with MiniLM, fixed k=10")]
    public int FitByMeaning() => ThemeModel.Fit(_questions, new ThemeOptions { ThemeCount = 10, Embedder = _embedder }).Model.ThemeCount;
}
