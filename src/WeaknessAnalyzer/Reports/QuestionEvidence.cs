using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>A question as evidence.</summary>
public sealed record QuestionEvidence(long Row, string Question, ResponseQuality? Response, int? Confidence, bool Stumble, DateOnly? Date);
