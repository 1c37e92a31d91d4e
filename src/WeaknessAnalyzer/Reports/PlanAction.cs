namespace WeaknessAnalyzer.Reports;

/// <summary>A kind of plan action.</summary>
public enum PlanActionKind
{
    /// <summary>Rehearse the past questions out loud (<see cref="PlanAction.Count"/> of them).</summary>
    RehearsePastQuestions,

    /// <summary>Study the topic behind the keywords for <see cref="PlanAction.Count"/> hours.</summary>
    StudyKeywords,

    /// <summary>A mock interview on the theme with a peer.</summary>
    MockInterview,

    /// <summary>Confidence is low: a one-page cheat sheet.</summary>
    CheatSheet,

    /// <summary>The trend is worsening: start with this item.</summary>
    StartFirst,
}

/// <summary>One action of a plan item.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Count">Questions to rehearse or hours to study; 0 otherwise.</param>
/// <param name="Keywords">The keywords to study; empty otherwise.</param>
public sealed record PlanAction(PlanActionKind Kind, int Count, IReadOnlyList<string> Keywords);
