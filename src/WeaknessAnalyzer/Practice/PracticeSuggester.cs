using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Practice;

/// <summary>
/// New questions to practise for a plan item: questions of the bundled bank (<see cref="PracticeBank"/>) nearest to the
/// theme, that the person has not been asked. By words, a bank question scores half by its own TF-IDF cosine with the
/// theme's questions and half by its section's (the question's words, or the section's own list of what it is about), halved
/// when the section's kind and the theme's clear kind are of different families (technical, behavioural, self-presentation);
/// only sections at least <see cref="SectionShare"/> as near as the nearest are searched, and a question must share a term
/// with the theme unless its section clearly fits it. Terms are stemmed content words and pairs of neighbouring ones
/// ("confidence interval"), with "A/B", "t-test" and "p-value" kept whole. With an embedder, the best
/// <see cref="Pool"/> by words are ranked again by the cosine of their embedding with the centre of the theme's questions.
/// Rankings are computed once per theme and analysis (themes are shared by every candidate of a log); scores are rounded to
/// 1/1000 and ties go to the bank's order, so the same log gives the same suggestions.
/// </summary>
internal sealed class PracticeSuggester
{
    /// <summary>Bank questions ranked again by meaning, per theme.</summary>
    internal const int Pool = 10;

    /// <summary>Sections whose word cosine with the theme is at least this share of the best section's are searched.</summary>
    internal const double SectionShare = 0.6;

    /// <summary>From the nearest section, when its word cosine with the theme is at least this, a question qualifies without sharing a word with the theme.</summary>
    internal const double MinSectionScore = 0.25;

    /// <summary>The least word score a suggestion needs without an embedder.</summary>
    internal const double MinWordScore = 0.12;

    /// <summary>The least cosine of meaning with the theme's centre a suggestion needs with an embedder.</summary>
    internal const double MinMeaning = 0.3;

    /// <summary>A bank question this close in meaning to a question the person was asked is the same question.</summary>
    internal const double SameMeaning = 0.82;

    /// <summary>A bank question whose words are this much inside a question the person was asked (or the other way round) is the same question.</summary>
    internal const double SameWords = 0.6;

    private const int MaxThemeTexts = 24;

    private readonly Dictionary<int, Theme> _themes;
    private readonly Dictionary<int, string[]> _themeTexts;
    private readonly IQuestionEmbedder? _embedder;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<int, int[]> _ranked = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, float[]> _embedded = new(StringComparer.Ordinal);
    private static readonly Lazy<WordSpace> Words = new(() => new WordSpace(PracticeBank.Entries, PracticeBank.Sections));

    /// <param name="themes">The fitted themes.</param>
    /// <param name="questions">Every question of the log, in row order.</param>
    /// <param name="assignments">The theme of each question.</param>
    /// <param name="embedder">Ranks by meaning when given.</param>
    /// <param name="count">Suggestions per plan item.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    public PracticeSuggester(IReadOnlyList<Theme> themes, IReadOnlyList<string> questions, IReadOnlyList<int> assignments, IQuestionEmbedder? embedder, int count, CancellationToken cancellationToken)
    {
        _themes = themes.ToDictionary(t => t.Id);
        _embedder = embedder;
        Count = count;
        _cancellationToken = cancellationToken;
        // The theme's distinct questions, most asked first, then in log order.
        _themeTexts = Enumerable.Range(0, questions.Count)
            .GroupBy(i => assignments[i])
            .ToDictionary(g => g.Key, g => g.GroupBy(i => TextKeys.DedupKey(questions[i]), StringComparer.Ordinal)
                .OrderByDescending(d => d.Count()).ThenBy(d => d.First())
                .Select(d => questions[d.First()]).Take(MaxThemeTexts).ToArray());
    }

    /// <summary>Suggestions per plan item.</summary>
    public int Count { get; }

    /// <summary>
    /// Up to <see cref="Count"/> bank questions for the theme, best first, none of them one the person was asked: not the
    /// same words up to case and punctuation, not mostly the same content words, and (with an embedder) not nearly the
    /// same meaning as one of their questions on the theme.
    /// </summary>
    /// <param name="themeId">The theme.</param>
    /// <param name="asked">Every question the person was asked.</param>
    /// <param name="askedOnTheme">Their questions on this theme.</param>
    /// <param name="taken">Bank questions already suggested to them for another plan item; the ones chosen here are added.</param>
    public IReadOnlyList<string> For(int themeId, IReadOnlyList<string> asked, IReadOnlyList<string> askedOnTheme, ISet<string> taken) =>
        For(themeId, new AskedQuestions(asked), askedOnTheme, taken);

    /// <summary>The same, with the person's questions prepared once for all their plan items.</summary>
    public IReadOnlyList<string> For(int themeId, AskedQuestions asked, IReadOnlyList<string> askedOnTheme, ISet<string> taken)
    {
        if (Count == 0 || themeId == Theme.UnthemedId || !_themes.ContainsKey(themeId)) return [];
        // Candidates are analysed in parallel: the rankings and vectors cached per theme are computed and read one at a time.
        lock (_gate) return ForCore(themeId, asked, askedOnTheme, taken);
    }

    private List<string> ForCore(int themeId, AskedQuestions asked, IReadOnlyList<string> askedOnTheme, ISet<string> taken)
    {
        var words = Words.Value;
        var ranked = Ranked(themeId); // embeds the theme's questions, so that the asked ones below have vectors
        var askedKeys = asked.Keys;
        var askedVectors = _embedder is null ? [] : askedOnTheme.Where(_embedded.ContainsKey).Select(q => _embedded[q]).ToArray();
        var result = new List<string>(Count);
        foreach (var index in ranked)
        {
            var text = PracticeBank.Entries[index].Text;
            if (taken.Contains(text)) continue;
            if (askedKeys.Contains(TextKeys.DedupKey(text))) continue;
            var stems = words.EntryStems[index];
            if (asked.SharesWordsWith(stems)) continue;
            if (askedVectors.Length > 0 && askedVectors.Any(v => Cosine(v, _embedded[text]) >= SameMeaning)) continue;
            result.Add(text);
            taken.Add(text);
            if (result.Count == Count) break;
        }

        return result;
    }

    /// <summary>
    /// A person's questions as the "not asked before" checks need them: de-duplication keys and content words, each distinct
    /// question once, with an index from each word to the questions holding it, so a bank question is compared only with
    /// the asked questions sharing a word with it (a coach's candidate can have thousands of distinct questions).
    /// </summary>
    internal sealed class AskedQuestions
    {
        private readonly Dictionary<string, List<int>> _holding = new(StringComparer.Ordinal);

        public AskedQuestions(IEnumerable<string> questions)
        {
            Keys = new HashSet<string>(StringComparer.Ordinal);
            var stems = new List<HashSet<string>>();
            foreach (var q in questions)
            {
                if (!Keys.Add(TextKeys.DedupKey(q))) continue;
                var s = WordSpace.Stems(q);
                if (s.Count == 0) continue;
                foreach (var word in s)
                {
                    if (!_holding.TryGetValue(word, out var list)) _holding[word] = list = [];
                    list.Add(stems.Count);
                }

                stems.Add(s);
            }

            Stems = [.. stems];
        }

        public HashSet<string> Keys { get; }

        public HashSet<string>[] Stems { get; }

        /// <summary>Whether any asked question has the same words as <paramref name="stems"/> (<see cref="SameWordsAs"/>).</summary>
        public bool SharesWordsWith(IReadOnlySet<string> stems)
        {
            HashSet<int>? seen = null;
            foreach (var word in stems)
            {
                if (!_holding.TryGetValue(word, out var list)) continue;
                seen ??= [];
                foreach (var i in list)
                {
                    if (seen.Add(i) && SameWordsAs(stems, Stems[i])) return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether two questions' content words mostly coincide: at least two shared, and the shared ones at least
    /// <see cref="SameWords"/> of the shorter; or a one-word question ("When would you use a t-test?") inside a question of
    /// at most two ("When would you use a t-test, and what does it assume?").
    /// </summary>
    internal static bool SameWordsAs(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var shorter = Math.Min(a.Count, b.Count);
        return (shared >= 2 && shared >= SameWords * shorter) || (shorter == 1 && shared == 1 && Math.Max(a.Count, b.Count) <= 2);
    }

    /// <summary>The bank's questions for a theme, best first (computed once per theme).</summary>
    internal int[] Ranked(int themeId)
    {
        if (_ranked.TryGetValue(themeId, out var ranked)) return ranked;
        var theme = _themes[themeId];
        var texts = _themeTexts.TryGetValue(themeId, out var t) ? t : [];
        var words = Words.Value;
        var centre = words.Centre(texts);
        // The sections nearest the theme: the best one and any at least SectionShare as near (a theme may span two).
        var sectionScores = words.SectionVectors.Select(v => Math.Round(WordSpace.Dot(v, centre), 3)).ToArray();
        var best = sectionScores.DefaultIfEmpty(0).Max();
        var scored = new List<(int Index, double Score, bool Shares)>();
        for (var i = 0; best > 0 && i < PracticeBank.Entries.Count; i++)
        {
            var entry = PracticeBank.Entries[i];
            if (sectionScores[entry.Section] < SectionShare * best) continue;
            var own = WordSpace.Dot(words.EntryVectors[i], centre);
            var score = 0.5 * own + 0.5 * sectionScores[entry.Section];
            var kind = PracticeBank.Sections[entry.Section].Kind;
            if (Family(theme.Kind) != Family(kind) && theme.Kind != ThemeKind.Unknown && kind != ThemeKind.Unknown) score *= 0.5;
            // A question sharing no word with the theme still qualifies from a section that clearly fits it.
            scored.Add((i, Math.Round(score, 3), own > 0 || (sectionScores[entry.Section] == best && best >= MinSectionScore)));
        }

        var byWords = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();
        ranked = _embedder is null
            ? [.. byWords.Where(s => s.Shares && s.Score >= MinWordScore).Select(s => s.Index)]
            : ByMeaning(texts, [.. byWords.Take(Pool).Select(s => s.Index)]);
        _ranked[themeId] = ranked;
        return ranked;
    }

    /// <summary>Kinds that one practice serves: technical (concept, coding, design), behavioural, self-presentation (motivation, logistics).</summary>
    private static int Family(ThemeKind kind) => kind switch
    {
        ThemeKind.Concept or ThemeKind.Coding or ThemeKind.SystemDesign => 1,
        ThemeKind.Behavioural => 2,
        ThemeKind.Motivation or ThemeKind.Logistics => 3,
        _ => 0,
    };

    private int[] ByMeaning(string[] themeTexts, int[] pool)
    {
        if (pool.Length == 0 || themeTexts.Length == 0) return [];
        Embed([.. themeTexts, .. pool.Select(i => PracticeBank.Entries[i].Text)]);
        var dims = _embedded[themeTexts[0]].Length;
        var centre = new double[dims];
        foreach (var text in themeTexts)
        {
            var v = _embedded[text];
            for (var d = 0; d < dims; d++) centre[d] += v[d];
        }

        var norm = Math.Sqrt(centre.Sum(c => c * c));
        if (norm == 0) return [];
        var c32 = centre.Select(c => (float)(c / norm)).ToArray();
        return [.. pool.Select((index, rank) => (Index: index, Rank: rank, Score: Math.Round(Cosine(c32, _embedded[PracticeBank.Entries[index].Text]), 3)))
            .Where(s => s.Score >= MinMeaning)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Rank)
            .Select(s => s.Index)];
    }

    /// <summary>Embeds the texts not embedded yet in this analysis, rows made unit length.</summary>
    private void Embed(IEnumerable<string> texts)
    {
        var missing = texts.Where(t => !_embedded.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length == 0) return;
        var vectors = _embedder!.Embed(missing, _cancellationToken) ?? throw new InvalidOperationException("The question embedder returned null.");
        if (vectors.Count != missing.Length) throw new InvalidOperationException($"The question embedder returned {vectors.Count} vectors for {missing.Length} texts.");
        for (var i = 0; i < missing.Length; i++)
        {
            var v = vectors[i] ?? throw new InvalidOperationException("The question embedder returned a null vector.");
            var norm = Math.Sqrt(v.Sum(x => (double)x * x));
            _embedded[missing[i]] = norm == 0 || !double.IsFinite(norm) ? new float[v.Length] : [.. v.Select(x => (float)(x / norm))];
        }
    }

    private static double Cosine(float[] a, float[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        double dot = 0;
        for (var i = 0; i < n; i++) dot += (double)a[i] * b[i];
        return dot;
    }

    /// <summary>TF-IDF over the bank's questions, on stemmed content words; unit vectors.</summary>
    private sealed class WordSpace
    {
        private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

        public WordSpace(IReadOnlyList<PracticeBank.Entry> entries, IReadOnlyList<PracticeBank.Section> sections)
        {
            EntryStems = [.. entries.Select(e => (IReadOnlySet<string>)Stems(e.Text))];
            foreach (var stems in EntryStems)
            {
                foreach (var s in stems) _idf[s] = _idf.GetValueOrDefault(s) + 1;
            }

            // The section's words count in the vocabulary too, as one more document each.
            foreach (var section in sections)
            {
                foreach (var s in section.Words.SelectMany(Terms).ToHashSet(StringComparer.Ordinal)) _idf[s] = _idf.GetValueOrDefault(s) + 1;
            }

            var documents = entries.Count + sections.Count;
            foreach (var s in _idf.Keys.ToArray()) _idf[s] = Math.Log((documents + 1.0) / (_idf[s] + 1.0)) + 1.0;
            EntryVectors = [.. entries.Select(e => Vector(e.Text))];
            // A section is its questions and its words, the words weighing as much as its questions together.
            var sums = sections.Select((s, index) => Scaled(Vector(s.Words.SelectMany(Terms)), entries.Count(e => e.Section == index))).ToArray();
            for (var i = 0; i < entries.Count; i++) Add(sums[entries[i].Section], EntryVectors[i]);
            SectionVectors = [.. sums.Select(Normalised)];
        }

        public IReadOnlyList<IReadOnlySet<string>> EntryStems { get; }

        public IReadOnlyList<Dictionary<string, double>> EntryVectors { get; }

        public IReadOnlyList<Dictionary<string, double>> SectionVectors { get; }

        /// <summary>The normalised sum of the texts' unit vectors: each distinct question counts once.</summary>
        public Dictionary<string, double> Centre(IEnumerable<string> texts)
        {
            var sum = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var text in texts) Add(sum, Vector(text));
            return Normalised(sum);
        }

        /// <summary>A text's content words, stemmed (see <see cref="Terms"/>).</summary>
        public static HashSet<string> Stems(string text) => ContentWords(text).ToHashSet(StringComparer.Ordinal);

        private static string[] ContentWords(string text) => [.. ThemeNamer.Words(text).Select(w => w.Word.ToLowerInvariant())
            .Where(w => w.Length > 1 && !TextKeys.IsStopWord(w) && !w.All(char.IsDigit))
            .Select(TextKeys.Stem)];

        /// <summary>
        /// A text's terms: its content words as the theme namer reads them ("A/B", "t-test" and "p-value" stay whole), lower
        /// case and stemmed, then each pair of neighbouring content words ("confid interval"), which tells a statistics
        /// question from an array one where single words cannot.
        /// </summary>
        private static IEnumerable<string> Terms(string text)
        {
            var words = ContentWords(text);
            for (var i = 0; i < words.Length; i++)
            {
                yield return words[i];
                if (i > 0) yield return words[i - 1] + " " + words[i];
            }
        }

        /// <summary>A text's unit TF-IDF vector over the bank's terms (terms the bank never uses are left out).</summary>
        private Dictionary<string, double> Vector(string text) => Vector(Terms(text));

        private Dictionary<string, double> Vector(IEnumerable<string> terms)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                if (_idf.TryGetValue(term, out var idf)) v[term] = v.GetValueOrDefault(term) + idf;
            }

            return Normalised(v);
        }

        private static Dictionary<string, double> Scaled(Dictionary<string, double> v, double factor) =>
            v.ToDictionary(p => p.Key, p => p.Value * factor, StringComparer.Ordinal);

        private static void Add(Dictionary<string, double> sum, Dictionary<string, double> v)
        {
            foreach (var (k, x) in v) sum[k] = sum.GetValueOrDefault(k) + x;
        }

        private static Dictionary<string, double> Normalised(Dictionary<string, double> v)
        {
            // Summed in key order, so the norm does not depend on the dictionary's insertion order.
            var norm = Math.Sqrt(v.OrderBy(p => p.Key, StringComparer.Ordinal).Sum(p => p.Value * p.Value));
            return norm == 0 ? v : v.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
        }

        public static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
        {
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            double dot = 0;
            foreach (var (k, x) in small.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (large.TryGetValue(k, out var y)) dot += x * y;
            }

            return dot;
        }
    }
}
