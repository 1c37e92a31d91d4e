namespace WeaknessAnalyzer.Reports;

/// <summary>Lesson 1: feedback received and missing (each interview without feedback is one to ask about).</summary>
/// <param name="WithFeedback">Interviews with feedback on at least one row.</param>
/// <param name="WithoutFeedback">Interviews without any feedback.</param>
/// <param name="RecurringThemes">Points interviewers made in two or more interviews.</param>
public sealed record FeedbackSection(
    IReadOnlyList<InterviewSummary> WithFeedback,
    IReadOnlyList<InterviewSummary> WithoutFeedback,
    IReadOnlyList<FeedbackTheme> RecurringThemes);
