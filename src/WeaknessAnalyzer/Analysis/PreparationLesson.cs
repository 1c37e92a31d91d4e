using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 3: was the prep enough? Preparation against outcomes, per stage, and recurring weaknesses stumbled on despite above-median prep.</summary>
internal static class PreparationLesson
{
    public static PreparationSection Analyze(CandidateLog log, IReadOnlyList<ThemeFinding> recurring, AnalysisOptions options)
    {
        var interviews = log.Interviews;
        var byOutcome = OutcomeStats.ByOutcome(interviews, i => i.PrepHours);
        var comparison = OutcomeStats.Compare(interviews, ComparedMeasure.PrepHours, i => i.PrepHours, options.MinGroupSize);
        var byStage = new List<StageComparison>();
        foreach (var stage in interviews.Where(i => i.Stage is not null).GroupBy(i => i.Stage!.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var good = stage.Where(i => CandidateLog.Success(i.Outcome) && i.PrepHours is not null).ToList();
            var bad = stage.Where(i => i.Outcome == InterviewOutcome.Rejected && i.PrepHours is not null).ToList();
            if (good.Count >= options.MinGroupSize && bad.Count >= options.MinGroupSize)
            {
                byStage.Add(new StageComparison(stage.Key, good.Count, good.Average(i => i.PrepHours!.Value), bad.Count, bad.Average(i => i.PrepHours!.Value)));
            }
        }

        return new PreparationSection(byOutcome, byStage, StumbledDespitePrep(interviews, recurring), comparison);
    }

    private static List<PrepGap> StumbledDespitePrep(IReadOnlyList<InterviewSummary> interviews, IReadOnlyList<ThemeFinding> recurring)
    {
        var despite = new List<PrepGap>();
        var prepped = interviews.Where(i => i.PrepHours is > 0).Select(i => i.PrepHours!.Value).Order().ToList();
        if (prepped.Count < 2) return despite;
        var median = prepped[prepped.Count / 2];
        var highRows = interviews.Where(i => i.PrepHours >= median).SelectMany(i => i.Rows).ToHashSet();
        foreach (var f in recurring)
        {
            var inHigh = f.Questions.Count(q => q.Stumble && highRows.Contains(q.Row));
            if (inHigh > 0) despite.Add(new PrepGap(f.Id, f.Label, inHigh, median));
        }

        return despite;
    }
}
