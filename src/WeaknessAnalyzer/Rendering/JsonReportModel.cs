using System.Text.Json.Serialization;

namespace WeaknessAnalyzer.Rendering;

// The JSON contract (schemaVersion 2), as records that System.Text.Json's source generator serializes: the facts of the
// report, and beside them (in "text" and "verdict" properties) the sentences ReportText makes of them. Enums are
// camelCase strings, dates ISO yyyy-MM-dd, shares rounded to 4 decimals.

internal sealed record JsonReport(int SchemaVersion, string ReferenceDate, bool HasCandidates, JsonIngestion Ingestion, IReadOnlyList<JsonCandidate> Candidates, IReadOnlyList<JsonCohortTheme> Cohort);

internal sealed record JsonIngestion(
    long RowsRead, long RowsAccepted, long RowsRejected, long RowsBlank, long RowsFilledDown, long RowsSplit, string Encoding, string DateOrder, IReadOnlyList<JsonColumn> Columns,
    IReadOnlyList<string> Notes, IReadOnlyList<JsonProblemGroup> ProblemGroups, IReadOnlyList<JsonProblem> Problems, IReadOnlyList<string> UnknownColumns, long DatesWithoutYear);

internal sealed record JsonColumn(string Column, string Header, string MatchedBy, long Filled, long Cleared, bool TenPointScale, bool MostlyUnreadable);

internal sealed record JsonProblemGroup(string? Column, string Reason, string Action, int Count, IReadOnlyList<long> Rows, string Text);

internal sealed record JsonProblem(long Row, long Line, string? Column, string Reason, string Action);

internal sealed record JsonCandidate(
    string Candidate, JsonIngestion Ingestion, int InterviewCount, int QuestionCount, int StumbleCount, IReadOnlyList<JsonTheme> Themes,
    IReadOnlyList<JsonPlanItem> Plan, IReadOnlyList<JsonChecklistItem> Checklist, string ReviewDate, JsonFeedback Feedback, JsonPreparation Preparation,
    JsonFit Fit, JsonSelfAssessment SelfAssessment, IReadOnlyList<JsonCaveat> Caveats, IReadOnlyList<JsonProgress> Progress);

internal sealed record JsonProgress(string Label, string? PreviousLabel, int? ThemeId, string Status, double? StumbleRateBefore, double? StumbleRateAfter, int QuestionsBefore, int QuestionsSince, int StumblesSince, int TargetQuestions, double? UsualStumbleRate, string Text);

internal sealed record JsonTheme(
    int Id, string Label, string Kind, IReadOnlyList<string> Phrases, IReadOnlyList<string> Keywords, int QuestionCount, int InterviewCount, int StumbleCount, int StumbleInterviewCount,
    double StumbleRate, bool Recurring, string Trend, bool Unthemed, double Severity, double UsualStumbleRate, string SeverityText, double? MeanConfidence, double? StumbleRateRejected,
    double? StumbleRateAdvanced, string? FirstSeen, string? LastSeen, IReadOnlyList<long> Rows);

internal sealed record JsonPlanItem(
    int Priority, int ThemeId, string Theme, int TargetQuestions, string ReviewDate, IReadOnlyList<JsonPlanAction> Actions, IReadOnlyList<string> Rehearse,
    string Goal, string Target, string Evidence, IReadOnlyList<string> Feedback, IReadOnlyList<string> Practice);

internal sealed record JsonPlanAction(string Kind, int Count, IReadOnlyList<string> Keywords, string Text);

internal sealed record JsonChecklistItem(string Kind, int Count, string Text);

internal sealed record JsonFeedback(int InterviewsWithFeedback, IReadOnlyList<string> InterviewsWithoutFeedback, IReadOnlyList<JsonFeedbackTheme> RecurringThemes, IReadOnlyList<string> Actions);

internal sealed record JsonFeedbackTheme(string Label, IReadOnlyList<string> Keywords, int InterviewCount, IReadOnlyList<string> Sentences, IReadOnlyDictionary<string, int> Outcomes, bool Critical);

internal sealed record JsonGroup(string Group, int Interviews, double? Mean, int Successes, int Rejections);

internal sealed record JsonComparison(string Measure, int AdvancedInterviews, double? AdvancedMean, int RejectedInterviews, double? RejectedMean, int MinGroupSize, string Finding);

internal sealed record JsonStage(string Stage, int AdvancedInterviews, double AdvancedMeanHours, int RejectedInterviews, double RejectedMeanHours, string Text);

internal sealed record JsonPrepGap(int ThemeId, string Theme, int Stumbles, double MinHours, string Text);

internal sealed record JsonPreparation(IReadOnlyList<JsonGroup> ByOutcome, IReadOnlyList<JsonStage> ByStage, IReadOnlyList<JsonPrepGap> StumbledDespitePrep, JsonComparison Comparison, string Verdict);

internal sealed record JsonFit(
    IReadOnlyList<JsonGroup> InterestByOutcome, IReadOnlyList<string> LostDespiteStrongAnswers, IReadOnlyList<JsonGroup> ByRole, IReadOnlyList<JsonGroup> ByCompany,
    JsonComparison Comparison, string Verdict, IReadOnlyList<string> NotWanted, IReadOnlyList<JsonFitRemark> Remarks);

internal sealed record JsonFitRemark(string Interview, string Sentence, string Text);

internal sealed record JsonCalibrationGap(int ThemeId, string Theme, double MeanConfidence, double OkShare, int Questions, string Text);

internal sealed record JsonSelfAssessment(int RatedQuestions, int MatchedQuestions, IReadOnlyList<JsonCalibrationGap> UnderRated, IReadOnlyList<JsonCalibrationGap> OverRated, string Verdict);

internal sealed record JsonCaveat(string Kind, string Text);

internal sealed record JsonCohortTheme(int ThemeId, string Label, int CandidateCount, int StumbleCount, IReadOnlyList<string> Candidates);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
