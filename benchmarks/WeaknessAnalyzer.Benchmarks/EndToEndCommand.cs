using System.Diagnostics;
using System.Globalization;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// endtoend [--rows 300] [--runs 5] [--python python3] [--installed PATH]: a person's log from process start to a written HTML report, for the
/// `weakness` tool and the sample (by meaning and by words) beside the peer script (scikit-learn TF-IDF + k-means, Python
/// start and imports included), medians of --runs, all in one run; by meaning both without and with the embedding cache
/// (the warm-up round writes it, so the timed runs are re-runs of a log seen before). Needs the Release build of the tool and the sample.
/// --installed: the `weakness` command of an installed tool package (`dotnet tool install --tool-path DIR ...`, then
/// DIR/weakness), timed too: on a common platform it is the precompiled (ReadyToRun) package a person installs.
/// </summary>
internal static class EndToEndCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var rows = a.Int("rows") ?? 300;
        var runs = a.Int("runs") ?? 5;
        var python = a.Get("python") ?? "python3";
        var root = FindRoot();
        var dir = Directory.CreateTempSubdirectory("wa-e2e-").FullName;
        var log = Path.Combine(dir, "log.csv");
        using (var w = new StreamWriter(log)) LogGenerator.Write(w, rows, 1, seed: 7, weakThemes: 3, varied: true);
        var tool = Path.Combine(root, "src/WeaknessAnalyzer.Cli/bin/Release/net10.0/weakness.dll");
        var sample = Path.Combine(root, "samples/WeaknessAnalyzer.Sample/bin/Release/net10.0/WeaknessAnalyzer.Sample.dll");
        var peer = Path.Combine(root, "benchmarks/peer/tfidf_kmeans.py");
        var html = Path.Combine(dir, "r.html");
        var installed = a.Get("installed");
        var cases = new List<(string Name, string File, string Args)>
        {
            ("peer: scikit-learn TF-IDF + k-means", python, $"{peer} {log} \"\" {Path.Combine(dir, "peer.json")}"),
            ("weakness analyze --html --no-cache (by meaning)", "dotnet", $"{tool} analyze {log} --html --no-cache --out-dir {dir}"),
            ("weakness analyze --html (by meaning, vectors from the last run)", "dotnet", $"{tool} analyze {log} --html --out-dir {dir}"),
            ("weakness analyze --html --words-only", "dotnet", $"{tool} analyze {log} --html --words-only --out-dir {dir}"),
            ("sample --html (by meaning)", "dotnet", $"{sample} {log} --html {html}"),
            ("sample --html --cache (by meaning, vectors from the last run)", "dotnet", $"{sample} {log} --html {html} --cache {Path.Combine(dir, "sample.embeddings")}"),
            ("sample --html --words-only", "dotnet", $"{sample} {log} --html {html} --words-only"),
        };
        if (installed is not null)
        {
            cases.Add(("installed weakness analyze --html --no-cache (by meaning)", installed, $"analyze {log} --html --no-cache --out-dir {dir}"));
            cases.Add(("installed weakness analyze --html (by meaning, vectors from the last run)", installed, $"analyze {log} --html --out-dir {dir}"));
            cases.Add(("installed weakness analyze --html --words-only", installed, $"analyze {log} --html --words-only --out-dir {dir}"));
        }

        var times = cases.Select(_ => new List<double>()).ToList();
        for (var r = 0; r < runs + 1; r++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                var secs = Time(cases[c].File, cases[c].Args);
                if (r > 0) times[c].Add(secs); // the first round warms the disk cache
            }
        }

        var peerMedian = Median(times[0]);
        Console.WriteLine($"{rows}-row log, median of {runs} runs, process start to written report:");
        Console.WriteLine("| program | median s | x peer |");
        Console.WriteLine("|---|---|---|");
        for (var c = 0; c < cases.Count; c++)
        {
            var m = Median(times[c]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases[c].Name} | {m:F2} | {m / peerMedian:F2} |"));
        }

        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    private static double Time(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start");
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var secs = watch.Elapsed.TotalSeconds;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed ({p.ExitCode}): {err}");
        return secs;
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "WeaknessAnalyzer.sln"))) return d.FullName;
        }

        throw new InvalidOperationException("Run from inside the repository (WeaknessAnalyzer.sln not found above the benchmarks).");
    }
}
