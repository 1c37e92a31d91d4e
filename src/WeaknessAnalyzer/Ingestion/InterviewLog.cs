namespace WeaknessAnalyzer.Ingestion;

/// <summary>An interview log that has been read: the accepted rows and an account of the reading.</summary>
public sealed record InterviewLog
{
    /// <summary>The accepted rows, in file order.</summary>
    public required IReadOnlyList<InterviewRecord> Records { get; init; }

    /// <summary>Rows read, rows accepted, and every problem.</summary>
    public required IngestionSummary Summary { get; init; }

    /// <summary>Whether the log has a response or a confidence column; without either, every row counts as a stumble.</summary>
    public bool HasAssessment => HasColumn(ColumnNames.Response) || HasColumn(ColumnNames.Confidence);

    /// <summary>Whether the log has the given canonical column (see <see cref="ColumnNames"/>).</summary>
    public bool HasColumn(string canonicalName) => Summary.Columns.Contains(canonicalName, StringComparer.Ordinal);

    /// <summary>Whether a record of this log is a stumble (see <see cref="InterviewRecord.IsStumbleBy"/>).</summary>
    public bool IsStumble(InterviewRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.IsStumbleBy(HasAssessment);
    }
}
