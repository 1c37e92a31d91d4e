namespace WeaknessAnalyzer.Ingestion;

/// <summary>
/// Which column holds the questions when no header says so: a title column taken as the question column must hold values
/// that look like questions, and a log without any question column is told which column looks like one.
/// </summary>
internal static class QuestionGuess
{
    /// <summary>How much a set of values looks like questions: the share with a question mark or at least four words.</summary>
    public static double Likeness(IEnumerable<string?> values)
    {
        var (n, like) = (0, 0);
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v)) continue;
            n++;
            if (v.Contains('?', StringComparison.Ordinal) || v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4) like++;
        }

        return n == 0 ? 0 : (double)like / n;
    }

    /// <summary>Words a question or task usually opens with ("Explain ...", "Walk me through ...", "How would you ...").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "why", "how", "when", "where", "which", "who", "whom", "whose", "can", "could", "would", "should", "do", "does", "did",
        "is", "are", "was", "have", "has", "will", "explain", "describe", "tell", "walk", "write", "design", "implement", "find", "give",
        "define", "compare", "name", "estimate", "calculate", "compute", "sort", "reverse", "build", "solve", "list", "talk", "discuss",
        "outline", "share", "imagine", "suppose", "show", "model", "sketch", "q",
    };

    /// <summary>
    /// How strongly a set of values reads as questions, for choosing among columns: the share that ends a sentence with a
    /// question mark or opens with a question or task word. Feedback ("Stats felt shaky; p-values") has many words but neither.
    /// </summary>
    public static double Askingness(IEnumerable<string?> values)
    {
        var (n, like) = (0, 0);
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v)) continue;
            n++;
            var t = v.Trim();
            var cut = t.AsSpan().IndexOfAny(' ', ',', ':');
            var first = (cut >= 0 ? t[..cut] : t).TrimEnd('.');
            if (t.Contains('?', StringComparison.Ordinal) || Openers.Contains(first)) like++;
        }

        return n == 0 ? 0 : (double)like / n;
    }

    /// <summary>Throws when the guessed question column's values do not look like questions (a list of names, say).</summary>
    public static void Confirm(HeaderMap header, IReadOnlyList<InterviewRecord> records)
    {
        if (Likeness(records.Select(r => r.Question)) >= 0.5) return;
        throw new InterviewDataException(
            $"The log has no question column. The column '{header.HeaderOf(ColumnNames.Question)}' was tried as one (a database export's title column), " +
            "but its values do not look like questions. Name the question column with InterviewLogOptions.Columns (the sample's --map \"Header=question\").")
        { LineNumber = 1, ColumnName = ColumnNames.Question };
    }

    /// <summary>The error for a log without a question column, naming the column whose first values look most like questions.</summary>
    public static InterviewDataException Missing(HeaderMap header, char delimiter, IReadOnlyList<string?[]> sample)
    {
        var headers = header.Headers;
        var found = string.Join(", ", headers.Select(h => $"'{h.Trim()}'"));
        var accepted = string.Join(", ", ColumnNames.AliasesOf(ColumnNames.Question));
        // A column another header already names (the feedback, the notes) is not the question column; among the rest, the one
        // whose values read most as questions, then the one with the most question-like values.
        var best = Enumerable.Range(0, headers.Count)
            .Where(i => ColumnNames.Canonicalize(headers[i]) is null)
            .Select(i => (i, asking: Askingness(sample.Select(f => i < f.Length ? f[i] : null)), score: Likeness(sample.Select(f => i < f.Length ? f[i] : null))))
            .Where(x => x.score >= 0.5)
            .OrderByDescending(x => x.asking).ThenByDescending(x => x.score).ThenBy(x => x.i)
            .Select(x => headers[x.i].Trim())
            .FirstOrDefault();
        var likely = best is null ? "" : $" The column '{best}' looks like it holds the questions: map it with InterviewLogOptions.Columns (the sample's --map \"{best}=question\").";
        return new InterviewDataException(
            $"The log has no question column. Columns found: {found}. A question column is named 'question' " +
            $"(ignoring case, spaces, underscores and hyphens), one of: {accepted}, or a header whose words say so (such as 'The question they asked').{likely}" +
            (delimiter is not ',' ? $" The detected separator was '{(delimiter == '\t' ? "\\t" : delimiter.ToString())}'." : ""))
        { LineNumber = 1, ColumnName = ColumnNames.Question };
    }
}
