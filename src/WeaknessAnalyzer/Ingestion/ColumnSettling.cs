using System.Globalization;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>A rating cell as read: its value, and whether it was a bare number (which a 10-point column halves).</summary>
internal readonly record struct Rating(int Value, bool Bare);

/// <summary>
/// What only a whole column can decide, settled once the file is read:
/// <list type="bullet">
/// <item>numeric dates that read both ways (<c>03/05/2025</c>) take the order the column's unambiguous dates show
/// (<c>14/03/2025</c> means day first), or the culture's when they show none or disagree; otherwise they are cleared and listed;</item>
/// <item>dates written without a year ("Mar 12") take the year of the nearest dated row, the one that puts them nearest it;</item>
/// <item>a confidence or interest column holding at least two bare numbers above 5 (or whose header says 1-10) is a 10-point
/// scale, halved to 1-5; otherwise a bare 6 to 10 is a problem.</item>
/// </list>
/// Cells waiting for their column cost one small entry each; nothing else is held.
/// </summary>
internal sealed class ColumnSettling(InterviewLogOptions options, bool confidenceSaysTen, bool interestSaysTen)
{
    private readonly List<(int Record, long Row, long Line, DateCell Cell, string Raw)> _dates = [];
    private readonly List<(int Record, long Row, long Line, DateCell Cell, string Raw)> _yearless = [];
    private readonly RatingColumn _confidence = new(ColumnNames.Confidence, confidenceSaysTen);
    private readonly RatingColumn _interest = new(ColumnNames.Interest, interestSaysTen);
    private long _dayFirst, _monthFirst;

    /// <summary>Whether some cell waits for its column (strict mode then reads on before throwing).</summary>
    public bool HasPending => _dates.Count > 0 || _yearless.Count > 0 || _confidence.Pending.Count > 0 || _interest.Pending.Count > 0;

    /// <summary>The date of a cell now, or <see langword="null"/> when its column decides (an ambiguous cell, remembered).</summary>
    public DateOnly? Date(DateCell cell, string raw, int record, long row, long line)
    {
        switch (cell.Kind)
        {
            case DateKind.DayFirst: _dayFirst++; return cell.Value;
            case DateKind.MonthFirst: _monthFirst++; return cell.Value;
            case DateKind.Ambiguous: _dates.Add((record, row, line, cell, raw)); return null;
            case DateKind.NoYear or DateKind.NoYearAmbiguous: _yearless.Add((record, row, line, cell, raw)); return null;
            default: return cell.Value;
        }
    }

    /// <summary>The rating of a cell now (a bare 6 to 10 is kept as it is until its column is settled).</summary>
    public int? Rating(string column, Rating r, string raw, int record, long row, long line)
    {
        var c = column == ColumnNames.Confidence ? _confidence : _interest;
        if (!r.Bare)
        {
            c.Converted.Add(record);
        }
        else if (r.Value > 5)
        {
            c.AboveFive++;
            if (!c.SaysTen) c.Pending.Add((record, row, line, raw.Trim()));
        }

        return r.Value;
    }

    public Settled Settle(List<InterviewRecord> records)
    {
        var problems = new List<IngestionProblem>();
        var order = SettleDates(records, problems);
        var yearsFilled = SettleYears(records, problems);
        if (order == DateOrder.NotNeeded && _yearless.Any(y => y.Cell.Kind == DateKind.NoYearAmbiguous))
        {
            order = DayFirst() switch { true => DateOrder.DayFirst, false => DateOrder.MonthFirst, null => DateOrder.Undecided };
        }
        var ten = new List<string>();
        foreach (var c in (RatingColumn[])[_confidence, _interest])
        {
            if (c.SaysTen || c.AboveFive >= 2)
            {
                ten.Add(c.Name);
                Halve(records, c);
                continue;
            }

            foreach (var (record, row, line, raw) in c.Pending)
            {
                records[record] = With(records[record], c.Name, null);
                problems.Add(new IngestionProblem(row, line, c.Name, c.Name + " must be a whole number from 1 to 5 (or the column a 1-10 scale)", ProblemAction.FieldCleared, options.IncludeRawValues ? raw : null));
            }
        }

        return new Settled([.. problems.OrderBy(p => p.RowNumber)], order, ten) { YearsFilled = yearsFilled };
    }

    /// <summary>
    /// Dates written without a year ("Mar 12", "14/03") take the year that puts them nearest the date of the nearest row that
    /// has one (the row before on a tie): "Jan 3" after "Dec 28, 2024" is 2025-01-03. One whose day and month could be swapped
    /// takes the column's order first. Rows whose order stays unknown, or with no dated row at all, are cleared and listed.
    /// </summary>
    private int SettleYears(List<InterviewRecord> records, List<IngestionProblem> problems)
    {
        if (_yearless.Count == 0) return 0;
        var dayFirst = DayFirst();
        var filled = 0;
        var nearest = NearestDates(records);
        foreach (var (record, row, line, cell, raw) in _yearless)
        {
            var (month, day) = cell.Kind == DateKind.NoYear ? (cell.First, cell.Second) : dayFirst is { } df ? (df ? cell.Second : cell.First, df ? cell.First : cell.Second) : (0, 0);
            if (month == 0)
            {
                problems.Add(new IngestionProblem(row, line, ColumnNames.Date, "date " + FieldParsers.AmbiguousDate, ProblemAction.FieldCleared, options.IncludeRawValues ? raw : null));
                continue;
            }

            if (nearest[record] is not { } near)
            {
                problems.Add(new IngestionProblem(row, line, ColumnNames.Date, "date " + FieldParsers.NoYear, ProblemAction.FieldCleared, options.IncludeRawValues ? raw : null));
                continue;
            }

            DateOnly? best = null;
            for (var y = near.Year - 1; y <= near.Year + 1; y++)
            {
                if (day > DateTime.DaysInMonth(y, month)) continue;
                var candidate = new DateOnly(y, month, day);
                if (best is not { } b || Math.Abs(candidate.DayNumber - near.DayNumber) < Math.Abs(b.DayNumber - near.DayNumber)) best = candidate;
            }

            if (best is not { } date || date < FieldParsers.EarliestDate || date > FieldParsers.LatestDate)
            {
                problems.Add(new IngestionProblem(row, line, ColumnNames.Date, "date " + FieldParsers.NoYear, ProblemAction.FieldCleared, options.IncludeRawValues ? raw : null));
                continue;
            }

            records[record] = records[record] with { Date = date };
            filled++;
        }

        return filled;
    }

    /// <summary>
    /// For each record, the date of the nearest record that had one when the file was read (the one before on a tie), in
    /// two passes: a year filled in does not pass on to the next row without one.
    /// </summary>
    private static DateOnly?[] NearestDates(List<InterviewRecord> records)
    {
        var n = records.Count;
        var before = new (DateOnly Date, int At)?[n];
        (DateOnly Date, int At)? last = null;
        for (var i = 0; i < n; i++)
        {
            before[i] = last;
            if (records[i].Date is { } d) last = (d, i);
        }

        var result = new DateOnly?[n];
        last = null;
        for (var i = n - 1; i >= 0; i--)
        {
            var (b, a) = (before[i], last);
            result[i] = b is null ? a?.Date : a is null ? b.Value.Date : (i - b.Value.At <= a.Value.At - i ? b.Value.Date : a.Value.Date);
            if (records[i].Date is { } d) last = (d, i);
        }

        return result;
    }

    /// <summary>The column's order: what its dates that read one way only show, else the culture's; null when neither tells.</summary>
    private bool? DayFirst() => (_dayFirst, _monthFirst) switch
    {
        ( > 0, 0) => true,
        (0, > 0) => false,
        _ => CultureDayFirst(options.Culture),
    };

    private DateOrder SettleDates(List<InterviewRecord> records, List<IngestionProblem> problems)
    {
        if (_dates.Count == 0) return DateOrder.NotNeeded;
        var dayFirst = DayFirst();
        if (dayFirst is not { } df)
        {
            var why = _dayFirst > 0
                ? "date is ambiguous (day and month could be swapped, and the column's other dates disagree on the order); set the date format (--date-format in the tool and the sample, InterviewLogOptions.DateFormat in code)"
                : "date " + FieldParsers.AmbiguousDate;
            foreach (var (_, row, line, _, raw) in _dates)
            {
                problems.Add(new IngestionProblem(row, line, ColumnNames.Date, why, ProblemAction.FieldCleared, options.IncludeRawValues ? raw : null));
            }

            return DateOrder.Undecided;
        }

        foreach (var (record, _, _, cell, _) in _dates) records[record] = records[record] with { Date = cell.Resolve(df) };
        return df ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    /// <summary>Day first for a culture whose short date starts with the day (en-GB, de-DE), month first for one that starts with the month (en-US); none for the invariant culture.</summary>
    internal static bool? CultureDayFirst(CultureInfo culture)
    {
        if (culture.Equals(CultureInfo.InvariantCulture)) return null;
        var pattern = culture.DateTimeFormat.ShortDatePattern.TrimStart();
        return pattern.StartsWith('d') ? true : pattern.StartsWith('M') ? false : null;
    }

    /// <summary>1-10 to 1-5: 1-2 is 1, 3-4 is 2, ... 9-10 is 5. Values converted from 8/10, 80% or words are already 1-5.</summary>
    private static void Halve(List<InterviewRecord> records, RatingColumn c)
    {
        for (var i = 0; i < records.Count; i++)
        {
            var value = c.Name == ColumnNames.Confidence ? records[i].Confidence : records[i].Interest;
            if (value is { } v && !c.Converted.Contains(i)) records[i] = With(records[i], c.Name, (v + 1) / 2);
        }
    }

    private static InterviewRecord With(InterviewRecord r, string column, int? value) =>
        column == ColumnNames.Confidence ? r with { Confidence = value } : r with { Interest = value };

    private sealed class RatingColumn(string name, bool saysTen)
    {
        public string Name { get; } = name;
        public bool SaysTen { get; } = saysTen;
        public long AboveFive { get; set; }
        public HashSet<int> Converted { get; } = [];
        public List<(int Record, long Row, long Line, string Raw)> Pending { get; } = [];
    }

    /// <summary>What settling found: problems for cells the columns could not settle (in file order), the date order, the 10-point columns.</summary>
    internal sealed record Settled(IReadOnlyList<IngestionProblem> Problems, DateOrder DateOrder, IReadOnlyList<string> TenPoint)
    {
        /// <summary>Dates written without a year that took one from the rows around them.</summary>
        public int YearsFilled { get; init; }
    }
}
