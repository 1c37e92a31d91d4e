using System.Text;
using CsvHelper;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Recovers from a bad quote that swallowed line breaks: the first line of the swallowed text is re-read with the
/// unmatched opening quote removed, and the lines after it are read again as ordinary CSV (recursively, so a further bad
/// quote is handled the same way). No row after the bad one is lost.
/// </summary>
internal sealed class QuoteRecovery
{
    private readonly CsvReaderOptions _inner;
    private readonly RowMapper _mapper;

    public QuoteRecovery(CsvReaderOptions outer, RowMapper mapper)
    {
        _mapper = mapper;
        _inner = outer with { Separator = mapper.Delimiter, HasHeader = false, DetectSeparatorHint = false, PoolStrings = false, OnMalformedRecord = null };
    }

    /// <summary>
    /// Whether a record needs re-reading: a bad quote that swallowed line breaks, or an opening quote never closed (which
    /// CsvHelper reads to the end of its line as one field, so the rest of the line's fields would be lost).
    /// </summary>
    public static bool NeedsResync(CsvMalformedRecord malformed, ReadOnlySpan<byte> raw) =>
        malformed.Reason == CsvMalformedReason.UnterminatedQuote || raw.IndexOfAny((byte)'\n', (byte)'\r') >= 0;

    public void Resync(byte[] raw, long startLine, CsvMalformedRecord first)
    {
        var text = Encoding.UTF8.GetString(raw);
        var breakAt = text.IndexOfAny(['\r', '\n']);
        var firstLine = breakAt < 0 ? text : text[..breakAt];
        var rest = breakAt < 0 ? "" : text[breakAt..];
        rest = rest.StartsWith("\r\n", StringComparison.Ordinal) ? rest[2..] : rest.Length > 0 ? rest[1..] : rest;

        using (var csv = CsvReader.Create(Encoding.UTF8.GetBytes(RemoveUnmatchedQuote(firstLine, _mapper.Delimiter)), _inner))
        {
            if (csv.Read())
            {
                _mapper.Add(LogReading.ReadFields(csv), startLine, first.Reason, resynced: true);
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
        using var csv = CsvReader.Create(input, _inner with { OnMalformedRecord = sink.Add });
        while (csv.Read())
        {
            var line = firstLine + csv.LineNumber - 1;
            var index = sink.FindIndex(m => m.RecordNumber == csv.RowNumber);
            CsvMalformedRecord? malformed = index >= 0 ? sink[index] : null;
            sink.Clear();
            var raw = csv.RawRecord;
            if (malformed is not null && NeedsResync(malformed.Value, raw))
            {
                Resync(raw.ToArray(), line, malformed.Value);
            }
            else
            {
                _mapper.Add(LogReading.ReadFields(csv), line, malformed?.Reason);
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

    /// <summary>The problem text for a kind of malformed quoting.</summary>
    public static string Describe(CsvMalformedReason reason, bool resynced) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote when resynced => "unterminated quote; the opening quote was ignored and reading resumed at the next line",
        CsvMalformedReason.UnterminatedQuote => "unterminated quote; the field was read up to the end of its line",
        CsvMalformedReason.StrayQuote => "stray quote inside an unquoted field; kept as text",
        CsvMalformedReason.TextAfterClosingQuote when resynced => "a quote opened on this line was not closed on it (it ran into later lines); the opening quote was ignored and reading resumed at the next line",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; appended to the field",
        _ => $"malformed quoting ({reason})",
    };
}
