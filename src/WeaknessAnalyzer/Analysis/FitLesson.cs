using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 4: was it the right job? Interest against outcomes, rejections despite good answers (a possible fit mismatch), stumbles in jobs the person did not want, the interviewers' remarks on fit, and outcomes by role and company.</summary>
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
        var candidates = interviews.Where(i => i.Outcome == InterviewOutcome.Rejected && i.Interest <= NotWantedInterest && i.StumbleCount >= NotWantedStumbles).ToList();
        var stumbledIn = candidates.Count == 0 ? null : StumbledIn(log);
        var notWanted = candidates.Where(i => MostlyOneOff(log, i, stumbledIn!)).ToList();
        return new FitSection(interest, lost, By(interviews, i => i.Role), By(interviews, i => i.Company), comparison) { NotWanted = notWanted, Remarks = Remarks(log) };
    }

    /// <summary>The feedback sentences about fit, not skill (<see cref="FeedbackTone.IsAboutFit"/>), once per interview.</summary>
    private static List<FitRemark> Remarks(CandidateLog log) =>
        [.. FeedbackLesson.SentencesByInterview(log).Where(x => FeedbackTone.IsAboutFit(x.Sentence)).Distinct().Select(x => new FitRemark(x.Interview, x.Sentence))];

    /// <summary>
    /// Most of the interview's stumbles (more than half) are on themes stumbled in no other interview (or on no theme):
    /// not the person's recurring weaknesses, which a job they did not want does not excuse.
    /// </summary>
    private static bool MostlyOneOff(CandidateLog log, InterviewSummary interview, Dictionary<int, HashSet<string>> stumbledIn)
    {
        var stumbles = log.RowsByInterview[interview.Key].Where(log.IsStumble).ToList();
        bool OneOff(InterviewRecord r) => log.ThemeOf(r) is var t && (t == 0 || stumbledIn[t].All(k => k == interview.Key));
        return stumbles.Count > 0 && 2 * stumbles.Count(OneOff) > stumbles.Count;
    }

    /// <summary>For each theme, the interviews with a stumble on it (one pass over the rows).</summary>
    private static Dictionary<int, HashSet<string>> StumbledIn(CandidateLog log)
    {
        var result = new Dictionary<int, HashSet<string>>();
        foreach (var r in log.Rows.Where(log.IsStumble))
        {
            var t = log.ThemeOf(r);
            if (!result.TryGetValue(t, out var set)) result[t] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(r.InterviewKey);
        }

        return result;
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
