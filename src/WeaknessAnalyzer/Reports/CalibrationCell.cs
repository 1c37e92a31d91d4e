using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>How many questions had a confidence and a response.</summary>
public sealed record CalibrationCell(int Confidence, ResponseQuality Response, int Count);
