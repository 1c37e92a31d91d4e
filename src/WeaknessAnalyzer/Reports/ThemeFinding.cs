namespace WeaknessAnalyzer.Reports;

/// <summary>What one candidate's log says about one theme.</summary>
public sealed record ThemeFinding
{
    /// <summary>The theme id (0 = unthemed).</summary>
    public required int Id { get; init; }
    /// <summary>The theme's label.</summary>
    public required string Label { get; init; }
    /// <summary>The theme's keywords.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }
    /// <summary>The theme's phrases, most distinctive first (see <see cref="Themes.Theme.Phrases"/>).</summary>
    public required IReadOnlyList<string> Phrases { get; init; }
    /// <summary>The kind of question the theme holds (see <see cref="Themes.Theme.Kind"/>).</summary>
    public required Themes.ThemeKind Kind { get; init; }
    /// <summary>Whether this is the unthemed group.</summary>
    public required bool Unthemed { get; init; }
    /// <summary>Questions of this candidate in the theme.</summary>
    public required int QuestionCount { get; init; }
    /// <summary>Distinct interviews the theme came up in.</summary>
    public required int InterviewCount { get; init; }
    /// <summary>Stumbles.</summary>
    public required int StumbleCount { get; init; }
    /// <summary>Distinct interviews with a stumble in the theme.</summary>
    public required int StumbleInterviewCount { get; init; }
    /// <summary>Stumbles / questions.</summary>
    public required double StumbleRate { get; init; }
    /// <summary>
    /// Stumbles in at least <see cref="AnalysisOptions.RecurringMinInterviews"/> interviews, and a stumble rate above 20% or
    /// above <see cref="UsualStumbleRate"/> (a theme that goes well is a strength, not also a weakness); never for the unthemed group.
    /// </summary>
    public required bool Recurring { get; init; }
    /// <summary>The trend of the stumble rate over time.</summary>
    public required Trend Trend { get; init; }
    /// <summary>Mean confidence over questions that have one.</summary>
    public required double? MeanConfidence { get; init; }
    /// <summary>Stumble rate in rejected interviews, when any.</summary>
    public required double? StumbleRateRejected { get; init; }
    /// <summary>Stumble rate in advanced or offer interviews, when any.</summary>
    public required double? StumbleRateAdvanced { get; init; }
    /// <summary>First date seen.</summary>
    public required DateOnly? FirstSeen { get; init; }
    /// <summary>Last date seen.</summary>
    public required DateOnly? LastSeen { get; init; }
    /// <summary>
    /// How surely the theme goes wrong, 0 to 1: the stumble rate the evidence makes 95% sure of (the lower end of the
    /// one-sided Wilson score interval of <see cref="StumbleRate"/> over <see cref="QuestionCount"/>). 3 stumbles in 4
    /// questions give 0.36, 30 in 40 give 0.62: more evidence, more sure. Recurring weaknesses are ranked by it (then by
    /// <see cref="StumbleInterviewCount"/>, then by <see cref="LastSeen"/>); compare it with <see cref="UsualStumbleRate"/>.
    /// </summary>
    public required double Severity { get; init; }

    /// <summary>The candidate's stumble rate over all their questions: what "worse than usual" is measured against.</summary>
    public required double UsualStumbleRate { get; init; }
    /// <summary>The data rows of the theme (1-based, header not counted).</summary>
    public required IReadOnlyList<long> Rows { get; init; }
    /// <summary>The questions, stumbles first.</summary>
    public required IReadOnlyList<QuestionEvidence> Questions { get; init; }
    /// <summary>The interviews the theme came up in, by key.</summary>
    public required IReadOnlyList<string> InterviewKeys { get; init; }
}
