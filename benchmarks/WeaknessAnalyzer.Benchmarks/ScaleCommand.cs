using System.Diagnostics;
using System.Globalization;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// scale [--csv &lt;path&gt;] [--rows &lt;n&gt;] [--candidates &lt;n&gt;] [--distinct-questions &lt;n&gt;] [--distinct-feedback &lt;n&gt;] [--cohort]
/// [--seed &lt;n&gt;] [--embedder none|minilm]: generates a log to a temporary file (or reads --csv), runs the whole
/// pipeline (read, themes and report, JSON), prints per-stage times and memory, and checks the top plan items against the
/// planted weak themes. Last line: RESULT rows=&lt;n&gt; secs=&lt;x&gt; peakMB=&lt;x&gt;.
/// generate --rows &lt;n&gt; [--candidates &lt;n&gt;] [--distinct-questions &lt;n&gt;] [--distinct-feedback &lt;n&gt;] [--cohort] [--seed &lt;n&gt;]
/// [--weak &lt;n&gt;] [--varied] --out &lt;path&gt;: writes a log and &lt;path&gt;.truth.csv. --cohort: a coaching platform's export (see
/// <see cref="Shape"/>).
/// </summary>
internal static class ScaleCommand
{
    public static int Generate(string[] args)
    {
        var a = Args.Parse(args);
        var rows = a.Int("rows") ?? 1_000;
        var (candidates, distinctQuestions, distinctFeedback) = Shape(a, rows);
        var path = a.Required("out");
        List<LogGenerator.Truth> truth;
        using (var w = new StreamWriter(path)) truth = LogGenerator.Write(w, rows, candidates, a.Int("seed") ?? 1, a.Int("weak") ?? 2, a.Get("varied") is not null, distinctQuestions: distinctQuestions, distinctFeedback: distinctFeedback);
        File.WriteAllText(path + ".truth.csv", LogGenerator.WriteTruth(truth));
        Console.WriteLine($"wrote {rows} rows for {candidates} candidate(s) to {path} (truth: {path}.truth.csv)");
        return 0;
    }

    /// <summary>
    /// The generated log's shape: --candidates, --distinct-questions and --distinct-feedback, or --cohort for a coaching
    /// platform's export (50 candidates, distinct questions 4.2% of the rows and distinct feedback 3.7%: 42,000 and
    /// 37,000 at a million rows); without either, one candidate per 1,000 rows and the generator's few texts.
    /// </summary>
    private static (int Candidates, int DistinctQuestions, int DistinctFeedback) Shape(Args a, int rows)
    {
        var cohort = a.Get("cohort") is not null;
        var candidates = a.Int("candidates") ?? (cohort ? 50 : Math.Max(1, rows / 1_000));
        var questions = a.Int("distinct-questions") ?? (cohort ? (int)(rows * 0.042) : 0);
        var feedback = a.Int("distinct-feedback") ?? (cohort ? (int)(rows * 0.037) : 0);
        return (candidates, questions, feedback);
    }

    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var csv = a.Get("csv");
        var rows = a.Int("rows") ?? 100_000;
        var (candidates, distinctQuestions, distinctFeedback) = Shape(a, rows);
        var seed = a.Int("seed") ?? 1;
        var path = csv ?? Path.Combine(Path.GetTempPath(), $"wa-scale-{rows}-{candidates}-{seed}-{distinctQuestions}-{distinctFeedback}.csv");
        List<LogGenerator.Truth>? truth = null;
        if (csv is null)
        {
            var gen = Stopwatch.StartNew();
            using (var w = new StreamWriter(path)) truth = LogGenerator.Write(w, rows, candidates, seed, distinctQuestions: distinctQuestions, distinctFeedback: distinctFeedback);
            Console.WriteLine($"generate: {gen.Elapsed.TotalSeconds:F2}s ({new FileInfo(path).Length / 1048576.0:F1} MB)");
        }

        var stage = new StageClock();
        var total = Stopwatch.StartNew();
        var log = InterviewLogReader.ReadAsync(path).GetAwaiter().GetResult();
        stage.Lap($"read ({log.Summary.RowsAccepted:N0} rows)");
        // --embedder minilm: themes by meaning (the model is loaded inside the timed section).
        using var embedder = a.Embedder(a.Get("embedder") ?? "none", threads: null);
        if (embedder is not null) stage.Lap("embedder created");
        var options = embedder is null ? null : AnalysisOptions.Default with { Themes = AnalysisOptions.Default.Themes with { Embedder = embedder } };
        var stages = new StageLog();
        var report = InterviewAnalyzer.Analyze(log, options, stages);
        stage.Lap("themes + report");
        Console.WriteLine($"  question themes: {stages}");
        var jsonPath = Path.Combine(Path.GetTempPath(), $"wa-scale-{Environment.ProcessId}.json");
        using (var f = File.Create(jsonPath)) JsonReportWriter.Write(report, f);
        var secs = total.Elapsed.TotalSeconds;
        stage.Lap($"json ({new FileInfo(jsonPath).Length / 1048576.0:F1} MB)");
        _ = HtmlReportWriter.ToHtml(report);
        stage.Lap("html (not counted in secs)");
        ConsoleReportWriter.Write(report, TextWriter.Null);
        stage.Lap("console text (not counted in secs)");
        File.Delete(jsonPath);

        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / 1048576.0;
        Console.WriteLine($"candidates {report.Candidates.Count}; themes {report.Candidates[0].Themes.Count}; managed heap now {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MB");
        if (truth is not null) PlanCheck(report, truth);
        if (csv is null) File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT rows={log.Summary.RowsAccepted} secs={secs:F2} peakMB={peak:F0}"));
        return 0;
    }

    /// <summary>Quality: are the top plan items the planted weak themes?</summary>
    private static void PlanCheck(WeaknessReport report, List<LogGenerator.Truth> truth)
    {
        var truthBy = truth.ToDictionary(t => t.Candidate);
        int hits = 0, checkedItems = 0;
        foreach (var c in report.Candidates)
        {
            foreach (var item in c.Plan.Items.Take(2))
            {
                var planted = item.Rehearse.Select(LogGenerator.PlantedThemeOf).Where(t => t is not null).GroupBy(t => t).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
                checkedItems++;
                if (planted is not null && truthBy[c.Candidate].WeakThemes.Contains(planted)) hits++;
            }
        }

        Console.WriteLine($"plan check: {hits}/{checkedItems} top-2 plan items are planted weak themes");
    }
}

/// <summary>Prints each stage's wall time and the memory it allocated.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _last;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public void Lap(string what)
    {
        var now = _watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {(now - _last).TotalSeconds:F2}s, allocated {(allocated - _allocated) / 1048576.0:F0} MB"));
        _last = now;
        _allocated = allocated;
    }
}
