using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;
using WeaknessAnalyzer.Themes;
using static WeaknessAnalyzer.Analysis.LessonThresholds;

namespace WeaknessAnalyzer.Analysis;

/// <summary>Lesson 1: the interviewers' feedback (which interviews have it, the points they keep making) and the interviews without any.</summary>
internal static class FeedbackLesson
{
    public static FeedbackSection Analyze(CandidateLog log, AnalysisOptions options, CancellationToken ct)
    {
        var with = log.Interviews.Where(i => i.HasFeedback).ToList();
        var without = log.Interviews.Where(i => !i.HasFeedback).ToList();
        return new FeedbackSection(with, without, RecurringThemes(log, with, options, ct));
    }

    /// <summary>A feedback text's sentences of at least <see cref="MinFeedbackSentenceLength"/> characters, trimmed, in order.</summary>
    internal static IEnumerable<string> Sentences(string feedback) =>
        feedback.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length >= MinFeedbackSentenceLength);

    /// <summary>The feedback split into sentences (one set per interview), critical ones and the rest themed apart by the same engine as the questions; themes in 2+ interviews, points to work on first.</summary>
    private static List<FeedbackTheme> RecurringThemes(CandidateLog log, List<InterviewSummary> with, AnalysisOptions options, CancellationToken ct)
    {
        var sentences = new List<(string Sentence, string Interview, InterviewOutcome? Outcome)>();
        foreach (var iv in with)
        {
            foreach (var text in log.RowsByInterview[iv.Key].Where(r => r.Feedback is not null).Select(r => r.Feedback!).Distinct(StringComparer.Ordinal))
            {
                foreach (var s in Sentences(text)) sentences.Add((s, iv.Key, iv.Outcome));
            }
        }

        // Points to work on and praise are themed apart: in one fit "Nice stories" and "Needs more depth on hypothesis
        // testing" can share a theme, and a person reading it cannot tell what the interviewers keep asking for.
        var recurring = new List<FeedbackTheme>();
        foreach (var critical in new[] { true, false })
        {
            var group = sentences.Where(s => FeedbackTone.IsCritical(s.Sentence) == critical).ToList();
            if (group.Count < 2) continue;
            foreach (var (label, keywords, phrases, members) in Points(group, options, ct))
            {
                var interviews = members.Select(m => m.Interview).Distinct(StringComparer.Ordinal).Count();
                if (interviews < 2) continue;
                var outcomes = members.GroupBy(m => m.Interview).Select(g => g.First().Outcome?.ToString().ToLowerInvariant() ?? "unknown")
                    .GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                recurring.Add(new FeedbackTheme(label, keywords, interviews, Quotes(members.Select(m => m.Sentence), phrases), outcomes) { Critical = critical });
            }
        }

        return recurring.OrderByDescending(r => r.Critical).ThenByDescending(r => r.InterviewCount).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The sentences grouped into points: themed by the same engine as the questions from <see cref="MinFeedbackSentences"/>
    /// sentences up; below that, only the same sentence (up to case and punctuation) said again is one point.
    /// </summary>
    private static IEnumerable<(string Label, IReadOnlyList<string> Keywords, IReadOnlyList<string> Phrases, List<(string Sentence, string Interview, InterviewOutcome? Outcome)> Members)> Points(
        List<(string Sentence, string Interview, InterviewOutcome? Outcome)> group, AnalysisOptions options, CancellationToken ct)
    {
        if (group.Count < MinFeedbackSentences)
        {
            foreach (var same in group.GroupBy(s => TextKeys.DedupKey(s.Sentence), StringComparer.Ordinal))
            {
                yield return (same.First().Sentence, [], [], [.. same]);
            }

            yield break;
        }

        var themeOptions = options.Themes with { ThemeCount = null, MaxThemes = Math.Min(options.Themes.MaxThemes, Math.Max(2, group.Count / 3)) };
        var fit = ThemeModel.Fit(group.Select(s => s.Sentence).ToArray(), themeOptions, ct);
        foreach (var theme in fit.Model.Themes.Where(t => !t.IsUnthemed))
        {
            yield return (theme.Label, theme.Keywords, theme.Phrases, group.Where((s, i) => fit.Assignments[i] == theme.Id).ToList());
        }
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
