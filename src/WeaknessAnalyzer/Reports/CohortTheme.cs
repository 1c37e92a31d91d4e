namespace WeaknessAnalyzer.Reports;

/// <summary>A theme several candidates stumble on.</summary>
public sealed record CohortTheme(int ThemeId, string Label, int Candidates, int Stumbles, IReadOnlyList<string> CandidateNames);
