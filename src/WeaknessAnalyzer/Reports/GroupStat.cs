namespace WeaknessAnalyzer.Reports;

/// <summary>A count and mean for a group of interviews.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Interviews">Interviews in the group with a value.</param>
/// <param name="Mean">The mean value, when any.</param>
/// <param name="Successes">Interviews that advanced or got an offer.</param>
/// <param name="Rejections">Interviews that were rejected.</param>
public sealed record GroupStat(string Group, int Interviews, double? Mean, int Successes, int Rejections);
