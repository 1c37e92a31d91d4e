using System.Globalization;
using CsvHelper;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Maps the fields of each CSV record (strings) to an <see cref="InterviewRecord"/>: the header's columns are resolved to
/// positions once, typed fields are parsed through a <see cref="ValueMemo{T}"/> per column, and a row of the same interview
/// as the row before reuses its interview key and text. Every problem is listed (or, in strict mode, thrown) with its
/// row, line and column; raw values only with <see cref="InterviewLogOptions.IncludeRawValues"/>.
/// </summary>
internal sealed class RowMapper
{
    private readonly InterviewLogOptions _options;
    private readonly List<InterviewRecord> _records = [];
    private readonly List<IngestionProblem> _problems = [];
    private readonly List<string> _unknown = [];
    private readonly List<string> _columns = [];
    private readonly int _headerCount;
    private readonly int _question, _candidate, _interviewId, _date, _company, _role, _stage, _outcome, _category, _response, _confidence, _feedback, _prep, _interest, _notes;
    private readonly ValueMemo<DateOnly> _dates;
    private readonly ValueMemo<InterviewOutcome> _outcomes;
    private readonly ValueMemo<ResponseQuality> _responses;
    private readonly ValueMemo<int> _scales;
    private readonly ValueMemo<double> _hours;
    private readonly string?[] _previous = new string?[6];
    private (string, string?, DateOnly?, string?, string?, string?) _keyParts;
    private string? _key;

    public RowMapper(IReadOnlyList<string> headers, char delimiter, InterviewLogOptions options)
    {
        _options = options;
        Delimiter = delimiter;
        var culture = options.Culture;
        _dates = new((string v, out DateOnly d, out string why) => FieldParsers.TryDate(v, options, out d, out why));
        _outcomes = new(FieldParsers.TryOutcome);
        _responses = new((string v, out ResponseQuality r, out string why) => FieldParsers.TryResponse(v, culture, out r, out why));
        _scales = new((string v, out int n, out string why) => FieldParsers.TryScale(v, culture, out n, out why));
        _hours = new((string v, out double h, out string why) => FieldParsers.TryHours(v, culture, out h, out why));

        var index = MapHeader(headers);
        _headerCount = headers.Count;
        int At(string column) => index.TryGetValue(column, out var i) ? i : -1;
        (_question, _candidate, _interviewId, _date, _company) = (At(ColumnNames.Question), At(ColumnNames.Candidate), At(ColumnNames.InterviewId), At(ColumnNames.Date), At(ColumnNames.Company));
        (_role, _stage, _outcome, _category, _response) = (At(ColumnNames.Role), At(ColumnNames.Stage), At(ColumnNames.Outcome), At(ColumnNames.Category), At(ColumnNames.Response));
        (_confidence, _feedback, _prep, _interest, _notes) = (At(ColumnNames.Confidence), At(ColumnNames.Feedback), At(ColumnNames.PrepHours), At(ColumnNames.Interest), At(ColumnNames.Notes));
    }

    public char Delimiter { get; }

    public long RowsRead { get; private set; }

    public InterviewLog Build() => new()
    {
        Records = _records,
        Summary = new IngestionSummary
        {
            RowsRead = RowsRead,
            RowsAccepted = _records.Count,
            Problems = _problems,
            UnknownColumns = _unknown,
            Columns = _columns,
            Delimiter = Delimiter,
        },
    };

    /// <summary>Maps one record's fields (a data row) found on <paramref name="line"/>.</summary>
    public void Add(string?[] fields, long line, CsvMalformedReason? malformed, bool resynced = false, bool undecodable = false)
    {
        var row = ++RowsRead;
        if (Array.TrueForAll(fields, string.IsNullOrWhiteSpace))
        {
            Problem(row, line, null, "empty row", ProblemAction.RowRejected, null);
            return;
        }

        if (Field(fields, _question) is not { } question)
        {
            Problem(row, line, ColumnNames.Question, "the question is missing", ProblemAction.RowRejected, null);
            return;
        }

        if (malformed is { } reason)
        {
            Problem(row, line, null, QuoteRecovery.Describe(reason, resynced), ProblemAction.RowKept, null);
        }

        question = Bounded(question, MaxQuestionLength, ColumnNames.Question, row, line);

        if (fields.Length > _headerCount && fields.Skip(_headerCount).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Problem(row, line, null, $"the row has {fields.Length} fields but the header has {_headerCount}; the extra fields were ignored (an unquoted separator?)", ProblemAction.RowKept, null);
        }
        else if (fields.Length < _headerCount)
        {
            Problem(row, line, null, $"the row has {fields.Length} fields but the header has {_headerCount}; the missing fields were left empty", ProblemAction.RowKept, null);
        }

        if (undecodable)
        {
            Problem(row, line, null, "some characters could not be decoded (the file is not valid UTF-8 here) and show as \uFFFD; save the file as UTF-8 to keep them", ProblemAction.RowKept, null);
        }

        var date = Parse(fields, _date, ColumnNames.Date, "date ", _dates, row, line);
        var outcome = Parse(fields, _outcome, ColumnNames.Outcome, "outcome ", _outcomes, row, line);
        var response = Parse(fields, _response, ColumnNames.Response, "response ", _responses, row, line);
        var confidence = Parse(fields, _confidence, ColumnNames.Confidence, "confidence ", _scales, row, line);
        var interest = Parse(fields, _interest, ColumnNames.Interest, "interest ", _scales, row, line);
        var prep = Parse(fields, _prep, ColumnNames.PrepHours, "prep_hours ", _hours, row, line);

        var candidate = Text(fields, _candidate, 0) ?? "";
        var company = Text(fields, _company, 1);
        var role = Text(fields, _role, 2);
        var stage = Text(fields, _stage, 3);
        var interviewId = Text(fields, _interviewId, 4);
        var feedback = Bounded(Text(fields, _feedback, 5), MaxTextLength, ColumnNames.Feedback, row, line);
        _records.Add(new InterviewRecord
        {
            RowNumber = row,
            LineNumber = line,
            Question = question,
            InterviewKey = KeyOf(candidate, interviewId, date, company, role, stage),
            Candidate = candidate,
            Date = date,
            Company = company,
            Role = role,
            Stage = stage,
            Outcome = outcome,
            Category = Bounded(Field(fields, _category), MaxTextLength, ColumnNames.Category, row, line),
            Response = response,
            Confidence = confidence,
            Feedback = feedback,
            PrepHours = prep,
            Interest = interest,
            Notes = Bounded(Field(fields, _notes), MaxTextLength, ColumnNames.Notes, row, line),
        });
    }

    private Dictionary<string, int> MapHeader(IReadOnlyList<string> headers)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw new InterviewDataException("The log is empty: it has no header row.") { LineNumber = 1 };
        }

        if (headers.Any(h => h.Any(c => c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c != '\t'))))
        {
            throw new InterviewDataException("The input is not a text CSV file (its first line holds binary data).") { LineNumber = 1 };
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var canonical = ColumnNames.Canonicalize(headers[i]);
            if (canonical is null || index.ContainsKey(canonical))
            {
                if (!string.IsNullOrWhiteSpace(headers[i])) _unknown.Add(headers[i].Trim());
                continue;
            }

            index[canonical] = i;
        }

        _columns.AddRange(ColumnNames.All.Where(index.ContainsKey));
        if (!index.ContainsKey(ColumnNames.Question))
        {
            var found = string.Join(", ", headers.Select(h => $"'{h.Trim()}'"));
            var accepted = string.Join(", ", ColumnNames.AliasesOf(ColumnNames.Question));
            throw new InterviewDataException(
                $"The log has no question column. Columns found: {found}. A question column is named 'question' " +
                $"(ignoring case, spaces, underscores and hyphens) or one of: {accepted}. " +
                (Delimiter is not ',' ? $"The detected separator was '{(Delimiter == '\t' ? "\\t" : Delimiter.ToString())}'." : ""))
            { LineNumber = 1, ColumnName = ColumnNames.Question };
        }

        return index;
    }

    /// <summary>Questions longer than this are cut (between text elements) for analysis, with a problem listed: one huge cell must not make a small log take minutes.</summary>
    internal const int MaxQuestionLength = 2_000;

    /// <summary>Feedback, category and notes longer than this are cut likewise.</summary>
    internal const int MaxTextLength = 10_000;

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    private string? Bounded(string? value, int max, string column, long row, long line)
    {
        if (value is null || value.Length <= max) return value;
        Problem(row, line, column, string.Create(CultureInfo.InvariantCulture, $"{column} is {value.Length:N0} characters long; only the first {max:N0} are used"), ProblemAction.RowKept, null);
        return TextFormat.Shorten(value, max + 1);
    }

    private static string? Field(string?[] fields, int i) =>
        i >= 0 && i < fields.Length && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i]!.Trim() : null;

    /// <summary>A text field; equal to the same column of the row before, it is that row's string (one copy per run of rows).</summary>
    private string? Text(string?[] fields, int i, int slot)
    {
        var value = Field(fields, i);
        if (value is not null && string.Equals(value, _previous[slot], StringComparison.Ordinal)) return _previous[slot];
        _previous[slot] = value;
        return value;
    }

    private T? Parse<T>(string?[] fields, int i, string column, string label, ValueMemo<T> memo, long row, long line)
        where T : struct
    {
        if (Field(fields, i) is not { } raw) return null;
        if (memo.TryParse(raw, out var value, out var why)) return value;
        Problem(row, line, column, label + why, ProblemAction.FieldCleared, raw);
        return null;
    }

    /// <summary>Rows of one interview share its key: the interview id, or candidate, date, company, role and stage.</summary>
    private string KeyOf(string candidate, string? interviewId, DateOnly? date, string? company, string? role, string? stage)
    {
        var parts = (candidate, interviewId, date, company, role, stage);
        if (_key is not null && parts.Equals(_keyParts)) return _key;
        _keyParts = parts;
        _key = interviewId is not null
            ? candidate + "\u001f#" + interviewId
            : string.Join('\u001f', candidate, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", company ?? "", role ?? "", stage ?? "");
        return _key;
    }

    private void Problem(long row, long line, string? column, string reason, ProblemAction action, string? raw)
    {
        var rawValue = _options.IncludeRawValues ? raw : null;
        if (_options.Strict)
        {
            var valuePart = rawValue is not null ? $" (value '{rawValue}')" : "";
            throw new InterviewDataException($"Row {row} (line {line}){(column is null ? "" : $", column {column}")}: {reason}{valuePart}.")
            {
                RowNumber = row,
                LineNumber = line,
                ColumnName = column,
                RawValue = rawValue,
            };
        }

        _problems.Add(new IngestionProblem(row, line, column, reason, action, rawValue));
    }
}
