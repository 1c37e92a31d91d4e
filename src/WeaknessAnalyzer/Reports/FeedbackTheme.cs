namespace WeaknessAnalyzer.Reports;

/// <summary>A point interviewers keep making.</summary>
public sealed record FeedbackTheme(string Label, IReadOnlyList<string> Keywords, int InterviewCount, IReadOnlyList<string> Sentences, IReadOnlyDictionary<string, int> Outcomes);
