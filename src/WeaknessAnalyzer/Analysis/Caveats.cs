using WeaknessAnalyzer.Ingestion;
using WeaknessAnalyzer.Reports;

namespace WeaknessAnalyzer.Analysis;

/// <summary>What a candidate's log cannot tell, stated plainly.</summary>
internal static class Caveats
{
    public static List<Caveat> Of(CandidateLog log)
    {
        var caveats = new List<Caveat>();
        if (!log.Log.HasAssessment) caveats.Add(Caveat.NoAssessment);
        if (log.Interviews.Count < 2) caveats.Add(Caveat.FewInterviews);
        if (!log.Log.HasColumn(ColumnNames.Outcome)) caveats.Add(Caveat.NoOutcome);
        if (!log.Log.HasColumn(ColumnNames.Date)) caveats.Add(Caveat.NoDate);
        return caveats;
    }
}
