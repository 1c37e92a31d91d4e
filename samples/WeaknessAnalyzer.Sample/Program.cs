using System.Globalization;
using WeaknessAnalyzer;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Rendering;

// Usage: WeaknessAnalyzer.Sample [<csv>] [--json <path>] [--html <path>] [--markdown <path>] [--plan-csv <path>] [--seed <n>] [--words-only]
string? csv = null, json = null, html = null, markdown = null, planCsv = null;
var seed = 42;
var wordsOnly = false;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    try
    {
        switch (args[i])
        {
            case "--json": json = Next(); break;
            case "--html": html = Next(); break;
            case "--markdown": markdown = Next(); break;
            case "--plan-csv": planCsv = Next(); break;
            case "--seed":
                seed = int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed must be a whole number.");
                break;
            case "--words-only": wordsOnly = true; break;
            case "-h" or "--help":
                Console.WriteLine("usage: WeaknessAnalyzer.Sample [<csv>] [--json <path>] [--html <path>] [--markdown <path>] [--plan-csv <path>] [--seed <n>] [--words-only]");
                return 0;
            default:
                if (args[i].StartsWith("--", StringComparison.Ordinal) || csv is not null) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                csv = args[i];
                break;
        }
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        return 2;
    }
}

csv ??= Path.Combine(AppContext.BaseDirectory, "Data", "interview-log.csv");
try
{
    // Themes by meaning (the MiniLM sentence-embedding model, run locally) unless --words-only.
    using var embedder = wordsOnly ? null : new MiniLmQuestionEmbedder();
    var options = AnalysisOptions.Default with { Themes = AnalysisOptions.Default.Themes with { Seed = seed, Embedder = embedder } };
    var length = new FileInfo(csv).Exists ? new FileInfo(csv).Length : 0;
    var progress = length > 5_000_000
        ? new Progress<IngestionProgress>(p => Console.Error.Write($"\rreading: {p.RowsRead:N0} rows ({p.Fraction:P0})   "))
        : null;
    var report = await InterviewAnalyzer.AnalyzeAsync(csv, options, progress);
    if (progress is not null) Console.Error.WriteLine();
    ConsoleReportWriter.Write(report, Console.Out);
    if (json is not null) await using (var f = File.Create(json)) JsonReportWriter.Write(report, f);
    if (html is not null) await File.WriteAllTextAsync(html, HtmlReportWriter.ToHtml(report));
    if (markdown is not null) await File.WriteAllTextAsync(markdown, MarkdownReportWriter.ToMarkdown(report));
    if (planCsv is not null) await using (var w = new StreamWriter(planCsv)) PlanCsvWriter.Write(report, w);
    return 0;
}
catch (Exception ex) when (ex is InterviewDataException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException or ArgumentException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
catch (Exception ex)
{
    // Anything else is a bug: one line, no stack trace (library messages carry no values from the log).
    Console.Error.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message}");
    return 1;
}
