using WeaknessAnalyzer.Ingestion;

namespace WeaknessAnalyzer.Analysis;

/// <summary>What a candidate's log cannot tell, stated plainly.</summary>
internal static class Caveats
{
    public static List<string> Of(CandidateLog log)
    {
        var caveats = new List<string>();
        if (!log.Log.HasAssessment) caveats.Add("The log has no response or confidence column, so every question is counted as a stumble: themes show what you were asked about, not how you did.");
        if (log.Interviews.Count < 2) caveats.Add($"Only {log.Interviews.Count} interview: nothing can recur yet, and no comparison across interviews is possible.");
        if (!log.Log.HasColumn(ColumnNames.Outcome)) caveats.Add("No outcome column: nothing can be related to results.");
        if (!log.Log.HasColumn(ColumnNames.Date)) caveats.Add("No date column: trends and recency cannot be judged.");
        return caveats;
    }
}
