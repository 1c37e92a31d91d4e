using System.Text;
using CsvHelper;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Reads interview logs (CSV, one row per question asked). Lenient by default: a row without a question is left out
/// and listed, an invalid optional field is cleared and listed, malformed quoting is reported and the reader
/// resynchronises at the next line. <c>RowsRead == RowsAccepted + RowsRejected</c> always holds.
/// </summary>
public static class InterviewLogReader
{
    /// <summary>Reads a log from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="InterviewLogOptions.Default"/>.</param>
    /// <param name="progress">Receives progress every <see cref="InterviewLogOptions.ProgressInterval"/> rows and at the end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InterviewDataException">The file cannot be read as a log at all, or (strict mode) a row is bad.</exception>
    public static async Task<InterviewLog> ReadAsync(
        string path,
        InterviewLogOptions? options = null,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The interview log file does not exist.", path);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, options, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a log from a stream (UTF-8 with or without BOM; UTF-16 with a BOM). The stream is left open.</summary>
    /// <inheritdoc cref="ReadAsync(string, InterviewLogOptions?, IProgress{IngestionProgress}?, CancellationToken)"/>
    public static async Task<InterviewLog> ReadAsync(
        Stream stream,
        InterviewLogOptions? options = null,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= InterviewLogOptions.Default;
        options.Validate();
        var total = stream.CanSeek ? stream.Length - stream.Position : 0;
        var start = stream.CanSeek ? stream.Position : 0;
        var builder = new LogBuilder(options);
        var csv = CsvReader.Create(stream, builder.CsvOptions, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            await builder.RunAsync(csv, progress, () => stream.CanSeek ? stream.Position - start : 0, total, cancellationToken).ConfigureAwait(false);
        }

        return builder.Build();
    }

    /// <summary>Reads a log from text. The reader is left open.</summary>
    /// <inheritdoc cref="ReadAsync(string, InterviewLogOptions?, IProgress{IngestionProgress}?, CancellationToken)"/>
    public static async Task<InterviewLog> ReadAsync(
        TextReader reader,
        InterviewLogOptions? options = null,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= InterviewLogOptions.Default;
        options.Validate();
        var builder = new LogBuilder(options);
        var csv = CsvReader.Create(reader, builder.CsvOptions, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            await builder.RunAsync(csv, progress, static () => 0, 0, cancellationToken).ConfigureAwait(false);
        }

        return builder.Build();
    }

    /// <summary>Reads a log from a string holding the whole CSV text.</summary>
    public static InterviewLog Parse(string csvText, InterviewLogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        using var reader = new StringReader(csvText);
        return ReadAsync(reader, options).GetAwaiter().GetResult();
    }

    private sealed class LogBuilder
    {
        private readonly InterviewLogOptions _options;
        private readonly List<InterviewRecord> _records = [];
        private readonly List<IngestionProblem> _problems = [];
        private readonly List<CsvMalformedRecord> _malformed = [];
        private readonly List<string> _unknown = [];
        private readonly List<string> _columns = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private int _headerCount;
        private long _rows;
        private char _delimiter;

        public LogBuilder(InterviewLogOptions options)
        {
            _options = options;
            CsvOptions = CsvReaderOptions.Default with
            {
                Separator = options.Delimiter,
                TrackLineNumbers = true,
                AllowLineBreaksInQuotes = true,
                SkipEmptyLines = true,
                MalformedData = CsvMalformedDataHandling.Recover,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MissingField = CsvMissingFieldHandling.ReturnEmpty,
                IncludeValuesInExceptions = options.IncludeRawValues,
                PoolStrings = true,
                DetectSeparatorHint = true,
                OnMalformedRecord = _malformed.Add,
            };
        }

        public CsvReaderOptions CsvOptions { get; }

        public async Task RunAsync(CsvReader csv, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes, CancellationToken ct)
        {
            try
            {
                await csv.ReadHeaderAsync(ct).ConfigureAwait(false);
                _delimiter = csv.Separator;
                MapHeader(csv.Headers);
                while (await csv.ReadAsync(ct).ConfigureAwait(false))
                {
                    var line = csv.LineNumber;
                    var malformed = TakeMalformed(csv.RowNumber + 1);
                    var raw = csv.RawRecord;
                    if (malformed is not null && raw.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
                    {
                        // A bad quote swallowed line breaks: re-read those lines one record per line.
                        Resync(raw.ToArray(), line, malformed.Value);
                    }
                    else
                    {
                        AddRow(ReadFields(csv), line, malformed?.Reason);
                    }

                    if (progress is not null && _rows % _options.ProgressInterval == 0)
                    {
                        progress.Report(new IngestionProgress(_rows, bytesRead(), totalBytes));
                    }
                }
            }
            catch (CsvFormatException ex)
            {
                throw new InterviewDataException(
                    $"The input could not be read as CSV near line {ex.LineNumber}: {(_options.IncludeRawValues ? ex.Message : "malformed data")}.", ex)
                { LineNumber = ex.LineNumber == 0 ? null : ex.LineNumber };
            }
            catch (DecoderFallbackException ex)
            {
                throw new InterviewDataException("The input is not valid text (it could not be decoded).", ex);
            }

            if (_rows == 0)
            {
                throw new InterviewDataException("The log has a header but no data rows.") { LineNumber = 2 };
            }

            progress?.Report(new IngestionProgress(_rows, bytesRead(), totalBytes));
        }

        public InterviewLog Build() => new()
        {
            Records = _records,
            Summary = new IngestionSummary
            {
                RowsRead = _rows,
                RowsAccepted = _records.Count,
                Problems = _problems,
                UnknownColumns = _unknown,
                Columns = _columns,
                Delimiter = _delimiter,
            },
        };

        private CsvMalformedRecord? TakeMalformed(long recordNumber)
        {
            CsvMalformedRecord? found = null;
            for (var i = _malformed.Count - 1; i >= 0; i--)
            {
                if (_malformed[i].RecordNumber == recordNumber)
                {
                    found ??= _malformed[i];
                    _malformed.RemoveAt(i);
                }
            }

            return found;
        }

        private void MapHeader(IReadOnlyList<string> headers)
        {
            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                throw new InterviewDataException("The log is empty: it has no header row.") { LineNumber = 1 };
            }

            if (headers.Any(h => h.Any(c => c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c != '\t'))))
            {
                throw new InterviewDataException("The input is not a text CSV file (its first line holds binary data).") { LineNumber = 1 };
            }

            _headerCount = headers.Count;
            for (var i = 0; i < headers.Count; i++)
            {
                var canonical = ColumnNames.Canonicalize(headers[i]);
                if (canonical is null || _index.ContainsKey(canonical))
                {
                    if (!string.IsNullOrWhiteSpace(headers[i]))
                    {
                        _unknown.Add(headers[i].Trim());
                    }

                    continue;
                }

                _index[canonical] = i;
            }

            foreach (var name in ColumnNames.All)
            {
                if (_index.ContainsKey(name))
                {
                    _columns.Add(name);
                }
            }

            if (!_index.ContainsKey(ColumnNames.Question))
            {
                var found = string.Join(", ", headers.Select(h => $"'{h.Trim()}'"));
                var accepted = string.Join(", ", ColumnNames.AliasesOf(ColumnNames.Question));
                throw new InterviewDataException(
                    $"The log has no question column. Columns found: {found}. A question column is named 'question' " +
                    $"(ignoring case, spaces, underscores and hyphens) or one of: {accepted}. " +
                    (_delimiter is not ',' ? $"The detected separator was '{Printable(_delimiter)}'." : ""))
                { LineNumber = 1, ColumnName = ColumnNames.Question };
            }
        }

        private static string Printable(char c) => c == '\t' ? "\\t" : c.ToString();

        private CsvReaderOptions InnerOptions(bool hasHeader, List<CsvMalformedRecord> sink) => CsvOptions with
        {
            Separator = _delimiter,
            HasHeader = hasHeader,
            DetectSeparatorHint = false,
            PoolStrings = false,
            OnMalformedRecord = sink.Add,
        };

        /// <summary>
        /// Recovers from a bad quote that swallowed line breaks: the first line of the swallowed text is re-read with the
        /// unmatched opening quote removed, and the lines after it are read again as ordinary CSV (recursively, so a
        /// further bad quote is handled the same way). No row after the bad one is lost.
        /// </summary>
        private void Resync(byte[] raw, long startLine, CsvMalformedRecord first)
        {
            var text = Encoding.UTF8.GetString(raw);
            var breakAt = text.IndexOfAny(['\r', '\n']);
            var firstLine = text[..breakAt];
            var rest = text[breakAt..];
            rest = rest.StartsWith("\r\n", StringComparison.Ordinal) ? rest[2..] : rest[1..];

            var sink = new List<CsvMalformedRecord>();
            using (var csv = CsvReader.Create(Encoding.UTF8.GetBytes(RemoveUnmatchedQuote(firstLine, _delimiter)), InnerOptions(false, sink)))
            {
                if (csv.Read())
                {
                    AddRow(ReadFields(csv), startLine, first.Reason, resynced: true);
                }
            }

            if (rest.Length > 0)
            {
                ReadNested(Encoding.UTF8.GetBytes(rest), startLine + 1);
            }
        }

        private void ReadNested(byte[] input, long firstLine)
        {
            var sink = new List<CsvMalformedRecord>();
            using var csv = CsvReader.Create(input, InnerOptions(false, sink));
            while (csv.Read())
            {
                var line = firstLine + csv.LineNumber - 1;
                CsvMalformedRecord? malformed = null;
                foreach (var m in sink)
                {
                    if (m.RecordNumber == csv.RowNumber)
                    {
                        malformed ??= m;
                    }
                }

                sink.Clear();
                var raw = csv.RawRecord;
                if (malformed is not null && raw.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
                {
                    Resync(raw.ToArray(), line, malformed.Value);
                }
                else
                {
                    AddRow(ReadFields(csv), line, malformed?.Reason);
                }
            }
        }

        private static string?[] ReadFields(CsvReader csv)
        {
            var fields = new string?[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            return fields;
        }

        /// <summary>Removes the opening quote of the field whose quotes are not closed on this line.</summary>
        internal static string RemoveUnmatchedQuote(string line, char separator)
        {
            var fieldStart = true;
            var inQuotes = false;
            var openAt = -1;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            i++;
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                }
                else if (c == separator)
                {
                    fieldStart = true;
                    continue;
                }
                else if (c == '"' && fieldStart)
                {
                    inQuotes = true;
                    openAt = i;
                }

                fieldStart = false;
            }

            return inQuotes && openAt >= 0 ? line.Remove(openAt, 1) : line;
        }

        private string? Field(string?[] fields, string column) =>
            _index.TryGetValue(column, out var i) && i < fields.Length && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i]!.Trim() : null;

        private void Problem(long row, long line, string? column, string reason, ProblemAction action, string? raw)
        {
            var problem = new IngestionProblem(row, line, column, reason, action, _options.IncludeRawValues ? raw : null);
            if (_options.Strict)
            {
                var valuePart = _options.IncludeRawValues && raw is not null ? $" (value '{raw}')" : "";
                throw new InterviewDataException(
                    $"Row {row} (line {line}){(column is null ? "" : $", column {column}")}: {reason}{valuePart}.")
                {
                    RowNumber = row,
                    LineNumber = line,
                    ColumnName = column,
                    RawValue = _options.IncludeRawValues ? raw : null,
                };
            }

            _problems.Add(problem);
        }

        private static string Describe(CsvMalformedReason reason, bool resynced) => reason switch
        {
            CsvMalformedReason.UnterminatedQuote when resynced => "unterminated quote; the opening quote was ignored and reading resumed at the next line",
            CsvMalformedReason.UnterminatedQuote => "unterminated quote; the field was read up to the end of its line",
            CsvMalformedReason.StrayQuote => "stray quote inside an unquoted field; kept as text",
            CsvMalformedReason.TextAfterClosingQuote when resynced => "a quote opened on this line was not closed on it (it ran into later lines); the opening quote was ignored and reading resumed at the next line",
            CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; appended to the field",
            _ => $"malformed quoting ({reason})",
        };

        private void AddRow(string?[] fields, long line, CsvMalformedReason? malformed, bool resynced = false)
        {
            var row = ++_rows;
            if (Array.TrueForAll(fields, string.IsNullOrWhiteSpace))
            {
                Problem(row, line, null, "empty row", ProblemAction.RowRejected, null);
                return;
            }

            var question = Field(fields, ColumnNames.Question);
            if (question is null)
            {
                Problem(row, line, ColumnNames.Question, "the question is missing", ProblemAction.RowRejected, null);
                return;
            }

            if (malformed is { } reason)
            {
                Problem(row, line, null, Describe(reason, resynced), ProblemAction.RowKept, null);
            }

            if (fields.Length > _headerCount)
            {
                var extra = fields.Skip(_headerCount).Any(f => !string.IsNullOrWhiteSpace(f));
                if (extra)
                {
                    Problem(row, line, null, $"the row has {fields.Length} fields but the header has {_headerCount}; the extra fields were ignored (an unquoted separator?)", ProblemAction.RowKept, null);
                }
            }

            var culture = _options.Culture;
            DateOnly? date = null;
            if (Field(fields, ColumnNames.Date) is { } rawDate)
            {
                if (FieldParsers.TryDate(rawDate, _options, out var d, out var why)) date = d;
                else Problem(row, line, ColumnNames.Date, "date " + why, ProblemAction.FieldCleared, rawDate);
            }

            InterviewOutcome? outcome = null;
            if (Field(fields, ColumnNames.Outcome) is { } rawOutcome)
            {
                if (FieldParsers.TryOutcome(rawOutcome, out var o, out var why)) outcome = o;
                else Problem(row, line, ColumnNames.Outcome, "outcome " + why, ProblemAction.FieldCleared, rawOutcome);
            }

            ResponseQuality? response = null;
            if (Field(fields, ColumnNames.Response) is { } rawResponse)
            {
                if (FieldParsers.TryResponse(rawResponse, culture, out var r, out var why)) response = r;
                else Problem(row, line, ColumnNames.Response, "response " + why, ProblemAction.FieldCleared, rawResponse);
            }

            int? confidence = null;
            if (Field(fields, ColumnNames.Confidence) is { } rawConfidence)
            {
                if (FieldParsers.TryScale(rawConfidence, culture, out var c, out var why)) confidence = c;
                else Problem(row, line, ColumnNames.Confidence, "confidence " + why, ProblemAction.FieldCleared, rawConfidence);
            }

            int? interest = null;
            if (Field(fields, ColumnNames.Interest) is { } rawInterest)
            {
                if (FieldParsers.TryScale(rawInterest, culture, out var c, out var why)) interest = c;
                else Problem(row, line, ColumnNames.Interest, "interest " + why, ProblemAction.FieldCleared, rawInterest);
            }

            double? prep = null;
            if (Field(fields, ColumnNames.PrepHours) is { } rawPrep)
            {
                if (FieldParsers.TryHours(rawPrep, culture, out var h, out var why)) prep = h;
                else Problem(row, line, ColumnNames.PrepHours, "prep_hours " + why, ProblemAction.FieldCleared, rawPrep);
            }

            var candidate = Field(fields, ColumnNames.Candidate) ?? "";
            var company = Field(fields, ColumnNames.Company);
            var role = Field(fields, ColumnNames.Role);
            var stage = Field(fields, ColumnNames.Stage);
            var interviewId = Field(fields, ColumnNames.InterviewId);
            var key = interviewId is not null
                ? candidate + "\u001f#" + interviewId
                : string.Join('\u001f', candidate, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", company ?? "", role ?? "", stage ?? "");

            _records.Add(new InterviewRecord
            {
                RowNumber = row,
                LineNumber = line,
                Question = question,
                InterviewKey = key,
                Candidate = candidate,
                Date = date,
                Company = company,
                Role = role,
                Stage = stage,
                Outcome = outcome,
                Category = Field(fields, ColumnNames.Category),
                Response = response,
                Confidence = confidence,
                Feedback = Field(fields, ColumnNames.Feedback),
                PrepHours = prep,
                Interest = interest,
                Notes = Field(fields, ColumnNames.Notes),
            });
        }
    }
}
