using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>The whole analysis of a log: one report per candidate and, for a coach's log, a cohort summary.</summary>
public sealed record WeaknessReport
{
    /// <summary>The version of the report's JSON contract.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How the log was read.</summary>
    public required IngestionSummary Ingestion { get; init; }

    /// <summary>The date the report is written as of (see <see cref="AnalysisOptions.ReferenceDate"/>).</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>Whether the log has a candidate column (a coach's log).</summary>
    public required bool HasCandidates { get; init; }

    /// <summary>One report per candidate, by name (a single unnamed one for a personal log).</summary>
    public required IReadOnlyList<CandidateReport> Candidates { get; init; }

    /// <summary>Themes several candidates stumble on; empty for a personal log.</summary>
    public required IReadOnlyList<CohortTheme> Cohort { get; init; }
}

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
    public required IReadOnlyList<string> Caveats { get; init; }
}

/// <summary>One interview.</summary>
public sealed record InterviewSummary(
    string Key, DateOnly? Date, string? Company, string? Role, string? Stage, InterviewOutcome? Outcome,
    int QuestionCount, int StumbleCount, double? PrepHours, int? Interest, bool HasFeedback, IReadOnlyList<long> Rows)
{
    /// <summary>A short human name: "Acme, onsite, 2024-03-05".</summary>
    public string Title => string.Join(", ", new[] { Company, Stage, (Date is { } d ? TextFormat.Date(d) : null) }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } t ? t : "interview";
}

/// <summary>A question as evidence.</summary>
public sealed record QuestionEvidence(long Row, string Question, ResponseQuality? Response, int? Confidence, bool Stumble, DateOnly? Date);

/// <summary>The trend of a theme's stumbles over time.</summary>
public enum Trend
{
    /// <summary>Fewer than 4 dated questions on at least 2 dates.</summary>
    NotEnoughData,

    /// <summary>The stumble rate fell by 25 points or more from the earlier half of the questions to the later half.</summary>
    Improving,

    /// <summary>The stumble rate moved less than 25 points.</summary>
    Steady,

    /// <summary>The stumble rate rose by 25 points or more.</summary>
    Worsening,
}

/// <summary>What one candidate's log says about one theme.</summary>
public sealed record ThemeFinding
{
    /// <summary>The theme id (0 = unthemed).</summary>
    public required int Id { get; init; }
    /// <summary>The theme's label.</summary>
    public required string Label { get; init; }
    /// <summary>The theme's keywords.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }
    /// <summary>Whether this is the unthemed group.</summary>
    public required bool Unthemed { get; init; }
    /// <summary>Questions of this candidate in the theme.</summary>
    public required int QuestionCount { get; init; }
    /// <summary>Distinct interviews the theme came up in.</summary>
    public required int InterviewCount { get; init; }
    /// <summary>Stumbles.</summary>
    public required int StumbleCount { get; init; }
    /// <summary>Distinct interviews with a stumble in the theme.</summary>
    public required int StumbleInterviewCount { get; init; }
    /// <summary>Stumbles / questions.</summary>
    public required double StumbleRate { get; init; }
    /// <summary>Stumbles in at least <see cref="AnalysisOptions.RecurringMinInterviews"/> interviews (never for the unthemed group).</summary>
    public required bool Recurring { get; init; }
    /// <summary>The trend of the stumble rate over time.</summary>
    public required Trend Trend { get; init; }
    /// <summary>Mean confidence over questions that have one.</summary>
    public required double? MeanConfidence { get; init; }
    /// <summary>Stumble rate in rejected interviews, when any.</summary>
    public required double? StumbleRateRejected { get; init; }
    /// <summary>Stumble rate in advanced or offer interviews, when any.</summary>
    public required double? StumbleRateAdvanced { get; init; }
    /// <summary>First date seen.</summary>
    public required DateOnly? FirstSeen { get; init; }
    /// <summary>Last date seen.</summary>
    public required DateOnly? LastSeen { get; init; }
    /// <summary>
    /// Severity: stumbles + (interviews with a stumble − 1) + low-confidence stumbles × 0.5 + recency (share of stumbles in
    /// the later half of the candidate's interviews) × 2 + max(0, rejected − advanced stumble rate) × 3. Higher is worse.
    /// </summary>
    public required double Severity { get; init; }
    /// <summary>The data rows of the theme (1-based, header not counted).</summary>
    public required IReadOnlyList<long> Rows { get; init; }
    /// <summary>The questions, stumbles first.</summary>
    public required IReadOnlyList<QuestionEvidence> Questions { get; init; }
    /// <summary>The interviews the theme came up in, by key.</summary>
    public required IReadOnlyList<string> InterviewKeys { get; init; }
}

/// <summary>Feedback received and missing.</summary>
public sealed record FeedbackSection(
    IReadOnlyList<InterviewSummary> WithFeedback,
    IReadOnlyList<InterviewSummary> WithoutFeedback,
    IReadOnlyList<FeedbackTheme> RecurringThemes,
    IReadOnlyList<string> Actions);

/// <summary>A point interviewers keep making.</summary>
public sealed record FeedbackTheme(string Label, IReadOnlyList<string> Keywords, int InterviewCount, IReadOnlyList<string> Sentences, IReadOnlyDictionary<string, int> Outcomes);

/// <summary>Preparation against outcomes. Every verdict states its numbers.</summary>
public sealed record PreparationSection(IReadOnlyList<GroupStat> ByOutcome, IReadOnlyList<string> ByStage, IReadOnlyList<string> StumbledDespitePrep, string Verdict);

/// <summary>Interest and fit against outcomes.</summary>
public sealed record FitSection(IReadOnlyList<GroupStat> InterestByOutcome, IReadOnlyList<InterviewSummary> LostDespiteStrongAnswers, IReadOnlyList<GroupStat> ByRole, IReadOnlyList<GroupStat> ByCompany, string Verdict);

/// <summary>A count and mean for a group of interviews.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Interviews">Interviews in the group with a value.</param>
/// <param name="Mean">The mean value, when any.</param>
/// <param name="Successes">Interviews that advanced or got an offer.</param>
/// <param name="Rejections">Interviews that were rejected.</param>
public sealed record GroupStat(string Group, int Interviews, double? Mean, int Successes, int Rejections);

/// <summary>Confidence against response.</summary>
public sealed record SelfAssessmentSection(IReadOnlyList<CalibrationCell> Matrix, IReadOnlyList<string> UnderRated, IReadOnlyList<string> OverRated, string Verdict);

/// <summary>How many questions had a confidence and a response.</summary>
public sealed record CalibrationCell(int Confidence, ResponseQuality Response, int Count);

/// <summary>The development plan.</summary>
public sealed record DevelopmentPlan(IReadOnlyList<PlanItem> Items, IReadOnlyList<string> Checklist, DateOnly ReviewDate);

/// <summary>One prioritised plan item.</summary>
public sealed record PlanItem(int Priority, int ThemeId, string Theme, string Goal, string Target, IReadOnlyList<string> Actions, IReadOnlyList<string> Rehearse, string Evidence, DateOnly ReviewDate);

/// <summary>A theme several candidates stumble on.</summary>
public sealed record CohortTheme(int ThemeId, string Label, int Candidates, int Stumbles, IReadOnlyList<string> CandidateNames);
