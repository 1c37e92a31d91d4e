namespace WeaknessAnalyzer.Reports;

/// <summary>A kind of plan action.</summary>
public enum PlanActionKind
{
    /// <summary>Rehearse the past questions out loud (<see cref="PlanAction.Count"/> of them).</summary>
    RehearsePastQuestions,

    /// <summary>Study the named topics for <see cref="PlanAction.Count"/> hours (a theme of no clear kind).</summary>
    StudyKeywords,

    /// <summary>A mock interview on the theme with a peer.</summary>
    MockInterview,

    /// <summary>Confidence is low: a one-page cheat sheet.</summary>
    CheatSheet,

    /// <summary>The trend is worsening: start with this item.</summary>
    StartFirst,

    /// <summary>Behavioural: a STAR story (situation, task, action, result) for each named question.</summary>
    StarStories,

    /// <summary>A technical concept: explain each named topic aloud in two minutes, then write it down and check it.</summary>
    ExplainAloud,

    /// <summary>Coding: <see cref="PlanAction.Count"/> timed problems on the named patterns.</summary>
    TimedPractice,

    /// <summary>System design: a timed design drill on each named prompt (requirements, estimates, data model, API, trade-offs).</summary>
    DesignDrill,

    /// <summary>Motivation and self-presentation: a two-minute answer for each named question, tied to the role.</summary>
    Pitch,

    /// <summary>Pay and logistics: prepare the numbers (range and its reason, notice period, start date).</summary>
    PrepareNumbers,
}

/// <summary>One action of a plan item.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Count">Questions to rehearse, hours to study or problems to practise; 0 otherwise.</param>
/// <param name="Keywords">What the action names: topics (the theme's phrases) or past questions; empty otherwise.</param>
public sealed record PlanAction(PlanActionKind Kind, int Count, IReadOnlyList<string> Keywords);
