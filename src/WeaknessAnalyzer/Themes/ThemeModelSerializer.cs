using System.IO.Compression;
using System.Text;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// The saved form of a <see cref="ThemeModel"/> (format 4; formats 2, without phrases and kinds, and 3, without fitted
/// questions, still load): a zip holding <c>featurizer.zip</c> (the ML.NET transformer) and <c>themes.bin</c> (seed,
/// unthemed threshold, IDF weights, latent projection, theme centres, the classifier when there is one, each theme's id,
/// label, size, keywords, representatives, phrases and kind, then the fitted questions' hashes and themes when fitted by
/// meaning).
/// </summary>
internal static class ThemeModelSerializer
{
    private const int FormatVersion = 4;

    public static void Save(ThemeModel model, Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var featurizer = zip.CreateEntry("featurizer.zip", CompressionLevel.Fastest).Open())
        {
            model.Featurizer.Save(featurizer);
        }

        using var entry = zip.CreateEntry("themes.bin", CompressionLevel.Fastest).Open();
        using var w = new BinaryWriter(entry, Encoding.UTF8);
        w.Write(FormatVersion);
        w.Write(model.Seed);
        w.Write(model.UnthemedSimilarity);
        w.Write(model.LatentSpace.Terms);
        w.Write(model.LatentSpace.Dimensions);
        WriteFloats(w, model.Weighting.Idf);
        WriteFloats(w, model.LatentSpace.Projection);
        WriteFloats(w, model.Centroids);
        w.Write(model.Classifier is not null);
        if (model.Classifier is not null) WriteFloats(w, model.Classifier);
        w.Write(model.Themes.Count);
        foreach (var t in model.Themes)
        {
            w.Write(t.Id);
            w.Write(t.Label);
            w.Write(t.QuestionCount);
            w.Write(t.IsUnthemed);
            w.Write(t.Keywords.Count);
            foreach (var s in t.Keywords) w.Write(s);
            w.Write(t.Representatives.Count);
            foreach (var s in t.Representatives) w.Write(s);
            w.Write(t.Phrases.Count);
            foreach (var s in t.Phrases) w.Write(s);
            w.Write((int)t.Kind);
        }

        var fitted = model.Fitted;
        w.Write(fitted?.Count ?? 0);
        if (fitted is null) return;
        foreach (var (hash, theme) in fitted.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write(theme);
        }
    }

    public static ThemeModel Load(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var binEntry = zip.GetEntry("themes.bin") ?? throw new InvalidDataException("Not a theme model: themes.bin is missing.");
            using var r = new BinaryReader(binEntry.Open(), Encoding.UTF8);
            var version = r.ReadInt32();
            if (version is not (2 or 3 or FormatVersion)) throw new InvalidDataException($"Unsupported theme model version {version}.");
            var seed = r.ReadInt32();
            var similarity = r.ReadDouble();
            var terms = r.ReadInt32();
            var dims = r.ReadInt32();
            var idf = ReadFloats(r);
            var projection = ReadFloats(r);
            var centroids = ReadFloats(r);
            var classifier = r.ReadBoolean() ? ReadFloats(r) : null;
            var themeCount = r.ReadInt32();
            var themes = new List<Theme>(themeCount);
            for (var i = 0; i < themeCount; i++)
            {
                var id = r.ReadInt32();
                var label = r.ReadString();
                var qc = r.ReadInt32();
                var un = r.ReadBoolean();
                var keywords = Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToArray();
                var reps = Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToArray();
                var phrases = version >= 3 ? Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToArray() : [];
                var kind = version >= 3 ? (ThemeKind)r.ReadInt32() : ThemeKind.Unknown;
                if (!Enum.IsDefined(kind)) throw new InvalidDataException($"Unknown theme kind {(int)kind}.");
                themes.Add(new Theme(id, label, keywords, reps, qc, un) { Phrases = phrases, Kind = kind });
            }

            Dictionary<ulong, int>? fitted = null;
            if (version >= 4)
            {
                var count = r.ReadInt32();
                if (count < 0) throw new InvalidDataException("The stream does not hold a valid theme model.");
                fitted = new Dictionary<ulong, int>(count);
                for (var i = 0; i < count; i++)
                {
                    var hash = r.ReadUInt64();
                    var theme = r.ReadInt32();
                    if (theme < 0 || theme >= themeCount) throw new InvalidDataException($"A fitted question's theme {theme} is not in the model.");
                    fitted[hash] = theme;
                }
            }

            var featEntry = zip.GetEntry("featurizer.zip") ?? throw new InvalidDataException("Not a theme model: featurizer.zip is missing.");
            using var featStream = new MemoryStream();
            using (var fs = featEntry.Open()) fs.CopyTo(featStream);
            featStream.Position = 0;
            var featurizer = TextFeaturizer.Load(featStream, seed);
            return new ThemeModel(featurizer, new TfIdfWeighting(idf), Lsa.FromProjection(terms, dims, projection), centroids, classifier, themes, similarity, seed, fitted);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("The stream does not hold a valid theme model.", ex);
        }
    }

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.Length);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r)
    {
        var values = new float[r.ReadInt32()];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        var read = 0;
        while (read < bytes.Length)
        {
            var got = r.Read(bytes[read..]);
            if (got == 0) throw new EndOfStreamException();
            read += got;
        }

        return values;
    }
}
