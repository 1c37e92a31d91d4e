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
        var best = Enumerable.Range(0, headers.Count)
            .Select(i => (i, score: Likeness(sample.Select(f => i < f.Length ? f[i] : null))))
            .Where(x => x.score >= 0.5)
            .OrderByDescending(x => x.score).ThenBy(x => x.i)
            .Select(x => headers[x.i].Trim())
            .FirstOrDefault();
        var likely = best is null ? "" : $" The column '{best}' looks like it holds the questions: map it with InterviewLogOptions.Columns (the sample's --map \"{best}=question\").";
        return new InterviewDataException(
            $"The log has no question column. Columns found: {found}. A question column is named 'question' " +
            $"(ignoring case, spaces, underscores and hyphens) or one of: {accepted}.{likely}" +
            (delimiter is not ',' ? $" The detected separator was '{(delimiter == '\t' ? "\\t" : delimiter.ToString())}'." : ""))
        { LineNumber = 1, ColumnName = ColumnNames.Question };
    }
}
