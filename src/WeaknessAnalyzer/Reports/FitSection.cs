namespace WeaknessAnalyzer.Reports;

/// <summary>Lesson 4: interest and fit against outcomes.</summary>
/// <param name="InterestByOutcome">Interviews with an interest rating, per outcome.</param>
/// <param name="LostDespiteStrongAnswers">Rejected interviews where 80% or more of the answers were ok or better and one was strong: a possible fit mismatch, not a skill gap.</param>
/// <param name="ByRole">Outcomes per role.</param>
/// <param name="ByCompany">Outcomes per company.</param>
/// <param name="Comparison">Interest in advanced/offer against rejected interviews.</param>
public sealed record FitSection(IReadOnlyList<GroupStat> InterestByOutcome, IReadOnlyList<InterviewSummary> LostDespiteStrongAnswers, IReadOnlyList<GroupStat> ByRole, IReadOnlyList<GroupStat> ByCompany, OutcomeComparison Comparison)
{
    /// <summary>
    /// Rejected interviews for a job the person rated 2/5 or less for interest, with two or more stumbles, most of them
    /// on themes that went wrong in no other interview: they say more about applying for a job the person did not
    /// want than about a skill gap (be selective). Stumbles on recurring weaknesses do not count towards it.
    /// </summary>
    public IReadOnlyList<InterviewSummary> NotWanted { get; init; } = [];

    /// <summary>
    /// What interviewers said about fit rather than skill ("the role needed more people-management experience than
    /// shown", "looking for someone more senior", "went with an internal candidate"), each sentence once per interview,
    /// in interview order. These sentences are kept out of the feedback points to work on.
    /// </summary>
    public IReadOnlyList<FitRemark> Remarks { get; init; } = [];
}

/// <summary>An interviewer's remark on fit (see <see cref="FitSection.Remarks"/>).</summary>
/// <param name="Interview">The interview the feedback was given for.</param>
/// <param name="Sentence">The sentence of the feedback, as written.</param>
public sealed record FitRemark(InterviewSummary Interview, string Sentence);
