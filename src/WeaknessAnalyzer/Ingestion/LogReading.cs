using System.Text;
using CsvHelper;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// One read of a log: CsvHelper's options, the header, the loop over records (handing each to the <see cref="RowMapper"/>,
/// or to <see cref="QuoteRecovery"/> when a bad quote swallowed line breaks), progress, and the wrapping of CSV and
/// decoding errors into <see cref="InterviewDataException"/>.
/// </summary>
internal sealed class LogReading
{
    private readonly InterviewLogOptions _options;
    private readonly List<CsvMalformedRecord> _malformed = [];
    private RowMapper? _mapper;

    public LogReading(InterviewLogOptions options)
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

    /// <summary>Rows above the header (a title, blank rows) that are looked past for a header naming the question column.</summary>
    internal const int MaxRowsAboveHeader = 10;

    public async Task RunAsync(CsvReader csv, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct).ConfigureAwait(false);
            _mapper = new RowMapper(csv.Headers, csv.Separator, _options);
            if (!_mapper.Header.HasQuestion)
            {
                // A sheet with a title (and blank rows) above its header: the header is the first of the next rows that
                // names a question column. Otherwise read a few rows so that the error can name the column that looks
                // like the questions.
                var sample = new List<string?[]>();
                while (sample.Count < 50 && await csv.ReadAsync(ct).ConfigureAwait(false))
                {
                    var row = ReadFields(csv);
                    // Only a row that could be a header: some cell filled, none holding a line break or a control character.
                    if (sample.Count < MaxRowsAboveHeader && row.Any(f => !string.IsNullOrWhiteSpace(f))
                        && !row.Any(f => f is not null && f.Any(c => c == '\uFFFD' || (char.IsControl(c) && c != '\t'))))
                    {
                        var below = new RowMapper([.. row.Select(f => f ?? "")], csv.Separator, _options, csv.LineNumber);
                        if (below.Header.HasQuestion)
                        {
                            _mapper = below;
                            break;
                        }
                    }

                    sample.Add(row);
                }

                if (!_mapper.Header.HasQuestion) throw QuestionGuess.Missing(_mapper.Header, csv.Separator, sample);
            }

            var recovery = new QuoteRecovery(CsvOptions, _mapper);
            string?[]? fields = null;
            while (await csv.ReadAsync(ct).ConfigureAwait(false))
            {
                var line = csv.LineNumber;
                var malformed = TakeMalformed(_malformed, csv.RowNumber + 1);
                var raw = csv.RawRecord;
                if (malformed is not null && QuoteRecovery.NeedsResync(malformed.Value, raw))
                {
                    recovery.Resync(raw.ToArray(), line, malformed.Value);
                }
                else
                {
                    // Bytes that are not UTF-8 were decoded as U+FFFD: checked on the raw bytes, and only for rows that are not ASCII.
                    var undecodable = raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && !System.Text.Unicode.Utf8.IsValid(raw);
                    _mapper.Add(fields = ReadFields(csv, fields), line, malformed?.Reason, undecodable: undecodable);
                }

                if (progress is not null && _mapper.RowsRead % _options.ProgressInterval == 0)
                {
                    progress.Report(new IngestionProgress(_mapper.RowsRead, bytesRead(), totalBytes));
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

        if (_mapper.RowsRead == 0)
        {
            throw new InterviewDataException("The log has a header but no data rows.") { LineNumber = 2 };
        }

        progress?.Report(new IngestionProgress(_mapper.RowsRead, bytesRead(), totalBytes));
    }

    public InterviewLog Build() => (_mapper ?? throw new InvalidOperationException("The log has not been read.")).Build();

    /// <summary>Removes every malformed-record report for a record number and returns the last one made (CsvHelper may report a record several times).</summary>
    internal static CsvMalformedRecord? TakeMalformed(List<CsvMalformedRecord> reports, long recordNumber)
    {
        CsvMalformedRecord? found = null;
        for (var i = reports.Count - 1; i >= 0; i--)
        {
            if (reports[i].RecordNumber == recordNumber)
            {
                found ??= reports[i];
                reports.RemoveAt(i);
            }
        }

        return found;
    }

    /// <summary>The fields of the current record, in <paramref name="buffer"/> when it has the right length (the mapper keeps no reference to it).</summary>
    internal static string?[] ReadFields(CsvReader csv, string?[]? buffer = null)
    {
        var fields = buffer is not null && buffer.Length == csv.FieldCount ? buffer : new string?[csv.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.GetString(i);
        }

        return fields;
    }
}
