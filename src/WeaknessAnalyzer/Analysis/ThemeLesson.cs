using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 2: what each theme says (stumbles, interviews, confidence, outcomes, trend, severity), the recurring weaknesses and the strengths.</summary>
internal static class ThemeLesson
{
    public sealed record Result(IReadOnlyList<ThemeFinding> Findings, IReadOnlyList<ThemeFinding> Recurring, IReadOnlyList<ThemeFinding> Strengths);

    public static Result Analyze(CandidateLog log, AnalysisOptions options)
    {
        var usual = log.Rows.Count == 0 ? 0 : Math.Round((double)log.Rows.Count(log.IsStumble) / log.Rows.Count, 4);
        var findings = log.Rows.GroupBy(log.ThemeOf).OrderBy(g => g.Key).Select(g => Finding(log, g.Key, g.ToList(), usual, options)).ToList();
        // Most surely worse first; then the theme spanning more interviews, then the one seen last more recently.
        var recurring = findings.Where(f => f.Recurring)
            .OrderByDescending(f => f.Severity).ThenByDescending(f => f.StumbleInterviewCount).ThenByDescending(f => f.LastSeen).ThenBy(f => f.Id).ToList();
        var strengths = log.Log.HasAssessment
            ? findings.Where(f => !f.Unthemed && !f.Recurring && f.QuestionCount >= 2 && f.StumbleRate <= StrengthMaxStumbleRate && f.Questions.Any(q => q.Response is ResponseQuality.Strong or ResponseQuality.Ok))
                .OrderBy(f => f.StumbleRate).ThenByDescending(f => f.QuestionCount).ThenBy(f => f.Id).ToList()
            : [];
        return new Result(findings, recurring, strengths);
    }

    private static ThemeFinding Finding(CandidateLog log, int themeId, List<InterviewRecord> list, double usual, AnalysisOptions options)
    {
        var theme = log.Themes.First(t => t.Id == themeId);
        var stumbles = list.Where(log.IsStumble).ToList();
        var rate = (double)stumbles.Count / list.Count;
        var keys = list.Select(r => r.InterviewKey).Distinct(StringComparer.Ordinal).OrderBy(log.IndexOf).ToList();
        var stumbleKeys = stumbles.Select(r => r.InterviewKey).Distinct(StringComparer.Ordinal).Count();
        var rejected = StumbleRateWhere(log, list, o => o == InterviewOutcome.Rejected);
        var advanced = StumbleRateWhere(log, list, CandidateLog.Success);
        var confidences = list.Where(r => r.Confidence is not null).Select(r => (double)r.Confidence!.Value).ToList();
        var dates = list.Where(r => r.Date is not null).Select(r => r.Date!.Value).ToList();
        return new ThemeFinding
        {
            Id = theme.Id,
            Label = theme.Label,
            Keywords = theme.Keywords,
            Phrases = theme.Phrases,
            Kind = theme.Kind,
            Unthemed = theme.IsUnthemed,
            QuestionCount = list.Count,
            InterviewCount = keys.Count,
            StumbleCount = stumbles.Count,
            StumbleInterviewCount = stumbleKeys,
            StumbleRate = rate,
            // A theme that goes well (at most the strength bar's rate and no worse than the person's usual) is not a weakness
            // however many interviews its few stumbles span: "3 of 30 went wrong" is a strength, not both.
            Recurring = !theme.IsUnthemed && stumbleKeys >= options.RecurringMinInterviews && (rate > StrengthMaxStumbleRate || rate > usual),
            Trend = TrendOf(log, list),
            MeanConfidence = confidences.Count == 0 ? null : Math.Round(confidences.Average(), 2),
            StumbleRateRejected = rejected is null ? null : Math.Round(rejected.Value, 4),
            StumbleRateAdvanced = advanced is null ? null : Math.Round(advanced.Value, 4),
            FirstSeen = dates.Count == 0 ? null : dates.Min(),
            LastSeen = dates.Count == 0 ? null : dates.Max(),
            Severity = Math.Round(WilsonLowerBound(stumbles.Count, list.Count, SeverityZ), 4),
            UsualStumbleRate = usual,
            Rows = list.Select(r => r.RowNumber).ToArray(),
            Questions = list.OrderByDescending(log.IsStumble).ThenBy(r => r.RowNumber)
                .Select(r => new QuestionEvidence(r.RowNumber, r.Question, r.Response, r.Confidence, log.IsStumble(r), r.Date)).ToArray(),
            InterviewKeys = keys,
        };
    }

    /// <summary>
    /// The lower end of the Wilson score interval for <paramref name="successes"/> of <paramref name="trials"/> at
    /// <paramref name="z"/> standard deviations (one-sided): the stumble rate the evidence makes sure of. 3 of 4 gives 0.36,
    /// 30 of 40 gives 0.62, 1 of 1 gives 0.27; 0 without trials.
    /// </summary>
    internal static double WilsonLowerBound(int successes, int trials, double z)
    {
        if (trials <= 0) return 0;
        double n = trials, p = successes / n, z2 = z * z;
        var centre = p + (z2 / (2 * n));
        var margin = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return Math.Max(0, (centre - margin) / (1 + (z2 / n)));
    }

    private static double? StumbleRateWhere(CandidateLog log, List<InterviewRecord> list, Func<InterviewOutcome?, bool> outcome)
    {
        var q = list.Where(r => outcome(log.OutcomeOf(r))).ToList();
        return q.Count == 0 ? null : (double)q.Count(log.IsStumble) / q.Count;
    }

    private static Trend TrendOf(CandidateLog log, List<InterviewRecord> list)
    {
        var dated = list.Where(r => r.Date is not null).OrderBy(r => r.Date).ThenBy(r => r.RowNumber).ToList();
        if (dated.Count < TrendMinQuestions || dated.Select(r => r.Date).Distinct().Count() < TrendMinDates) return Trend.NotEnoughData;
        var half = dated.Count / 2;
        var early = (double)dated.Take(half).Count(log.IsStumble) / half;
        var late = (double)dated.Skip(half).Count(log.IsStumble) / (dated.Count - half);
        return late - early <= -TrendShift ? Trend.Improving : late - early >= TrendShift ? Trend.Worsening : Trend.Steady;
    }
}
