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
        if (Directory.Exists(path))
        {
            throw new FileNotFoundException($"The interview log '{path}' is a folder, not a file.", path);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The interview log file '{path}' does not exist.", path);
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
        var total = stream.CanSeek ? stream.Length - stream.Position : 0;
        var start = stream.CanSeek ? stream.Position : 0;
        long BytesRead() => stream.CanSeek ? stream.Position - start : 0;
        var (prefixed, legacy) = await TextEncodingSniffer.SniffAsync(stream, cancellationToken).ConfigureAwait(false);
        if (legacy is not null)
        {
            // Not UTF-8: decoded as Windows-1252 (every byte is a character), so "José" and "Josè" stay two people.
            using var decoded = new StreamReader(prefixed, legacy, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var log = await ReadCoreAsync(
                csvOptions => CsvReader.Create(decoded, csvOptions, leaveOpen: true), options, progress, BytesRead, total, cancellationToken).ConfigureAwait(false);
            return log with { Summary = log.Summary with { Encoding = TextEncodingSniffer.LegacyName } };
        }

        return await ReadCoreAsync(
            csvOptions => CsvReader.Create(prefixed, csvOptions, leaveOpen: true), options, progress, BytesRead, total, cancellationToken).ConfigureAwait(false);
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
        var log = await ReadCoreAsync(
            csvOptions => CsvReader.Create(reader, csvOptions, leaveOpen: true), options, progress, static () => 0, 0, cancellationToken).ConfigureAwait(false);
        return log with { Summary = log.Summary with { Encoding = "text" } };
    }

    /// <summary>Reads a log from a string holding the whole CSV text.</summary>
    public static InterviewLog Parse(string csvText, InterviewLogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        using var reader = new StringReader(csvText);
        return ReadAsync(reader, options).GetAwaiter().GetResult();
    }

    private static async Task<InterviewLog> ReadCoreAsync(
        Func<CsvReaderOptions, CsvReader> open, InterviewLogOptions? options, IProgress<IngestionProgress>? progress, Func<long> bytesRead, long totalBytes, CancellationToken cancellationToken)
    {
        options ??= InterviewLogOptions.Default;
        options.Validate();
        var reading = new LogReading(options);
        var csv = open(reading.CsvOptions);
        await using (csv.ConfigureAwait(false))
        {
            await reading.RunAsync(csv, progress, bytesRead, totalBytes, cancellationToken).ConfigureAwait(false);
        }

        return reading.Build();
    }
}
