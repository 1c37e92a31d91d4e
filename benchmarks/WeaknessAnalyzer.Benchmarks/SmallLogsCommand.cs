using System.Globalization;
using CsvHelper;
using WeaknessAnalyzer.Evaluation;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// smalllogs [--csv ../shared/eval/questions.csv] [--logs 30] [--first-seed 3001] [--embedder minilm|none]
/// [--min-labels 4] [--max-labels 10] [--min-per-label 3] [--max-per-label 8] [--no-siblings] [--verbose]:
/// the automatic number of themes on logs the size people keep. Each log draws a few labels of the labelled set (labels
/// with at least 8 questions), a few questions of each, and repeats every question one to three times (a question asked in
/// several interviews), shuffled; the themes are fitted with the automatic k and scored against the labels (NMI over the
/// rows; the unthemed group counts as one more cluster), beside a fit with k fixed at the true label count. Last line:
/// RESULT logs=&lt;n&gt; nmi=&lt;auto&gt; nmi_true_k=&lt;x&gt; ari=&lt;auto&gt; ari_true_k=&lt;x&gt; k_ratio=&lt;mean chosen k / labels&gt; k_exact=&lt;n&gt;.
/// </summary>
internal static class SmallLogsCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var csvPath = a.Get("csv") ?? Path.Combine("..", "shared", "eval", "questions.csv");
        var logs = a.Int("logs") ?? 30;
        var firstSeed = a.Int("first-seed") ?? 3001;
        var minLabels = a.Int("min-labels") ?? 4;
        var maxLabels = a.Int("max-labels") ?? 10;
        var minPer = a.Int("min-per-label") ?? 3;
        var maxPer = a.Int("max-per-label") ?? 8;
        var verbose = a.Get("verbose") is not null;
        using var embedder = a.Embedder(a.Get("embedder") ?? "minilm", threads: null);

        var byLabel = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        using (var csv = CsvReader.FromFile(csvPath, CsvReaderOptions.Default))
        {
            while (csv.Read())
            {
                var label = csv.GetString("label") ?? "";
                var text = csv.GetString("question") ?? "";
                if (!byLabel.TryGetValue(label, out var list)) byLabel[label] = list = [];
                if (!list.Contains(text, StringComparer.Ordinal)) list.Add(text);
            }
        }

        var pool = byLabel.Where(p => p.Value.Count >= 8).Select(p => p.Key).ToArray();
        double nmiAuto = 0, nmiTrue = 0, ratio = 0, ariAuto = 0, ariTrue = 0;
        var exact = 0;
        for (var s = 0; s < logs; s++)
        {
            var random = new Random(firstSeed + s);
            var labelCount = random.Next(minLabels, maxLabels + 1);
            var chosen = pool.OrderBy(_ => random.Next()).Take(labelCount).ToArray();
            var rows = new List<(string Text, string Label)>();
            foreach (var label in chosen)
            {
                foreach (var q in byLabel[label].OrderBy(_ => random.Next()).Take(random.Next(minPer, maxPer + 1)))
                {
                    var repeats = random.Next(1, 4);
                    for (var r = 0; r < repeats; r++) rows.Add((q, label));
                }
            }

            rows = [.. rows.OrderBy(_ => random.Next())];
            var texts = rows.Select(r => r.Text).ToArray();
            var labels = rows.Select(r => r.Label).ToArray();
            var options = ThemeOptions.Default with { Embedder = embedder, JoinSiblings = a.Get("no-siblings") is null };
            var auto = ThemeModel.Fit(texts, options);
            var fixedK = ThemeModel.Fit(texts, options with { ThemeCount = labelCount });
            var a1 = ClusteringMetrics.NormalizedMutualInformation(labels, auto.Assignments);
            var a2 = ClusteringMetrics.NormalizedMutualInformation(labels, fixedK.Assignments);
            var r1 = ClusteringMetrics.AdjustedRandIndex(labels, auto.Assignments);
            var r2 = ClusteringMetrics.AdjustedRandIndex(labels, fixedK.Assignments);
            ariAuto += r1;
            ariTrue += r2;
            nmiAuto += a1;
            nmiTrue += a2;
            ratio += auto.Model.ThemeCount / (double)labelCount;
            if (auto.Model.ThemeCount == labelCount) exact++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"log {firstSeed + s}: rows={rows.Count} distinct={texts.Distinct(StringComparer.Ordinal).Count()} labels={labelCount} k={auto.Model.ThemeCount} nmi={a1:F3} nmi_true_k={a2:F3} ari={r1:F3} ari_true_k={r2:F3}"));
            if (verbose)
            {
                foreach (var theme in auto.Model.Themes) Console.WriteLine($"    {theme.Id,2} n={theme.QuestionCount,3} {theme.Label}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT logs={logs} nmi={nmiAuto / logs:F4} nmi_true_k={nmiTrue / logs:F4} ari={ariAuto / logs:F4} ari_true_k={ariTrue / logs:F4} k_ratio={ratio / logs:F3} k_exact={exact}"));
        return 0;
    }
}
