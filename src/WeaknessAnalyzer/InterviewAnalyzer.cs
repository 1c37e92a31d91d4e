using WeaknessAnalyzer.Analysis;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer;

/// <summary>The entry point: reads an interview log and writes the weakness report.</summary>
public static class InterviewAnalyzer
{
    /// <summary>Reads a log file and analyses it.</summary>
    /// <param name="path">The CSV log.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="progress">Receives reading progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<WeaknessReport> AnalyzeAsync(string path, AnalysisOptions? options = null, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= AnalysisOptions.Default;
        options.Validate();
        var log = await InterviewLogReader.ReadAsync(path, options.Log, progress, cancellationToken).ConfigureAwait(false);
        return Analyze(log, options, cancellationToken);
    }

    /// <summary>Reads a log from text and analyses it.</summary>
    public static async Task<WeaknessReport> AnalyzeAsync(TextReader reader, AnalysisOptions? options = null, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= AnalysisOptions.Default;
        options.Validate();
        var log = await InterviewLogReader.ReadAsync(reader, options.Log, progress, cancellationToken).ConfigureAwait(false);
        return Analyze(log, options, cancellationToken);
    }

    /// <summary>Analyses a log that has been read.</summary>
    public static WeaknessReport Analyze(InterviewLog log, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        Analyze(log, options, themeProgress: null, cancellationToken);

    /// <summary>Analyses a log that has been read, reporting the stages of the theme fit over its questions (the long part on large logs).</summary>
    /// <param name="log">The log.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="themeProgress">Told when each stage of the question theme fit starts; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    public static WeaknessReport Analyze(InterviewLog log, AnalysisOptions? options, IProgress<ThemeFitProgress>? themeProgress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= AnalysisOptions.Default;
        options.Validate();
        var records = log.Records;
        // The fit's question vectors serve the practice suggestions too.
        var embedder = options.Themes.Embedder is { } inner ? new MemoEmbedder(inner) : null;
        var companyWords = CompanyWords(records);
        var fit = records.Count == 0
            ? null
            : ThemeModel.Fit(records.Select(r => r.Question).ToArray(), records.Select(r => r.Category).ToArray(), options.Themes with { NameSkipWords = companyWords, Embedder = embedder }, themeProgress, cancellationToken);
        // By record, not row number: a row holding several questions is several records.
        var themeOf = new Dictionary<InterviewRecord, int>(records.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < records.Count; i++) themeOf[records[i]] = fit!.Assignments[i];
        var themes = fit is null ? [new Theme(0, "unthemed", [], [], 0, true)] : CategoryNames.Apply(fit.Model.Themes, records, fit.Assignments, companyWords);

        var practice = fit is null || options.PracticeQuestions == 0 ? null
            : new Practice.PracticeSuggester(themes, records.Select(r => r.Question).ToArray(), fit.Assignments, embedder, options.PracticeQuestions, cancellationToken);
        var referenceDate = options.ReferenceDate ?? records.Where(r => r.Date is not null).Select(r => r.Date!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        var hasCandidates = log.HasColumn(ColumnNames.Candidate);
        var candidates = records.GroupBy(r => r.Candidate).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CandidateLog(log, g.Key, g.ToList(), themeOf, themes, referenceDate)).ToList();
        if (candidates.Count == 0) candidates.Add(new CandidateLog(log, "", [], themeOf, themes, referenceDate));
        // The feedback points are fitted once over everyone's feedback, as the question themes are.
        var feedbackPoints = FeedbackLesson.Fit(candidates, options, cancellationToken);
        // Each candidate's analysis is independent of the others': in parallel for a coach's log, in candidate order.
        var reports = new CandidateReport[candidates.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Themes.MaxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        CandidateReport Report(CandidateLog c) => AnalyzeCandidate(c, options, c.Rows.Count == 0 ? null : practice, feedbackPoints, cancellationToken);
        // One person's log (the common case) runs on this thread, so its exceptions are not wrapped.
        if (candidates.Count == 1) reports[0] = Report(candidates[0]);
        else Parallel.For(0, candidates.Count, parallel, i => reports[i] = Report(candidates[i]));

        return new WeaknessReport
        {
            Ingestion = log.Summary,
            ReferenceDate = referenceDate,
            HasCandidates = hasCandidates,
            Candidates = reports,
            Cohort = hasCandidates && reports.Length > 1 ? CohortAnalysis.Of(themes, reports) : [],
        };
    }

    /// <summary>The six lessons for one candidate.</summary>
    /// <summary>The reading of one candidate's rows: their problems, and each column's cells among them.</summary>
    private static IngestionSummary CandidateReading(IngestionSummary whole, IReadOnlyList<InterviewRecord> rows, HashSet<long> rowSet)
    {
        var problems = whole.Problems.Where(p => p.Action != ProblemAction.RowRejected && rowSet.Contains(p.RowNumber)).ToList();
        return whole with
        {
            RowsRead = rowSet.Count,
            RowsAccepted = rowSet.Count,
            RowsSplit = rows.Count - rowSet.Count == 0 ? 0 : rows.GroupBy(r => r.RowNumber).Count(g => g.Count() > 1),
            RowsBlank = 0,
            Problems = problems,
            ColumnMatches = [.. whole.ColumnMatches.Select(c =>
            {
                var cleared = problems.Count(p => p.Column == c.Column && p.Action == ProblemAction.FieldCleared);
                return c with { Filled = rows.Count(r => r.HasValue(c.Column)) + cleared, Cleared = cleared };
            })],
        };
    }

    private static CandidateReport AnalyzeCandidate(CandidateLog log, AnalysisOptions options, Practice.PracticeSuggester? practice, FeedbackPoints feedbackPoints, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var themes = ThemeLesson.Analyze(log, options);
        var feedback = FeedbackLesson.Analyze(log, feedbackPoints);
        var preparation = PreparationLesson.Analyze(log, themes.Recurring, options);
        var fit = FitLesson.Analyze(log, options);
        var rowSet = log.Rows.Select(r => r.RowNumber).ToHashSet();
        var rows = log.Rows.Count;
        return new CandidateReport
        {
            Candidate = log.Candidate,
            Ingestion = CandidateReading(log.Log.Summary, log.Rows, rowSet),
            Interviews = log.Interviews,
            QuestionCount = rows,
            StumbleCount = log.Rows.Count(log.IsStumble),
            Feedback = feedback,
            Themes = themes.Findings,
            RecurringWeaknesses = themes.Recurring,
            Strengths = themes.Strengths,
            Preparation = preparation,
            Fit = fit,
            SelfAssessment = SelfAssessmentLesson.Analyze(log, themes.Findings),
            Plan = PlanBuilder.Build(log, themes.Recurring, feedback, preparation, fit, options, themes.Findings.FirstOrDefault(f => f.Unthemed), practice),
            Caveats = Caveats.Of(log),
            Progress = ProgressLesson.Analyze(options.Previous, log.Candidate, themes.Findings, themes.Recurring),
        };
    }

    /// <summary>The words of the log's company names, lower case: a question that says "At Acme, ..." is not about Acme.</summary>
    private static HashSet<string> CompanyWords(IReadOnlyList<InterviewRecord> records)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in records.Select(r => r.Company).Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrEmpty(company)) continue;
            foreach (var (word, _) in ThemeNamer.Words(company)) words.Add(word.ToLowerInvariant());
        }

        return words;
    }
}
