namespace WeaknessAnalyzer.Reports;

/// <summary>A recurring weakness stumbled on although the preparation was at or above the median: the prep did not cover it.</summary>
/// <param name="ThemeId">The theme.</param>
/// <param name="Theme">Its label.</param>
/// <param name="Stumbles">Stumbles in interviews with at least <paramref name="MinHours"/> of preparation.</param>
/// <param name="MinHours">The median prep hours of the interviews that were prepared for.</param>
public sealed record PrepGap(int ThemeId, string Theme, int Stumbles, double MinHours);
