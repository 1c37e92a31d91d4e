namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Resolves a header row to the format's columns: the caller's explicit mapping first (<see cref="InterviewLogOptions.Columns"/>),
/// then names and aliases, then fallbacks (<c>Created time</c> as the date) and, without any question column, a database
/// export's title column (Notion's <c>Name</c>) as a guess that the values must confirm.
/// </summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ColumnMatch> _matches = new(StringComparer.Ordinal);

    public HeaderMap(IReadOnlyList<string> headers, InterviewLogOptions options, List<IngestionProblem> problems)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw new InterviewDataException("The log is empty: it has no header row.") { LineNumber = 1 };
        }

        if (headers.Any(h => h.Any(c => c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c != '\t'))))
        {
            throw new InterviewDataException("The input is not a text CSV file (its first line holds binary data).") { LineNumber = 1 };
        }

        Headers = headers;
        var taken = new bool[headers.Count];
        foreach (var (header, target) in options.Columns)
        {
            var column = InterviewLogOptions.ColumnOf(target)!;
            var at = Enumerable.Range(0, headers.Count).FirstOrDefault(i => !taken[i] && SameHeader(headers[i], header), -1);
            if (at < 0)
            {
                problems.Add(new IngestionProblem(0, 1, column, $"the mapped header for {column} is not in the file", ProblemAction.RowKept));
                continue;
            }

            Take(at, column, ColumnMatchKind.Mapping, taken);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (!taken[i] && ColumnNames.Canonicalize(headers[i]) is { } column && !_index.ContainsKey(column)) Take(i, column, ColumnMatchKind.Name, taken);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (!taken[i] && ColumnNames.CanonicalizeFallback(headers[i]) is { } column && !_index.ContainsKey(column)) Take(i, column, ColumnMatchKind.Fallback, taken);
        }

        // A header in the person's own words (Notes from interviewer), only for a column no header named.
        for (var i = 0; i < headers.Count; i++)
        {
            if (!taken[i] && ColumnNames.CanonicalizeByWords(headers[i]) is { } column && !_index.ContainsKey(column)) Take(i, column, ColumnMatchKind.Fallback, taken);
        }

        if (!_index.ContainsKey(ColumnNames.Question)) GuessQuestion(headers, taken);
        for (var i = 0; i < headers.Count; i++)
        {
            if (!taken[i] && !string.IsNullOrWhiteSpace(headers[i])) Unknown.Add(headers[i].Trim());
        }
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Headers that are not part of the format (or name a column already taken).</summary>
    public List<string> Unknown { get; } = [];

    public bool HasQuestion => _index.ContainsKey(ColumnNames.Question);

    /// <summary>Whether the question column is a guess (a title column) that the values must confirm.</summary>
    public bool QuestionGuessed => _matches.TryGetValue(ColumnNames.Question, out var m) && m.MatchedBy == ColumnMatchKind.Guess;

    public int this[string column] => _index.TryGetValue(column, out var i) ? i : -1;

    /// <summary>How each found column was matched, in the format's order.</summary>
    public IReadOnlyList<ColumnMatch> Matches => [.. ColumnNames.All.Where(_matches.ContainsKey).Select(c => _matches[c])];

    /// <summary>The header of a canonical column as the file spells it (trimmed), or the canonical name.</summary>
    public string HeaderOf(string column) => _matches.TryGetValue(column, out var m) ? m.Header : column;

    /// <summary>Whether a rating column's header says it is a 10-point scale (<c>Confidence (1-10)</c>, <c>Interest /10</c>).</summary>
    public bool SaysTenPoint(string column)
    {
        if (!_matches.TryGetValue(column, out var m)) return false;
        var h = m.Header.Replace(" ", "", StringComparison.Ordinal);
        return h.Contains("1-10", StringComparison.Ordinal) || h.Contains("/10", StringComparison.Ordinal) ||
               h.Contains("0-10", StringComparison.Ordinal) || h.Contains("outof10", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameHeader(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase) || ColumnNames.Squashed(a) == ColumnNames.Squashed(b);

    private void Take(int at, string column, ColumnMatchKind kind, bool[] taken)
    {
        if (_index.ContainsKey(column)) return;
        taken[at] = true;
        _index[column] = at;
        _matches[column] = new ColumnMatch(column, Headers[at].Trim(), kind);
    }

    /// <summary>Whether the candidate column is a database export's title column (Notion's <c>Name</c>) matched by its name, not mapped.</summary>
    public bool CandidateIsTitle =>
        _matches.TryGetValue(ColumnNames.Candidate, out var m) && m.MatchedBy == ColumnMatchKind.Name && ColumnNames.TitleColumns.Contains(ColumnNames.Squashed(m.Header));

    /// <summary>The candidate column is read as the interview instead (as its id when the log has none).</summary>
    public void CandidateAsInterview()
    {
        var at = _index[ColumnNames.Candidate];
        var header = _matches[ColumnNames.Candidate].Header;
        _index.Remove(ColumnNames.Candidate);
        _matches.Remove(ColumnNames.Candidate);
        if (_index.ContainsKey(ColumnNames.InterviewId)) return;
        _index[ColumnNames.InterviewId] = at;
        _matches[ColumnNames.InterviewId] = new ColumnMatch(ColumnNames.InterviewId, header, ColumnMatchKind.Guess);
    }

    /// <summary>A title column (Notion's <c>Name</c>) becomes the question column; if it was read as the candidate, the candidate column is dropped.</summary>
    private void GuessQuestion(IReadOnlyList<string> headers, bool[] taken)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (!ColumnNames.TitleColumns.Contains(ColumnNames.Squashed(headers[i]))) continue;
            if (taken[i])
            {
                var column = _index.First(kv => kv.Value == i).Key;
                if (_matches[column].MatchedBy == ColumnMatchKind.Mapping) continue;
                _index.Remove(column);
                _matches.Remove(column);
                taken[i] = false;
            }

            Take(i, ColumnNames.Question, ColumnMatchKind.Guess, taken);
            return;
        }
    }
}
