namespace WeaknessAnalyzer.Ingestion;

/// <summary>What happened to the row that had a problem.</summary>
public enum ProblemAction
{
    /// <summary>The row was left out of the analysis.</summary>
    RowRejected,

    /// <summary>The field was cleared; the rest of the row was kept.</summary>
    FieldCleared,

    /// <summary>The row was kept as read (for example a quoting problem the reader recovered from).</summary>
    RowKept,
}

/// <summary>One problem found while reading a log.</summary>
/// <param name="RowNumber">The 1-based data row number (header not counted); 0 for a problem with the header.</param>
/// <param name="LineNumber">The 1-based physical line where the row starts.</param>
/// <param name="Column">The canonical column name (such as <c>confidence</c>), or <see langword="null"/> for the whole row.</param>
/// <param name="Reason">Why; never contains field values unless <see cref="InterviewLogOptions.IncludeRawValues"/> is on.</param>
/// <param name="Action">What was done about it.</param>
/// <param name="RawValue">The offending value, only when <see cref="InterviewLogOptions.IncludeRawValues"/> is on.</param>
public sealed record IngestionProblem(
    long RowNumber,
    long LineNumber,
    string? Column,
    string Reason,
    ProblemAction Action,
    string? RawValue = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"row {RowNumber}, line {LineNumber}{(Column is null ? "" : $", column {Column}")}: {Reason} ({Action})";
}

/// <summary>An account of how a log was read.</summary>
public sealed record IngestionSummary
{
    /// <summary>Data rows read (header not counted). Always <see cref="RowsAccepted"/> + <see cref="RowsRejected"/>.</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows kept for analysis.</summary>
    public required long RowsAccepted { get; init; }

    /// <summary>Rows left out (each one is listed in <see cref="Problems"/>).</summary>
    public long RowsRejected => RowsRead - RowsAccepted;

    /// <summary>Every problem found, in file order.</summary>
    public required IReadOnlyList<IngestionProblem> Problems { get; init; }

    /// <summary>Header names that are not part of the format; their values are not analysed.</summary>
    public required IReadOnlyList<string> UnknownColumns { get; init; }

    /// <summary>The canonical names of the columns found (such as <c>question</c>, <c>confidence</c>).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The field separator that was used.</summary>
    public required char Delimiter { get; init; }

    /// <summary>
    /// How the bytes were decoded: "UTF-8" (with or without BOM; also UTF-16 with a BOM), or "Windows-1252" when the start of
    /// a file or stream is not valid UTF-8 (a Latin-1 export from an older spreadsheet). "text" for a <see cref="TextReader"/>.
    /// </summary>
    public string Encoding { get; init; } = "UTF-8";
}

/// <summary>Progress of a long read.</summary>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="BytesRead">Bytes consumed so far, when the input is a file or seekable stream; otherwise 0.</param>
/// <param name="TotalBytes">Total input length, when known; otherwise 0.</param>
public readonly record struct IngestionProgress(long RowsRead, long BytesRead, long TotalBytes)
{
    /// <summary>The fraction done (0 to 1), or <see langword="null"/> when the length is unknown.</summary>
    public double? Fraction => TotalBytes > 0 ? Math.Clamp((double)BytesRead / TotalBytes, 0, 1) : null;
}
