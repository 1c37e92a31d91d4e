namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Thrown when an interview log cannot be read: no question column, an empty or non-text input, or, with
/// <see cref="InterviewLogOptions.Strict"/>, the first bad row. The message never contains field values unless
/// <see cref="InterviewLogOptions.IncludeRawValues"/> is on.
/// </summary>
public class InterviewDataException : FormatException
{
    /// <summary>Creates an exception with a message.</summary>
    public InterviewDataException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public InterviewDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public InterviewDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based data row number (header not counted), when the problem is tied to a row.</summary>
    public long? RowNumber { get; init; }

    /// <summary>The 1-based physical line, when known.</summary>
    public long? LineNumber { get; init; }

    /// <summary>The canonical column name, when the problem is tied to a column.</summary>
    public string? ColumnName { get; init; }

    /// <summary>The offending value; only set when the caller opted in with <see cref="InterviewLogOptions.IncludeRawValues"/>.</summary>
    public string? RawValue { get; init; }
}
