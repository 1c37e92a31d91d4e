namespace WeaknessAnalyzer.Reports;

/// <summary>A point interviewers keep making.</summary>
/// <param name="Label">The engine's name for the point (a few of its words; for tools, not a quote).</param>
/// <param name="Keywords">The point's keywords.</param>
/// <param name="InterviewCount">Interviews whose feedback makes the point.</param>
/// <param name="Sentences">The interviewers' sentences, the most typical first.</param>
/// <param name="Outcomes">Interviews making the point, by outcome (lower case; "unknown" without one).</param>
public sealed record FeedbackTheme(string Label, IReadOnlyList<string> Keywords, int InterviewCount, IReadOnlyList<string> Sentences, IReadOnlyDictionary<string, int> Outcomes)
{
    /// <summary>
    /// Whether the point is something to work on ("Struggled with the system design round", "Strong communication, but the
    /// statistics were shaky") rather than praise or a neutral remark. Critical and other sentences are themed apart, so
    /// a point is one or the other; decided by word rules on each sentence.
    /// </summary>
    public bool Critical { get; init; }
}
