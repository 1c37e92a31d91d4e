namespace WeaknessAnalyzer.Ingestion;

/// <summary>How an answer went, from the <c>response</c> column.</summary>
public enum ResponseQuality
{
    /// <summary>No answer came: blank, froze, stumped (rating 1).</summary>
    Stumped = 1,

    /// <summary>A weak or poor answer (rating 2).</summary>
    Weak = 2,

    /// <summary>An acceptable answer (rating 3).</summary>
    Ok = 3,

    /// <summary>A strong answer (rating 4 or 5).</summary>
    Strong = 4,
}

/// <summary>The result of an interview, from the <c>outcome</c> column.</summary>
public enum InterviewOutcome
{
    /// <summary>No decision yet (pending, waiting).</summary>
    Pending = 0,

    /// <summary>Moved on to the next round.</summary>
    Advanced = 1,

    /// <summary>An offer was made (also <c>accepted</c>, <c>hired</c>).</summary>
    Offer = 2,

    /// <summary>Turned down by the employer (also <c>no offer</c>, <c>ghosted</c>).</summary>
    Rejected = 3,

    /// <summary>The candidate withdrew.</summary>
    Withdrew = 4,
}

/// <summary>
/// One accepted row of an interview log: one question asked in one interview.
/// Optional fields that were absent or invalid are <see langword="null"/>.
/// </summary>
public sealed record InterviewRecord
{
    /// <summary>The 1-based data row number (the header is not counted).</summary>
    public required long RowNumber { get; init; }

    /// <summary>The 1-based physical line where the row starts (the header is line 1).</summary>
    public required long LineNumber { get; init; }

    /// <summary>The question as asked (never empty).</summary>
    public required string Question { get; init; }

    /// <summary>
    /// The key of the interview the row belongs to: the <c>interview_id</c> column, or, when that is absent or empty,
    /// the candidate, date, company, role and stage together.
    /// </summary>
    public required string InterviewKey { get; init; }

    /// <summary>Whose interview it is; empty when the log has no candidate column (one person).</summary>
    public string Candidate { get; init; } = "";

    /// <summary>The date of the interview.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The company.</summary>
    public string? Company { get; init; }

    /// <summary>The role applied for.</summary>
    public string? Role { get; init; }

    /// <summary>The interview stage (phone screen, onsite...).</summary>
    public string? Stage { get; init; }

    /// <summary>The outcome of the interview.</summary>
    public InterviewOutcome? Outcome { get; init; }

    /// <summary>The user's own tag for the question.</summary>
    public string? Category { get; init; }

    /// <summary>How the answer went.</summary>
    public ResponseQuality? Response { get; init; }

    /// <summary>How confident the candidate felt, 1 to 5.</summary>
    public int? Confidence { get; init; }

    /// <summary>The interviewer's feedback.</summary>
    public string? Feedback { get; init; }

    /// <summary>Hours of preparation for the interview (0 or more).</summary>
    public double? PrepHours { get; init; }

    /// <summary>How much the candidate wanted the job, 1 to 5.</summary>
    public int? Interest { get; init; }

    /// <summary>The candidate's own notes.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Whether the question was a stumble: the response was weak or stumped, or, with no response given,
    /// the confidence was 1 or 2. In a log with neither column every row is a stumble (see <see cref="InterviewLog.IsStumble"/>).
    /// </summary>
    public bool IsStumbleBy(bool logHasResponseOrConfidence) =>
        Response is { } r ? r <= ResponseQuality.Weak
        : Confidence is { } c ? c <= 2
        : !logHasResponseOrConfidence;

    /// <summary>Whether the record holds a value for a canonical column (see <see cref="ColumnNames"/>).</summary>
    internal bool HasValue(string column) => column switch
    {
        ColumnNames.Question => true,
        ColumnNames.InterviewId => InterviewKey.Contains("\u001f#", StringComparison.Ordinal), // kept only in the key
        ColumnNames.Candidate => Candidate.Length > 0,
        ColumnNames.Date => Date is not null,
        ColumnNames.Company => Company is not null,
        ColumnNames.Role => Role is not null,
        ColumnNames.Stage => Stage is not null,
        ColumnNames.Outcome => Outcome is not null,
        ColumnNames.Category => Category is not null,
        ColumnNames.Response => Response is not null,
        ColumnNames.Confidence => Confidence is not null,
        ColumnNames.Feedback => Feedback is not null,
        ColumnNames.PrepHours => PrepHours is not null,
        ColumnNames.Interest => Interest is not null,
        ColumnNames.Notes => Notes is not null,
        _ => false,
    };
}
