using System.Collections.Frozen;

namespace WeaknessAnalyzer.Ingestion;

/// <summary>The canonical column names of the log format and the header aliases they accept.</summary>
public static class ColumnNames
{
    /// <summary>The question as asked (required).</summary>
    public const string Question = "question";
    /// <summary>Groups the rows of one interview.</summary>
    public const string InterviewId = "interview_id";
    /// <summary>Whose interview it is.</summary>
    public const string Candidate = "candidate";
    /// <summary>Date of the interview.</summary>
    public const string Date = "date";
    /// <summary>Company.</summary>
    public const string Company = "company";
    /// <summary>Role applied for.</summary>
    public const string Role = "role";
    /// <summary>Interview stage.</summary>
    public const string Stage = "stage";
    /// <summary>Outcome of the interview.</summary>
    public const string Outcome = "outcome";
    /// <summary>The user's own tag.</summary>
    public const string Category = "category";
    /// <summary>How the answer went.</summary>
    public const string Response = "response";
    /// <summary>Confidence, 1-5.</summary>
    public const string Confidence = "confidence";
    /// <summary>Interviewer feedback.</summary>
    public const string Feedback = "feedback";
    /// <summary>Hours of preparation.</summary>
    public const string PrepHours = "prep_hours";
    /// <summary>Interest in the job, 1-5.</summary>
    public const string Interest = "interest";
    /// <summary>The candidate's own notes.</summary>
    public const string Notes = "notes";

    private static readonly (string Name, string[] Aliases)[] Table =
    [
        (Question, ["question", "questions", "questionasked", "questiontext", "q", "prompt"]),
        (InterviewId, ["interviewid", "interview", "interviewno", "interviewnumber", "interviewref"]),
        (Candidate, ["candidate", "candidatename", "student", "interviewee", "person", "name"]),
        (Date, ["date", "interviewdate", "day", "when"]),
        (Company, ["company", "companyname", "employer", "organisation", "organization", "firm"]),
        (Role, ["role", "position", "jobtitle", "title", "job", "roletitle"]),
        (Stage, ["stage", "round", "interviewstage", "interviewround", "step", "interviewtype"]),
        (Outcome, ["outcome", "result", "status", "decision"]),
        (Category, ["category", "tag", "topic", "questiontype", "questioncategory", "type"]),
        (Response, ["response", "answer", "answerquality", "howitwent", "performance", "responsequality", "rating", "answerrating"]),
        (Confidence, ["confidence", "confidencelevel", "selfconfidence", "confidence15"]),
        (Feedback, ["feedback", "interviewerfeedback", "interviewernotes", "interviewercomments", "feedbackreceived"]),
        (PrepHours, ["prephours", "prep", "preparation", "preparationhours", "hoursprep", "hoursofprep", "hoursofpreparation", "prephrs", "studyhours"]),
        (Interest, ["interest", "interestlevel", "howmuchiwantedit", "wanted", "excitement", "interest15"]),
        (Notes, ["notes", "mynotes", "ownnotes", "note", "comments", "comment"]),
    ];

    /// <summary>Squashed alias to canonical name (the first table entry wins, as a scan of the table would find it).</summary>
    private static readonly FrozenDictionary<string, string> ByAlias = BuildAliasIndex();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByAliasSpan =
        ByAlias.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All canonical names, in the order of the format table.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>
    /// Maps a header to its canonical column name, ignoring case, spaces, underscores, hyphens and punctuation,
    /// and accepting common spreadsheet aliases (<c>Question asked</c>, <c>Job title</c>, <c>Round</c>, <c>Result</c>...).
    /// </summary>
    /// <returns>The canonical name, or <see langword="null"/> for a column that is not part of the format.</returns>
    public static string? Canonicalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Span<char> buffer = header.Length <= 128 ? stackalloc char[header.Length] : new char[header.Length];
        var key = buffer[..Squash(header, buffer)];
        return ByAliasSpan.TryGetValue(key, out var name) ? name : null;
    }

    /// <summary>The aliases a canonical column accepts, in their squashed form.</summary>
    internal static IReadOnlyList<string> AliasesOf(string canonicalName) =>
        Table.First(t => t.Name == canonicalName).Aliases;

    /// <summary>Writes the letters and digits of <paramref name="s"/>, lower-cased, to <paramref name="into"/>; returns how many.</summary>
    private static int Squash(string s, Span<char> into)
    {
        var n = 0;
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch))
            {
                into[n++] = char.ToLowerInvariant(ch);
            }
        }

        return n;
    }

    private static FrozenDictionary<string, string> BuildAliasIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in Table)
        {
            foreach (var alias in aliases)
            {
                index.TryAdd(alias, name);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
