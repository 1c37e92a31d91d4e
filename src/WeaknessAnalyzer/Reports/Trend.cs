namespace WeaknessAnalyzer.Reports;

/// <summary>The trend of a theme's stumbles over time.</summary>
public enum Trend
{
    /// <summary>Fewer than 4 dated questions on at least 2 dates.</summary>
    NotEnoughData,

    /// <summary>The stumble rate fell by 25 points or more from the earlier half of the questions to the later half.</summary>
    Improving,

    /// <summary>The stumble rate moved less than 25 points.</summary>
    Steady,

    /// <summary>The stumble rate rose by 25 points or more.</summary>
    Worsening,
}
