namespace WeaknessAnalyzer.Reports;

/// <summary>Something a candidate's log cannot tell.</summary>
public enum Caveat
{
    /// <summary>No response or confidence column: every question counts as a stumble.</summary>
    NoAssessment,

    /// <summary>Fewer than two interviews: nothing can recur.</summary>
    FewInterviews,

    /// <summary>No outcome column.</summary>
    NoOutcome,

    /// <summary>No date column.</summary>
    NoDate,
}
