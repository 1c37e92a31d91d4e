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

    /// <summary>The feedback split into sentences (one set per interview), themed by the same engine as the questions; themes in 2+ interviews.</summary>
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

        var recurring = new List<FeedbackTheme>();
        if (sentences.Count < MinFeedbackSentences) return recurring;
        var themeOptions = options.Themes with { ThemeCount = null, MaxThemes = Math.Min(options.Themes.MaxThemes, Math.Max(2, sentences.Count / 3)) };
        var fit = ThemeModel.Fit(sentences.Select(s => s.Sentence).ToArray(), themeOptions, ct);
        foreach (var theme in fit.Model.Themes.Where(t => !t.IsUnthemed))
        {
            var members = sentences.Where((s, i) => fit.Assignments[i] == theme.Id).ToList();
            var interviews = members.Select(m => m.Interview).Distinct(StringComparer.Ordinal).Count();
            if (interviews < 2) continue;
            var outcomes = members.GroupBy(m => m.Interview).Select(g => g.First().Outcome?.ToString().ToLowerInvariant() ?? "unknown")
                .GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            recurring.Add(new FeedbackTheme(theme.Label, theme.Keywords, interviews, Quotes(members.Select(m => m.Sentence), theme), outcomes));
        }

        return recurring.OrderByDescending(r => r.InterviewCount).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>The theme's sentences that say what its name says first (most of its phrases, then most often said), then in order.</summary>
    private static string[] Quotes(IEnumerable<string> sentences, Theme theme)
    {
        var counted = sentences.Select((s, i) => (Sentence: s, Index: i)).GroupBy(s => s.Sentence, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Count(), First: g.Min(x => x.Index)));
        return counted
            .OrderByDescending(s => theme.Phrases.Count(p => s.Key.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(s => s.Count).ThenBy(s => s.First)
            .Take(FeedbackQuotes).Select(s => s.Key).ToArray();
    }
}
