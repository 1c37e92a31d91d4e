namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// A question cell that holds several questions, as a sheet kept one row per interview does ("Tell me about yourself",
/// line break, "Why Acme?", line break, "Explain a hash map"; or "Explain hash maps; What is Big O?; Why Beta?"): its
/// questions, each read as a question of its own that shares the row's other cells.
/// </summary>
internal static partial class QuestionCells
{
    /// <summary>More parts than this is prose (notes pasted into the cell), not a list of questions: the cell stays whole.</summary>
    public const int MaxParts = 30;

    /// <summary>
    /// The questions in a cell, in order, or <see langword="null"/> when it holds one. Lines are questions, except that a line
    /// opening with <c>(</c> (a follow-up in brackets), or with a lower-case letter after one that does not end a sentence
    /// (<c>? . ! :</c>), continues it (a long question wrapped by hand); a single line is a list when it is numbered in order
    /// from its start (<c>1) ... 2) ...</c>, <c>Q1: ... Q2: ...</c>), or when <c>;</c> separates three or more parts of two
    /// words or more, or two that each end with <c>?</c>.
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
        else if (Numbered(cell) is { } numbered)
        {
            parts = numbered;
        }
        else if (cell.Contains(';', StringComparison.Ordinal))
        {
            // Slashes are not separators: "How to Capture / Post system-wide Keyboard / Mouse events" is one question.
            var pieces = cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unmarked).Where(p => p.Length > 0).ToList();
            // Two parts are a list only when both ask ("What is Big O?; Why Beta?"): a single question often carries a
            // semicolon ("Running a compiled Haskell program; getting errors").
            if (pieces.All(p => Words(p) >= 2) && (pieces.Count >= 3 || (pieces.Count == 2 && pieces.All(p => p.EndsWith('?'))))) parts = pieces;
        }

        return parts is { Count: >= 2 and <= MaxParts } ? parts : null;
    }

    /// <summary>
    /// A one-line list numbered in order from its start: "1) Reverse a list 2) Design a cache", "Q1: What is a closure? Q2:
    /// Explain the event loop", "1. Two sum 2. LRU cache"; or <see langword="null"/>.
    /// </summary>
    private static List<string>? Numbered(string cell)
    {
        // Numbered from its start: "1" or "Q1" first. Most cells are not, and are not scanned.
        if (cell.Length < 4 || !(cell[0] == '1' || (cell[0] is 'q' or 'Q' && cell[1] == '1'))) return null;
        var markers = InlineMarker().Matches(cell);
        if (markers.Count < 2 || markers[0].Index != 0) return null;
        var q = markers[0].Groups["q"].Success;
        for (var i = 0; i < markers.Count; i++)
        {
            if (markers[i].Groups["n"].Value != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) || markers[i].Groups["q"].Success != q) return null;
        }

        var parts = new List<string>();
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : cell.Length;
            var part = cell[start..end].Trim().TrimEnd(',', ';').Trim();
            if (Words(part) < 2) return null;
            parts.Add(part);
        }

        return parts;
    }

    /// <summary>"1) ", "2. ", "Q3: " at the start or after a space.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|\s)(?:(?<q>[Qq])(?<n>\d{1,2})\s*[:.)]|(?<n>\d{1,2})[.)])\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InlineMarker();

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
