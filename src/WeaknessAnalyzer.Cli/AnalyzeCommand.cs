using System.CommandLine;
using System.Text;

using WeaknessAnalyzer.Rendering;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Cli;

/// <summary>`weakness analyze &lt;csv&gt;`: the plan on screen, and the report files asked for.</summary>
internal static class AnalyzeCommand
{
    public static readonly string[] Examples =
    [
        "weakness analyze interview-log.csv --html",
        "weakness analyze log.csv --out-dir reports --html --md --json --plan-csv --calendar",
        "weakness analyze notion-export.csv --map \"How I did=response\" --date-format dd/MM/yyyy",
        "weakness analyze cohort.csv --candidate Ana --html",
        "weakness analyze log.csv --since reports/log.report.json   (progress against the last plan)",
        "weakness analyze log.csv --full > report.txt                (the whole report as text)",
    ];

    public static Command Build(Terminal terminal)
    {
        var log = new LogArguments();
        var outDir = new Option<string>("--out-dir") { Description = "The folder for the files written (default: the current folder; created when missing). Files are named after the log: <log>.report.html, .report.md, .report.json, <log>.plan.csv, <log>.review.ics.", HelpName = "folder" };
        var html = new Option<bool>("--html") { Description = "Write the report as one HTML file, the one to open in a browser." };
        var md = new Option<bool>("--md", "--markdown") { Description = "Write the report as Markdown." };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON (keep it: --since and `weakness progress` read it next time)." };
        var planCsv = new Option<bool>("--plan-csv") { Description = "Write the plan as CSV (UTF-8 with BOM, for Excel)." };
        var calendar = new Option<bool>("--calendar") { Description = "Write the plan's review date as a calendar event (.ics) to import into your calendar." };
        var since = new Option<string>("--since") { Description = "Open with progress against an earlier report's plan (its --json file).", HelpName = "report.json" };
        var full = new Option<bool>("--full") { Description = "Print the whole report as text instead of the plan." };
        var command = new Command("analyze", "Read a log, find the themes you keep stumbling on, print the plan, and write the report files asked for.");
        log.AddTo(command);
        foreach (var o in new Option[] { outDir, html, md, json, planCsv, calendar, since, full }) command.Options.Add(o);
        command.SetAction(async (parsed, ct) =>
        {
            var formats = new OutputFormats(parsed.GetValue(html), parsed.GetValue(md), parsed.GetValue(json), parsed.GetValue(planCsv), parsed.GetValue(calendar));
            return await RunAsync(terminal, log, parsed, parsed.GetValue(outDir), formats, parsed.GetValue(since), parsed.GetValue(full), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(Terminal terminal, LogArguments log, ParseResult parsed, string? outDir, OutputFormats formats, string? since, bool full, CancellationToken ct)
    {
        var csv = parsed.GetValue(log.Csv)!;
        var fullPath = AnalysisRun.CheckLog(terminal, csv);
        var logOptions = log.LogOptions(parsed);
        var previous = since is null ? null : AnalysisRun.LoadPrevious(terminal, since);
        // Every output path is checked (and the folder created) before the analysis, not after it.
        var outputs = OutputFiles.Plan(terminal, csv, outDir, formats);
        var report = await AnalysisRun.RunAsync(terminal, csv, fullPath, logOptions, parsed.GetValue(log.Seed), parsed.GetValue(log.WordsOnly), parsed.GetValue(log.NoCache), previous, parsed.GetValue(log.Candidate), ct).ConfigureAwait(false);

        if (full) ConsoleReportWriter.Write(report, terminal.Out);
        else PlanView.Write(terminal, report, progressOnly: false);

        foreach (var output in outputs) Write(output, report);
        if (outputs.Count > 0)
        {
            await terminal.Error.WriteLineAsync(outputs.Count == 1 ? "Wrote 1 file:" : $"Wrote {outputs.Count} files:").ConfigureAwait(false);
            foreach (var output in outputs) await terminal.Error.WriteLineAsync($"  {output.Shown}").ConfigureAwait(false);
        }
        else if (!full)
        {
            await terminal.Error.WriteLineAsync("No files written: add --html for the full report in a browser, --json to measure progress next time.").ConfigureAwait(false);
        }

        return WeaknessCli.Ok;
    }

    private static void Write(OutputFile output, WeaknessReport report)
    {
        try
        {
            switch (output.Format)
            {
                case OutputFormat.Html: File.WriteAllText(output.FullPath, HtmlReportWriter.ToHtml(report), new UTF8Encoding(false)); break;
                case OutputFormat.Markdown: File.WriteAllText(output.FullPath, MarkdownReportWriter.ToMarkdown(report), new UTF8Encoding(false)); break;
                case OutputFormat.Json:
                    using (var f = File.Create(output.FullPath)) JsonReportWriter.Write(report, f);
                    break;
                case OutputFormat.PlanCsv:
                    using (var f = File.Create(output.FullPath)) PlanCsvWriter.Write(report, f);
                    break;
                case OutputFormat.Calendar: File.WriteAllText(output.FullPath, CalendarWriter.ToIcs(report), new UTF8Encoding(false)); break;
                default: throw new ArgumentOutOfRangeException(nameof(output), output.Format, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{output.Shown} could not be written: {ex.Message}");
        }
    }
}

internal enum OutputFormat
{
    Html,
    Markdown,
    Json,
    PlanCsv,
    Calendar,
}

internal sealed record OutputFormats(bool Html, bool Markdown, bool Json, bool PlanCsv, bool Calendar);

/// <summary>One file to write.</summary>
/// <param name="Format">What goes in it.</param>
/// <param name="FullPath">Where it goes.</param>
/// <param name="Shown">The path as the user would type it (relative to the current folder when inside it).</param>
internal sealed record OutputFile(OutputFormat Format, string FullPath, string Shown);

internal static class OutputFiles
{
    /// <summary>The files to write, named after the log, in the output folder (created when missing); a path that cannot be written is an error now.</summary>
    public static List<OutputFile> Plan(Terminal terminal, string csv, string? outDir, OutputFormats formats)
    {
        var files = new List<OutputFile>();
        if (!(formats.Html || formats.Markdown || formats.Json || formats.PlanCsv || formats.Calendar)) return files;
        var folder = terminal.FullPath(outDir ?? ".");
        if (System.IO.File.Exists(folder)) throw new CliException($"--out-dir {outDir} is a file, not a folder.");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out-dir {outDir}: the folder could not be created: {ex.Message}");
        }

        var stem = Path.GetFileNameWithoutExtension(csv);
        if (formats.Html) files.Add(Named(terminal, folder, stem + ".report.html", OutputFormat.Html));
        if (formats.Markdown) files.Add(Named(terminal, folder, stem + ".report.md", OutputFormat.Markdown));
        if (formats.Json) files.Add(Named(terminal, folder, stem + ".report.json", OutputFormat.Json));
        if (formats.PlanCsv) files.Add(Named(terminal, folder, stem + ".plan.csv", OutputFormat.PlanCsv));
        if (formats.Calendar) files.Add(Named(terminal, folder, stem + ".review.ics", OutputFormat.Calendar));
        foreach (var f in files)
        {
            if (Directory.Exists(f.FullPath)) throw new CliException($"{f.Shown} is a folder; it is where the {f.Format} report would go. Move it or pick another --out-dir.");
        }

        return files;
    }

    private static OutputFile Named(Terminal terminal, string folder, string name, OutputFormat format)
    {
        var full = Path.Combine(folder, name);
        var relative = Path.GetRelativePath(terminal.WorkingDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return new OutputFile(format, full, shown);
    }
}
