using System.Diagnostics;
using System.Globalization;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// <c>ingestion --rows N [--reads M]</c>: reads the benchmark's generated log M times with CsvHelper alone and with the
/// library, alternating the two in one process, and prints the median and 90th percentile of each and their ratio. Paired
/// reads see the same machine state, so the ratio is steadier here than between BenchmarkDotNet's separate runs.
/// </summary>
internal static class IngestionCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var rows = a.Int("rows") ?? 1_000;
        var reads = a.Int("reads") ?? Math.Clamp(20_000_000 / Math.Max(rows, 1), 100, 5_000);
        if (rows < 1 || reads < 10)
        {
            throw new ArgumentException("--rows must be at least 1 and --reads at least 10.");
        }

        var data = BenchData.Log(rows);
        var warmup = Math.Max(100, reads / 5); // enough for tiered compilation to settle
        var baseline = new List<double>(reads);
        var library = new List<double>(reads);
        var sw = new Stopwatch();
        for (var i = 0; i < warmup + reads; i++)
        {
            sw.Restart();
            IngestionBenchmarks.CsvHelperAlone(data);
            var b = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            IngestionBenchmarks.Library(data);
            var l = sw.Elapsed.TotalMilliseconds;
            if (i >= warmup)
            {
                baseline.Add(b);
                library.Add(l);
            }
        }

        baseline.Sort();
        library.Sort();
        static double At(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
        string Ms(double v) => v.ToString(v < 1 ? "F3" : "F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"{rows} rows ({data.Length / 1e6:F1} MB), {reads} paired reads after {warmup} warm-up pairs");
        Console.WriteLine($"CsvHelper alone:    median {Ms(At(baseline, 0.5))} ms, p90 {Ms(At(baseline, 0.9))} ms");
        Console.WriteLine($"InterviewLogReader: median {Ms(At(library, 0.5))} ms, p90 {Ms(At(library, 0.9))} ms");
        Console.WriteLine(FormattableString.Invariant($"RESULT rows={rows} ratio={At(library, 0.5) / At(baseline, 0.5):F2}"));
        return 0;
    }
}
