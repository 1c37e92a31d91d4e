using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>One candidate's report, organised around the six lessons of a failed interview.</summary>
public sealed record CandidateReport
{
    /// <summary>The candidate ("" for a personal log).</summary>
    public required string Candidate { get; init; }

    /// <summary>The rows of this candidate that were read (a subset of the log's accounting).</summary>
    public required IngestionSummary Ingestion { get; init; }

    /// <summary>The candidate's interviews in date order.</summary>
    public required IReadOnlyList<InterviewSummary> Interviews { get; init; }

    /// <summary>Questions asked.</summary>
    public required int QuestionCount { get; init; }

    /// <summary>Questions stumbled on.</summary>
    public required int StumbleCount { get; init; }

    /// <summary>1. Feedback received and missing.</summary>
    public required FeedbackSection Feedback { get; init; }

    /// <summary>2. Every theme of the candidate's questions (the unthemed group included), by id. Every row is in exactly one.</summary>
    public required IReadOnlyList<ThemeFinding> Themes { get; init; }

    /// <summary>2. Recurring weaknesses, most severe first.</summary>
    public required IReadOnlyList<ThemeFinding> RecurringWeaknesses { get; init; }

    /// <summary>2. Themes answered well, to keep.</summary>
    public required IReadOnlyList<ThemeFinding> Strengths { get; init; }

    /// <summary>3. Preparation against outcomes.</summary>
    public required PreparationSection Preparation { get; init; }

    /// <summary>4. Interest and fit against outcomes.</summary>
    public required FitSection Fit { get; init; }

    /// <summary>5. Confidence against what actually happened.</summary>
    public required SelfAssessmentSection SelfAssessment { get; init; }

    /// <summary>6. The development plan.</summary>
    public required DevelopmentPlan Plan { get; init; }

    /// <summary>What this log cannot tell, stated plainly.</summary>
    public required IReadOnlyList<Caveat> Caveats { get; init; }

    /// <summary>
    /// Progress against <see cref="AnalysisOptions.Previous"/>: each earlier plan item (found again by its questions) in
    /// its earlier order, then the recurring weaknesses that are new. Empty without an earlier report.
    /// </summary>
    public IReadOnlyList<ProgressItem> Progress { get; init; } = [];
}
