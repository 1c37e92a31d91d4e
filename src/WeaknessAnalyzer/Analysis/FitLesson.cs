using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 4: was it the right job? Interest against outcomes, rejections despite good answers (a possible fit mismatch), and outcomes by role and company.</summary>
internal static class FitLesson
{
    public static FitSection Analyze(CandidateLog log, AnalysisOptions options)
    {
        var interviews = log.Interviews;
        var interest = OutcomeStats.ByOutcome(interviews, i => i.Interest);
        var comparison = OutcomeStats.Compare(interviews, ComparedMeasure.Interest, i => i.Interest, options.MinGroupSize);
        var lost = log.Log.HasColumn(ColumnNames.Response)
            ? interviews.Where(i => i.Outcome == InterviewOutcome.Rejected && WentWell(log.RowsByInterview[i.Key])).ToList()
            : [];
        return new FitSection(interest, lost, By(interviews, i => i.Role), By(interviews, i => i.Company), comparison);
    }

    /// <summary>At least 80% of the answers with a response were ok or better, and one was strong.</summary>
    private static bool WentWell(IEnumerable<InterviewRecord> rows)
    {
        var answered = rows.Where(r => r.Response is not null).ToList();
        return answered.Count >= 2 && answered.Count(r => r.Response >= ResponseQuality.Ok) >= FitMismatchOkShare * answered.Count
            && answered.Any(r => r.Response == ResponseQuality.Strong);
    }

    private static List<GroupStat> By(IReadOnlyList<InterviewSummary> interviews, Func<InterviewSummary, string?> key) =>
        interviews.Where(i => key(i) is not null)
            .GroupBy(i => key(i)!, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupStat(
                g.Key, g.Count(), g.Any(i => i.Interest is not null) ? Math.Round(g.Where(i => i.Interest is not null).Average(i => i.Interest!.Value), 2) : null,
                g.Count(i => CandidateLog.Success(i.Outcome)), g.Count(i => i.Outcome == InterviewOutcome.Rejected)))
            .ToList();
}
