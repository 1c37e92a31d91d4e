using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>
/// Lesson 1: the interviewers' feedback (which interviews have it, the points they keep making) and the interviews
/// without any. The points are fitted once over the whole log's feedback (<see cref="Fit"/>), as the question themes
/// are, and each candidate's report counts the points in their own interviews: one fit, however many candidates.
/// </summary>
internal static class FeedbackLesson
{
    /// <summary>The lesson for one person's log, fitting the points on their feedback alone.</summary>
    public static FeedbackSection Analyze(CandidateLog log, AnalysisOptions options, CancellationToken ct) =>
        Analyze(log, Fit([log], options, ct));

    /// <summary>The lesson for one candidate, with the points fitted over the whole log.</summary>
    public static FeedbackSection Analyze(CandidateLog log, FeedbackPoints points)
    {
        var with = log.Interviews.Where(i => i.HasFeedback).ToList();
        var without = log.Interviews.Where(i => !i.HasFeedback).ToList();
        return new FeedbackSection(with, without, RecurringThemes(SentencesOf(log), points));
    }

    /// <summary>
    /// A feedback text's sentences of at least <see cref="MinFeedbackSentenceLength"/> characters, trimmed, in order. A
    /// semicolon ends a sentence only between two clauses of three words or more: "Stats felt shaky; p-values" is one point,
    /// not "p-values" quoted alone.
    /// </summary>
    internal static IEnumerable<string> Sentences(string feedback) =>
        feedback.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(ClausesOf)
            .Where(s => s.Length >= MinFeedbackSentenceLength);

    private static IEnumerable<string> ClausesOf(string sentence)
    {
        var parts = sentence.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return parts;
        var clauses = new List<string>();
        var current = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            if (WordCount(current) >= 3 && WordCount(parts[i]) >= 3)
            {
                clauses.Add(current);
                current = parts[i];
            }
            else
            {
                current = current + "; " + parts[i];
            }
        }

        clauses.Add(current);
        return clauses;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The points interviewers make, fitted over the feedback of every candidate's interviews (each interview's distinct
    /// feedback texts once): sentences to work on and the rest apart (<see cref="FeedbackTone"/>: in one fit "Nice
    /// stories" and "Needs more depth on hypothesis testing" can share a theme, and a person cannot tell what the
    /// interviewers keep asking for), each themed by the same engine as the questions from
    /// <see cref="MinFeedbackSentences"/> sentences up; below that only the same sentence said again is one point.
    /// </summary>
    public static FeedbackPoints Fit(IEnumerable<CandidateLog> logs, AnalysisOptions options, CancellationToken ct)
    {
        // A remark on fit ("the role needed more people-management experience") is not a point to work on: the fit lesson shows it.
        var all = logs.SelectMany(SentencesOf).Select(s => s.Sentence).Where(s => !FeedbackTone.IsAboutFit(s)).ToList();
        var tones = new FeedbackPoints.Tone[2];
        foreach (var critical in new[] { true, false })
        {
            var group = all.Where(s => FeedbackTone.IsCritical(s) == critical).ToArray();
            var pointOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var points = new List<(string Label, IReadOnlyList<string> Keywords, IReadOnlyList<string> Phrases)>();
            if (group.Length is > 0 and < MinFeedbackSentences)
            {
                foreach (var same in group.GroupBy(TextKeys.DedupKey, StringComparer.Ordinal))
                {
                    foreach (var s in same) pointOf[s] = points.Count;
                    points.Add((same.First(), [], []));
                }
            }
            else if (group.Length > 0)
            {
                var themeOptions = options.Themes with { ThemeCount = null, MaxThemes = Math.Min(options.Themes.MaxThemes, Math.Max(2, group.Length / 3)) };
                var fit = ThemeModel.Fit(group, themeOptions, ct);
                var index = new Dictionary<int, int>();
                foreach (var theme in fit.Model.Themes.Where(t => !t.IsUnthemed))
                {
                    index[theme.Id] = points.Count;
                    points.Add((theme.Label, theme.Keywords, theme.Phrases));
                }

                for (var i = 0; i < group.Length; i++)
                {
                    if (index.TryGetValue(fit.Assignments[i], out var p)) pointOf[group[i]] = p;
                }
            }

            tones[critical ? 0 : 1] = new FeedbackPoints.Tone(pointOf, points);
        }

        return new FeedbackPoints(tones);
    }

    /// <summary>A candidate's feedback sentences: each interview's distinct feedback texts once, split into sentences.</summary>
    private static List<(string Sentence, string Interview, InterviewOutcome? Outcome)> SentencesOf(CandidateLog log) =>
        [.. SentencesByInterview(log).Select(x => (x.Sentence, x.Interview.Key, x.Interview.Outcome))];

    /// <summary>Each interview with feedback and its sentences, in interview order (each distinct feedback text once).</summary>
    internal static IEnumerable<(InterviewSummary Interview, string Sentence)> SentencesByInterview(CandidateLog log)
    {
        foreach (var iv in log.Interviews.Where(i => i.HasFeedback))
        {
            foreach (var text in log.RowsByInterview[iv.Key].Where(r => r.Feedback is not null).Select(r => r.Feedback!).Distinct(StringComparer.Ordinal))
            {
                foreach (var s in Sentences(text)) yield return (iv, s);
            }
        }
    }

    /// <summary>The points made in two or more of the candidate's interviews, points to work on first.</summary>
    private static List<FeedbackTheme> RecurringThemes(List<(string Sentence, string Interview, InterviewOutcome? Outcome)> sentences, FeedbackPoints points)
    {
        var recurring = new List<FeedbackTheme>();
        foreach (var critical in new[] { true, false })
        {
            var tone = points.Tones[critical ? 0 : 1];
            // A sentence is in the points of its own tone only: the fit already sorted them.
            var byPoint = sentences.Where(s => tone.PointOf.ContainsKey(s.Sentence)).GroupBy(s => tone.PointOf[s.Sentence]).OrderBy(g => g.Key);
            foreach (var members in byPoint)
            {
                var interviews = members.Select(m => m.Interview).Distinct(StringComparer.Ordinal).Count();
                if (interviews < 2) continue;
                var (label, keywords, phrases) = tone.Points[members.Key];
                var outcomes = members.GroupBy(m => m.Interview).Select(g => g.First().Outcome?.ToString().ToLowerInvariant() ?? "unknown")
                    .GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                recurring.Add(new FeedbackTheme(label, keywords, interviews, Quotes(members.Select(m => m.Sentence), phrases), outcomes) { Critical = critical });
            }
        }

        return recurring.OrderByDescending(r => r.Critical).ThenByDescending(r => r.InterviewCount).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>The point's sentences that say what its name says first (most of its phrases, then most often said), then in order.</summary>
    private static string[] Quotes(IEnumerable<string> sentences, IReadOnlyList<string> phrases)
    {
        var counted = sentences.Select((s, i) => (Sentence: s, Index: i)).GroupBy(s => s.Sentence, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Count(), First: g.Min(x => x.Index)));
        return counted
            .OrderByDescending(s => phrases.Count(p => s.Key.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(s => s.Count).ThenBy(s => s.First)
            .Take(FeedbackQuotes).Select(s => s.Key).ToArray();
    }
}

/// <summary>The feedback points of a whole log (see <see cref="FeedbackLesson.Fit"/>): for each tone, each sentence's point and the points' names.</summary>
internal sealed class FeedbackPoints(FeedbackPoints.Tone[] tones)
{
    /// <summary>Index 0: sentences to work on; 1: the rest.</summary>
    public Tone[] Tones { get; } = tones;

    /// <summary>The sentences of one tone: each one's point (sentences in no point are absent), and the points.</summary>
    public sealed record Tone(Dictionary<string, int> PointOf, List<(string Label, IReadOnlyList<string> Keywords, IReadOnlyList<string> Phrases)> Points);
}
