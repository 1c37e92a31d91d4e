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
    /// <summary>Data rows read (header not counted). Always <see cref="RowsAccepted"/> + <see cref="RowsRejected"/> + <see cref="RowsBlank"/>.</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows kept for analysis (a row holding several questions counts once; see <see cref="RowsSplit"/>).</summary>
    public required long RowsAccepted { get; init; }

    /// <summary>Rows whose every cell is empty (as spreadsheets leave them at the end of a sheet): skipped, not rejected.</summary>
    public long RowsBlank { get; init; }

    /// <summary>
    /// Accepted rows that left the date blank under a row of the same interview (every company, role, stage and interview id
    /// they fill repeats the row above), as a spreadsheet groups an interview's questions under its first row: they take
    /// that row's date, company, role and stage and count as questions of its interview.
    /// </summary>
    public long RowsFilledDown { get; init; }

    /// <summary>
    /// Accepted rows whose question cell holds several questions (one per line, or a list separated by <c>;</c>), as a sheet
    /// kept one row per interview does: each question is a record of its own that shares the row's other cells (its response,
    /// confidence and feedback), so the log's records outnumber <see cref="RowsAccepted"/>.
    /// </summary>
    public long RowsSplit { get; init; }

    /// <summary>
    /// The line the header was read from: 1, or a later line when the first rows (a title such as "My interview tracker",
    /// blank rows) name no question column and one of the next 10 does; the lines above it are not rows of the log.
    /// </summary>
    public long HeaderLine { get; init; } = 1;

    /// <summary>Rows left out (each one is listed in <see cref="Problems"/>).</summary>
    public long RowsRejected => RowsRead - RowsAccepted - RowsBlank;

    /// <summary>Every problem found, in file order.</summary>
    public required IReadOnlyList<IngestionProblem> Problems { get; init; }

    /// <summary>Header names that are not part of the format; their values are not analysed.</summary>
    public required IReadOnlyList<string> UnknownColumns { get; init; }

    /// <summary>The canonical names of the columns found (such as <c>question</c>, <c>confidence</c>).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>How each column found was matched to its header, and how many of its cells were read, in the format's order.</summary>
    public IReadOnlyList<ColumnMatch> ColumnMatches { get; init; } = [];

    /// <summary>How numeric dates such as <c>03/05/2025</c>, which read both ways, were read.</summary>
    public DateOrder DateOrder { get; init; }

    /// <summary>
    /// Dates written without a year ("Mar 12", "14/03") that took the year putting them nearest the nearest dated row's date
    /// ("Jan 3" after "Dec 28, 2024" is 2025-01-03); one with no dated row to go by is a problem instead.
    /// </summary>
    public long DatesWithoutYear { get; init; }

    /// <summary>
    /// Candidates whose names may belong to one person, as "Chloé / Chloe" (the same up to accents) or "Ben / Ben Smith" (one
    /// a single word opening the other): they are reported apart, and a note says so. Names that differ only in case or
    /// spaces are one candidate already. At most 10 pairs.
    /// </summary>
    public IReadOnlyList<string> SimilarCandidateNames { get; init; } = [];

    /// <summary>The problems grouped by column, kind and action, in order of first appearance (what a person reads first).</summary>
    public IReadOnlyList<ProblemGroup> ProblemGroups => ProblemGroup.Of(Problems);

    /// <summary>Columns found whose cells were mostly unreadable (over a fifth cleared).</summary>
    public IReadOnlyList<ColumnMatch> MostlyUnreadableColumns => [.. ColumnMatches.Where(c => c.MostlyUnreadable)];

    /// <summary>The field separator that was used.</summary>
    public required char Delimiter { get; init; }

    /// <summary>
    /// How the bytes were decoded: "UTF-8" (with or without BOM; also UTF-16 with a BOM), or "Windows-1252" when the start of
    /// a file or stream is not valid UTF-8 (a Latin-1 export from an older spreadsheet). "text" for a <see cref="TextReader"/>.
    /// </summary>
    public string Encoding { get; init; } = "UTF-8";
}

/// <summary>How a column was matched to a header.</summary>
public enum ColumnMatchKind
{
    /// <summary>By its name or a known alias (<c>How I did</c> for the response).</summary>
    Name,

    /// <summary>By the caller's mapping (<see cref="InterviewLogOptions.Columns"/>).</summary>
    Mapping,

    /// <summary>By a fallback taken only when no header names the column (<c>Created time</c> for the date).</summary>
    Fallback,

    /// <summary>
    /// A guess: a database export's title column (Notion's <c>Name</c>) taken as the question column, as its values look like
    /// questions; or taken as the interview (not the candidate) because its values name the company (<c>Acme onsite</c>).
    /// </summary>
    Guess,
}

/// <summary>How numeric dates that read both ways (<c>03/05/2025</c>) were read.</summary>
public enum DateOrder
{
    /// <summary>The log has no such date.</summary>
    NotNeeded,

    /// <summary>Day first, as the column's other dates show (<c>14/03/2025</c>), or by the culture.</summary>
    DayFirst,

    /// <summary>Month first, as the column's other dates show (<c>3/14/2025</c>), or by the culture.</summary>
    MonthFirst,

    /// <summary>Not decidable (no date in the column settles it, or they disagree): those dates were cleared and listed.</summary>
    Undecided,
}

/// <summary>A column of the format and the header it was read from.</summary>
/// <param name="Column">The canonical name (such as <c>response</c>).</param>
/// <param name="Header">The header as the file spells it.</param>
/// <param name="MatchedBy">How the header was matched.</param>
public sealed record ColumnMatch(string Column, string Header, ColumnMatchKind MatchedBy)
{
    /// <summary>Cells of the column that hold something, in rows that were read as data.</summary>
    public long Filled { get; init; }

    /// <summary>Cells that could not be read and were cleared.</summary>
    public long Cleared { get; init; }

    /// <summary>For a confidence or interest column: read as a 1-10 scale and halved to 1-5 (from its values or its header).</summary>
    public bool TenPointScale { get; init; }

    /// <summary>Over a fifth of the filled cells were cleared: what the plan uses from this column is thin.</summary>
    public bool MostlyUnreadable => Filled > 0 && Cleared * 5 > Filled;
}

/// <summary>Problems of one kind in one column.</summary>
/// <param name="Column">The canonical column, or <see langword="null"/> for whole rows.</param>
/// <param name="Reason">The reason they share.</param>
/// <param name="Action">What was done.</param>
/// <param name="Count">How many problems.</param>
/// <param name="Rows">Their data row numbers (0 for the header), in file order.</param>
public sealed record ProblemGroup(string? Column, string Reason, ProblemAction Action, int Count, IReadOnlyList<long> Rows)
{
    internal static IReadOnlyList<ProblemGroup> Of(IReadOnlyList<IngestionProblem> problems) =>
    [
        .. problems
            .GroupBy(p => (p.Column, p.Reason, p.Action))
            .Select(g => new ProblemGroup(g.Key.Column, g.Key.Reason, g.Key.Action, g.Count(), [.. g.Select(p => p.RowNumber)])),
    ];
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
