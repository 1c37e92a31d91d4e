using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using WeaknessAnalyzer.Evaluation;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Benchmarks;

/// <summary>
/// quality --csv &lt;path&gt; --text &lt;column&gt; --label &lt;column&gt; [--k &lt;n&gt;] [--seed &lt;n&gt;] [--threads &lt;n&gt;] [--out &lt;csv&gt;]
/// [--embedder auto|minilm|none] [--no-siblings]: clusters the texts and scores the themes against the labels. The unthemed group counts as
/// one more cluster. The time includes loading the embedding model. auto (default): minilm up to 3,000 distinct texts.
/// </summary>
internal static class QualityCommand
{
    public static int Run(string[] args)
    {
        var a = Args.Parse(args);
        var csvPath = a.Required("csv");
        var textColumn = a.Get("text") ?? "question";
        var labelColumn = a.Get("label") ?? "label";
        var options = ThemeOptions.Default with
        {
            ThemeCount = a.Int("k"),
            Seed = a.Int("seed") ?? ThemeOptions.Default.Seed,
            MaxDegreeOfParallelism = a.Int("threads"),
        };
        options = options with
        {
            NgramLength = a.Int("ngram") ?? options.NgramLength,
            Dimensions = a.Int("dims") ?? options.Dimensions,
            Restarts = a.Int("restarts") ?? options.Restarts,
            RefinementRounds = a.Int("refine") ?? options.RefinementRounds,
            UnthemedSimilarity = a.Get("unthemed") is { } u ? double.Parse(u, CultureInfo.InvariantCulture) : options.UnthemedSimilarity,
            JoinSiblings = a.Get("no-siblings") is null,
            MaxFitQuestions = a.Int("max-fit") ?? options.MaxFitQuestions,
        };

        var watch = Stopwatch.StartNew();
        var texts = new List<string>();
        var labels = new List<string>();
        using (var csv = CsvReader.FromFile(csvPath, CsvReaderOptions.Default))
        {
            while (csv.Read())
            {
                texts.Add(csv.GetString(textColumn) ?? "");
                labels.Add(csv.GetString(labelColumn) ?? "");
            }
        }

        // auto (the default): themes by meaning when every distinct text can be embedded (at most MaxEmbeddedQuestions,
        // 3,000), by words above that. Measured: questions.csv (795) 0.59 by meaning vs 0.37 by words; stackoverflow.csv
        // (20,000) 0.68 by meaning (3,000 embedded) vs 0.74 by words.
        var embedderName = a.Get("embedder") ?? "auto";
        if (embedderName == "auto")
        {
            var distinct = texts.Select(TextKeys.DedupKey).Distinct(StringComparer.Ordinal).Count();
            embedderName = distinct <= options.MaxEmbeddedQuestions ? "minilm" : "none";
        }

        using var embedder = a.Embedder(embedderName, a.Int("threads"));
        options = options with { Embedder = embedder };
        Console.WriteLine($"embedder: {embedderName}");
        var readSecs = watch.Elapsed.TotalSeconds;
        var stages = new StageLog();
        var fit = ThemeModel.Fit(texts, options, stages);
        var secs = watch.Elapsed.TotalSeconds;
        var nmi = ClusteringMetrics.NormalizedMutualInformation(labels, fit.Assignments);
        var ari = ClusteringMetrics.AdjustedRandIndex(labels, fit.Assignments);
        var acc = ClusteringMetrics.Accuracy(labels, fit.Assignments);
        var unthemed = fit.Assignments.Count(t => t == Theme.UnthemedId);
        foreach (var theme in fit.Model.Themes)
        {
            Console.WriteLine($"  theme {theme.Id,2} n={theme.QuestionCount,5}  {theme.Label}");
        }

        if (a.Get("out") is { } outPath)
        {
            // label,theme per row, in input order (no question text: the eval files stay where they are).
            using var writer = new StreamWriter(outPath);
            writer.WriteLine("row,label,theme");
            for (var i = 0; i < texts.Count; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1},{labels[i].Replace(",", " ", StringComparison.Ordinal)},{fit.Assignments[i]}"));
            }
        }

        Console.WriteLine("stages: " + stages);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"read {readSecs:F2}s; unthemed {unthemed}; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT n={texts.Count} k={fit.Model.ThemeCount} nmi={nmi:F4} ari={ari:F4} acc={acc:F4} secs={secs:F2}"));
        return 0;
    }
}

internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static Args Parse(string[] args)
    {
        var result = new Args();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            result._values[name] = value;
        }

        return result;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required.");

    /// <summary>The question embedder a command's --embedder names: none (null) or minilm.</summary>
    public MiniLmQuestionEmbedder? Embedder(string name, int? threads) => name switch
    {
        "none" => null,
        "minilm" => new MiniLmQuestionEmbedder(threads),
        var other => throw new ArgumentException($"Unknown embedder '{other}' (known: auto for the quality command, minilm, none)."),
    };

    public int? Int(string name) => Get(name) is { } v
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{name} must be a whole number.")
        : null;
}

/// <summary>Records when each fit stage started (synchronously, unlike <see cref="Progress{T}"/>) and prints their durations.</summary>
internal sealed class StageLog : IProgress<ThemeFitProgress>
{
    private readonly List<ThemeFitProgress> _events = [];

    public void Report(ThemeFitProgress value) => _events.Add(value);

    public override string ToString() => string.Join(", ", _events.Zip(_events.Skip(1))
        .Select(p => $"{p.First.Stage} {(p.Second.Elapsed - p.First.Elapsed).TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}s"));
}
