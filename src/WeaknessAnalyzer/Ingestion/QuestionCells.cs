namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// A question cell that holds several questions, as a sheet kept one row per interview does ("Tell me about yourself",
/// line break, "Why Acme?", line break, "Explain a hash map"; or "Explain hash maps; What is Big O?; Why Beta?"): its
/// questions, each read as a question of its own that shares the row's other cells.
/// </summary>
internal static class QuestionCells
{
    /// <summary>More parts than this is prose (notes pasted into the cell), not a list of questions: the cell stays whole.</summary>
    public const int MaxParts = 30;

    /// <summary>
    /// The questions in a cell, in order, or <see langword="null"/> when it holds one. Lines are questions, except that a line
    /// opening with <c>(</c> (a follow-up in brackets), or with a lower-case letter after one that does not end a sentence
    /// (<c>? . ! :</c>), continues it (a long question wrapped by hand); a single line is a list when <c>;</c> separates three
    /// or more parts of two words or more, or two that each end with <c>?</c>.
    /// Bullets (<c>-</c>, <c>*</c>, <c>•</c>) and numbering (<c>1.</c>, <c>Q2:</c>) before a part are dropped.
    /// </summary>
    public static List<string>? Split(string cell)
    {
        List<string>? parts = null;
        if (cell.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            parts = [];
            foreach (var raw in cell.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var line = Unmarked(raw);
                if (line.Length == 0) continue;
                // A bulleted or numbered line is an item of its own.
                if (parts.Count > 0 && line.Length == raw.Length && Continues(parts[^1], line)) parts[^1] += " " + line;
                else parts.Add(line);
            }
        }
        else if (cell.Contains(';', StringComparison.Ordinal))
        {
            var pieces = cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unmarked).Where(p => p.Length > 0).ToList();
            // Two parts are a list only when both ask ("What is Big O?; Why Beta?"): a single question often carries a
            // semicolon ("Running a compiled Haskell program; getting errors").
            if (pieces.All(p => Words(p) >= 2) && (pieces.Count >= 3 || (pieces.Count == 2 && pieces.All(p => p.EndsWith('?'))))) parts = pieces;
        }

        return parts is { Count: >= 2 and <= MaxParts } ? parts : null;
    }

    private static bool Continues(string previous, string line) =>
        line[0] == '(' || (previous[^1] is not ('?' or '.' or '!' or ':') && char.IsLower(line[0]));

    private static string Unmarked(string part)
    {
        var s = part.TrimStart('-', '*', '•', '–', '·', '>', ' ', '\t');
        return FieldParsers.WithoutQuestionMarker(s).Trim();
    }

    private static int Words(string s)
    {
        var words = 0;
        var inWord = false;
        foreach (var ch in s)
        {
            var letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord) words++;
            inWord = letter;
        }

        return words;
    }
}
