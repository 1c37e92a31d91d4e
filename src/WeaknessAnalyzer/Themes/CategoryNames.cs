using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Themes;

/// <summary>
/// The person's own categories as a naming hint. When the log has a category column (category, type, tags, topic...) and
/// at least <see cref="MinShare"/> of a theme's questions that have a category share one tag (a cell may hold several:
/// "stats, experimentation"; a slash separates only with spaces around it, so "A/B testing" is one tag), and at least half of the theme's questions have a category, the theme's label starts with
/// that tag as the person wrote it most often, instead of the kind from word rules ("Databases: inner join, SQL query").
/// The theme's phrases become the ones the label shows. The grouping itself is not changed.
/// </summary>
internal static class CategoryNames
{
    /// <summary>See the class remarks.</summary>
    public const double MinShare = 0.6;

    private static readonly string[] Separators = [",", ";", "|", " / ", "\n"];

    public static IReadOnlyList<Theme> Apply(IReadOnlyList<Theme> themes, IReadOnlyList<InterviewRecord> records, IReadOnlyList<int> assignments)
    {
        if (!records.Any(r => !string.IsNullOrWhiteSpace(r.Category))) return themes;
        var byTheme = new Dictionary<int, List<string?>>();
        for (var i = 0; i < records.Count; i++)
        {
            if (!byTheme.TryGetValue(assignments[i], out var list)) byTheme[assignments[i]] = list = [];
            list.Add(records[i].Category);
        }

        return [.. themes.Select(t => t.IsUnthemed || t.Phrases.Count == 0 || !byTheme.TryGetValue(t.Id, out var cells) ? t : Named(t, cells))];
    }

    private static Theme Named(Theme theme, List<string?> cells)
    {
        var tagged = cells.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Tags(c!)).ToList();
        if (tagged.Count == 0 || tagged.Count * 2 < cells.Count) return theme;
        var best = tagged.SelectMany(t => t.Select(x => x.Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        if (best.Count < MinShare * tagged.Count) return theme;
        var shown = tagged.SelectMany(t => t).Where(x => x.Key == best.Key).GroupBy(x => x.Shown, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        // "sql" or "ml" in lower case is an acronym the person did not bother to capitalise; "stats" is a word.
        var title = shown.Length <= 3 && shown.All(char.IsLower) ? shown.ToUpperInvariant() : char.ToUpperInvariant(shown[0]) + shown[1..];
        // A phrase that only repeats the tag ("database" under "Databases") is dropped from the label.
        var tagWords = best.Key.Split(' ');
        var phrases = theme.Phrases.Where(p => !TextKeys.DedupKey(p).Split(' ').All(w => tagWords.Any(t => SameWord(w, t)))).ToList();
        // The phrases are the ones the label shows, so the plan's actions do not name the tag either ("Explain database, ...").
        return phrases.Count == 0 ? theme : theme with { Label = $"{title}: {string.Join(", ", phrases)}", Phrases = phrases };
    }

    /// <summary>Same word up to a plural or suffix: one stem, or one a prefix of the other ("database", "databases").</summary>
    private static bool SameWord(string a, string b) =>
        TextKeys.Stem(a) == TextKeys.Stem(b) || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>The tags of one category cell: each with its key (lower case, no punctuation) and as the person wrote it.</summary>
    internal static List<(string Key, string Shown)> Tags(string cell) =>
        [.. cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => (Key: TextKeys.DedupKey(t), Shown: t))
            .Where(t => t.Key.Length > 0)];
}
