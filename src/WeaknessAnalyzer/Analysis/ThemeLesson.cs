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
        var findings = log.Rows.GroupBy(log.ThemeOf).OrderBy(g => g.Key).Select(g => Finding(log, g.Key, g.ToList(), options)).ToList();
        var recurring = findings.Where(f => f.Recurring).OrderByDescending(f => f.Severity).ThenBy(f => f.Id).ToList();
        var strengths = log.Log.HasAssessment
            ? findings.Where(f => !f.Unthemed && f.QuestionCount >= 2 && f.StumbleRate <= StrengthMaxStumbleRate && f.Questions.Any(q => q.Response is ResponseQuality.Strong or ResponseQuality.Ok))
                .OrderBy(f => f.StumbleRate).ThenByDescending(f => f.QuestionCount).ThenBy(f => f.Id).ToList()
            : [];
        return new Result(findings, recurring, strengths);
    }

    private static ThemeFinding Finding(CandidateLog log, int themeId, List<InterviewRecord> list, AnalysisOptions options)
    {
        var theme = log.Themes.First(t => t.Id == themeId);
        var stumbles = list.Where(log.IsStumble).ToList();
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
            Unthemed = theme.IsUnthemed,
            QuestionCount = list.Count,
            InterviewCount = keys.Count,
            StumbleCount = stumbles.Count,
            StumbleInterviewCount = stumbleKeys,
            StumbleRate = (double)stumbles.Count / list.Count,
            Recurring = !theme.IsUnthemed && stumbleKeys >= options.RecurringMinInterviews,
            Trend = TrendOf(log, list),
            MeanConfidence = confidences.Count == 0 ? null : Math.Round(confidences.Average(), 2),
            StumbleRateRejected = rejected is null ? null : Math.Round(rejected.Value, 4),
            StumbleRateAdvanced = advanced is null ? null : Math.Round(advanced.Value, 4),
            FirstSeen = dates.Count == 0 ? null : dates.Min(),
            LastSeen = dates.Count == 0 ? null : dates.Max(),
            Severity = Math.Round(Severity(log, stumbles, stumbleKeys, rejected, advanced), 2),
            Rows = list.Select(r => r.RowNumber).ToArray(),
            Questions = list.OrderByDescending(log.IsStumble).ThenBy(r => r.RowNumber)
                .Select(r => new QuestionEvidence(r.RowNumber, r.Question, r.Response, r.Confidence, log.IsStumble(r), r.Date)).ToArray(),
            InterviewKeys = keys,
        };
    }

    /// <summary>
    /// stumbles + (interviews with a stumble − 1) + 0.5 × low-confidence stumbles + 2 × share of stumbles in the later half
    /// of the interviews + 3 × max(0, stumble rate in rejected − in advanced/offer interviews); 0 without stumbles.
    /// </summary>
    private static double Severity(CandidateLog log, List<InterviewRecord> stumbles, int stumbleInterviews, double? rejected, double? advanced)
    {
        if (stumbles.Count == 0) return 0;
        var laterHalfStart = log.Interviews.Count / 2;
        var recency = (double)stumbles.Count(r => log.IndexOf(r.InterviewKey) >= laterHalfStart) / stumbles.Count;
        var lowConfidence = stumbles.Count(r => r.Confidence <= LowConfidence);
        return stumbles.Count + (SeverityPerExtraInterview * Math.Max(0, stumbleInterviews - 1)) + (SeverityPerLowConfidenceStumble * lowConfidence)
            + (SeverityRecency * recency) + (SeverityRejectedGap * Math.Max(0, (rejected ?? 0) - (advanced ?? rejected ?? 0)));
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
