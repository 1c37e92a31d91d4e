using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// The person's own categories as a naming hint. When the log has a category column (category, type, tags, topic...) and
/// at least <see cref="MinShare"/> of a theme's questions that have a category share one tag (a cell may hold several:
/// "stats, experimentation"; a slash separates only with spaces around it, so "A/B testing" is one tag), and at least half of the theme's questions have a category, the theme's label starts with
/// that tag as the person wrote it most often, instead of the kind from word rules ("Databases: inner join, SQL query").
/// The theme's phrases become the ones the label shows, and come from the questions under that tag (the theme's phrases
/// that one of them holds, topped up with phrases chosen from them alone). The grouping itself is not changed.
/// </summary>
internal static class CategoryNames
{
    /// <summary>See the class remarks.</summary>
    public const double MinShare = 0.6;

    private static readonly string[] Separators = [",", ";", "|", " / ", "\n"];

    public static IReadOnlyList<Theme> Apply(IReadOnlyList<Theme> themes, IReadOnlyList<InterviewRecord> records, IReadOnlyList<int> assignments, IReadOnlySet<string>? skip = null)
    {
        if (!records.Any(r => !string.IsNullOrWhiteSpace(r.Category))) return themes;
        var byTheme = new Dictionary<int, List<(string Question, string? Category)>>();
        for (var i = 0; i < records.Count; i++)
        {
            if (!byTheme.TryGetValue(assignments[i], out var list)) byTheme[assignments[i]] = list = [];
            list.Add((records[i].Question, records[i].Category));
        }

        var naming = new Naming(records, skip, Math.Max(1, byTheme.Where(t => t.Key != 0).Select(t => (double)t.Value.Count).DefaultIfEmpty(1).Average()));
        return [.. themes.Select(t => t.IsUnthemed || t.Phrases.Count == 0 || !byTheme.TryGetValue(t.Id, out var items) ? t : Named(t, items, naming))];
    }

    /// <summary>
    /// Each distinct question's candidate phrases (computed once: a log repeats its questions), and, built on first use,
    /// the questions holding each phrase anywhere in the log, for phrases chosen again.
    /// </summary>
    private sealed class Naming(IReadOnlyList<InterviewRecord> records, IReadOnlySet<string>? skip, double average)
    {
        private readonly Dictionary<string, Dictionary<string, (string Shown, int Position)>> _candidates = new(StringComparer.Ordinal);
        private Dictionary<string, double>? _everywhere;

        public double Average => average;

        public Dictionary<string, (string Shown, int Position)> Of(string question)
        {
            if (!_candidates.TryGetValue(question, out var c))
            {
                _candidates[question] = c = ThemeNamer.Candidates(question, skip, ThemeKinds.AsksWhyCompany(question, skip));
            }

            return c;
        }

        public Dictionary<string, double> Everywhere
        {
            get
            {
                if (_everywhere is not null) return _everywhere;
                _everywhere = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var r in records)
                {
                    foreach (var key in Of(r.Question).Keys) _everywhere[key] = _everywhere.GetValueOrDefault(key) + 1;
                }

                return _everywhere;
            }
        }
    }

    private static Theme Named(Theme theme, List<(string Question, string? Category)> items, Naming naming)
    {
        var tagged = items.Where(c => !string.IsNullOrWhiteSpace(c.Category)).Select(c => (c.Question, Tags: Tags(c.Category!))).ToList();
        if (tagged.Count == 0 || tagged.Count * 2 < items.Count) return theme;
        var best = tagged.SelectMany(t => t.Tags.Select(x => x.Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        if (best.Count < MinShare * tagged.Count) return theme;
        var shown = tagged.SelectMany(t => t.Tags).Where(x => x.Key == best.Key).GroupBy(x => x.Shown, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        // "sql" or "ml" in lower case is an acronym the person did not bother to capitalise; "stats" is a word.
        var title = shown.Length <= 3 && shown.All(char.IsLower) ? shown.ToUpperInvariant() : char.ToUpperInvariant(shown[0]) + shown[1..];
        // The title names the questions under that tag, so the phrases after it come from them too: a frontend question
        // in a theme the person filed mostly under concurrency does not name it ("Concurrency: CSS specificity").
        var titled = tagged.Where(t => t.Tags.Any(x => x.Key == best.Key)).Select(t => t.Question).ToList();
        var phrases = Held(theme.Phrases, titled, naming);
        if (phrases.Count < theme.Phrases.Count)
        {
            // Topped up from the phrases those questions give, none sharing a word stem with one kept.
            var stems = phrases.SelectMany(StemsOf).ToHashSet(StringComparer.Ordinal);
            foreach (var extra in Chosen(titled, naming))
            {
                if (phrases.Count == theme.Phrases.Count || string.Join(", ", phrases.Append(extra)).Length > ThemeNamer.MaxLabelLength) break;
                if (StemsOf(extra).Any(stems.Contains)) continue;
                phrases.Add(extra);
                stems.UnionWith(StemsOf(extra));
            }
        }
        // A phrase that only repeats the tag ("database" under "Databases") is dropped from the label.
        var tagWords = best.Key.Split(' ');
        phrases = phrases.Where(p => !TextKeys.DedupKey(p).Split(' ').All(w => tagWords.Any(t => SameWord(w, t)))).ToList();
        // The phrases are the ones the label shows, so the plan's actions do not name the tag either ("Explain database, ...").
        return phrases.Count == 0 ? theme : theme with { Label = $"{title}: {string.Join(", ", phrases)}", Phrases = phrases };
    }

    private static IEnumerable<string> StemsOf(string phrase) => TextKeys.DedupKey(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextKeys.Stem);

    /// <summary>The phrases that at least one of the questions holds.</summary>
    private static List<string> Held(IReadOnlyList<string> phrases, List<string> questions, Naming naming)
    {
        var held = questions.Distinct(StringComparer.Ordinal).SelectMany(q => naming.Of(q).Keys).ToHashSet(StringComparer.Ordinal);
        // A phrase's key is its longest candidate key (the phrase as a whole).
        return [.. phrases.Where(p => (p == ThemeNamer.WhyThisCompany ? p : ThemeNamer.Candidates(p).Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault()) is { } key && held.Contains(key))];
    }

    /// <summary>Phrases chosen from these questions alone, as <see cref="ThemeDescriber"/> chooses them from a whole theme.</summary>
    private static List<string> Chosen(List<string> questions, Naming naming)
    {
        var holding = new Dictionary<string, double>(StringComparer.Ordinal);
        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            foreach (var (key, (text, at)) in naming.Of(q))
            {
                holding[key] = holding.GetValueOrDefault(key) + 1;
                position[key] = position.GetValueOrDefault(key) + at;
                if (!forms.TryGetValue(key, out var f)) forms[key] = f = new Dictionary<string, int>(StringComparer.Ordinal);
                f[text] = f.GetValueOrDefault(text) + 1;
            }
        }

        string ShownAs(string key) => forms[key].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        return ThemeNamer.Choose(holding, position, ShownAs, naming.Everywhere, questions.Count, naming.Average);
    }

    /// <summary>
    /// Same word up to a plural or suffix: one stem, one a prefix of the other ("database", "databases"), or sharing all but
    /// the last two letters of the shorter, at least five ("prioritise" and "prioritisation", "estimate" and "estimation").
    /// </summary>
    internal static bool SameWord(string a, string b)
    {
        if (TextKeys.Stem(a) == TextKeys.Stem(b)) return true;
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))) return true;
        var common = 0;
        while (common < shorter && a[common] == b[common]) common++;
        return common >= Math.Max(5, shorter - 2);
    }

    /// <summary>The tags of one category cell: each with its key (lower case, no punctuation) and as the person wrote it.</summary>
    internal static List<(string Key, string Shown)> Tags(string cell) =>
        [.. cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => (Key: TextKeys.DedupKey(t), Shown: t))
            .Where(t => t.Key.Length > 0)];
}
