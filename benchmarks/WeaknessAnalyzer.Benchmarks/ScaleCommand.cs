using System.Diagnostics;
using System.Globalization;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// scale [--csv &lt;path&gt;] [--rows &lt;n&gt;] [--candidates &lt;n&gt;] [--seed &lt;n&gt;] [--embedder none|minilm]: generates a log to a temporary file (or reads --csv), runs the whole
/// pipeline (read, themes and report, JSON), prints per-stage times and memory, and checks the top plan items against the
/// planted weak themes. Last line: RESULT rows=&lt;n&gt; secs=&lt;x&gt; peakMB=&lt;x&gt;.
/// generate --rows &lt;n&gt; [--candidates &lt;n&gt;] [--seed &lt;n&gt;] --out &lt;path&gt;: writes a log and &lt;path&gt;.truth.csv.
/// </summary>
internal static class ScaleCommand
{
    public static int Generate(string[] args)
    {
        var a = Args.Parse(args);
        var rows = a.Int("rows") ?? 1_000;
        var candidates = a.Int("candidates") ?? Math.Max(1, rows / 1_000);
        var path = a.Required("out");
        List<LogGenerator.Truth> truth;
        using (var w = new StreamWriter(path)) truth = LogGenerator.Write(w, rows, candidates, a.Int("seed") ?? 1, a.Int("weak") ?? 2, a.Get("varied") is not null);
        File.WriteAllText(path + ".truth.csv", LogGenerator.WriteTruth(truth));
        Console.WriteLine($"wrote {rows} rows for {candidates} candidate(s) to {path} (truth: {path}.truth.csv)");
        return 0;
    }

    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var csv = a.Get("csv");
        var rows = a.Int("rows") ?? 100_000;
        var candidates = a.Int("candidates") ?? Math.Max(1, rows / 1_000);
        var seed = a.Int("seed") ?? 1;
        var path = csv ?? Path.Combine(Path.GetTempPath(), $"wa-scale-{rows}-{candidates}-{seed}.csv");
        List<LogGenerator.Truth>? truth = null;
        if (csv is null)
        {
            var gen = Stopwatch.StartNew();
            using (var w = new StreamWriter(path)) truth = LogGenerator.Write(w, rows, candidates, seed);
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
