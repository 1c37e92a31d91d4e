namespace WeaknessAnalyzer.Reports;

/// <summary>What was compared against outcomes.</summary>
public enum ComparedMeasure
{
    /// <summary>Hours of preparation.</summary>
    PrepHours,

    /// <summary>Interest in the job, 1-5.</summary>
    Interest,
}

/// <summary>What the comparison found.</summary>
public enum OutcomeFinding
{
    /// <summary>Fewer interviews than <see cref="AnalysisOptions.MinGroupSize"/> on one side.</summary>
    NotEnoughData,

    /// <summary>The means are within 10% of the larger plus 0.25.</summary>
    NoClearDifference,

    /// <summary>The mean was higher before advanced/offer interviews.</summary>
    HigherWentWithBetterOutcomes,

    /// <summary>The mean was higher before rejected interviews.</summary>
    HigherDidNotGoWithBetterOutcomes,
}

/// <summary>A value of each interview (prep hours, interest) in advanced/offer against rejected interviews.</summary>
/// <param name="Measure">What was compared.</param>
/// <param name="AdvancedInterviews">Advanced/offer interviews with the value.</param>
/// <param name="AdvancedMean">Their mean, when there are any.</param>
/// <param name="RejectedInterviews">Rejected interviews with the value.</param>
/// <param name="RejectedMean">Their mean, when there are any.</param>
/// <param name="MinGroupSize">Interviews needed on each side for a finding.</param>
/// <param name="Finding">What the comparison found.</param>
public sealed record OutcomeComparison(ComparedMeasure Measure, int AdvancedInterviews, double? AdvancedMean, int RejectedInterviews, double? RejectedMean, int MinGroupSize, OutcomeFinding Finding);
