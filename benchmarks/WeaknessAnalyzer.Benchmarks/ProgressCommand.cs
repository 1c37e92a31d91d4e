using System.Globalization;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// progress [--logs 10] [--rows 300] [--weak 3] [--first-seed 2001] [--after 2024-11-01] [--embedder none|minilm] [--varied] [--verbose]:
/// per seed, a one-person log whose first planted weak theme goes as well as the rest after --after and whose other
/// planted themes stay weak; a report of the log as it stood on that date, its JSON read back as the previous report,
/// then a report of the whole log with it. An earlier plan item counts for the planted theme most of its listed questions
/// belong to: the improving theme's items must say improved or target met, the others no change or worse.
/// Last line: RESULT seeds=&lt;ok&gt;/&lt;n&gt; improving=&lt;ok&gt;/&lt;n&gt; steady=&lt;ok&gt;/&lt;n&gt;.
/// </summary>
internal static class ProgressCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var logs = a.Int("logs") ?? 10;
        var rows = a.Int("rows") ?? 300;
        var weak = a.Int("weak") ?? 3;
        var firstSeed = a.Int("first-seed") ?? 2001;
        var after = DateOnly.ParseExact(a.Get("after") ?? "2024-11-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var varied = a.Get("varied") is not null;
        var verbose = a.Get("verbose") is not null;
        using var embedder = a.Embedder(a.Get("embedder") ?? "none", threads: null);
        var options = embedder is null ? AnalysisOptions.Default : AnalysisOptions.Default with { Themes = AnalysisOptions.Default.Themes with { Embedder = embedder } };

        int seedsOk = 0, improvingOk = 0, improving = 0, steadyOk = 0, steady = 0;
        for (var s = 0; s < logs; s++)
        {
            var seed = firstSeed + s;
            var before = new StringWriter(CultureInfo.InvariantCulture);
            var whole = new StringWriter(CultureInfo.InvariantCulture);
            var truth = LogGenerator.Write(whole, rows, 1, seed, weak, varied, improveAfter: after)[0];
            LogGenerator.Write(before, rows, 1, seed, weak, varied, improveAfter: after, through: after);

            var first = InterviewAnalyzer.AnalyzeAsync(new StringReader(before.ToString()), options).GetAwaiter().GetResult();
            using var json = new MemoryStream();
            JsonReportWriter.Write(first, json);
            json.Position = 0;
            var previous = PreviousReport.Load(json);
            var report = InterviewAnalyzer.AnalyzeAsync(new StringReader(whole.ToString()), options with { Previous = previous }).GetAwaiter().GetResult();

            var ok = true;
            var lines = new List<string>();
            var earlier = previous.Candidates[0].Items;
            foreach (var (item, progress) in earlier.Zip(report.Candidates[0].Progress))
            {
                var planted = LogGenerator.MajorityPlantedTheme(item.Questions);
                if (planted is null || !truth.WeakThemes.Contains(planted)) continue;
                var isImproving = planted == truth.WeakThemes[0];
                var good = isImproving
                    ? progress.Status is ProgressStatus.Improved or ProgressStatus.MetTarget
                    : progress.Status is ProgressStatus.NoChange or ProgressStatus.Worse or ProgressStatus.BetterStillWeak;
                if (isImproving) { improving++; if (good) improvingOk++; } else { steady++; if (good) steadyOk++; }
                ok &= good;
                var sb = progress.StumbleRateBefore is { } rb ? (int)Math.Round(rb * progress.QuestionsBefore) : 0;
                var chance = progress.StumbleRateBefore is null || progress.QuestionsSince == 0 ? double.NaN : WeaknessAnalyzer.Analysis.ProgressLesson.FisherAtMost(progress.QuestionsBefore, sb, progress.QuestionsSince, progress.StumblesSince);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"    {planted}{(isImproving ? " (improving)" : "")}: {progress.Status} {(good ? "" : "  <-- wrong")} p={chance:0.0000}  {ReportText.Progress(progress)}"));
            }

            if (ok) seedsOk++;
            Console.WriteLine($"seed {seed}: {(ok ? "ok" : "WRONG")} ({earlier.Count} earlier items; improving: {truth.WeakThemes[0]})");
            if (verbose || !ok) foreach (var l in lines) Console.WriteLine(l);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT seeds={seedsOk}/{logs} improving={improvingOk}/{improving} steady={steadyOk}/{steady}"));
        return 0;
    }
}
