using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>A value per interview (preparation, interest) against outcomes, shared by the preparation and fit lessons.</summary>
internal static class OutcomeStats
{
    /// <summary>The interviews that have the value, per outcome: count, mean, successes, rejections.</summary>
    public static List<GroupStat> ByOutcome(IEnumerable<InterviewSummary> interviews, Func<InterviewSummary, double?> value) =>
        interviews.Where(i => i.Outcome is not null && value(i) is not null)
            .GroupBy(i => i.Outcome!.Value).OrderBy(g => g.Key)
            .Select(g => new GroupStat(g.Key.ToString().ToLowerInvariant(), g.Count(), Math.Round(g.Average(i => value(i)!.Value), 2), g.Count(i => CandidateLog.Success(i.Outcome)), g.Count(i => i.Outcome == InterviewOutcome.Rejected)))
            .ToList();

    /// <summary>The mean in advanced/offer against rejected interviews, or not enough data.</summary>
    public static OutcomeComparison Compare(IReadOnlyList<InterviewSummary> interviews, ComparedMeasure measure, Func<InterviewSummary, double?> value, int minGroup)
    {
        var good = interviews.Where(i => CandidateLog.Success(i.Outcome) && value(i) is not null).Select(i => value(i)!.Value).ToList();
        var bad = interviews.Where(i => i.Outcome == InterviewOutcome.Rejected && value(i) is not null).Select(i => value(i)!.Value).ToList();
        double? g = good.Count == 0 ? null : good.Average();
        double? b = bad.Count == 0 ? null : bad.Average();
        var finding = good.Count < minGroup || bad.Count < minGroup ? OutcomeFinding.NotEnoughData
            : Math.Abs(g!.Value - b!.Value) < (MeanDifferenceShare * Math.Max(Math.Abs(g.Value), Math.Abs(b.Value))) + MeanDifferenceFloor ? OutcomeFinding.NoClearDifference
            : g > b ? OutcomeFinding.HigherWentWithBetterOutcomes : OutcomeFinding.HigherDidNotGoWithBetterOutcomes;
        return new OutcomeComparison(measure, good.Count, g, bad.Count, b, minGroup, finding);
    }
}
