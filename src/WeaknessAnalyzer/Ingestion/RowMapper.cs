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
    private readonly HeaderMap _header;
    private readonly ColumnSettling _settling;
    private readonly int _headerCount;
    private readonly int _question, _candidate, _interviewId, _date, _company, _role, _stage, _outcome, _category, _response, _confidence, _feedback, _prep, _interest, _notes;
    private readonly ValueMemo<DateCell> _dates;
    private readonly ValueMemo<InterviewOutcome> _outcomes;
    private readonly ValueMemo<ResponseQuality> _responses;
    private readonly ValueMemo<Rating> _scales;
    private readonly ValueMemo<double> _hours;
    private readonly long[] _filled, _cleared;
    private InterviewDataException? _deferred;
    private long _blank;
    private readonly string?[] _previous = new string?[6];
    // Questions, feedback and categories repeat across a log (a coach's million rows hold some 40,000 distinct questions):
    // one string per distinct text, so memory follows distinct texts, not rows. Bounded, so a log of all-distinct texts
    // does not keep a second copy of each.
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private const int PoolCapacity = 200_000;
    private (string, string?, DateOnly?, DateCell?, string?, string?, string?) _keyParts;
    private string? _key;
    private (string Candidate, DateCell? DateCell, string? DateRaw, string? Company, string? Role, string? Stage, string? InterviewId)? _identity;
    private long _filledDown;
    private long _accepted;
    private readonly List<(int First, int Count)> _splitRows = [];

    /// <summary>The line the header was read from (1 unless a title sat above it).</summary>
    public long HeaderLine { get; }

    public RowMapper(IReadOnlyList<string> headers, char delimiter, InterviewLogOptions options, long headerLine = 1)
    {
        HeaderLine = headerLine;
        _options = options;
        Delimiter = delimiter;
        var culture = options.Culture;
        _dates = new((string v, out DateCell d, out string why) => FieldParsers.TryDateCell(v, options, out d, out why));
        _outcomes = new(FieldParsers.TryOutcome);
        _responses = new((string v, out ResponseQuality r, out string why) => FieldParsers.TryResponse(v, culture, out r, out why));
        _scales = new((string v, out Rating r, out string why) =>
        {
            var ok = FieldParsers.TryRating(v, culture, out var n, out var bare, out why);
            r = new Rating(n, bare);
            return ok;
        });
        _hours = new((string v, out double h, out string why) => FieldParsers.TryHours(v, culture, out h, out why));

        var headerProblems = new List<IngestionProblem>();
        _header = new HeaderMap(headers, options, headerProblems);
        foreach (var p in headerProblems) Problem(p.RowNumber, p.LineNumber == 1 ? headerLine : p.LineNumber, p.Column, p.Reason, p.Action, null);
        _settling = new ColumnSettling(options, _header.SaysTenPoint(ColumnNames.Confidence), _header.SaysTenPoint(ColumnNames.Interest));
        _headerCount = headers.Count;
        (_filled, _cleared) = (new long[headers.Count], new long[headers.Count]);
        int At(string column) => _header[column];
        (_question, _candidate, _interviewId, _date, _company) = (At(ColumnNames.Question), At(ColumnNames.Candidate), At(ColumnNames.InterviewId), At(ColumnNames.Date), At(ColumnNames.Company));
        (_role, _stage, _outcome, _category, _response) = (At(ColumnNames.Role), At(ColumnNames.Stage), At(ColumnNames.Outcome), At(ColumnNames.Category), At(ColumnNames.Response));
        (_confidence, _feedback, _prep, _interest, _notes) = (At(ColumnNames.Confidence), At(ColumnNames.Feedback), At(ColumnNames.PrepHours), At(ColumnNames.Interest), At(ColumnNames.Notes));
    }

    public char Delimiter { get; }

    public long RowsRead { get; private set; }

    /// <summary>The header as resolved (for the reader's "no question column" diagnosis).</summary>
    public HeaderMap Header => _header;

    /// <summary>
    /// Settles what only the whole column decides (the order of ambiguous dates, 10-point rating columns), checks a guessed
    /// question column, and returns the log. In strict mode the first problem in file order is thrown here if reading was
    /// carried on to settle a column.
    /// </summary>
    public InterviewLog Build()
    {
        var settled = _settling.Settle(_records);
        foreach (var (first, count) in _splitRows)
        {
            var settledFirst = _records[first];
            for (var p = first + 1; p < first + count; p++)
            {
                _records[p] = _records[p] with { Date = settledFirst.Date, Confidence = settledFirst.Confidence, Interest = settledFirst.Interest };
            }
        }

        foreach (var p in settled.Problems)
        {
            _cleared[_header[p.Column!]]++;
            _problems.Add(p);
        }

        if (_options.Strict)
        {
            var first = settled.Problems.Count > 0 ? settled.Problems[0] : null;
            if (_deferred is not null && (first is null || _deferred.RowNumber <= first.RowNumber)) throw _deferred;
            if (first is not null) throw Exception(first.RowNumber, first.LineNumber, first.Column, first.Reason, null);
        }

        if (settled.Problems.Count > 0)
        {
            var ordered = _problems.OrderBy(p => p.RowNumber).ToList();
            _problems.Clear();
            _problems.AddRange(ordered);
        }

        if (_header.QuestionGuessed) QuestionGuess.Confirm(_header, _records);
        if (_header.CandidateIsTitle && TitleNamesInterviews())
        {
            // Notion's Name column titles each page ("Acme onsite"): those are interviews, not people.
            // Every key opens with the candidate (see KeyOf): without it, the key is the one an unnamed candidate gets.
            var hadId = _header[ColumnNames.InterviewId] >= 0;
            for (var i = 0; i < _records.Count; i++)
            {
                var r = _records[i];
                var key = hadId || r.Candidate.Length == 0 ? r.InterviewKey[r.Candidate.Length..] : IdKey("", r.Candidate);
                _records[i] = r with { Candidate = "", InterviewKey = key };
            }

            _header.CandidateAsInterview();
        }
        else if (_candidate >= 0)
        {
            OneSpellingPerCandidate();
        }

        return new InterviewLog
        {
            Records = _records,
            Summary = new IngestionSummary
            {
                RowsRead = RowsRead,
                RowsAccepted = _accepted,
                RowsBlank = _blank,
                RowsFilledDown = _filledDown,
                RowsSplit = _splitRows.Count,
                Problems = _problems,
                UnknownColumns = _header.Unknown,
                Columns = [.. _header.Matches.Select(m => m.Column)],
                ColumnMatches = [.. _header.Matches.Select(m => m with
                {
                    Filled = _filled[_header[m.Column]],
                    Cleared = _cleared[_header[m.Column]],
                    TenPointScale = settled.TenPoint.Contains(m.Column),
                })],
                DateOrder = settled.DateOrder,
                DatesWithoutYear = settled.YearsFilled,
                SimilarCandidateNames = _similarNames,
                Delimiter = Delimiter,
                HeaderLine = HeaderLine,
            },
        };
    }

    /// <summary>Maps one record's fields (a data row) found on <paramref name="line"/>.</summary>
    public void Add(string?[] fields, long line, CsvMalformedReason? malformed, bool resynced = false, bool undecodable = false)
    {
        var row = ++RowsRead;
        if (Array.TrueForAll(fields, string.IsNullOrWhiteSpace))
        {
            _blank++;
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
        // Split before the marker goes: "1) Reverse a list 2) Design a cache" is numbered from its start.
        var parts = QuestionCells.Split(question);
        question = FieldParsers.WithoutQuestionMarker(question);

        if (fields.Length > _headerCount && fields.Skip(_headerCount).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            Problem(row, line, null, $"the row has {(fields.Length == 1 ? "1 field" : $"{fields.Length} fields")} but the header has {_headerCount}; the extra fields were ignored (an unquoted separator?)", ProblemAction.RowKept, null);
        }
        else if (fields.Length < _headerCount)
        {
            Problem(row, line, null, $"the row has {(fields.Length == 1 ? "1 field" : $"{fields.Length} fields")} but the header has {_headerCount}; the missing fields were left empty", ProblemAction.RowKept, null);
        }

        if (undecodable)
        {
            Problem(row, line, null, "some characters could not be decoded (the file is not valid UTF-8 here) and show as \uFFFD; save the file as UTF-8 to keep them", ProblemAction.RowKept, null);
        }

        var index = _records.Count;
        var dateCell = Parse(fields, _date, ColumnNames.Date, "date ", _dates, row, line);
        var dateRaw = dateCell is not null ? fields[_date]!.Trim() : null;
        var outcome = Parse(fields, _outcome, ColumnNames.Outcome, "outcome ", _outcomes, row, line);
        var response = Parse(fields, _response, ColumnNames.Response, "response ", _responses, row, line);
        var confidence = Parse(fields, _confidence, ColumnNames.Confidence, "confidence ", _scales, row, line) is { } c ? _settling.Rating(ColumnNames.Confidence, c, fields[_confidence]!, index, row, line) : null;
        var interest = Parse(fields, _interest, ColumnNames.Interest, "interest ", _scales, row, line) is { } n ? _settling.Rating(ColumnNames.Interest, n, fields[_interest]!, index, row, line) : null;
        var prep = Parse(fields, _prep, ColumnNames.PrepHours, "prep_hours ", _hours, row, line);
        _filled[_question]++;

        var candidate = Text(fields, _candidate, 0) ?? "";
        var company = Text(fields, _company, 1);
        var role = Text(fields, _role, 2);
        var stage = Text(fields, _stage, 3);
        var interviewId = Text(fields, _interviewId, 4);
        if (FillsDown(fields, candidate, company, role, stage, interviewId) is { } above)
        {
            // A spreadsheet's grouped rows: the interview's date and company only on its first row.
            (dateCell, dateRaw) = (above.DateCell, above.DateRaw);
            (candidate, company, role, stage, interviewId) = (above.Candidate, company ?? above.Company, role ?? above.Role, stage ?? above.Stage, interviewId ?? above.InterviewId);
            _filledDown++;
        }

        _identity = (candidate, dateCell, dateRaw, company, role, stage, interviewId);
        var date = dateCell is { } dc ? _settling.Date(dc, dateRaw!, index, row, line) : null;
        var feedback = Bounded(Text(fields, _feedback, 5) is { } said && !SaysNoFeedback(said) ? said : null, MaxTextLength, ColumnNames.Feedback, row, line);
        _accepted++;
        var record = new InterviewRecord
        {
            RowNumber = row,
            LineNumber = line,
            Question = Pooled(parts?[0] ?? question)!,
            InterviewKey = KeyOf(candidate, interviewId, date, date is null ? dateCell : null, company, role, stage),
            Candidate = candidate,
            Date = date,
            Company = company,
            Role = role,
            Stage = stage,
            Outcome = outcome,
            Category = Pooled(Bounded(Counted(fields, _category), MaxTextLength, ColumnNames.Category, row, line)),
            Response = response,
            Confidence = confidence,
            Feedback = Pooled(feedback),
            PrepHours = prep,
            Interest = interest,
            Notes = Bounded(Counted(fields, _notes), MaxTextLength, ColumnNames.Notes, row, line),
        };
        _records.Add(record);
        if (parts is null) return;

        // One row, several questions: each its own record sharing the row's cells (settled once, on the first; see Build).
        _splitRows.Add((index, parts.Count));
        for (var p = 1; p < parts.Count; p++) _records.Add(record with { Question = Pooled(parts[p])! });
    }

    /// <summary>
    /// The interview of the row above when this row leaves its date blank (a date column exists, the row above has a date or a
    /// company) and every interview cell it does fill (company, role, stage, interview id) repeats the row above's, for the
    /// same candidate (or none named): the way a spreadsheet groups an interview's questions under its first row. <see langword="null"/> otherwise.
    /// </summary>
    private (string Candidate, DateCell? DateCell, string? DateRaw, string? Company, string? Role, string? Stage, string? InterviewId)? FillsDown(
        string?[] fields, string candidate, string? company, string? role, string? stage, string? interviewId)
    {
        if (_identity is not { } above || _date < 0 || Field(fields, _date) is not null) return null;
        if (above.DateCell is null && above.Company is null) return null;
        if (candidate.Length > 0 && !string.Equals(candidate, above.Candidate, StringComparison.Ordinal)) return null;
        static bool Repeats(string? value, string? aboveValue) => value is null || string.Equals(value, aboveValue, StringComparison.Ordinal);
        return Repeats(company, above.Company) && Repeats(role, above.Role) && Repeats(stage, above.Stage) && Repeats(interviewId, above.InterviewId) ? above : null;
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
        i >= 0 && i < fields.Length && !string.IsNullOrWhiteSpace(fields[i]) && fields[i]!.Trim() is var value && !IsPlaceholder(value) ? value : null;

    /// <summary>
    /// A cell a person fills in to say "nothing here": <c>-</c>, <c>—</c>, <c>n/a</c>, <c>N/A</c>, <c>...</c>. It reads as blank:
    /// a confidence of "-" is no confidence, not an unreadable one, and an interview whose feedback is "n/a" has none.
    /// </summary>
    internal static bool IsPlaceholder(string value) =>
        value.Length <= 4 && value[0] is '-' or '.' or 'n' or 'N' or '\u2014' or '\u2013' or '\u2026' && value switch
        {
            "-" or "--" or "---" or "\u2014" or "\u2013" or "..." or "\u2026" => true,
            _ => value.Equals("n/a", StringComparison.OrdinalIgnoreCase) || value.Equals("na", StringComparison.OrdinalIgnoreCase)
                || value.Equals("n.a.", StringComparison.OrdinalIgnoreCase) || value.Equals("n.a", StringComparison.OrdinalIgnoreCase),
        };

    /// <summary>Feedback that says there was none: "none", "no feedback", "No feedback yet", "none given", "not given".</summary>
    internal static bool SaysNoFeedback(string value)
    {
        // Most feedback is longer, or does not open with an n: no string is made for it.
        if (value.Length is < 3 or > 40 || value[0] is not ('n' or 'N')) return false;
        var v = value.TrimEnd('.', '!', ' ');
        foreach (var none in (string[])["none", "nothing", "not given", "none given", "none yet", "not yet", "nil"])
        {
            if (v.Equals(none, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return v.StartsWith("no feedback", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A text field; equal to the same column of the row before, it is that row's string (one copy per run of rows).</summary>
    private string? Text(string?[] fields, int i, int slot)
    {
        var value = Counted(fields, i);
        if (value is not null && string.Equals(value, _previous[slot], StringComparison.Ordinal)) return _previous[slot];
        _previous[slot] = value;
        return value;
    }

    /// <summary>The pool's copy of a text seen before (or this one, remembered while the pool has room).</summary>
    private string? Pooled(string? value)
    {
        if (value is null) return null;
        if (_pool.TryGetValue(value, out var shared)) return shared;
        if (_pool.Count < PoolCapacity) _pool.Add(value, value);
        return value;
    }

    /// <summary>A field, counted as a filled cell of its column when it holds something.</summary>
    private string? Counted(string?[] fields, int i)
    {
        var value = Field(fields, i);
        if (value is not null) _filled[i]++;
        return value;
    }

    private T? Parse<T>(string?[] fields, int i, string column, string label, ValueMemo<T> memo, long row, long line)
        where T : struct
    {
        if (Field(fields, i) is not { } raw) return null;
        var ok = memo.TryParse(raw, out var value, out var why);
        _filled[i]++;
        if (ok) return value;
        _cleared[i]++;
        Problem(row, line, column, label + why, ProblemAction.FieldCleared, raw);
        return null;
    }



    /// <summary>
    /// Whether a title column read as the candidate names interviews: in at least half of the rows naming a company, the title
    /// holds it ("Acme onsite", "Beta - phone screen"), which a person's name does not.
    /// </summary>
    private bool TitleNamesInterviews()
    {
        int rows = 0, naming = 0;
        long last = -1;
        foreach (var r in _records)
        {
            if (r.RowNumber == last || r.Candidate.Length == 0 || string.IsNullOrWhiteSpace(r.Company)) continue;
            last = r.RowNumber;
            rows++;
            if (r.Candidate.Contains(r.Company.Trim(), StringComparison.OrdinalIgnoreCase)) naming++;
        }

        return rows >= 2 && naming * 2 >= rows;
    }

    /// <summary>Rows of one interview share its key: the interview id, or candidate, date, company, role and stage.</summary>
    /// <remarks>An ambiguous date (settled only after the read) is keyed by its numbers, which are the same for the rows of one interview.</remarks>
    private string KeyOf(string candidate, string? interviewId, DateOnly? date, DateCell? pending, string? company, string? role, string? stage)
    {
        var parts = (candidate, interviewId, date, pending, company, role, stage);
        if (_key is not null && parts.Equals(_keyParts)) return _key;
        _keyParts = parts;
        var day = date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : pending is { } a ? string.Create(CultureInfo.InvariantCulture, $"?{a.First}/{a.Second}/{a.Year}") : "";
        // "Acme" and "acme " on one day are one interview: company, role and stage count up to case and spaces.
        _key = interviewId is not null
            ? IdKey(candidate, interviewId)
            : string.Join('\u001f', candidate, day, Folded(company), Folded(role), Folded(stage));
        return _key;
    }

    /// <summary>A text up to case and runs of spaces: "Acme  Bank " and "acme bank" are one.</summary>
    private string Folded(string? text)
    {
        if (text is null) return "";
        if (_folded.TryGetValue(text, out var known)) return known;
        var folded = Fold(text);
        if (_folded.Count < 4_096) _folded[text] = folded;
        return folded;
    }

    /// <summary>Each company, role and stage as written, folded (a log has few of them).</summary>
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    /// <summary>
    /// A name or label up to case, spaces and emoji: lower case, words joined by single spaces, symbols such as emoji left
    /// out ("Acme  Bank " and "acme bank 🏦" are "acme bank"). The one rule for candidates, companies, roles and stages; a
    /// text already in that form is returned as it is.
    /// </summary>
    internal static string Fold(string text)
    {
        var plain = text.Length == 0 || (text[0] != ' ' && text[^1] != ' ');
        for (var i = 0; i < text.Length && plain; i++)
        {
            var c = text[i];
            plain = char.ToLowerInvariant(c) == c && (c != ' ' || text[i - 1] != ' ') && (c == ' ' || !char.IsWhiteSpace(c)) && !IsSymbol(text, i);
        }

        if (plain) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSymbol(text, i)) continue;
            kept.Append(text[i]);
        }

        return string.Join(' ', kept.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>An emoji or other symbol (or half of one, or the selector and joiner that go with them).</summary>
    private static bool IsSymbol(string text, int i)
    {
        var c = text[i];
        if (c < 0x80) return false;
        if (c is '\uFE0F' or '\uFE0E' or '\u200D') return true;
        if (char.IsSurrogate(c))
        {
            var start = char.IsHighSurrogate(c) ? i : i - 1;
            return start >= 0 && start + 1 < text.Length && char.IsSurrogatePair(text[start], text[start + 1])
                && CharUnicodeInfo.GetUnicodeCategory(text, start) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol;
    }

    /// <summary>
    /// One person however the case and spaces of their name were typed ("Ana", "ana", "ANA", "Ben  Smith"): each of their
    /// rows takes the spelling most of them use (the first seen on a tie), and so does the key of each interview. Other
    /// letters stay other people ("Chloé" and "Chloe", "Ben" and "Ben Smith").
    /// </summary>
    private void OneSpellingPerCandidate()
    {
        // Distinct spellings are few (one per person, or a handful): counted once each, then each row looks its own up.
        var spelled = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < _records.Count;)
        {
            // A run of rows naming the same person (the same string, as the reader shares it) is counted at once.
            var name = _records[i].Candidate;
            var end = i + 1;
            while (end < _records.Count && ReferenceEquals(_records[end].Candidate, name)) end++;
            if (name.Length > 0) spelled[name] = spelled.TryGetValue(name, out var c) ? (c.Count + end - i, c.First) : (end - i, i);
            i = end;
        }

        var renamed = spelled.GroupBy(p => Fold(p.Key), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(p => (From: p.Key, To: g.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Value.First).First().Key)))
            .Where(p => !string.Equals(p.From, p.To, StringComparison.Ordinal))
            .ToDictionary(p => p.From, p => p.To, StringComparer.Ordinal);
        _similarNames = SimilarNames(spelled.Keys.Select(k => renamed.GetValueOrDefault(k, k)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        if (renamed.Count == 0) return;
        for (var i = 0; i < _records.Count; i++)
        {
            var r = _records[i];
            if (renamed.TryGetValue(r.Candidate, out var name)) _records[i] = r with { Candidate = name, InterviewKey = name + r.InterviewKey[r.Candidate.Length..] };
        }
    }

    private IReadOnlyList<string> _similarNames = [];

    /// <summary>
    /// Candidates whose names may be one person's, as "Chloé / Chloe": the same up to accents, or one a single word that
    /// opens the other ("Ben" and "Ben Smith"). At most <see cref="MaxSimilarNames"/> pairs, in name order.
    /// </summary>
    private static List<string> SimilarNames(List<string> names)
    {
        static string Plain(string s) => new string(s.Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        var pairs = new List<string>();
        if (names.Count > 1_000) return pairs; // a platform's log: pairs of thousands of names are not worth a note
        var folded = names.Select(n => Plain(Fold(n))).ToArray();
        for (var i = 0; i < names.Count && pairs.Count < MaxSimilarNames; i++)
        {
            for (var j = i + 1; j < names.Count && pairs.Count < MaxSimilarNames; j++)
            {
                var (a, b) = (folded[i], folded[j]);
                var opens = (!a.Contains(' ', StringComparison.Ordinal) && b.StartsWith(a + " ", StringComparison.Ordinal)) || (!b.Contains(' ', StringComparison.Ordinal) && a.StartsWith(b + " ", StringComparison.Ordinal));
                if (a == b || opens) pairs.Add($"{names[i]} / {names[j]}");
            }
        }

        return pairs;
    }

    /// <summary>Pairs of similar candidate names listed at most.</summary>
    private const int MaxSimilarNames = 10;

    private static string IdKey(string candidate, string interviewId) => candidate + "\u001f#" + interviewId;

    private void Problem(long row, long line, string? column, string reason, ProblemAction action, string? raw)
    {
        var rawValue = _options.IncludeRawValues ? raw : null;
        if (_options.Strict)
        {
            // A cell that only its column can settle (an ambiguous date) came earlier: reading goes on to settle it, and Build
            // throws whichever problem comes first in the file.
            var ex = Exception(row, line, column, reason, rawValue);
            if (!_settling.HasPending) throw ex;
            _deferred ??= ex;
            return;
        }

        _problems.Add(new IngestionProblem(row, line, column, reason, action, rawValue));
    }

    private static InterviewDataException Exception(long row, long line, string? column, string reason, string? rawValue) =>
        new($"Row {row} (line {line}){(column is null ? "" : $", column {column}")}: {reason}{(rawValue is not null ? $" (value '{rawValue}')" : "")}.")
        {
            RowNumber = row,
            LineNumber = line,
            ColumnName = column,
            RawValue = rawValue,
        };
}
