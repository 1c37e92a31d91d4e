using System.Globalization;
using WeaknessAnalyzer;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

const string Usage = """
    usage: WeaknessAnalyzer.Sample [<csv>] [options]
      <csv>                   the interview log (default: the bundled Data/interview-log.csv)
      --json <path>           also write the report as JSON
      --html <path>           also write the report as one HTML file
      --markdown <path>       also write the report as Markdown
      --plan-csv <path>       also write the plan as CSV (UTF-8 with BOM, for Excel)
      --calendar <path>       also write the plan's review date as a calendar event (.ics)
      --date-format <format>  the log's date format, such as dd/MM/yyyy (default: decided per column)
      --culture <name>        the log's culture for numbers, month names and date order, such as de-DE
      --map "Header=column"   read a header as a column of the format (repeatable), such as --map "How I did=response"
      --since <report.json>   open with progress against an earlier report's plan (its --json output)
      --template <path>       write a starter log (every column, two example rows) and stop
      --seed <n>              the seed (default 42)
      --words-only            themes by words only (no sentence-embedding model)
      --cache <path>          keep the question vectors in this file, so the next run embeds only new questions
    """;
string? csv = null, json = null, html = null, markdown = null, planCsv = null, calendar = null, cache = null, template = null, since = null;
var seed = 42;
var wordsOnly = false;
var logOptions = InterviewLogOptions.Default;
var map = new Dictionary<string, string>();
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
            case "--calendar": calendar = Next(); break;
            case "--cache": cache = Next(); break;
            case "--seed":
                seed = int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed must be a whole number.");
                break;
            case "--words-only": wordsOnly = true; break;
            case "--date-format": logOptions = logOptions with { DateFormat = Next() }; break;
            case "--culture":
                var name = Next();
                logOptions = logOptions with { Culture = CultureInfo.GetCultures(CultureTypes.AllCultures).FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? throw new ArgumentException($"--culture: unknown culture '{name}'.") };
                break;
            case "--map":
                var pair = Next();
                var eq = pair.LastIndexOf('=');
                if (eq <= 0 || eq == pair.Length - 1) throw new ArgumentException($"--map needs \"Header=column\" (was '{pair}').");
                map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
                break;
            case "--template": template = Next(); break;
            case "--since": since = Next(); break;
            case "-h" or "--help":
                Console.WriteLine(Usage);
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

if (template is not null)
{
    try
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "template.csv"), template, overwrite: false);
        Console.WriteLine($"Wrote {template}: one row per question you were asked. Fill it in, then run: WeaknessAnalyzer.Sample {template}");
        return 0;
    }
    catch (IOException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        return 2;
    }
}

csv ??= Path.Combine(AppContext.BaseDirectory, "Data", "interview-log.csv");

// Every output's folder must exist before the analysis starts, not after it.
foreach (var output in new[] { json, html, markdown, planCsv, calendar })
{
    if (output is null) continue;
    var folder = Path.GetDirectoryName(Path.GetFullPath(output));
    if (Directory.Exists(output) || (folder is not null && !Directory.Exists(folder)))
    {
        Console.Error.WriteLine(Directory.Exists(output) ? $"error: {output} is a folder; give a file name." : $"error: the folder of {output} does not exist.");
        return 2;
    }
}

try
{
    logOptions = logOptions with { Columns = map };
    logOptions.Validate();
    // Themes by meaning (the MiniLM sentence-embedding model, run locally) unless --words-only.
    using var model = wordsOnly ? null : new MiniLmQuestionEmbedder();
    // --cache: vectors of texts seen before come from the file (and the model is not even loaded when all of them do).
    var embeddingCache = model is null || cache is null ? null : new WeaknessAnalyzer.Themes.EmbeddingCache(model, cache, MiniLmQuestionEmbedder.ModelName);
    var options = AnalysisOptions.Default with
    {
        Log = logOptions,
        Themes = AnalysisOptions.Default.Themes with { Seed = seed, Embedder = (WeaknessAnalyzer.Themes.IQuestionEmbedder?)embeddingCache ?? model },
        Previous = since is null ? null : PreviousReport.Load(since),
    };
    var length = new FileInfo(csv).Exists ? new FileInfo(csv).Length : 0;
    var progress = length > 5_000_000
        ? new Progress<IngestionProgress>(p => Console.Error.Write($"\rreading: {p.RowsRead:N0} rows ({p.Fraction:P0})   "))
        : null;
    var report = await InterviewAnalyzer.AnalyzeAsync(csv, options, progress);
    embeddingCache?.Save();
    if (progress is not null) Console.Error.WriteLine();
    ConsoleReportWriter.Write(report, Console.Out);
    var written = new List<string>();
    if (json is not null)
    {
        await using (var f = File.Create(json)) JsonReportWriter.Write(report, f);
        written.Add(json);
    }

    if (html is not null)
    {
        await File.WriteAllTextAsync(html, HtmlReportWriter.ToHtml(report));
        written.Add(html);
    }

    if (markdown is not null)
    {
        await File.WriteAllTextAsync(markdown, MarkdownReportWriter.ToMarkdown(report));
        written.Add(markdown);
    }

    if (planCsv is not null)
    {
        await using (var f = File.Create(planCsv)) PlanCsvWriter.Write(report, f);
        written.Add(planCsv);
    }

    if (calendar is not null)
    {
        await File.WriteAllTextAsync(calendar, CalendarWriter.ToIcs(report), new System.Text.UTF8Encoding(false));
        written.Add(calendar);
    }

    // On stderr, so that the report on stdout can be piped or redirected on its own.
    foreach (var path in written) Console.Error.WriteLine($"wrote {path}");
    return 0;
}
catch (InvalidDataException ex)
{
    // Only --since's file is read as a report; name it.
    Console.Error.WriteLine(since is null ? $"error: {ex.Message}" : $"error: {since}: {ex.Message}");
    return 2;
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
