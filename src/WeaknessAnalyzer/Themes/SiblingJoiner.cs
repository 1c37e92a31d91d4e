namespace WeaknessAnalyzer.Themes;

/// <summary>
/// Joins sibling themes after clustering, so that one skill is one theme (and one plan item) rather than two or three
/// splits of it that crowd the plan. Two themes are siblings when:
/// <list type="number">
/// <item>both are system design, both motivation or both pay and logistics (<see cref="ThemeKinds"/>): a person prepares
/// each of these as one skill (one design drill, one pitch, one set of numbers), whatever the prompts;</item>
/// <item>with an embedder, the mean directions of their questions' embeddings have a cosine of at least
/// <see cref="MinMeaningCosine"/> (measured on `plans --siblings`: 38 of 245 pairs of splits of one planted theme reach it,
/// none of 1,515 pairs of different planted themes);</item>
/// <item>the person's own category says so: at least <see cref="MinTagShare"/> of each theme's tagged questions carry one
/// tag, that tag is specific (not a word such as "technical", "behavioural" or "other", and on at most
/// <see cref="MaxTagShareOfLog"/> of the log's tagged questions), the two themes' kinds go together (one kind, one of them
/// without a kind, or a concept and coding: under a "databases" tag, explaining indexes and writing a join are one
/// skill), and, with an embedder, their centres' cosine is at least <see cref="MinTaggedMeaningCosine"/> or the median
/// cosine over all pairs of the log's themes, whichever is lower: no farther apart than a typical pair of this log (the
/// generator's coarse "Technical" tag over testing and concurrency joined them without the word list and a guard; on the
/// team's Google Sheets export, "Explain window functions" and "Write a query for the top 3 products per category", both
/// tagged sql, sit at 0.14 against a median of 0.10, and were two SQL plan items under the fixed 0.3);
/// by words alone, their questions share a word.</item>
/// </list>
/// The most similar sibling pair (by meaning when there is an embedder, then by index) is joined first, the joined theme's
/// kind, tags and centre are recomputed, and joining repeats until no pair qualifies. Only used when the number of themes
/// is automatic.
/// </summary>
internal static class SiblingJoiner
{
    /// <summary>See the class remarks.</summary>
    public const double MinMeaningCosine = 0.6;

    /// <summary>See the class remarks.</summary>
    public const double MinTagShare = 0.75;

    /// <summary>See the class remarks.</summary>
    public const double MinTaggedMeaningCosine = 0.3;

    /// <summary>See the class remarks.</summary>
    public const double MaxTagShareOfLog = 0.5;

    /// <summary>Category words that name no skill of their own ("Technical", "Behavioural", "Other"): they join nothing.</summary>
    internal static readonly HashSet<string> GenericTags = new(StringComparer.Ordinal) { "technical", "tech", "general", "other", "others", "misc", "miscellaneous", "hard skills", "soft skills", "behavioural", "behavioral", "behaviour", "behavior", "non technical", "nontechnical", "interview", "question", "questions", "hr", "screening" };

    private static readonly ThemeKind[] OneSkillKinds = [ThemeKind.SystemDesign, ThemeKind.Motivation, ThemeKind.Logistics];

    /// <summary>Joins sibling themes in <paramref name="labels"/> (0..k-1, replaced by 0..k'-1 in order of the first member) and returns k'.</summary>
    /// <param name="labels">Each point's theme.</param>
    /// <param name="k">Themes before joining.</param>
    /// <param name="texts">Each point's question.</param>
    /// <param name="weights">Each point's weight (its repeats).</param>
    /// <param name="tags">Each point's category tags with their counts over its repeats, or null.</param>
    /// <param name="semantic">Unit-length embeddings (points x <paramref name="dimensions"/>), or null.</param>
    /// <param name="dimensions">Embedding dimensions.</param>
    /// <param name="words">Without an embedder, the TF-IDF rows (word columns first, then the tags), for the category rule; or null.</param>
    /// <param name="wordRows">Each point's row in <paramref name="words"/>.</param>
    /// <param name="wordColumns">The word columns of <paramref name="words"/> (the tag columns after them are left out).</param>
    public static int Join(int[] labels, int k, string[] texts, float[] weights, IReadOnlyList<Dictionary<string, int>?> tags, float[]? semantic, int dimensions, SparseMatrix? words = null, int[]? wordRows = null, int wordColumns = 0)
    {
        if (k < 2) return k;
        var n = labels.Length;
        var kinds = texts.Select(ThemeKinds.Of).ToArray();
        var logTags = new Dictionary<string, double>(StringComparer.Ordinal);
        double logTagged = 0;
        foreach (var t in tags)
        {
            if (t is null || t.Count == 0) continue;
            foreach (var (tag, count) in t) logTags[tag] = logTags.GetValueOrDefault(tag) + count;
            logTagged += t.Values.Max();
        }

        var alive = Enumerable.Range(0, k).ToList();
        var stats = new Stats[k];
        foreach (var c in alive) stats[c] = Compute(c);
        alive.RemoveAll(c => stats[c].Mass <= 0);
        var typical = TypicalCosine(alive.Select(c => stats[c].Centre).ToList());

        while (true)
        {
            var (bestA, bestB, bestScore) = (-1, -1, double.NegativeInfinity);
            for (var ia = 0; ia < alive.Count; ia++)
            {
                for (var ib = ia + 1; ib < alive.Count; ib++)
                {
                    var (a, b) = (alive[ia], alive[ib]);
                    var cos = Cosine(stats[a].Centre, stats[b].Centre);
                    if (!Siblings(stats[a], stats[b], cos, typical)) continue;
                    if (cos > bestScore + 1e-12) (bestA, bestB, bestScore) = (a, b, cos);
                }
            }

            if (bestA < 0) break;
            for (var j = 0; j < n; j++) if (labels[j] == bestB) labels[j] = bestA;
            alive.Remove(bestB);
            stats[bestA] = Compute(bestA);
        }

        // Renumber 0..k'-1 in order of the surviving theme's index.
        var index = new int[k];
        for (var i = 0; i < alive.Count; i++) index[alive[i]] = i;
        for (var j = 0; j < n; j++) labels[j] = index[labels[j]];
        return alive.Count;

        Stats Compute(int c)
        {
            double mass = 0, tagged = 0;
            var kindVotes = new List<(ThemeKind, double)>();
            var tagMass = new Dictionary<string, double>(StringComparer.Ordinal);
            var centre = semantic is null ? null : new double[dimensions];
            var wordSum = semantic is null && words is not null && tags.Count > 0 ? new Dictionary<int, double>() : null;
            for (var j = 0; j < n; j++)
            {
                if (labels[j] != c) continue;
                mass += weights[j];
                kindVotes.Add((kinds[j], weights[j]));
                if (tags[j] is { Count: > 0 } t)
                {
                    foreach (var (tag, count) in t) tagMass[tag] = tagMass.GetValueOrDefault(tag) + count;
                    tagged += t.Values.Max();
                }

                if (centre is not null)
                {
                    for (var d = 0; d < dimensions; d++) centre[d] += weights[j] * semantic![(j * dimensions) + d];
                }

                if (wordSum is not null)
                {
                    var r = wordRows![j];
                    for (var p = words!.RowStart[r]; p < words.RowStart[r + 1]; p++)
                    {
                        if (words.Indices[p] < wordColumns) wordSum[words.Indices[p]] = wordSum.GetValueOrDefault(words.Indices[p]) + (weights[j] * words.Values[p]);
                    }
                }
            }

            if (centre is not null)
            {
                var norm = Math.Sqrt(centre.Sum(v => v * v));
                if (norm > 0) for (var d = 0; d < dimensions; d++) centre[d] /= norm;
            }

            string? topTag = null;
            if (tagged > 0 && tagged * 2 >= mass)
            {
                var (tag, count) = tagMass.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
                if (count >= MinTagShare * tagged && logTags[tag] <= MaxTagShareOfLog * logTagged && !GenericTags.Contains(tag)) topTag = tag;
            }

            if (wordSum is not null)
            {
                var norm = Math.Sqrt(wordSum.Values.Sum(v => v * v));
                if (norm > 0) foreach (var key in wordSum.Keys.ToArray()) wordSum[key] /= norm;
            }

            return new Stats(mass, ThemeKinds.Of(kindVotes), topTag, centre) { Words = wordSum };
        }
    }

    /// <summary>The median cosine over all pairs of the themes' centres before joining (0 without an embedder or with one theme).</summary>
    internal static double TypicalCosine(List<double[]?> centres)
    {
        var cosines = new List<double>();
        for (var a = 0; a < centres.Count; a++)
        {
            for (var b = a + 1; b < centres.Count; b++) if (centres[a] is not null && centres[b] is not null) cosines.Add(Cosine(centres[a], centres[b]));
        }

        if (cosines.Count == 0) return 0;
        cosines.Sort();
        var mid = cosines.Count / 2;
        return cosines.Count % 2 == 1 ? cosines[mid] : (cosines[mid - 1] + cosines[mid]) / 2;
    }

    private static bool Siblings(Stats a, Stats b, double cos, double typical)
    {
        if (a.Kind == b.Kind && OneSkillKinds.Contains(a.Kind)) return true;
        if (a.Centre is not null && cos >= MinMeaningCosine) return true;
        if (a.TopTag is null || a.TopTag != b.TopTag || !Compatible(a.Kind, b.Kind)) return false;
        if (a.Centre is not null) return cos >= Math.Min(MinTaggedMeaningCosine, typical);
        // By words, the centres of two splits of one skill are far apart (the bundled log's two databases themes: 0.015),
        // so the words' guard is only that they share a word.
        return a.Words is not null && b.Words is not null && WordCosine(a.Words, b.Words) > 0;
    }

    /// <summary>One kind, or one of them unknown, or both technical (a concept to explain and code to write under one "databases" tag are one skill).</summary>
    private static bool Compatible(ThemeKind a, ThemeKind b) =>
        a == b || a == ThemeKind.Unknown || b == ThemeKind.Unknown || (Technical(a) && Technical(b));

    private static bool Technical(ThemeKind kind) => kind is ThemeKind.Concept or ThemeKind.Coding;

    private static double Cosine(double[]? a, double[]? b)
    {
        if (a is null || b is null) return 0;
        double s = 0;
        for (var d = 0; d < a.Length; d++) s += a[d] * b[d];
        return s;
    }

    private sealed record Stats(double Mass, ThemeKind Kind, string? TopTag, double[]? Centre)
    {
        public Dictionary<int, double>? Words { get; init; }
    }

    private static double WordCosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double s = 0;
        foreach (var (t, v) in a) if (b.TryGetValue(t, out var w)) s += v * w;
        return s;
    }
}
