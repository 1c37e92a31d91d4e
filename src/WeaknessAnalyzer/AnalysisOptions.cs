using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer;

/// <summary>Options for <see cref="InterviewAnalyzer"/>. Every property has a documented default.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How the log is read. Default: <see cref="InterviewLogOptions.Default"/>.</summary>
    public InterviewLogOptions Log { get; init; } = InterviewLogOptions.Default;

    /// <summary>How questions are grouped into themes (including the seed). Default: <see cref="ThemeOptions.Default"/>.</summary>
    public ThemeOptions Themes { get; init; } = ThemeOptions.Default;

    /// <summary>A theme is a recurring weakness when it has stumbles in at least this many distinct interviews (and goes wrong more than 20% of the time or more often than the person usually does). Default: 2.</summary>
    public int RecurringMinInterviews { get; init; } = 2;

    /// <summary>The fewest interviews per group before a comparison (prep, interest, stage) gets a verdict. Default: 2.</summary>
    public int MinGroupSize { get; init; } = 2;

    /// <summary>The most development-plan items. Default: 5.</summary>
    public int MaxPlanItems { get; init; } = 5;

    /// <summary>
    /// New questions to practise per plan item, from the bundled bank of interview questions (<see cref="PlanItem.Practice"/>),
    /// 0 to 10; 0 turns them off. Default: 3.
    /// </summary>
    public int PracticeQuestions { get; init; } = 3;

    /// <summary>Days from the reference date to the plan's review date, 1 to 3650. Default: 30.</summary>
    public int ReviewAfterDays { get; init; } = 30;

    /// <summary>
    /// The date the report is written "as of", used for the review date. Default: <see langword="null"/>: the latest
    /// interview date in the log (so the same log always gives the same report), or 2000-01-01 when no row has a date. From
    /// 1970-01-01 to 2100-12-31 (the dates a log may hold).
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// An earlier report's plan (<see cref="PreviousReport.Load(string)"/> on its JSON): each candidate's report then
    /// opens with progress against it (<see cref="CandidateReport.Progress"/>). Default: <see langword="null"/>.
    /// </summary>
    public PreviousReport? Previous { get; init; }

    /// <summary>Checks every option (and the nested ones) and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Log is null) errors.Add($"{nameof(Log)} must not be null.");
        if (Themes is null) errors.Add($"{nameof(Themes)} must not be null.");
        if (RecurringMinInterviews < 1) errors.Add($"{nameof(RecurringMinInterviews)} must be at least 1 (was {RecurringMinInterviews}).");
        if (MinGroupSize < 1) errors.Add($"{nameof(MinGroupSize)} must be at least 1 (was {MinGroupSize}).");
        if (MaxPlanItems < 1) errors.Add($"{nameof(MaxPlanItems)} must be at least 1 (was {MaxPlanItems}).");
        if (PracticeQuestions is < 0 or > 10) errors.Add($"{nameof(PracticeQuestions)} must be from 0 to 10 (was {PracticeQuestions}).");
        if (ReviewAfterDays is < 1 or > 3_650) errors.Add($"{nameof(ReviewAfterDays)} must be from 1 to 3650 (was {ReviewAfterDays}).");
        if (ReferenceDate is { } reference && (reference < Ingestion.FieldParsers.EarliestDate || reference > Ingestion.FieldParsers.LatestDate))
        {
            errors.Add($"{nameof(ReferenceDate)} must be from 1970-01-01 to 2100-12-31 (was {TextFormat.Date(reference)}).");
        }
        foreach (var nested in new Action?[] { Log is null ? null : Log.Validate, Themes is null ? null : Themes.Validate })
        {
            try
            {
                nested?.Invoke();
            }
            catch (ArgumentException ex)
            {
                errors.Add(ex.Message);
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid analysis options: " + string.Join(" ", errors));
        }
    }
}
