using System.Globalization;
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
        var fit = records.Count == 0
            ? null
            : ThemeModel.Fit(records.Select(r => r.Question).ToArray(), options.Themes, themeProgress, cancellationToken);
        var themeOf = new Dictionary<long, int>(records.Count);
        for (var i = 0; i < records.Count; i++) themeOf[records[i].RowNumber] = fit!.Assignments[i];
        var themes = fit?.Model.Themes ?? [new Theme(0, "unthemed", [], [], 0, true)];

        var referenceDate = options.ReferenceDate ?? records.Where(r => r.Date is not null).Select(r => r.Date!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        var hasCandidates = log.HasColumn(ColumnNames.Candidate);
        var byCandidate = records.GroupBy(r => r.Candidate).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var reports = byCandidate.Select(g => AnalyzeCandidate(log, g.Key, g.ToList(), themeOf, themes, options, referenceDate, cancellationToken)).ToList();
        if (reports.Count == 0)
        {
            reports.Add(AnalyzeCandidate(log, "", [], themeOf, themes, options, referenceDate, cancellationToken));
        }

        var cohort = new List<CohortTheme>();
        if (hasCandidates && reports.Count > 1)
        {
            foreach (var theme in themes.Where(t => !t.IsUnthemed))
            {
                var names = reports.Where(r => r.Themes.Any(f => f.Id == theme.Id && f.StumbleCount > 0)).Select(r => r.Candidate).ToList();
                if (names.Count >= 2)
                {
                    var stumbles = reports.SelectMany(r => r.Themes).Where(f => f.Id == theme.Id).Sum(f => f.StumbleCount);
                    cohort.Add(new CohortTheme(theme.Id, theme.Label, names.Count, stumbles, names));
                }
            }

            cohort = cohort.OrderByDescending(c => c.Candidates).ThenByDescending(c => c.Stumbles).ThenBy(c => c.ThemeId).ToList();
        }

        return new WeaknessReport
        {
            Ingestion = log.Summary,
            ReferenceDate = referenceDate,
            HasCandidates = hasCandidates,
            Candidates = reports,
            Cohort = cohort,
        };
    }

    private static string Pct(double x) => (x * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Num(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);

    private static bool Success(InterviewOutcome? o) => o is InterviewOutcome.Advanced or InterviewOutcome.Offer;

    private static CandidateReport AnalyzeCandidate(
        InterviewLog log, string candidate, List<InterviewRecord> rows, Dictionary<long, int> themeOf, IReadOnlyList<Theme> themes,
        AnalysisOptions options, DateOnly referenceDate, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var caveats = new List<string>();
        var interviews = rows.GroupBy(r => r.InterviewKey)
            .Select(g =>
            {
                var list = g.ToList();
                var first = list[0];
                return new InterviewSummary(
                    g.Key, list.Select(r => r.Date).FirstOrDefault(d => d is not null), first.Company, first.Role, first.Stage,
                    list.Select(r => r.Outcome).FirstOrDefault(o => o is not null), list.Count, list.Count(log.IsStumble),
                    list.Select(r => r.PrepHours).FirstOrDefault(p => p is not null), list.Select(r => r.Interest).FirstOrDefault(i => i is not null),
                    list.Any(r => r.Feedback is not null), list.Select(r => r.RowNumber).ToArray());
            })
            .OrderBy(i => i.Date ?? DateOnly.MaxValue).ThenBy(i => i.Rows[0])
            .ToList();
        var interviewIndex = interviews.Select((iv, i) => (iv.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var outcomeOf = interviews.ToDictionary(i => i.Key, i => i.Outcome, StringComparer.Ordinal);

        if (!log.HasAssessment) caveats.Add("The log has no response or confidence column, so every question is counted as a stumble: themes show what you were asked about, not how you did.");
        if (interviews.Count < 2) caveats.Add($"Only {interviews.Count} interview: nothing can recur yet, and no comparison across interviews is possible.");
        if (!log.HasColumn(ColumnNames.Outcome)) caveats.Add("No outcome column: nothing can be related to results.");
        if (!log.HasColumn(ColumnNames.Date)) caveats.Add("No date column: trends and recency cannot be judged.");

        // 2. Themes.
        var laterHalfStart = interviews.Count / 2;
        var findings = new List<ThemeFinding>();
        foreach (var group in rows.GroupBy(r => themeOf[r.RowNumber]).OrderBy(g => g.Key))
        {
            var theme = themes.First(t => t.Id == group.Key);
            var list = group.ToList();
            var stumbles = list.Where(log.IsStumble).ToList();
            var keys = list.Select(r => r.InterviewKey).Distinct(StringComparer.Ordinal).OrderBy(k => interviewIndex[k]).ToList();
            var stumbleKeys = stumbles.Select(r => r.InterviewKey).Distinct(StringComparer.Ordinal).Count();
            double? RateWhere(Func<InterviewOutcome?, bool> pred)
            {
                var q = list.Where(r => pred(outcomeOf[r.InterviewKey])).ToList();
                return q.Count == 0 ? null : (double)q.Count(log.IsStumble) / q.Count;
            }

            var rejected = RateWhere(o => o == InterviewOutcome.Rejected);
            var advanced = RateWhere(Success);
            var confidences = list.Where(r => r.Confidence is not null).Select(r => (double)r.Confidence!.Value).ToList();
            var lowConfidenceStumbles = stumbles.Count(r => r.Confidence is <= 2);
            var recency = stumbles.Count == 0 ? 0 : (double)stumbles.Count(r => interviewIndex[r.InterviewKey] >= laterHalfStart) / stumbles.Count;
            var severity = stumbles.Count == 0 ? 0 :
                stumbles.Count + Math.Max(0, stumbleKeys - 1) + 0.5 * lowConfidenceStumbles + 2 * recency +
                3 * Math.Max(0, (rejected ?? 0) - (advanced ?? rejected ?? 0));
            var dates = list.Where(r => r.Date is not null).Select(r => r.Date!.Value).ToList();
            findings.Add(new ThemeFinding
            {
                Id = theme.Id,
                Label = theme.Label,
                Keywords = theme.Keywords,
                Unthemed = theme.IsUnthemed,
                QuestionCount = list.Count,
                InterviewCount = keys.Count,
                StumbleCount = stumbles.Count,
                StumbleInterviewCount = stumbleKeys,
                StumbleRate = (double)stumbles.Count / list.Count,
                Recurring = !theme.IsUnthemed && stumbleKeys >= options.RecurringMinInterviews,
                Trend = TrendOf(list, log),
                MeanConfidence = confidences.Count == 0 ? null : Math.Round(confidences.Average(), 2),
                StumbleRateRejected = rejected is null ? null : Math.Round(rejected.Value, 4),
                StumbleRateAdvanced = advanced is null ? null : Math.Round(advanced.Value, 4),
                FirstSeen = dates.Count == 0 ? null : dates.Min(),
                LastSeen = dates.Count == 0 ? null : dates.Max(),
                Severity = Math.Round(severity, 2),
                Rows = list.Select(r => r.RowNumber).ToArray(),
                Questions = list.OrderByDescending(log.IsStumble).ThenBy(r => r.RowNumber)
                    .Select(r => new QuestionEvidence(r.RowNumber, r.Question, r.Response, r.Confidence, log.IsStumble(r), r.Date)).ToArray(),
                InterviewKeys = keys,
            });
        }

        var recurring = findings.Where(f => f.Recurring).OrderByDescending(f => f.Severity).ThenBy(f => f.Id).ToList();
        var strengths = log.HasAssessment
            ? findings.Where(f => !f.Unthemed && f.QuestionCount >= 2 && f.StumbleRate <= 0.2 && f.Questions.Any(q => q.Response is ResponseQuality.Strong or ResponseQuality.Ok))
                .OrderBy(f => f.StumbleRate).ThenByDescending(f => f.QuestionCount).ThenBy(f => f.Id).ToList()
            : [];

        var rowsByInterview = rows.ToLookup(r => r.InterviewKey, StringComparer.Ordinal);
        var feedback = FeedbackOf(rowsByInterview, interviews, options, ct);
        var preparation = PreparationOf(interviews, recurring, options);
        var fit = FitOf(interviews, rowsByInterview, log, options);
        var self = SelfAssessmentOf(rows, log, themeOf, findings);
        var plan = PlanOf(recurring, findings, feedback, preparation, fit, rows, log, themeOf, options, referenceDate);

        var rowSet = rows.Select(r => r.RowNumber).ToHashSet();
        var candidateProblems = log.Summary.Problems.Where(p => p.Action != ProblemAction.RowRejected && rowSet.Contains(p.RowNumber)).ToList();
        return new CandidateReport
        {
            Candidate = candidate,
            Ingestion = log.Summary with { RowsRead = rows.Count, RowsAccepted = rows.Count, Problems = candidateProblems },
            Interviews = interviews,
            QuestionCount = rows.Count,
            StumbleCount = rows.Count(log.IsStumble),
            Feedback = feedback,
            Themes = findings,
            RecurringWeaknesses = recurring,
            Strengths = strengths,
            Preparation = preparation,
            Fit = fit,
            SelfAssessment = self,
            Plan = plan,
            Caveats = caveats,
        };
    }

    internal static string TrendText(Trend trend) => trend == Trend.NotEnoughData ? "not enough data" : trend.ToString().ToLowerInvariant();

    private static Trend TrendOf(List<InterviewRecord> list, InterviewLog log)
    {
        var dated = list.Where(r => r.Date is not null).OrderBy(r => r.Date).ThenBy(r => r.RowNumber).ToList();
        if (dated.Count < 4 || dated.Select(r => r.Date).Distinct().Count() < 2) return Trend.NotEnoughData;
        var half = dated.Count / 2;
        var early = (double)dated.Take(half).Count(log.IsStumble) / half;
        var late = (double)dated.Skip(half).Count(log.IsStumble) / (dated.Count - half);
        return late - early <= -0.25 ? Trend.Improving : late - early >= 0.25 ? Trend.Worsening : Trend.Steady;
    }

    private static FeedbackSection FeedbackOf(ILookup<string, InterviewRecord> rows, List<InterviewSummary> interviews, AnalysisOptions options, CancellationToken ct)
    {
        var with = interviews.Where(i => i.HasFeedback).ToList();
        var without = interviews.Where(i => !i.HasFeedback).ToList();
        var actions = without.Select(i => $"Ask for feedback on {i.Title}: a short, polite email to the recruiter asking what would have made the answer stronger.").ToList();

        // Sentences of feedback, one set per interview.
        var sentences = new List<(string Sentence, string Interview, InterviewOutcome? Outcome)>();
        foreach (var iv in with)
        {
            var texts = rows[iv.Key].Where(r => r.Feedback is not null).Select(r => r.Feedback!).Distinct(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                foreach (var s in text.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (s.Length >= 8) sentences.Add((s, iv.Key, iv.Outcome));
                }
            }
        }

        var recurring = new List<FeedbackTheme>();
        if (sentences.Count >= 4)
        {
            var fit = ThemeModel.Fit(sentences.Select(s => s.Sentence).ToArray(), options.Themes with { ThemeCount = null, MaxThemes = Math.Min(options.Themes.MaxThemes, Math.Max(2, sentences.Count / 3)) }, ct);
            foreach (var theme in fit.Model.Themes.Where(t => !t.IsUnthemed))
            {
                var members = sentences.Where((s, i) => fit.Assignments[i] == theme.Id).ToList();
                var ivs = members.Select(m => m.Interview).Distinct(StringComparer.Ordinal).Count();
                if (ivs < 2) continue;
                var outcomes = members.GroupBy(m => m.Interview).Select(g => g.First().Outcome?.ToString().ToLowerInvariant() ?? "unknown")
                    .GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                recurring.Add(new FeedbackTheme(theme.Label, theme.Keywords, ivs, members.Select(m => m.Sentence).Distinct(StringComparer.Ordinal).Take(5).ToArray(), outcomes));
            }

            recurring = recurring.OrderByDescending(r => r.InterviewCount).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        }

        return new FeedbackSection(with, without, recurring, actions);
    }

    private static List<GroupStat> ByOutcome(List<InterviewSummary> interviews, Func<InterviewSummary, double?> value) =>
        interviews.Where(i => i.Outcome is not null && value(i) is not null)
            .GroupBy(i => i.Outcome!.Value).OrderBy(g => g.Key)
            .Select(g => new GroupStat(g.Key.ToString().ToLowerInvariant(), g.Count(), Math.Round(g.Average(i => value(i)!.Value), 2), g.Count(i => Success(i.Outcome)), g.Count(i => i.Outcome == InterviewOutcome.Rejected)))
            .ToList();

    private static string Compare(List<InterviewSummary> interviews, Func<InterviewSummary, double?> value, string what, string unit, int minGroup)
    {
        var good = interviews.Where(i => Success(i.Outcome) && value(i) is not null).Select(i => value(i)!.Value).ToList();
        var bad = interviews.Where(i => i.Outcome == InterviewOutcome.Rejected && value(i) is not null).Select(i => value(i)!.Value).ToList();
        if (good.Count < minGroup || bad.Count < minGroup)
        {
            return $"Not enough data to relate {what} to outcomes: {good.Count} advanced/offer and {bad.Count} rejected interviews have it (need {minGroup} of each).";
        }

        var g = good.Average();
        var b = bad.Average();
        var verdict = Math.Abs(g - b) < 0.1 * Math.Max(Math.Abs(g), Math.Abs(b)) + 0.25
            ? "no clear difference"
            : g > b ? $"more {what} went with better outcomes" : $"more {what} did not go with better outcomes";
        return $"Mean {what}: {Num(g)}{unit} in {good.Count} advanced/offer interviews vs {Num(b)}{unit} in {bad.Count} rejected ones: {verdict}.";
    }

    private static PreparationSection PreparationOf(List<InterviewSummary> interviews, List<ThemeFinding> recurring, AnalysisOptions options)
    {
        var byOutcome = ByOutcome(interviews, i => i.PrepHours);
        var verdict = Compare(interviews, i => i.PrepHours, "preparation", " h", options.MinGroupSize);
        var byStage = new List<string>();
        foreach (var stage in interviews.Where(i => i.Stage is not null).GroupBy(i => i.Stage!.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = stage.ToList();
            var good = list.Where(i => Success(i.Outcome) && i.PrepHours is not null).ToList();
            var bad = list.Where(i => i.Outcome == InterviewOutcome.Rejected && i.PrepHours is not null).ToList();
            if (good.Count >= options.MinGroupSize && bad.Count >= options.MinGroupSize)
            {
                byStage.Add($"{stage.Key}: {Num(good.Average(i => i.PrepHours!.Value))} h before {good.Count} advanced/offer vs {Num(bad.Average(i => i.PrepHours!.Value))} h before {bad.Count} rejected.");
            }
        }

        var prepped = interviews.Where(i => i.PrepHours is > 0).Select(i => i.PrepHours!.Value).Order().ToList();
        var despite = new List<string>();
        if (prepped.Count >= 2)
        {
            var median = prepped[prepped.Count / 2];
            var highRows = interviews.Where(i => i.PrepHours >= median).SelectMany(i => i.Rows).ToHashSet();
            foreach (var f in recurring)
            {
                var inHigh = f.Questions.Count(q => q.Stumble && highRows.Contains(q.Row));
                if (inHigh > 0) despite.Add($"{f.Label}: {inHigh} stumble(s) in interviews with {Num(median)} h or more of preparation - the prep did not cover it.");
            }
        }

        return new PreparationSection(byOutcome, byStage, despite, verdict);
    }

    private static FitSection FitOf(List<InterviewSummary> interviews, ILookup<string, InterviewRecord> rows, InterviewLog log, AnalysisOptions options)
    {
        var interest = ByOutcome(interviews, i => i.Interest);
        var verdict = Compare(interviews, i => i.Interest, "interest", "/5", options.MinGroupSize);
        var lost = new List<InterviewSummary>();
        if (log.HasColumn(ColumnNames.Response))
        {
            foreach (var iv in interviews.Where(i => i.Outcome == InterviewOutcome.Rejected))
            {
                var qs = rows[iv.Key].Where(r => r.Response is not null).ToList();
                if (qs.Count >= 2 && qs.Count(r => r.Response >= ResponseQuality.Ok) >= 0.8 * qs.Count && qs.Any(r => r.Response == ResponseQuality.Strong))
                {
                    lost.Add(iv);
                }
            }
        }

        if (lost.Count > 0)
        {
            verdict += $" {lost.Count} rejected interview(s) went well on the questions themselves (80% or more answered ok or better): a possible fit mismatch, not a skill gap.";
        }

        List<GroupStat> By(Func<InterviewSummary, string?> key) => interviews.Where(i => key(i) is not null)
            .GroupBy(i => key(i)!, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupStat(g.Key, g.Count(), g.Any(i => i.Interest is not null) ? Math.Round(g.Where(i => i.Interest is not null).Average(i => i.Interest!.Value), 2) : null, g.Count(i => Success(i.Outcome)), g.Count(i => i.Outcome == InterviewOutcome.Rejected)))
            .ToList();
        return new FitSection(interest, lost, By(i => i.Role), By(i => i.Company), verdict);
    }

    private static SelfAssessmentSection SelfAssessmentOf(List<InterviewRecord> rows, InterviewLog log, Dictionary<long, int> themeOf, List<ThemeFinding> findings)
    {
        var both = rows.Where(r => r.Confidence is not null && r.Response is not null).ToList();
        var matrix = both.GroupBy(r => (r.Confidence!.Value, r.Response!.Value)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => new CalibrationCell(g.Key.Item1, g.Key.Item2, g.Count())).ToList();
        var under = new List<string>();
        var over = new List<string>();
        foreach (var f in findings.Where(f => !f.Unthemed))
        {
            var qs = both.Where(r => themeOf[r.RowNumber] == f.Id).ToList();
            if (qs.Count < 2) continue;
            var meanConf = qs.Average(r => r.Confidence!.Value);
            var good = (double)qs.Count(r => r.Response >= ResponseQuality.Ok) / qs.Count;
            if (meanConf <= 2.5 && good >= 0.67) under.Add($"{f.Label}: mean confidence {Num(meanConf)}/5 but {Pct(good)} of {qs.Count} answers were ok or better - you know more than you feel.");
            if (meanConf >= 3.5 && good <= 0.5) over.Add($"{f.Label}: mean confidence {Num(meanConf)}/5 but only {Pct(good)} of {qs.Count} answers were ok or better - check your answers against a model answer.");
        }

        string verdict;
        if (both.Count < 4)
        {
            verdict = $"Not enough data: {both.Count} question(s) have both a confidence and a response (need 4).";
        }
        else
        {
            var hits = both.Count(r => (r.Confidence >= 3) == (r.Response >= ResponseQuality.Ok));
            verdict = $"Your confidence matched the outcome of the answer on {hits} of {both.Count} questions ({Pct((double)hits / both.Count)}).";
        }

        return new SelfAssessmentSection(matrix, under, over, verdict);
    }

    private static DevelopmentPlan PlanOf(
        List<ThemeFinding> recurring, List<ThemeFinding> findings, FeedbackSection feedback, PreparationSection prep, FitSection fit,
        List<InterviewRecord> rows, InterviewLog log, Dictionary<long, int> themeOf, AnalysisOptions options, DateOnly referenceDate)
    {
        var review = referenceDate.AddDays(options.ReviewAfterDays);
        var reviewText = review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var items = new List<PlanItem>();
        foreach (var f in recurring.Take(options.MaxPlanItems))
        {
            var target = Math.Max(3, Math.Min(5, f.StumbleCount));
            var rehearse = f.Questions.Where(q => q.Stumble).Concat(f.Questions.Where(q => !q.Stumble))
                .Select(q => q.Question).Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToArray();
            var actions = new List<string>
            {
                $"Rehearse the {rehearse.Length} past question(s) below out loud, with a timer, until each answer is structured and under 3 minutes.",
                $"Study the topic behind the keywords ({string.Join(", ", f.Keywords.Take(4))}) for {Math.Max(2, f.StumbleCount)} hours: one worked example per keyword.",
                "Do one mock interview on this theme with a peer and ask them to score each answer weak / ok / strong.",
            };
            if (f.MeanConfidence is <= 2.5) actions.Add("Confidence is low here: write a one-page cheat sheet and review it the day before each interview.");
            if (f.Trend == Trend.Worsening) actions.Add("The trend is worsening: start this item first.");
            var evidence = $"{f.StumbleCount} stumble(s) in {f.StumbleInterviewCount} of {f.InterviewCount} interview(s) where it came up; stumble rate {Pct(f.StumbleRate)} over {f.QuestionCount} question(s)"
                + (f.MeanConfidence is { } mc ? $"; mean confidence {Num(mc)}/5" : "")
                + (f.StumbleRateRejected is { } rr ? $"; stumble rate {Pct(rr)} in rejected interviews" : "")
                + (f.StumbleRateAdvanced is { } ra ? $" vs {Pct(ra)} in advanced/offer ones" : "")
                + $"; trend {TrendText(f.Trend)}; severity {Num(f.Severity)}.";
            items.Add(new PlanItem(
                items.Count + 1, f.Id, f.Label,
                $"Answer the next {target} {f.Label} questions at ok or better by {reviewText}.",
                $"{target} of the next {target} questions in this theme rated ok or strong in your log",
                actions, rehearse, evidence, review));
        }

        var checklist = new List<string>();
        if (items.Count > 0) checklist.Add($"Before each interview, rehearse one question from each of: {string.Join("; ", items.Select(i => i.Theme))}.");
        checklist.Add("Log every question right after the interview: response, confidence, and the interviewer's feedback.");
        if (feedback.WithoutFeedback.Count > 0) checklist.Add($"Ask for feedback: {feedback.WithoutFeedback.Count} interview(s) have none.");
        if (prep.StumbledDespitePrep.Count > 0) checklist.Add("Re-plan preparation: put hours on the recurring themes above, not on what already goes well.");
        if (fit.LostDespiteStrongAnswers.Count > 0) checklist.Add("Be selective: check role fit (team, level, management expectations) before applying; some rejections were not about skills.");
        checklist.Add($"Review this plan on {reviewText} with a fresh report.");
        return new DevelopmentPlan(items, checklist, review);
    }
}
