namespace WeaknessAnalyzer.Reports;

/// <summary>Lesson 3: preparation against outcomes.</summary>
/// <param name="ByOutcome">Interviews with prep hours, per outcome.</param>
/// <param name="ByStage">Stages with enough advanced/offer and rejected interviews to compare their prep hours.</param>
/// <param name="StumbledDespitePrep">Recurring weaknesses stumbled on in interviews with the median prep hours or more.</param>
/// <param name="Comparison">Prep hours in advanced/offer against rejected interviews.</param>
public sealed record PreparationSection(IReadOnlyList<GroupStat> ByOutcome, IReadOnlyList<StageComparison> ByStage, IReadOnlyList<PrepGap> StumbledDespitePrep, OutcomeComparison Comparison);
