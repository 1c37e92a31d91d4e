using System.Text;
using System.Text.Unicode;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Decides once per file whether its bytes are UTF-8: the first 64 KB are read; without a byte-order mark, with byte
/// sequences that are not UTF-8 outnumbering the valid multi-byte ones (and no NUL, so it is not binary data or UTF-16
/// without a BOM), the file is decoded as Windows-1252, the code page of older Excel and Windows exports. A UTF-8 file with
/// a few stray bytes stays UTF-8 (its accented names intact), and each row with bytes that do not decode is a problem. A seekable stream is rewound; otherwise the bytes read are
/// handed back in front of the rest.
/// </summary>
internal static class TextEncodingSniffer
{
    /// <summary>What <see cref="IngestionSummary.Encoding"/> says for a file decoded by the fallback.</summary>
    public const string LegacyName = "Windows-1252";

    private const int SniffBytes = 64 * 1024;

    public static async Task<(Stream Stream, Encoding? Legacy)> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[SniffBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var got = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (got == 0) break;
            read += got;
        }

        var head = new ReadOnlyMemory<byte>(buffer, 0, read);
        var legacy = IsLegacy(head.Span, complete: read < buffer.Length) ? CodePagesEncodingProvider.Instance.GetEncoding(1252) : null;
        if (stream.CanSeek)
        {
            // A seekable stream is rewound and read as it is (CsvHelper reads a plain stream fastest).
            stream.Seek(-read, SeekOrigin.Current);
            return (stream, legacy);
        }

        return (new PrefixedStream(head, stream), legacy);
    }

    /// <summary>No BOM, no NUL, and not valid UTF-8 (a sequence cut at the end of an incomplete sample does not count).</summary>
    internal static bool IsLegacy(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (head.IndexOf((byte)0) >= 0) return false;
        if (!complete)
        {
            // Drop a multi-byte sequence that the sample may have cut in two.
            var cut = head.Length;
            for (var back = 1; back <= 3 && back <= head.Length; back++)
            {
                if ((head[^back] & 0xC0) != 0x80)
                {
                    if (head[^back] >= 0xC0) cut = head.Length - back;
                    break;
                }
            }

            head = head[..cut];
        }

        if (Utf8.IsValid(head)) return false;
        // Not all UTF-8: a Windows-1252 file (é as one byte) holds almost no valid multi-byte sequence, while a UTF-8
        // file with a few stray bytes holds more valid sequences than stray bytes; that one stays UTF-8, and each row
        // whose bytes do not decode is listed as a problem.
        int valid = 0, invalid = 0;
        for (var i = 0; i < head.Length;)
        {
            if (head[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(head[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done) valid++;
            else invalid++;
            i += Math.Max(1, consumed);
        }

        return invalid > valid;
    }

    /// <summary>A read-only stream that yields a buffered prefix, then the rest of the inner stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty) return inner.Read(buffer);
            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty) return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer.Span);
            _prefix = _prefix[n..];
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
