using WeaknessAnalyzer.Reports;
using static WeaknessAnalyzer.Analysis.LessonThresholds;
using static WeaknessAnalyzer.TextFormat;

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

        var reviewText = Date(review);
        var checklist = new List<string>();
        if (items.Count > 0) checklist.Add($"Before each interview, rehearse one question from each of: {string.Join("; ", items.Select(i => i.Theme))}.");
        checklist.Add("Log every question right after the interview: response, confidence, and the interviewer's feedback.");
        if (feedback.WithoutFeedback.Count > 0) checklist.Add($"Ask for feedback: {feedback.WithoutFeedback.Count} interview(s) have none.");
        if (prep.StumbledDespitePrep.Count > 0) checklist.Add("Re-plan preparation: put hours on the recurring themes above, not on what already goes well.");
        if (fit.LostDespiteStrongAnswers.Count > 0) checklist.Add("Be selective: check role fit (team, level, management expectations) before applying; some rejections were not about skills.");
        checklist.Add($"Review this plan on {reviewText} with a fresh report.");
        return new DevelopmentPlan(items, checklist, review);
    }

    private static PlanItem Item(int priority, ThemeFinding f, DateOnly review)
    {
        var target = Math.Max(MinTarget, Math.Min(MaxTarget, f.StumbleCount));
        var rehearse = f.Questions.Where(q => q.Stumble).Concat(f.Questions.Where(q => !q.Stumble))
            .Select(q => q.Question).Distinct(StringComparer.OrdinalIgnoreCase).Take(RehearseCount).ToArray();
        var actions = new List<string>
        {
            $"Rehearse the {rehearse.Length} past question(s) below out loud, with a timer, until each answer is structured and under 3 minutes.",
            $"Study the topic behind the keywords ({string.Join(", ", f.Keywords.Take(4))}) for {Math.Max(2, f.StumbleCount)} hours: one worked example per keyword.",
            "Do one mock interview on this theme with a peer and ask them to score each answer weak / ok / strong.",
        };
        if (f.MeanConfidence <= CheatSheetMaxConfidence) actions.Add("Confidence is low here: write a one-page cheat sheet and review it the day before each interview.");
        if (f.Trend == Trend.Worsening) actions.Add("The trend is worsening: start this item first.");
        var evidence = $"{f.StumbleCount} stumble(s) in {f.StumbleInterviewCount} of {f.InterviewCount} interview(s) where it came up; stumble rate {Pct(f.StumbleRate)} over {f.QuestionCount} question(s)"
            + (f.MeanConfidence is { } mc ? $"; mean confidence {Num(mc)}/5" : "")
            + (f.StumbleRateRejected is { } rr ? $"; stumble rate {Pct(rr)} in rejected interviews" : "")
            + (f.StumbleRateAdvanced is { } ra ? $" vs {Pct(ra)} in advanced/offer ones" : "")
            + $"; trend {InterviewAnalyzer.TrendText(f.Trend)}; severity {Num(f.Severity)}.";
        return new PlanItem(
            priority, f.Id, f.Label,
            $"Answer the next {target} {f.Label} questions at ok or better by {Date(review)}.",
            $"{target} of the next {target} questions in this theme rated ok or strong in your log",
            actions, rehearse, evidence, review);
    }
}
