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
        private readonly List<CsvMalformedRecord> _malformed = [];
        private readonly List<string> _unknown = [];
        private readonly List<string> _columns = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Mapper _mapper;

        // Once the pipeline runs: a ticket per batch handed on, in row order, to which the batch's records and problems
        // are attached by whichever thread maps it; and the parse caches of this thread's mapping.
        private readonly List<Ticket> _tickets = [];
        private ParseCaches? _parserCaches;
        private BatchQueue? _queue;
        private RowBatch _batch = new(0);
        private long _rows;
        private long _reported;
        private int _headerCount;
        private char _delimiter;

        // The typed columns (date, outcome, response, confidence, interest, prep hours) and the repetitive text columns
        // (candidate, interview id, company, role, stage, feedback) travel from the parsing thread as bytes, not strings: the
        // mapping thread parses them or makes their strings (see RowBatch). Slot of each column, or -1.
        private int[] _byteSlot = [];

        // Column positions (-1: absent), resolved once from the header.
        private int _iQuestion = -1, _iDate = -1, _iOutcome = -1, _iResponse = -1, _iConfidence = -1, _iInterest = -1, _iPrep = -1;
        private int _iCandidate = -1, _iCompany = -1, _iRole = -1, _iStage = -1, _iInterviewId = -1, _iCategory = -1, _iFeedback = -1, _iNotes = -1;

        private readonly Func<string, (bool, DateOnly, string)> _parseDate;
        private readonly Func<string, (bool, InterviewOutcome, string)> _parseOutcome;
        private readonly Func<string, (bool, ResponseQuality, string)> _parseResponse;
        private readonly Func<string, (bool, int, string)> _parseScale;
        private readonly Func<string, (bool, double, string)> _parseHours;

        public LogBuilder(InterviewLogOptions options)
        {
            _options = options;
            var culture = options.Culture;
            _parseDate = raw => (FieldParsers.TryDate(raw, options, out var v, out var why), v, why);
            _parseOutcome = raw => (FieldParsers.TryOutcome(raw, out var v, out var why), v, why);
            _parseResponse = raw => (FieldParsers.TryResponse(raw, culture, out var v, out var why), v, why);
            _parseScale = raw => (FieldParsers.TryScale(raw, culture, out var v, out var why), v, why);
            _parseHours = raw => (FieldParsers.TryHours(raw, culture, out var v, out var why), v, why);
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
            _mapper = new Mapper(this);
        }

        public CsvReaderOptions CsvOptions { get; }

        /// <summary>Input at least this long (when its length is known) starts the mapping thread before the header is read.</summary>
        private const long EarlyStartBytes = 64 * 1024;

        /// <summary>
        /// Batches waiting in the queue at which the parsing thread maps its next batch itself instead of queueing it (not
        /// in strict mode): when mapping is the slower stage, both threads share it instead of the parser waiting.
        /// </summary>
        private const int HelpAt = 2;

        /// <summary>How long the mapping thread waits actively for its first batch before it waits passively.</summary>
        private static readonly TimeSpan FirstBatchSpin = TimeSpan.FromMicroseconds(300);

        public async Task RunAsync(CsvReader csv, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes, CancellationToken ct)
        {
            // Parsing (CsvHelper, this thread) and validation/mapping run as a two-stage pipeline once the log is longer
            // than one batch: batches go in order to a single consumer. This thread maps a batch itself when the consumer
            // is two batches behind, and when parsing ends it maps the batches the consumer has not reached yet, from the
            // last one back (see FinishAsync); each batch's records are joined in row order at the end, so the result is
            // the same as reading sequentially. In strict mode only the consumer maps, so a strict-mode error still stops
            // the read at the first bad row.
            Task? consumer = null;
            Exception? failure = null;
            try
            {
                try
                {
                    if (totalBytes >= EarlyStartBytes)
                    {
                        // A log known to span several batches: start the mapping thread now, so that waking a pool thread
                        // overlaps reading the header and the first batch instead of delaying the first hand-off.
                        (_queue, consumer) = StartConsumer(ct);
                    }

                    await csv.ReadHeaderAsync(ct).ConfigureAwait(false);
                    _delimiter = csv.Separator;
                    MapHeader(csv.Headers);
                    while (true)
                    {
                        // Rows CsvHelper already holds are taken synchronously; only a read that must wait for input, or a
                        // full batch, comes back here.
                        var read = ReadBuffered(csv, progress, bytesRead, totalBytes, ct);
                        if (!read.IsCompleted)
                        {
                            if (!await read.ConfigureAwait(false))
                            {
                                break;
                            }

                            OnRow(csv, progress, bytesRead, totalBytes);
                            if (!_batch.IsFull)
                            {
                                continue;
                            }
                        }
                        else if (!read.Result)
                        {
                            break;
                        }

                        if (_queue is null)
                        {
                            (_queue, consumer) = StartConsumer(ct);
                        }

                        await SendAsync(_queue, consumer!, ct).ConfigureAwait(false);
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
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            if (failure is not null)
            {
                // Rows read before the failure are still validated first, so an earlier strict-mode error wins, as it
                // would when reading sequentially; then the failure itself is reported.
                if (_queue is not null)
                {
                    _queue.Complete();
                    try
                    {
                        await consumer!.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                if (failure is not OperationCanceledException and not InterviewDataException { RowNumber: not null })
                {
                    _mapper.Map(_batch);
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            if (_queue is null)
            {
                _mapper.Map(_batch);
                _rows += _batch.Count;
            }
            else
            {
                if (_batch.Count > 0)
                {
                    await SendAsync(_queue, consumer!, ct).ConfigureAwait(false);
                }

                await FinishAsync(_queue, consumer!).ConfigureAwait(false);
            }

            if (_rows == 0)
            {
                throw new InterviewDataException("The log has a header but no data rows.") { LineNumber = 2 };
            }

            progress?.Report(new IngestionProgress(_rows, bytesRead(), totalBytes));
        }

        /// <summary>
        /// Takes rows while CsvHelper has them buffered, outside the async state machine: returns a read still waiting for
        /// input, a completed false at the end of the input, or a completed true once the batch is full.
        /// </summary>
        private ValueTask<bool> ReadBuffered(CsvReader csv, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes, CancellationToken ct)
        {
            while (true)
            {
                var read = csv.ReadAsync(ct);
                if (!read.IsCompletedSuccessfully)
                {
                    return read;
                }

                if (!read.Result)
                {
                    return new ValueTask<bool>(false);
                }

                OnRow(csv, progress, bytesRead, totalBytes);
                if (_batch.IsFull)
                {
                    return new ValueTask<bool>(true);
                }
            }
        }

        private void OnRow(CsvReader csv, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes)
        {
            var line = csv.LineNumber;
            var malformed = _malformed.Count == 0 ? null : TakeMalformed(csv.RowNumber + 1);
            if (malformed is not null && csv.RawRecord.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
            {
                // A bad quote swallowed line breaks: re-read those lines one record per line.
                Resync(csv.RawRecord.ToArray(), line, malformed.Value);
            }
            else
            {
                _batch.Add(csv, _byteSlot, line, malformed?.Reason, resynced: false);
            }

            if (progress is not null)
            {
                var produced = _rows + _batch.Count;
                if (produced / _options.ProgressInterval != _reported / _options.ProgressInterval)
                {
                    _reported = produced;
                    progress.Report(new IngestionProgress(produced, bytesRead(), totalBytes));
                }
            }
        }

        private async Task SendAsync(BatchQueue queue, Task consumer, CancellationToken ct)
        {
            _rows += _batch.Count;
            var ticket = new Ticket();
            _tickets.Add(ticket);
            if (!_options.Strict && queue.Count >= HelpAt)
            {
                // The mapping thread is behind: map this batch here instead of waiting for room in the queue.
                ticket.Output = MapHere(_batch);
                _batch.Clear();
                _batch.Reset(_rows);
                return;
            }

            _batch.Ticket = ticket;
            if (!await queue.AddAsync(_batch, ct).ConfigureAwait(false))
            {
                // The consumer stopped (a strict-mode error): its exception is the one to report.
                await consumer.ConfigureAwait(false);
                throw new InvalidOperationException("The mapping stage stopped without an error.");
            }

            _batch = queue.TakeSpare() is { } spare ? spare.Reset(_rows) : new RowBatch(_rows);
        }

        /// <summary>
        /// Parsing has ended: map the queued batches the consumer has not taken yet, from the last one back, on this
        /// thread, wait for the consumer, then join every batch's records and problems in order. Both cores work on the
        /// tail of the log instead of one. In strict mode the consumer maps everything, so the first bad row is found in order.
        /// </summary>
        private async Task FinishAsync(BatchQueue queue, Task consumer)
        {
            queue.Complete();
            while (!_options.Strict && queue.TakeLast() is { } batch)
            {
                batch.Ticket!.Output = MapHere(batch);
            }

            await consumer.ConfigureAwait(false);
            var records = 0;
            var problems = 0;
            foreach (var ticket in _tickets)
            {
                records += ticket.Output!.Records.Count;
                problems += ticket.Output.Problems.Count;
            }

            _mapper.Records.EnsureCapacity(records);
            _mapper.Problems.EnsureCapacity(problems);
            foreach (var ticket in _tickets)
            {
                _mapper.Records.AddRange(ticket.Output!.Records);
                _mapper.Problems.AddRange(ticket.Output.Problems);
            }
        }

        /// <summary>Maps a batch on the parsing thread (with this thread's parse caches) into lists of its own.</summary>
        private Mapper MapHere(RowBatch batch)
        {
            var mapper = new Mapper(this, _parserCaches ??= new ParseCaches(), batch.Count);
            mapper.Map(batch);
            return mapper;
        }

        private (BatchQueue Queue, Task Consumer) StartConsumer(CancellationToken ct)
        {
            var queue = new BatchQueue();
            return (queue, Task.Run(() => ConsumeAsync(queue, ct), ct));
        }

        private async Task ConsumeAsync(BatchQueue queue, CancellationToken ct)
        {
            try
            {
                // The first batch is usually moments away: wait for it actively (bounded) rather than handing the thread
                // back to the pool and paying for waking one again.
                queue.SpinUntilAvailable(FirstBatchSpin);
                var caches = new ParseCaches();
                while (await queue.TakeFirstAsync(ct).ConfigureAwait(false) is { } batch)
                {
                    var mapper = new Mapper(this, caches, batch.Count);
                    mapper.Map(batch);
                    batch.Ticket!.Output = mapper;
                    queue.Return(batch);
                }
            }
            catch
            {
                queue.Fail();
                throw;
            }
        }

        public InterviewLog Build() => new()
        {
            Records = _mapper.Records,
            Summary = new IngestionSummary
            {
                RowsRead = _rows,
                RowsAccepted = _mapper.Records.Count,
                Problems = _mapper.Problems,
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

            int At(string column) => _index.TryGetValue(column, out var i) ? i : -1;
            (_iQuestion, _iDate, _iOutcome, _iResponse, _iConfidence, _iInterest, _iPrep) =
                (At(ColumnNames.Question), At(ColumnNames.Date), At(ColumnNames.Outcome), At(ColumnNames.Response), At(ColumnNames.Confidence), At(ColumnNames.Interest), At(ColumnNames.PrepHours));
            (_iCandidate, _iCompany, _iRole, _iStage, _iInterviewId, _iCategory, _iFeedback, _iNotes) =
                (At(ColumnNames.Candidate), At(ColumnNames.Company), At(ColumnNames.Role), At(ColumnNames.Stage), At(ColumnNames.InterviewId), At(ColumnNames.Category), At(ColumnNames.Feedback), At(ColumnNames.Notes));

            _byteSlot = new int[headers.Count];
            Array.Fill(_byteSlot, -1);
            foreach (var (column, slot) in (ReadOnlySpan<(int, int)>)[(_iDate, ByteSlot.Date), (_iOutcome, ByteSlot.Outcome), (_iResponse, ByteSlot.Response),
                (_iConfidence, ByteSlot.Confidence), (_iInterest, ByteSlot.Interest), (_iPrep, ByteSlot.PrepHours), (_iCandidate, ByteSlot.Candidate),
                (_iInterviewId, ByteSlot.InterviewId), (_iCompany, ByteSlot.Company), (_iRole, ByteSlot.Role), (_iStage, ByteSlot.Stage), (_iFeedback, ByteSlot.Feedback)])
            {
                if (column >= 0)
                {
                    _byteSlot[column] = slot;
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
                    _batch.Add(csv, _byteSlot, startLine, first.Reason, resynced: true);
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
                    _batch.Add(csv, _byteSlot, line, malformed?.Reason, resynced: false);
                }
            }
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

        /// <summary>Validates and maps rows into its own record and problem lists; one thread at a time.</summary>
        internal sealed class Mapper(LogBuilder builder, ParseCaches? caches = null, int capacity = 0)
        {
            private readonly LogBuilder _b = builder;
            private readonly ParseCaches _c = caches ?? new ParseCaches();

            public List<InterviewRecord> Records { get; } = new(capacity);

            public List<IngestionProblem> Problems { get; } = [];

            /// <summary>Maps the rows of a batch in order, numbering them from the batch's first row.</summary>
            public void Map(RowBatch batch)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    AddRow(batch, i, batch.FirstRow + i + 1, batch.Lines[i], batch.Reasons[i], batch.Resynced[i]);
                }
            }

            private static bool AllBlank(ReadOnlySpan<string?> fields)
            {
                foreach (var f in fields)
                {
                    if (!string.IsNullOrWhiteSpace(f))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static bool AllBlank(RowBatch batch, int row)
            {
                if (!AllBlank(batch.FieldsOf(row)))
                {
                    return false;
                }

                for (var slot = 0; slot < ByteSlot.Count; slot++)
                {
                    var value = batch.Bytes(row, slot);
                    if (value.ContainsAnyInRange((byte)'!', (byte)'~') || (!value.IsEmpty && BytesAsText(value) is not null))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>A field held as bytes as text, the way <see cref="Field"/> gives a text field: trimmed, or null when blank.</summary>
            private static string? BytesAsText(ReadOnlySpan<byte> value)
            {
                if (value.IsEmpty)
                {
                    return null;
                }

                var text = Encoding.UTF8.GetString(value);
                return !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) ? text
                    : string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }

            /// <summary>
            /// Whether the bytes can be looked up as they are: they are not empty and neither end is whitespace or part of
            /// a non-ASCII character (whose whitespace-ness needs decoding). Anything else goes through <see cref="BytesAsText"/>.
            /// </summary>
            private static bool IsPlain(ReadOnlySpan<byte> value) =>
                value.Length > 0 && value[0] is > (byte)' ' and < 0x80 && value[^1] is > (byte)' ' and < 0x80;

            private static string? Field(ReadOnlySpan<string?> fields, int i)
            {
                if ((uint)i >= (uint)fields.Length || fields[i] is not { Length: > 0 } value)
                {
                    return null;
                }

                // Fast path: nothing to trim (the same instance comes back, so pooled strings stay shared).
                return !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) ? value
                    : string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }

            /// <summary>The interview key: the interview id when there is one, else candidate, date, company, role and stage.</summary>
            private string InterviewKey(string candidate, DateOnly? date, string? company, string? role, string? stage, string? interviewId)
            {
                if (_c.Key is not null && ReferenceEquals(candidate, _c.KeyCandidate) && date == _c.KeyDate && ReferenceEquals(company, _c.KeyCompany) &&
                    ReferenceEquals(role, _c.KeyRole) && ReferenceEquals(stage, _c.KeyStage) && ReferenceEquals(interviewId, _c.KeyId))
                {
                    return _c.Key;
                }

                (_c.KeyCandidate, _c.KeyDate, _c.KeyCompany, _c.KeyRole, _c.KeyStage, _c.KeyId) = (candidate, date, company, role, stage, interviewId);
                return _c.Key = interviewId is not null
                    ? candidate + "\u001f#" + interviewId
                    : string.Join('\u001f', candidate, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", company ?? "", role ?? "", stage ?? "");
            }

            private void Problem(long row, long line, string? column, string reason, ProblemAction action, string? raw)
            {
                var problem = new IngestionProblem(row, line, column, reason, action, _b._options.IncludeRawValues ? raw : null);
                if (_b._options.Strict)
                {
                    var valuePart = _b._options.IncludeRawValues && raw is not null ? $" (value '{raw}')" : "";
                    throw new InterviewDataException(
                        $"Row {row} (line {line}){(column is null ? "" : $", column {column}")}: {reason}{valuePart}.")
                    {
                        RowNumber = row,
                        LineNumber = line,
                        ColumnName = column,
                        RawValue = _b._options.IncludeRawValues ? raw : null,
                    };
                }

                Problems.Add(problem);
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

            /// <summary>A text field held as bytes, the way <see cref="Field"/> gives one: trimmed, or null when blank.</summary>
            private static string? Text(ReadOnlySpan<byte> raw, StringCache cache) => IsPlain(raw) ? cache.Get(raw) : BytesAsText(raw);

            /// <summary>An optional field's value, or null when it is empty; an invalid value is listed and cleared.</summary>
            private T? Optional<T>(ReadOnlySpan<byte> raw, string column, Memo<T> memo, Func<string, (bool, T, string)> parse, long row, long line)
                where T : struct
            {
                (bool Ok, T Value, string Reason) result;
                if (IsPlain(raw))
                {
                    if (typeof(T) == typeof(int) && raw is [>= (byte)'1' and <= (byte)'5'])
                    {
                        // A 1-5 rating, the common case, without the memo.
                        return (T)(object)(raw[0] - '0');
                    }

                    result = memo.Get(raw, parse);
                }
                else if (BytesAsText(raw) is { } text)
                {
                    result = memo.Get(text, parse);
                }
                else
                {
                    return null;
                }

                if (result.Ok)
                {
                    return result.Value;
                }

                Problem(row, line, column, column + " " + result.Reason, ProblemAction.FieldCleared, BytesAsText(raw));
                return null;
            }

            private void AddRow(RowBatch batch, int index, long row, long line, CsvMalformedReason? malformed, bool resynced)
            {
                var fields = batch.FieldsOf(index);
                if (AllBlank(batch, index))
                {
                    Problem(row, line, null, "empty row", ProblemAction.RowRejected, null);
                    return;
                }

                var question = Field(fields, _b._iQuestion);
                if (question is null)
                {
                    Problem(row, line, ColumnNames.Question, "the question is missing", ProblemAction.RowRejected, null);
                    return;
                }

                if (malformed is { } reason)
                {
                    Problem(row, line, null, Describe(reason, resynced), ProblemAction.RowKept, null);
                }

                if (fields.Length > _b._headerCount)
                {
                    if (!AllBlank(fields[_b._headerCount..]))
                    {
                        Problem(row, line, null, $"the row has {fields.Length} fields but the header has {_b._headerCount}; the extra fields were ignored (an unquoted separator?)", ProblemAction.RowKept, null);
                    }
                }

                DateOnly? date = null;
                var rawDate = batch.Bytes(index, ByteSlot.Date);
                if (_b._options.DateFormat is null && FieldParsers.TryIsoDate(rawDate, out var iso))
                {
                    date = iso;
                }
                else if (!rawDate.IsEmpty)
                {
                    date = Optional(rawDate, ColumnNames.Date, _c.Dates, _b._parseDate, row, line);
                }

                var outcome = Optional(batch.Bytes(index, ByteSlot.Outcome), ColumnNames.Outcome, _c.Outcomes, _b._parseOutcome, row, line);
                var response = Optional(batch.Bytes(index, ByteSlot.Response), ColumnNames.Response, _c.Responses, _b._parseResponse, row, line);
                var confidence = Optional(batch.Bytes(index, ByteSlot.Confidence), ColumnNames.Confidence, _c.Scales, _b._parseScale, row, line);
                var interest = Optional(batch.Bytes(index, ByteSlot.Interest), ColumnNames.Interest, _c.Interests, _b._parseScale, row, line);
                var prep = Optional(batch.Bytes(index, ByteSlot.PrepHours), ColumnNames.PrepHours, _c.Hours, _b._parseHours, row, line);

                var candidate = Text(batch.Bytes(index, ByteSlot.Candidate), _c.Candidates) ?? "";
                var company = Text(batch.Bytes(index, ByteSlot.Company), _c.Companies);
                var role = Text(batch.Bytes(index, ByteSlot.Role), _c.Roles);
                var stage = Text(batch.Bytes(index, ByteSlot.Stage), _c.Stages);
                var interviewId = Text(batch.Bytes(index, ByteSlot.InterviewId), _c.InterviewIds);
                var key = InterviewKey(candidate, date, company, role, stage, interviewId);

                Records.Add(new InterviewRecord
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
                    Category = Field(fields, _b._iCategory),
                    Response = response,
                    Confidence = confidence,
                    Feedback = Text(batch.Bytes(index, ByteSlot.Feedback), _c.Feedbacks),
                    PrepHours = prep,
                    Interest = interest,
                    Notes = Field(fields, _b._iNotes),
                });
            }
        }

        /// <summary>
        /// Field values repeat (the same date, outcome and ratings on every row of an interview; CsvHelper pools equal
        /// strings), so each distinct raw value is parsed once; and the interview key of the previous row is reused while
        /// its parts are the same strings.
        /// </summary>
        internal sealed class ParseCaches
        {
            public Memo<DateOnly> Dates { get; } = new();

            public Memo<InterviewOutcome> Outcomes { get; } = new();

            public Memo<ResponseQuality> Responses { get; } = new();

            public Memo<int> Scales { get; } = new();

            public Memo<int> Interests { get; } = new();

            public Memo<double> Hours { get; } = new();

            public StringCache Candidates { get; } = new();

            public StringCache InterviewIds { get; } = new();

            public StringCache Companies { get; } = new();

            public StringCache Roles { get; } = new();

            public StringCache Stages { get; } = new();

            public StringCache Feedbacks { get; } = new();

#pragma warning disable SA1401 // the previous row's key parts, compared by reference on every row
            public string? KeyCandidate, KeyCompany, KeyRole, KeyStage, KeyId, Key;
            public DateOnly? KeyDate;
#pragma warning restore SA1401
        }
    }

    /// <summary>Where the records and problems of one batch end up, set by the thread that maps it.</summary>
    private sealed class Ticket
    {
#pragma warning disable SA1401 // written once by the mapping thread, read after it has finished
        public LogBuilder.Mapper? Output;
#pragma warning restore SA1401
    }

    /// <summary>The slots of the columns a <see cref="RowBatch"/> holds as bytes.</summary>
    private static class ByteSlot
    {
        public const int Date = 0, Outcome = 1, Response = 2, Confidence = 3, Interest = 4, PrepHours = 5;
        public const int Candidate = 6, InterviewId = 7, Company = 8, Role = 9, Stage = 10, Feedback = 11, Count = 12;
    }

    /// <summary>
    /// A batch of parsed records on its way to validation and mapping: most fields as strings, the short ones of
    /// <see cref="ByteSlot"/> as their UTF-8 bytes, and each record's line and quoting problem. Copying a short field's
    /// bytes costs the parsing thread less than making a string of it (CsvHelper's pooled GetString), so the work moves to
    /// the mapping thread, which parses typed values straight from the bytes and reuses the strings of repeated text.
    /// </summary>
    private sealed class RowBatch(long firstRow)
    {
        /// <summary>
        /// Rows per batch: small while the log is short, so the second thread starts early and little is left for one
        /// thread at the end; larger later, so hand-offs stay rare.
        /// </summary>
        private const int Small = 128, Large = 512, SmallUntilRow = 1_024;
        private string?[] _fields = new string?[CapacityAt(firstRow) * 16];
        private int[] _start = new int[CapacityAt(firstRow) + 1];
        private byte[] _bytes = new byte[Math.Min(CapacityAt(firstRow) * 160, MaxBytes)];
        private int _bytesUsed;

        // Per row and slot: where the typed field's bytes start in _bytes, and how many (0: empty or absent).
        private int[] _slotAt = new int[CapacityAt(firstRow) * ByteSlot.Count];
        private int[] _slotLength = new int[CapacityAt(firstRow) * ByteSlot.Count];

        /// <summary>The number of rows before this batch.</summary>
        public long FirstRow { get; private set; } = firstRow;

        /// <summary>
        /// Bytes held before the batch is handed on even if it has room for more rows: its byte buffer stays below the
        /// large object heap threshold (85,000 bytes), whose allocations would cost full collections.
        /// </summary>
        private const int MaxBytes = 80 * 1024, HandOnBytes = 64 * 1024;

        /// <summary>Whether to hand the batch on: it has as many rows as it takes, or nearly as many bytes or fields (wide rows).</summary>
        public bool IsFull => Count >= CapacityAt(FirstRow) || _bytesUsed >= HandOnBytes || _start[Count] > _fields.Length - 64;

        public long[] Lines { get; private set; } = new long[CapacityAt(firstRow)];

        public CsvMalformedReason?[] Reasons { get; private set; } = new CsvMalformedReason?[CapacityAt(firstRow)];

        public bool[] Resynced { get; private set; } = new bool[CapacityAt(firstRow)];

        public int Count { get; private set; }

        private static int CapacityAt(long firstRow) => firstRow < SmallUntilRow ? Small : Large;

        /// <summary>Readies a spare batch (already cleared when it was returned) for the rows after <paramref name="firstRow"/>.</summary>
        public RowBatch Reset(long firstRow)
        {
            FirstRow = firstRow;
            return this;
        }

        /// <summary>The fields of a row held as strings; a field held as bytes has null in its place (see <see cref="Bytes"/>).</summary>
        public ReadOnlySpan<string?> FieldsOf(int row) => _fields.AsSpan(_start[row], _start[row + 1] - _start[row]);

        /// <summary>The bytes of a field held as bytes; empty when the field is empty or the row has no such field.</summary>
        public ReadOnlySpan<byte> Bytes(int row, int slot)
        {
            var i = (row * ByteSlot.Count) + slot;
            return _bytes.AsSpan(_slotAt[i], _slotLength[i]);
        }

        public void Add(CsvReader csv, int[] typedSlot, long line, CsvMalformedReason? reason, bool resynced)
        {
            var n = csv.FieldCount;
            if (Count == Lines.Length)
            {
                // A spare batch reused for more rows, or one overfilled by resynchronised records, grows.
                Lines = [.. Lines, .. new long[Lines.Length]];
                Reasons = [.. Reasons, .. new CsvMalformedReason?[Reasons.Length]];
                Resynced = [.. Resynced, .. new bool[Resynced.Length]];
                Array.Resize(ref _start, Lines.Length + 1);
                Array.Resize(ref _slotAt, Lines.Length * ByteSlot.Count);
                Array.Resize(ref _slotLength, Lines.Length * ByteSlot.Count);
            }

            var at = _start[Count];
            if (at + n > _fields.Length)
            {
                Array.Resize(ref _fields, Math.Max(_fields.Length * 2, at + n));
            }

            var typed = Count * ByteSlot.Count;
            _slotLength.AsSpan(typed, ByteSlot.Count).Clear();
            for (var i = 0; i < n; i++)
            {
                var slot = (uint)i < (uint)typedSlot.Length ? typedSlot[i] : -1;
                if (slot < 0)
                {
                    _fields[at + i] = csv.GetString(i);
                    continue;
                }

                var value = csv.GetSpan(i);
                if (_bytesUsed + value.Length > _bytes.Length)
                {
                    Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _bytesUsed + value.Length));
                }

                value.CopyTo(_bytes.AsSpan(_bytesUsed));
                _slotAt[typed + slot] = _bytesUsed;
                _slotLength[typed + slot] = value.Length;
                _bytesUsed += value.Length;
            }

            Lines[Count] = line;
            Reasons[Count] = reason;
            Resynced[Count] = resynced;
            _start[++Count] = at + n;
        }

        /// <summary>Where the batch's records go, once it is handed on.</summary>
        public Ticket? Ticket { get; set; }

        public void Clear()
        {
            Array.Clear(_fields, 0, _start[Count]);
            _bytesUsed = 0;
            Count = 0;
            Ticket = null;
        }
    }

    /// <summary>
    /// The batches between the parsing thread and the mapping thread: first in, first out for the consumer, at most
    /// <see cref="Bound"/> waiting (the parser then waits asynchronously); once parsing has ended the parser may take
    /// batches from the back.
    /// </summary>
    private sealed class BatchQueue
    {
        private const int Bound = 8;
        private readonly object _gate = new();
        private readonly RowBatch?[] _items = new RowBatch?[Bound];
        private readonly Stack<RowBatch> _spare = new();
        private int _head;
        private int _count;
        private bool _completed;
        private bool _failed;
        private TaskCompletionSource? _space;
        private TaskCompletionSource? _available;

        /// <summary>Queues a batch; false when the consumer has failed.</summary>
        public async ValueTask<bool> AddAsync(RowBatch batch, CancellationToken ct)
        {
            while (true)
            {
                TaskCompletionSource space;
                lock (_gate)
                {
                    if (_failed)
                    {
                        return false;
                    }

                    if (_count < Bound)
                    {
                        _items[(_head + _count) % Bound] = batch;
                        _count++;
                        if (_available is { } available)
                        {
                            _available = null;
                            available.TrySetResult();
                        }

                        return true;
                    }

                    space = _space ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                await space.Task.WaitAsync(ct).ConfigureAwait(false);
            }
        }

        /// <summary>The oldest batch, waiting for one; null once the queue is complete and empty.</summary>
        public async ValueTask<RowBatch?> TakeFirstAsync(CancellationToken ct)
        {
            while (true)
            {
                TaskCompletionSource available;
                lock (_gate)
                {
                    if (_count > 0)
                    {
                        var batch = _items[_head]!;
                        _items[_head] = null;
                        _head = (_head + 1) % Bound;
                        _count--;
                        if (_space is { } space)
                        {
                            _space = null;
                            space.TrySetResult();
                        }

                        return batch;
                    }

                    if (_completed)
                    {
                        return null;
                    }

                    available = _available ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                await available.Task.WaitAsync(ct).ConfigureAwait(false);
            }
        }

        /// <summary>How many batches are waiting.</summary>
        public int Count => Volatile.Read(ref _count);

        /// <summary>Spins until a batch is queued, the queue is complete or failed, or <paramref name="limit"/> has passed.</summary>
        public void SpinUntilAvailable(TimeSpan limit)
        {
            var until = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
            while (Volatile.Read(ref _count) == 0 && !Volatile.Read(ref _completed) && !Volatile.Read(ref _failed) &&
                System.Diagnostics.Stopwatch.GetTimestamp() < until)
            {
                Thread.SpinWait(20);
            }
        }

        /// <summary>The newest batch the consumer has not taken, or null.</summary>
        public RowBatch? TakeLast()
        {
            lock (_gate)
            {
                if (_count == 0)
                {
                    return null;
                }

                var at = (_head + _count - 1) % Bound;
                var batch = _items[at];
                _items[at] = null;
                _count--;
                return batch;
            }
        }

        /// <summary>No more batches will come.</summary>
        public void Complete()
        {
            lock (_gate)
            {
                _completed = true;
                _available?.TrySetResult();
                _available = null;
            }
        }

        /// <summary>The consumer stopped: wake the parser.</summary>
        public void Fail()
        {
            lock (_gate)
            {
                _failed = true;
                _space?.TrySetResult();
                _space = null;
            }
        }

        public void Return(RowBatch batch)
        {
            batch.Clear();
            lock (_gate)
            {
                _spare.Push(batch);
            }
        }

        public RowBatch? TakeSpare()
        {
            lock (_gate)
            {
                return _spare.Count > 0 ? _spare.Pop() : null;
            }
        }
    }

    /// <summary>
    /// The strings of a text column held as bytes: the previous row's value (values repeat row after row within an
    /// interview) and a small direct-mapped table of earlier ones up to 256 bytes, so equal values share one string, as
    /// CsvHelper's string pool would have them.
    /// </summary>
    private sealed class StringCache
    {
        private const int TableBits = 8, MaxLength = 256;
        private readonly (byte[] Key, string Value)[] _table = new (byte[], string)[1 << TableBits];
        private byte[] _lastKey = [];
        private string? _last;

        /// <summary>The string of the bytes, which must have no whitespace at either end.</summary>
        public string Get(ReadOnlySpan<byte> raw)
        {
            if (_last is not null && raw.SequenceEqual(_lastKey))
            {
                return _last;
            }

            if (raw.Length > MaxLength)
            {
                // Long text (a paragraph of feedback) is only shared with the row before.
                (_lastKey, _last) = (raw.ToArray(), Encoding.UTF8.GetString(raw));
                return _last;
            }

            var slot = (int)(Hash(raw) >> (64 - TableBits));
            ref var entry = ref _table[slot];
            if (entry.Value is null || !raw.SequenceEqual(entry.Key))
            {
                entry = (raw.ToArray(), Encoding.UTF8.GetString(raw));
            }

            (_lastKey, _last) = entry;
            return entry.Value;
        }

        private static ulong Hash(ReadOnlySpan<byte> s)
        {
            var h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
            for (; s.Length >= 8; s = s[8..])
            {
                h = (h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(s)) * 0xC2B2AE3D27D4EB4FUL;
                h ^= h >> 29;
            }

            ulong tail = 0;
            foreach (var b in s)
            {
                tail = (tail << 8) | b;
            }

            h = (h ^ tail) * 0x165667B19E3779F9UL;
            return h ^ (h >> 32);
        }
    }

    /// <summary>
    /// Remembers the parse result of each distinct raw value (up to 4,096 per column; later values are parsed each time).
    /// Short values (up to 16 bytes: ratings, outcomes, dates) are looked up by their bytes in a small direct-mapped table,
    /// so the common case needs neither a string nor a hash of one.
    /// </summary>
    private sealed class Memo<T>
    {
        private const int TableBits = 6;
        private readonly Dictionary<string, (bool Ok, T Value, string Reason)> _map = new(StringComparer.Ordinal);
        private readonly Entry[] _table = new Entry[1 << TableBits];

        public (bool Ok, T Value, string Reason) Get(string raw, Func<string, (bool, T, string)> parse)
        {
            if (!_map.TryGetValue(raw, out var result))
            {
                result = parse(raw);
                if (_map.Count < 4_096)
                {
                    _map[raw] = result;
                }
            }

            return result;
        }

        /// <summary>The result for a value given as its bytes, which must have no whitespace at either end.</summary>
        public (bool Ok, T Value, string Reason) Get(ReadOnlySpan<byte> raw, Func<string, (bool, T, string)> parse)
        {
            if (raw.Length > 16)
            {
                return Get(Encoding.UTF8.GetString(raw), parse);
            }

            Span<byte> key = stackalloc byte[16];
            key.Clear();
            raw.CopyTo(key);
            var a = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key);
            var b = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key[8..]);
            var slot = (int)((((a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL)) + (ulong)raw.Length) >> (64 - TableBits));
            ref var entry = ref _table[slot];
            if (entry.Length == raw.Length + 1 && entry.A == a && entry.B == b)
            {
                return entry.Result;
            }

            var result = Get(Encoding.UTF8.GetString(raw), parse);
            entry = new Entry { A = a, B = b, Length = raw.Length + 1, Result = result };
            return result;
        }

        /// <summary>A value of up to 16 bytes (zero-padded), its length plus one (0: unused), and its result.</summary>
        private struct Entry
        {
            public ulong A;
            public ulong B;
            public int Length;
            public (bool Ok, T Value, string Reason) Result;
        }
    }
}
