namespace WeaknessAnalyzer.Reports;

/// <summary>A theme where confidence and results disagree.</summary>
/// <param name="ThemeId">The theme.</param>
/// <param name="Theme">Its label.</param>
/// <param name="MeanConfidence">Mean confidence of its rated questions.</param>
/// <param name="OkShare">Share of its rated questions answered ok or better.</param>
/// <param name="Questions">Its rated questions.</param>
public sealed record CalibrationGap(int ThemeId, string Theme, double MeanConfidence, double OkShare, int Questions);
