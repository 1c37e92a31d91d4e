using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 6: hit the ground running. The development plan: an item per recurring weakness (most severe first), with a goal, actions, questions to rehearse and a review date; and a checklist from every other lesson.</summary>
internal static class PlanBuilder
{
    public static DevelopmentPlan Build(CandidateLog log, IReadOnlyList<ThemeFinding> recurring, FeedbackSection feedback, PreparationSection prep, FitSection fit, AnalysisOptions options)
    {
        var review = log.ReferenceDate.AddDays(options.ReviewAfterDays);
        var items = new List<PlanItem>();
        foreach (var f in recurring.Take(options.MaxPlanItems))
        {
            items.Add(Item(items.Count + 1, f, review));
        }

        var checklist = new List<ChecklistItem>();
        if (items.Count > 0) checklist.Add(new(ChecklistKind.RehearseEachTheme));
        checklist.Add(new(ChecklistKind.LogEveryQuestion));
        if (feedback.WithoutFeedback.Count > 0) checklist.Add(new(ChecklistKind.AskForFeedback, feedback.WithoutFeedback.Count));
        if (prep.StumbledDespitePrep.Count > 0) checklist.Add(new(ChecklistKind.ReplanPreparation));
        if (fit.LostDespiteStrongAnswers.Count > 0) checklist.Add(new(ChecklistKind.BeSelective));
        checklist.Add(new(ChecklistKind.Review));
        return new DevelopmentPlan(items, checklist, review);
    }

    private static PlanItem Item(int priority, ThemeFinding f, DateOnly review)
    {
        var target = Math.Max(MinTarget, Math.Min(MaxTarget, f.StumbleCount));
        var rehearse = f.Questions.Where(q => q.Stumble).Concat(f.Questions.Where(q => !q.Stumble))
            .Select(q => q.Question).Distinct(StringComparer.OrdinalIgnoreCase).Take(RehearseCount).ToArray();
        var actions = new List<PlanAction>
        {
            new(PlanActionKind.RehearsePastQuestions, rehearse.Length, []),
            new(PlanActionKind.StudyKeywords, Math.Max(2, f.StumbleCount), [.. (f.Phrases.Count > 0 ? f.Phrases : f.Keywords).Take(4)]),
            new(PlanActionKind.MockInterview, 0, []),
        };
        if (f.MeanConfidence <= CheatSheetMaxConfidence) actions.Add(new(PlanActionKind.CheatSheet, 0, []));
        if (f.Trend == Trend.Worsening) actions.Add(new(PlanActionKind.StartFirst, 0, []));
        return new PlanItem(priority, f.Id, f.Label, target, actions, rehearse, f, review);
    }
}
