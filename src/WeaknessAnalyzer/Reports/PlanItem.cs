namespace WeaknessAnalyzer.Reports;

/// <summary>
/// One prioritised plan item: a recurring weakness, a goal, actions and past questions to rehearse. The last item may be
/// "Other stumbles" (<paramref name="ThemeId"/> 0): the stumbled questions that fit no theme, to rehearse.
/// </summary>
/// <param name="Priority">1 is the first to work on.</param>
/// <param name="ThemeId">The theme.</param>
/// <param name="Theme">Its label.</param>
/// <param name="TargetQuestions">The goal: the next this-many questions of the theme answered ok or better by <paramref name="ReviewDate"/>.</param>
/// <param name="Actions">What to do.</param>
/// <param name="Rehearse">Past questions of the theme, stumbles first.</param>
/// <param name="Finding">The evidence: what the log says about the theme.</param>
/// <param name="ReviewDate">When the goal is due.</param>
public sealed record PlanItem(int Priority, int ThemeId, string Theme, int TargetQuestions, IReadOnlyList<PlanAction> Actions, IReadOnlyList<string> Rehearse, ThemeFinding Finding, DateOnly ReviewDate)
{
    /// <summary>
    /// What the interviewers said about this theme: sentences of the feedback of interviews with a stumble on it that
    /// share a word with the theme's keywords or phrases (at most five); empty when there are none.
    /// </summary>
    public IReadOnlyList<string> Feedback { get; init; } = [];

    /// <summary>
    /// New questions to practise: up to <see cref="AnalysisOptions.PracticeQuestions"/> questions from the bundled bank
    /// nearest to the theme (by meaning with an embedder, by words otherwise) that the person has not been asked, best
    /// first; empty for "Other stumbles" and when nothing in the bank is near.
    /// </summary>
    public IReadOnlyList<string> Practice { get; init; } = [];
}
