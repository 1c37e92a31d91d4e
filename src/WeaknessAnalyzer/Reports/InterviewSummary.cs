using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>One interview.</summary>
public sealed record InterviewSummary(
    string Key, DateOnly? Date, string? Company, string? Role, string? Stage, InterviewOutcome? Outcome,
    int QuestionCount, int StumbleCount, double? PrepHours, int? Interest, bool HasFeedback, IReadOnlyList<long> Rows)
{
    /// <summary>A short human name: "Acme, onsite, 2024-03-05".</summary>
    public string Title => string.Join(", ", new[] { Company, Stage, (Date is { } d ? TextFormat.Date(d) : null) }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } t ? t : "interview";
}
