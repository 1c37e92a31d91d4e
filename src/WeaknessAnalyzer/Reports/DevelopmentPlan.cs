namespace WeaknessAnalyzer.Reports;

/// <summary>Lesson 6: the development plan.</summary>
/// <param name="Items">One item per recurring weakness, most severe first.</param>
/// <param name="Checklist">What to do before and after the next interviews.</param>
/// <param name="ReviewDate">When to look at the plan again with a fresh report.</param>
public sealed record DevelopmentPlan(IReadOnlyList<PlanItem> Items, IReadOnlyList<ChecklistItem> Checklist, DateOnly ReviewDate);
