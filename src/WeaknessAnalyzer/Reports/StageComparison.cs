namespace WeaknessAnalyzer.Reports;

/// <summary>Prep hours before advanced/offer against rejected interviews of one stage.</summary>
/// <param name="Stage">The stage, lower case.</param>
/// <param name="AdvancedInterviews">Advanced/offer interviews of the stage with prep hours.</param>
/// <param name="AdvancedMeanHours">Their mean prep hours.</param>
/// <param name="RejectedInterviews">Rejected interviews of the stage with prep hours.</param>
/// <param name="RejectedMeanHours">Their mean prep hours.</param>
public sealed record StageComparison(string Stage, int AdvancedInterviews, double AdvancedMeanHours, int RejectedInterviews, double RejectedMeanHours);
