using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Remembers an embedder's vectors in a file, so that a log analysed again after the next interview embeds only the
/// questions and feedback it has not seen: a person re-runs the report often, and embedding is most of its time. Entries are
/// keyed by the model and a SHA-256 hash of the text; the file holds no text, only hashes and vectors. A missing, damaged or
/// other-model file is an empty cache (see <see cref="LoadProblem"/>), never an error: the vectors are computed again.
/// Wrap the embedder, analyse, then <see cref="Save()"/>:
/// <code>
/// using var model = new MiniLmQuestionEmbedder();
/// var cache = new EmbeddingCache(model, "interviews.embeddings", MiniLmQuestionEmbedder.ModelName);
/// var report = InterviewAnalyzer.Analyze(log, AnalysisOptions.Default with { Themes = ThemeOptions.Default with { Embedder = cache } });
/// cache.Save();
/// </code>
/// A vector read from the file is the one the model gave on the machine that wrote it; ONNX Runtime's kernels can differ
/// in the last bits between CPUs, so a cache copied to another machine can move a borderline question (README, Determinism).
/// Thread-safe.
/// </summary>
public sealed class EmbeddingCache : IQuestionEmbedder
{
    private static readonly byte[] Magic = "WAEMB1\n"u8.ToArray();
    private readonly IQuestionEmbedder _inner;
    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly Lock _lock = new();
    private int _dimensions;
    private bool _changed;

    /// <summary>Opens the cache file (when it exists) for <paramref name="modelKey"/>.</summary>
    /// <param name="inner">The embedder that computes what the cache does not hold.</param>
    /// <param name="path">The cache file; it need not exist yet.</param>
    /// <param name="modelKey">Names the model (and its version): a file written for another key is not used.</param>
    public EmbeddingCache(IQuestionEmbedder inner, string path, string modelKey)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(modelKey);
        _inner = inner;
        Path = path;
        ModelKey = modelKey;
        LoadProblem = Load();
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>The model the vectors belong to.</summary>
    public string ModelKey { get; }

    /// <summary>Why the file could not be used (damaged, another model, unreadable); <see langword="null"/> when it was read or did not exist.</summary>
    public string? LoadProblem { get; }

    /// <summary>Texts served from the cache so far.</summary>
    public int Hits { get; private set; }

    /// <summary>Texts the inner embedder computed so far.</summary>
    public int Misses { get; private set; }

    /// <summary>Vectors held.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _vectors.Count;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var keys = new UInt128[texts.Count];
        for (var i = 0; i < texts.Count; i++) keys[i] = Key(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Text {i} is null."));
        var missing = new List<int>();
        lock (_lock)
        {
            var seen = new HashSet<UInt128>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (!_vectors.ContainsKey(keys[i]) && seen.Add(keys[i])) missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var computed = _inner.Embed([.. missing.Select(i => texts[i])], cancellationToken);
            if (computed is null || computed.Count != missing.Count) return computed!; // the caller checks what an embedder returns
            lock (_lock)
            {
                for (var j = 0; j < missing.Count; j++)
                {
                    var v = computed[j];
                    if (v is null || v.Length == 0 || (_dimensions != 0 && v.Length != _dimensions)) continue;
                    _dimensions = v.Length;
                    _vectors[keys[missing[j]]] = v;
                    _changed = true;
                }

                Misses += missing.Count;
            }

            if (computed.Any(v => v is null || v.Length != _dimensions)) return computed; // not cacheable: passed through as given
        }

        lock (_lock)
        {
            Hits += texts.Count - missing.Count;
            return [.. keys.Select(k => _vectors[k])];
        }
    }

    /// <summary>
    /// Writes the cache when it holds vectors the file does not, atomically (a temporary file, then a move), entries in
    /// hash order so that the same vectors always give the same file.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file could not be written.</exception>
    public bool Save()
    {
        byte[] bytes;
        lock (_lock)
        {
            if (!_changed) return false;
            bytes = Serialize();
            _changed = false;
        }

        var temp = Path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, Path, overwrite: true);
        return true;
    }

    private static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private byte[] Serialize()
    {
        var model = Encoding.UTF8.GetBytes(ModelKey);
        using var stream = new MemoryStream();
        stream.Write(Magic);
        var buffer = new byte[16];
        void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
            stream.Write(buffer, 0, 4);
        }

        Int(model.Length);
        stream.Write(model);
        Int(_dimensions);
        Int(_vectors.Count);
        foreach (var (key, vector) in _vectors.OrderBy(p => p.Key))
        {
            BinaryPrimitives.WriteUInt128LittleEndian(buffer, key);
            stream.Write(buffer);
            foreach (var x in vector)
            {
                BinaryPrimitives.WriteSingleLittleEndian(buffer, x);
                stream.Write(buffer, 0, 4);
            }
        }

        return stream.ToArray();
    }

    private string? Load()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(Path)) return null;
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the cache file could not be read ({ex.GetType().Name})";
        }

        var span = bytes.AsSpan();
        if (!span.StartsWith(Magic)) return "the cache file is not an embedding cache";
        var at = Magic.Length;
        bool Take(int count, out ReadOnlySpan<byte> part)
        {
            part = at + count <= bytes.Length && count >= 0 ? bytes.AsSpan(at, count) : default;
            if (at + count > bytes.Length || count < 0) return false;
            at += count;
            return true;
        }

        if (!Take(4, out var p) || !Take(BinaryPrimitives.ReadInt32LittleEndian(p), out var model)) return "the cache file is damaged";
        if (Encoding.UTF8.GetString(model) != ModelKey) return "the cache file belongs to another model";
        if (!Take(4, out p)) return "the cache file is damaged";
        var dims = BinaryPrimitives.ReadInt32LittleEndian(p);
        if (!Take(4, out p)) return "the cache file is damaged";
        var count = BinaryPrimitives.ReadInt32LittleEndian(p);
        if (dims <= 0 || count < 0 || (long)count * (16 + (4L * dims)) != bytes.Length - at) return "the cache file is damaged";
        for (var i = 0; i < count; i++)
        {
            Take(16, out p);
            var key = BinaryPrimitives.ReadUInt128LittleEndian(p);
            var v = new float[dims];
            for (var d = 0; d < dims; d++)
            {
                Take(4, out p);
                v[d] = BinaryPrimitives.ReadSingleLittleEndian(p);
            }

            _vectors[key] = v;
        }

        _dimensions = dims;
        return null;
    }
}
