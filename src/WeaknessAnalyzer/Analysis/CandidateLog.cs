using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;

namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// One candidate's rows, with what every lesson needs computed once: the interviews in date order, the rows of each
/// interview, each row's theme and stumble flag, and each interview's outcome.
/// </summary>
internal sealed class CandidateLog
{
    private readonly IReadOnlyDictionary<InterviewRecord, int> _themeOf;
    private readonly Dictionary<string, int> _interviewIndex;
    private readonly Dictionary<string, InterviewOutcome?> _outcomeOf;

    public CandidateLog(InterviewLog log, string candidate, IReadOnlyList<InterviewRecord> rows, IReadOnlyDictionary<InterviewRecord, int> themeOf, IReadOnlyList<Theme> themes, DateOnly referenceDate)
    {
        Log = log;
        Candidate = candidate;
        Rows = rows;
        Themes = themes;
        ReferenceDate = referenceDate;
        _themeOf = themeOf;
        RowsByInterview = rows.ToLookup(r => r.InterviewKey, StringComparer.Ordinal);
        Interviews = rows.GroupBy(r => r.InterviewKey)
            .Select(g => Summarize(g.Key, g.ToList()))
            .OrderBy(i => i.Date ?? DateOnly.MaxValue).ThenBy(i => i.Rows[0])
            .ToList();
        _interviewIndex = Interviews.Select((iv, i) => (iv.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        _outcomeOf = Interviews.ToDictionary(i => i.Key, i => i.Outcome, StringComparer.Ordinal);
    }

    public InterviewLog Log { get; }

    public string Candidate { get; }

    public IReadOnlyList<InterviewRecord> Rows { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public DateOnly ReferenceDate { get; }

    /// <summary>The interviews, by date (undated last), then by first row.</summary>
    public IReadOnlyList<InterviewSummary> Interviews { get; }

    public ILookup<string, InterviewRecord> RowsByInterview { get; }

    public bool IsStumble(InterviewRecord row) => Log.IsStumble(row);

    public int ThemeOf(InterviewRecord row) => _themeOf[row];

    /// <summary>The position of an interview in <see cref="Interviews"/>.</summary>
    public int IndexOf(string interviewKey) => _interviewIndex[interviewKey];

    public InterviewOutcome? OutcomeOf(InterviewRecord row) => _outcomeOf[row.InterviewKey];

    /// <summary>Advanced or got an offer.</summary>
    public static bool Success(InterviewOutcome? outcome) => outcome is InterviewOutcome.Advanced or InterviewOutcome.Offer;

    private InterviewSummary Summarize(string key, List<InterviewRecord> list)
    {
        var first = list[0];
        return new InterviewSummary(
            key, list.Select(r => r.Date).FirstOrDefault(d => d is not null), first.Company, first.Role, first.Stage,
            list.Select(r => r.Outcome).FirstOrDefault(o => o is not null), list.Count, list.Count(Log.IsStumble),
            list.Select(r => r.PrepHours).FirstOrDefault(p => p is not null), list.Select(r => r.Interest).FirstOrDefault(i => i is not null),
            list.Any(r => r.Feedback is not null), list.Select(r => r.RowNumber).Distinct().ToArray());
    }
}
