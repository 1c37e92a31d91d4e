using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;
using static WeaknessAnalyzer.TextFormat;

namespace WeaknessAnalyzer.Analysis;

/// <summary>A value per interview (preparation, interest) against outcomes, shared by the preparation and fit lessons.</summary>
internal static class OutcomeComparison
{
    /// <summary>The interviews that have the value, per outcome: count, mean, successes, rejections.</summary>
    public static List<GroupStat> ByOutcome(IEnumerable<InterviewSummary> interviews, Func<InterviewSummary, double?> value) =>
        interviews.Where(i => i.Outcome is not null && value(i) is not null)
            .GroupBy(i => i.Outcome!.Value).OrderBy(g => g.Key)
            .Select(g => new GroupStat(g.Key.ToString().ToLowerInvariant(), g.Count(), Math.Round(g.Average(i => value(i)!.Value), 2), g.Count(i => CandidateLog.Success(i.Outcome)), g.Count(i => i.Outcome == InterviewOutcome.Rejected)))
            .ToList();

    /// <summary>A verdict that states its numbers: the mean in advanced/offer against rejected interviews, or why there is not enough data.</summary>
    public static string Verdict(IReadOnlyList<InterviewSummary> interviews, Func<InterviewSummary, double?> value, string what, string unit, int minGroup)
    {
        var good = interviews.Where(i => CandidateLog.Success(i.Outcome) && value(i) is not null).Select(i => value(i)!.Value).ToList();
        var bad = interviews.Where(i => i.Outcome == InterviewOutcome.Rejected && value(i) is not null).Select(i => value(i)!.Value).ToList();
        if (good.Count < minGroup || bad.Count < minGroup)
        {
            return $"Not enough data to relate {what} to outcomes: {good.Count} advanced/offer and {bad.Count} rejected interviews have it (need {minGroup} of each).";
        }

        var g = good.Average();
        var b = bad.Average();
        var verdict = Math.Abs(g - b) < (MeanDifferenceShare * Math.Max(Math.Abs(g), Math.Abs(b))) + MeanDifferenceFloor
            ? "no clear difference"
            : g > b ? $"more {what} went with better outcomes" : $"more {what} did not go with better outcomes";
        return $"Mean {what}: {Num(g)}{unit} in {good.Count} advanced/offer interviews vs {Num(b)}{unit} in {bad.Count} rejected ones: {verdict}.";
    }
}
