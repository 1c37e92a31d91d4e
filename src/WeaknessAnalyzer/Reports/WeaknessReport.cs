using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Reports;

/// <summary>The whole analysis of a log: one report per candidate and, for a coach's log, a cohort summary.</summary>
public sealed record WeaknessReport
{
    /// <summary>The version of the report's JSON contract.</summary>
    public const int SchemaVersion = 2;

    /// <summary>How the log was read.</summary>
    public required IngestionSummary Ingestion { get; init; }

    /// <summary>The date the report is written as of (see <see cref="AnalysisOptions.ReferenceDate"/>).</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>Whether the log has a candidate column (a coach's log).</summary>
    public required bool HasCandidates { get; init; }

    /// <summary>One report per candidate, by name (a single unnamed one for a personal log).</summary>
    public required IReadOnlyList<CandidateReport> Candidates { get; init; }

    /// <summary>Themes several candidates stumble on; empty for a personal log.</summary>
    public required IReadOnlyList<CohortTheme> Cohort { get; init; }
}
