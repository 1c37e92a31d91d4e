using Spectre.Console;

using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.MiniLM;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Cli;

/// <summary>Reads a log and analyses it, with a spinner in a terminal; every user error becomes a <see cref="CliException"/> naming the file.</summary>
internal static class AnalysisRun
{
    /// <summary>Checks that the log is a file that exists, before any work.</summary>
    public static string CheckLog(Terminal terminal, string csv)
    {
        var full = terminal.FullPath(csv);
        if (Directory.Exists(full)) throw new CliException($"{csv} is a folder, not a log; give the CSV file.");
        if (!File.Exists(full)) throw new CliException($"{csv}: no such file. (weakness init {InitCommand.Quote(csv)} writes a starter log there.)");
        return full;
    }

    /// <summary>Loads an earlier report's JSON (`--json` output) for progress.</summary>
    public static PreviousReport LoadPrevious(Terminal terminal, string path)
    {
        var full = terminal.FullPath(path);
        if (Directory.Exists(full)) throw new CliException($"{path} is a folder; give the earlier report's JSON file (analyze --json writes it).");
        if (!File.Exists(full)) throw new CliException($"{path}: no such file; give the earlier report's JSON file (analyze --json writes it).");
        try
        {
            return PreviousReport.Load(full);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path} could not be read: {ex.Message}");
        }
    }

    public static async Task<WeaknessReport> RunAsync(Terminal terminal, string csv, string fullPath, InterviewLogOptions logOptions, int seed, bool wordsOnly, bool noCache, PreviousReport? previous, string? candidate, CancellationToken ct)
    {
        WeaknessReport report;
        string? cacheNote;
        var cachePath = wordsOnly || noCache ? null : Path.ChangeExtension(fullPath, ".embeddings");
        if (terminal.InteractiveError)
        {
            (report, cacheNote) = await terminal.ErrorConsole().Status().Spinner(Spinner.Known.Dots).StartAsync("Reading the log", ctx =>
                AnalyzeAsync(csv, fullPath, logOptions, seed, wordsOnly, cachePath, previous, status => ctx.Status(status), ct)).ConfigureAwait(false);
        }
        else
        {
            (report, cacheNote) = await AnalyzeAsync(csv, fullPath, logOptions, seed, wordsOnly, cachePath, previous, status: null, ct).ConfigureAwait(false);
        }

        if (cacheNote is not null) await terminal.Error.WriteLineAsync(cacheNote).ConfigureAwait(false);

        return candidate is null ? report : OnlyCandidate(report, candidate);
    }

    private static async Task<(WeaknessReport Report, string? CacheNote)> AnalyzeAsync(string csv, string fullPath, InterviewLogOptions logOptions, int seed, bool wordsOnly, string? cachePath, PreviousReport? previous, Action<string>? status, CancellationToken ct)
    {
        InterviewLog log;
        try
        {
            var reading = status is null ? null : new Progress<IngestionProgress>(p => status(p.TotalBytes > 0 ? $"Reading the log: {p.RowsRead:N0} rows ({p.Fraction:P0})" : $"Reading the log: {p.RowsRead:N0} rows"));
            log = await InterviewLogReader.ReadAsync(fullPath, logOptions, reading, ct).ConfigureAwait(false);
        }
        catch (InterviewDataException ex)
        {
            throw new CliException($"{csv}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{csv} could not be read: {ex.Message}");
        }

        // The embedding model (90 MB) is loaded only when a text is not in the cache.
        using var model = wordsOnly || log.Records.Count == 0 ? null : new MiniLmQuestionEmbedder();
        var cache = model is null || cachePath is null ? null : new EmbeddingCache(model, cachePath, MiniLmQuestionEmbedder.ModelName);
        var options = AnalysisOptions.Default with
        {
            Log = logOptions,
            Themes = AnalysisOptions.Default.Themes with { Seed = seed, Embedder = (IQuestionEmbedder?)cache ?? model },
            Previous = previous,
        };
        var stages = status is null ? null : new StageStatus(status, log.Records.Count);
        var report = InterviewAnalyzer.Analyze(log, options, stages, ct);
        return (report, cache is null ? null : SaveCache(cache));
    }

    /// <summary>Writes the cache beside the log; a cache that cannot be written or read is a note, never a failure.</summary>
    private static string? SaveCache(EmbeddingCache cache)
    {
        var shown = Path.GetFileName(cache.Path);
        var note = cache.LoadProblem is { } problem ? $"Note: {shown} was not used ({problem}); the vectors were computed again." : null;
        try
        {
            cache.Save();
            return note;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Note: the embedding cache {shown} could not be written ({ex.GetType().Name}); the next run embeds every question again (--no-cache turns it off).";
        }
    }

    private static WeaknessReport OnlyCandidate(WeaknessReport report, string candidate)
    {
        var match = report.Candidates.FirstOrDefault(c => string.Equals(c.Candidate, candidate, StringComparison.Ordinal))
            ?? report.Candidates.FirstOrDefault(c => string.Equals(c.Candidate, candidate, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            // The user's own log, shown to the user: the names are what they need to pick one.
            var names = report.Candidates.Select(c => c.Candidate).Where(n => n.Length > 0).Select(n => $"'{Terminal.Safe(n)}'").ToList();
            throw new CliException(names.Count == 0
                ? $"--candidate {Terminal.Safe(candidate)}: the log has no candidate column."
                : $"--candidate {Terminal.Safe(candidate)}: no such candidate; the log has {string.Join(", ", names.Take(12))}{(names.Count > 12 ? $" and {names.Count - 12} more" : "")}.");
        }

        return report with { Candidates = [match], Cohort = [] };
    }

    private sealed class StageStatus(Action<string> status, int questions) : IProgress<ThemeFitProgress>
    {
        public void Report(ThemeFitProgress value) => status(value.Stage switch
        {
            ThemeFitStage.Embedding => $"Reading the meaning of {questions:N0} questions",
            ThemeFitStage.ChoosingThemeCount or ThemeFitStage.Clustering or ThemeFitStage.Refining or ThemeFitStage.Merging => "Grouping the questions into themes",
            ThemeFitStage.Describing or ThemeFitStage.Done => "Writing the plan",
            _ => $"Reading {questions:N0} questions",
        });
    }
}
