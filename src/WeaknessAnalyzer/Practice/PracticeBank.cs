using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Practice;

/// <summary>
/// The bundled bank of practice questions (<c>Practice/PracticeQuestions.txt</c>, an embedded resource written by the team
/// in its own words): sections of a dozen questions each, every section with the <see cref="ThemeKind"/> of its questions.
/// Read once per process.
/// </summary>
internal static class PracticeBank
{
    /// <summary>One question of the bank.</summary>
    /// <param name="Index">Its position in the bank (ties are broken by it, so suggestions are stable).</param>
    /// <param name="Section">The section it belongs to.</param>
    /// <param name="Text">The question.</param>
    internal sealed record Entry(int Index, int Section, string Text);

    /// <summary>A section of the bank.</summary>
    /// <param name="Name">Its name.</param>
    /// <param name="Kind">The kind of its questions.</param>
    /// <param name="Words">Words and phrases the section is about, as people write them in a log ("left join", "p-value").</param>
    internal sealed record Section(string Name, ThemeKind Kind, IReadOnlyList<string> Words);

    private static readonly Lazy<(IReadOnlyList<Section> Sections, IReadOnlyList<Entry> Entries)> Bank = new(() => Parse(ReadResource()));

    public static IReadOnlyList<Section> Sections => Bank.Value.Sections;

    public static IReadOnlyList<Entry> Entries => Bank.Value.Entries;

    private static string ReadResource()
    {
        using var stream = typeof(PracticeBank).Assembly.GetManifestResourceStream("WeaknessAnalyzer.Practice.PracticeQuestions.txt")
            ?? throw new InvalidOperationException("The practice question bank is missing from the WeaknessAnalyzer assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses the bank's text: "## name | kind | words" opens a section, every other non-blank line not starting with '#' is a question.</summary>
    internal static (IReadOnlyList<Section> Sections, IReadOnlyList<Entry> Entries) Parse(string text)
    {
        var sections = new List<Section>();
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var parts = line[3..].Split('|', StringSplitOptions.TrimEntries);
                if (parts.Length != 3 || parts[0].Length == 0 || !Enum.TryParse<ThemeKind>(parts[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                {
                    throw new FormatException($"Practice bank line {lineNumber}: a section line is \"## <name> | <kind> | <words>\".");
                }

                sections.Add(new Section(parts[0], kind, parts[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
                continue;
            }

            if (line.StartsWith('#')) continue;
            if (sections.Count == 0) throw new FormatException($"Practice bank line {lineNumber}: a question before the first section.");
            entries.Add(new Entry(entries.Count, sections.Count - 1, line));
        }

        return (sections, entries);
    }
}
