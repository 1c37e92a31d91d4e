using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// Lesson 6: hit the ground running. The development plan: an item per recurring weakness (most surely worse first), with a
/// goal, actions, questions to rehearse and a review date; then, when questions unlike any theme were stumbled, an item
/// for them (theme id 0), so that no stumble is left out of the plan only because it fits no theme; and a checklist
/// from every other lesson.
/// </summary>
internal static class PlanBuilder
{
    public static DevelopmentPlan Build(CandidateLog log, IReadOnlyList<ThemeFinding> recurring, FeedbackSection feedback, PreparationSection prep, FitSection fit, AnalysisOptions options, ThemeFinding? unthemed = null)
    {
        var review = log.ReferenceDate.AddDays(options.ReviewAfterDays);
        var items = new List<PlanItem>();
        foreach (var f in recurring.Take(options.MaxPlanItems))
        {
            items.Add(Item(items.Count + 1, f, review));
        }

        if (unthemed is { Unthemed: true, StumbleCount: > 0 }) items.Add(Item(items.Count + 1, unthemed, review));

        var checklist = new List<ChecklistItem>();
        if (items.Count > 0) checklist.Add(new(ChecklistKind.RehearseEachTheme));
        checklist.Add(new(ChecklistKind.LogEveryQuestion));
        if (feedback.WithoutFeedback.Count > 0) checklist.Add(new(ChecklistKind.AskForFeedback, feedback.WithoutFeedback.Count));
        if (prep.StumbledDespitePrep.Count > 0) checklist.Add(new(ChecklistKind.ReplanPreparation));
        if (fit.LostDespiteStrongAnswers.Count > 0) checklist.Add(new(ChecklistKind.BeSelective));
        checklist.Add(new(ChecklistKind.Review));
        return new DevelopmentPlan(items, checklist, review);
    }

    /// <summary>
    /// Two questions are one to rehearse when they differ only in case, punctuation or a short leading label
    /// ("Next: how do you decide...?" and "How do you decide...?").
    /// </summary>
    internal static string RehearsalKey(string question)
    {
        var colon = question.IndexOf(':', StringComparison.Ordinal);
        var rest = colon is > 0 and <= 12 && question[..colon].All(c => char.IsLetter(c) || c is '-' or ' ') ? question[(colon + 1)..] : question;
        var key = Themes.TextKeys.DedupKey(rest);
        return key.Length == 0 ? Themes.TextKeys.DedupKey(question) : key;
    }

    /// <summary>The plan item name of the stumbles that fit no theme.</summary>
    public const string OtherStumbles = "Other stumbles";

    private static PlanItem Item(int priority, ThemeFinding f, DateOnly review)
    {
        var target = Math.Max(MinTarget, Math.Min(MaxTarget, f.StumbleCount));
        var rehearse = f.Questions.Where(q => q.Stumble).Concat(f.Questions.Where(q => !q.Stumble))
            .Select(q => q.Question).DistinctBy(RehearsalKey, StringComparer.Ordinal).Take(RehearseCount).ToArray();
        if (f.Unthemed)
        {
            // One-off questions: rehearse the stumbled ones; there is no shared topic to study or mock.
            var stumbled = f.Questions.Where(q => q.Stumble).Select(q => q.Question).DistinctBy(RehearsalKey, StringComparer.Ordinal).Take(RehearseCount).ToArray();
            return new PlanItem(priority, f.Id, OtherStumbles, Math.Min(MaxTarget, Math.Max(1, stumbled.Length)), [new(PlanActionKind.RehearsePastQuestions, stumbled.Length, [])], stumbled, f, review);
        }

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
